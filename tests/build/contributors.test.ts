// Contributor safety, end to end: the content check and the build agree on every content case of
// tests/fixtures/content-cases.ts (each message is pinned in process by
// tests/unit/articles/pipeline.test.ts); a refused build leaves the previous dist/ byte for byte;
// no contributor code ever runs; the cases at the edge of what is allowed are published; and an
// article scaffolded by `npm run new` passes once filled in.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/articles/pipeline.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { INVALID_CASES, VALID_CASES, type Files } from '../fixtures/content-cases.ts';
import { buildSite, cleanEnv, ROOT, TMP, type BuildResult } from '../helpers/build.ts';
import { writeContentFolder } from '../helpers/content.ts';
import { readPage } from '../helpers/html.ts';

const MARKER = join(TMP, 'code-ran.marker');

interface RunResult {
	code: number;
	output: string;
}

/** Runs a script of scripts/ with Node (the npm-pinned one vitest runs on). */
function runScript(
	script: string,
	args: string[],
	env: Record<string, string>,
): Promise<RunResult> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(ROOT, 'scripts', script), ...args], {
			cwd: ROOT,
			env: { ...cleanEnv(), ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

/** Every case's files in one folder: their file names are all different. */
function union(cases: typeof INVALID_CASES): Files {
	return Object.assign({}, ...cases.map((entry) => entry.files));
}

/** The problem lines of a log, with the folder's paths shown as contributors see them. */
function problemLines(output: string, dir: string): string[] {
	const prefix = `${relative(ROOT, dir)}/`;
	return output
		.replace(/\u001b\[[0-9;]*m/g, '')
		.replaceAll(prefix, '')
		.split('\n')
		.filter((line) => /^(content|public)\//.test(line));
}

/** Path → SHA-256 of every file under `dir`. */
function fingerprint(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
	}
	return files;
}

describe('the invalid cases, all in one content folder', () => {
	const dir = join(TMP, 'contributors-invalid');
	const outDir = join(TMP, 'contributors-invalid-dist');
	let folder: { contentDir: string; publicDir: string };
	let inProcess: string[];
	let check: RunResult;
	let build: RunResult;
	let before: Record<string, string>;

	beforeAll(async () => {
		rmSync(MARKER, { force: true });
		folder = writeContentFolder(dir, union(INVALID_CASES));
		inProcess = loadContent({ root: dir, ...folder }).problems.map(formatProblem);
		// A previous build, which a refused build must leave exactly as it was.
		rmSync(outDir, { recursive: true, force: true });
		mkdirSync(join(outDir, 'articles/ancien'), { recursive: true });
		writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>Build précédent</title>');
		writeFileSync(join(outDir, 'articles/ancien/index.html'), '<p>Ancien article</p>');
		before = fingerprint(outDir);
		const env = {
			VEILLE_CONTENT_DIR: folder.contentDir,
			VEILLE_PUBLIC_DIR: folder.publicDir,
			VEILLE_OUT_DIR: outDir,
			VEILLE_CACHE_DIR: join(TMP, 'contributors-invalid-cache'),
		};
		[check, build] = await Promise.all([
			runScript('check-content.ts', [], env),
			runScript('build.ts', [], env),
		]);
	}, 300_000);

	it('makes `npm run check:content` exit 1 with the problems the pipeline finds in process', () => {
		expect(check.code).toBe(1);
		expect(problemLines(check.output, dir)).toEqual(inProcess);
		// Each case's own lines, pinned in process, are all there (the lists of known articles
		// that close some of them are longer in a folder holding every case).
		const withoutKnown = (line: string) => line.replace(/ Known \w+: .*$/, '');
		expect(inProcess.map(withoutKnown)).toEqual(
			expect.arrayContaining(INVALID_CASES.flatMap((entry) => entry.expected).map(withoutKnown)),
		);
	});

	it('makes `npm run build` exit 1 with the same problem lines', () => {
		expect(build.code).toBe(1);
		expect(problemLines(build.output, dir)).toEqual(problemLines(check.output, dir));
		expect(build.output).toContain('Build failed');
	});

	it('leaves the previous dist/ byte for byte, with no staging folder behind', () => {
		expect(fingerprint(outDir)).toEqual(before);
		expect(existsSync(`${outDir}.staging`)).toBe(false);
	});

	it('never runs contributor code: the runs-code case would have written a marker file', () => {
		expect(
			inProcess.some((line) => line.includes('runs-code.mdx:11:1: mdx/no-import-export')),
		).toBe(true);
		expect(existsSync(MARKER)).toBe(false);
	});
});

describe('the valid cases, all in one content folder', () => {
	const dir = join(TMP, 'contributors-valid-content');
	let check: RunResult;
	let build: BuildResult;

	beforeAll(async () => {
		const folder = writeContentFolder(dir, union(VALID_CASES));
		const env = { VEILLE_CONTENT_DIR: folder.contentDir, VEILLE_PUBLIC_DIR: folder.publicDir };
		check = await runScript('check-content.ts', [], env);
		build = await buildSite({ name: 'contributors-valid', contentDir: folder.contentDir, env });
	}, 300_000);

	it('passes `npm run check:content`', () => {
		expect(check.output).toContain('Content check passed');
		expect(check.code).toBe(0);
	});

	it('builds, with a page for every case', () => {
		expect(build.code, build.output.slice(-3000)).toBe(0);
		for (const { name } of VALID_CASES) {
			expect(existsSync(join(build.outDir, 'articles', name, 'index.html')), name).toBe(true);
		}
	});

	it('renders Encadre, Chiffre, Citation, NoteDeVerification, Figure and footnotes', () => {
		const page = readPage(build.outDir, 'articles/edge-components/index.html');
		expect(page.querySelector('aside.encadre')?.textContent).toContain('cinq ans');
		expect(page.querySelector('.chiffre .valeur')?.textContent).toBe(
			'1,1\u00a0milliard de dollars',
		);
		expect(page.querySelector('.citation cite a')?.getAttribute('href')).toBe(
			'https://www.example.org/communique',
		);
		expect(page.querySelector('aside.note time')?.getAttribute('datetime')).toBe('2025-01-10');
		expect(page.querySelector('.figure img')?.getAttribute('src')).toBe('/images/exemple.png');
		expect(page.querySelector('abbr')?.getAttribute('title')).toBe('Intelligence artificielle');
		expect(page.querySelector('.prose a[href="/articles/article-valide/"]')).not.toBeNull();
		expect(page.querySelector('.footnotes h2')?.textContent).toBe('Notes');
		expect(existsSync(join(build.outDir, 'images/exemple.png'))).toBe(true);
	});

	it('lists the in-text verification note on /verifications/, with its kind, linked to its id', () => {
		const page = readPage(build.outDir, 'articles/edge-components/index.html');
		const note = page.querySelector('aside.note');
		expect(note?.id).toBe('note-de-verification-1');
		expect(note?.querySelector('.titre')?.textContent).toContain('Correction');
		expect(note?.querySelector('a[href="/verifications/"]')).not.toBeNull();
		const list = readPage(build.outDir, 'verifications/index.html');
		const entry = list
			.querySelectorAll('li.note')
			.find(
				(item) =>
					item.querySelector('h3 a')?.getAttribute('href') ===
					'/articles/edge-components/#note-de-verification-1',
			);
		expect(entry?.getAttribute('data-kind')).toBe('correction');
		expect(entry?.textContent).toContain('Le communiqué indique 1,1 milliard de dollars');
	});

	it('publishes the byte-order-mark case with its title, not a frontmatter line', () => {
		const page = readPage(build.outDir, 'articles/edge-bom/index.html');
		expect(page.querySelector('h1')?.textContent).toBe('Article edge-bom');
		expect(page.querySelector('.prose')?.textContent).not.toContain('title:');
	});
});

describe('npm run new', () => {
	const dir = join(TMP, 'new-article');
	const contentDir = join(dir, 'content');
	const env = { VEILLE_CONTENT_DIR: contentDir, VEILLE_PUBLIC_DIR: join(dir, 'public') };
	const file = join(contentDir, 'articles/l-ia-generative-a-l-usine.mdx');

	beforeAll(() => {
		writeContentFolder(dir, {});
	});

	it('creates an article whose only problems are its placeholders', async () => {
		const created = await runScript(
			'new-article.ts',
			[
				"L'IA générative à l'usine",
				'--tags',
				'ia-generative,industrie',
				'--companies',
				'microsoft',
			],
			env,
		);
		expect(created.code, created.output).toBe(0);
		expect(created.output).toContain('Next steps:');
		const check = await runScript('check-content.ts', [], env);
		expect(check.code).toBe(1);
		const rules = problemLines(check.output, dir).map((line) => line.split(': ')[1]);
		expect(new Set(rules)).toEqual(new Set(['schema/placeholder', 'mdx/placeholder']));
	});

	it('passes check:content once the placeholders are filled', async () => {
		const filled = readFileSync(file, 'utf8')
			.replace(/description: ".*"/, 'description: "Un chapô rempli."')
			.replace('publication: "À compléter"', 'publication: "L\'Usine Digitale"')
			.replace('title: "À compléter"', 'title: "Un titre de source"')
			.replace('https://example.org/a-completer', 'https://www.usine-digitale.fr/article/x.html')
			.replace(/À compléter : le texte[\s\S]*$/, 'Le texte de l’article.\n');
		writeFileSync(file, filled);
		const check = await runScript('check-content.ts', [], env);
		expect(check.output).toContain('Content check passed');
		expect(check.code).toBe(0);
	});

	it('refuses to overwrite an existing article', async () => {
		const again = await runScript('new-article.ts', ["L'IA générative à l'usine"], env);
		expect(again.code).toBe(1);
		expect(again.output).toContain('already exists');
	});

	it('refuses an unknown tag with a suggestion', async () => {
		const result = await runScript('new-article.ts', ['Autre titre', '--tags', 'robotiqe'], env);
		expect(result.code).toBe(1);
		expect(result.output).toContain('unknown tag "robotiqe" — did you mean "robotique"?');
	});
});
