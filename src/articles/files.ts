// The one place content and public files are read from disk. Nothing here follows a symbolic link:
// a link anywhere under content/ or public/ is refused, so a build can never publish a file from
// outside the repository. Each content file is read once, as strict UTF-8 (a leading BOM is
// dropped here, for every later step alike), and refused if it holds a forbidden character.
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../content-check/problem.ts';
import { describeForbiddenCharacter, findForbiddenCharacter, lineAndColumn } from './text.ts';

/** Largest content file, in bytes: an article is a few kilobytes; 100 KB is about 15,000 words. */
export const MAX_FILE_BYTES = 100 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Prints paths relative to the project root, with `/` separators. */
export type DisplayPath = (absolute: string) => string;

export function displayPathFrom(root: string): DisplayPath {
	return (absolute) => relative(root, absolute).split(sep).join('/');
}

/**
 * Reads one content file, or returns `undefined` after reporting why it cannot be used: it is a
 * symbolic link or not a regular file, it is too large, it is not UTF-8, or it holds a forbidden
 * character (reported at its line and column).
 */
export function readContentFile(
	absolute: string,
	display: DisplayPath,
	problems: Problem[],
): string | undefined {
	const file = display(absolute);
	let stats;
	try {
		stats = lstatSync(absolute);
	} catch {
		problems.push({
			file,
			rule: 'file/missing',
			message: 'the file is missing; restore it from the main branch',
		});
		return undefined;
	}
	if (stats.isSymbolicLink()) {
		problems.push(symlinkProblem(file));
		return undefined;
	}
	if (!stats.isFile()) {
		problems.push({
			file,
			rule: 'file/not-a-file',
			message: 'expected a regular file; replace it with one',
		});
		return undefined;
	}
	if (stats.size > MAX_FILE_BYTES) {
		problems.push({
			file,
			rule: 'file/too-large',
			message: `the file is ${Math.ceil(stats.size / 1024)} KB; content files may be at most ${MAX_FILE_BYTES / 1024} KB: split the article or shorten it`,
		});
		return undefined;
	}
	const text = decoder.decode(readFileSync(absolute));
	const forbidden = findForbiddenCharacter(text);
	if (forbidden) {
		const { line, column } = lineAndColumn(text, forbidden.index);
		const invalid = forbidden.codePoint === 0xfffd;
		problems.push({
			file,
			line,
			column,
			rule: invalid ? 'file/encoding' : 'file/control-character',
			message: invalid
				? 'the file is not valid UTF-8 here (or holds U+FFFD, the replacement character); save it as UTF-8 and retype this character'
				: `the file holds ${describeForbiddenCharacter(forbidden.codePoint)}`,
		});
		return undefined;
	}
	return text;
}

function symlinkProblem(file: string): Problem {
	return {
		file,
		rule: 'file/symlink',
		message:
			'symbolic links are not allowed under content/ and public/ (a link could publish a file from outside the repository); replace it with the file itself',
	};
}

/** A folder's entries, sorted by name, or none when the folder does not exist. */
function entriesOf(dir: string): Dirent[] {
	try {
		return readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
		);
	} catch {
		return [];
	}
}

/**
 * Every regular file under `dir` (paths relative to it, `/`-separated), walking without recursion
 * and without following links; every symbolic link found is reported, and `dir` itself may not be one.
 */
export function listTree(dir: string, display: DisplayPath, problems: Problem[]): Set<string> {
	const files = new Set<string>();
	try {
		if (lstatSync(dir).isSymbolicLink()) {
			problems.push(symlinkProblem(display(dir)));
			return files;
		}
	} catch {
		return files;
	}
	const pending = [''];
	for (let prefix = pending.pop(); prefix !== undefined; prefix = pending.pop()) {
		for (const entry of entriesOf(join(dir, prefix))) {
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (entry.isSymbolicLink()) problems.push(symlinkProblem(display(join(dir, path))));
			else if (entry.isDirectory()) pending.push(path);
			else if (entry.isFile()) files.add(path);
		}
	}
	return files;
}
