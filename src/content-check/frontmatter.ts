import { LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML text parsed for checking: its value, and a way to find the line of a field. */
export interface ParsedYaml {
	/** The plain JavaScript value (dates stay `YYYY-MM-DD` strings; the schemas coerce them). */
	data: unknown;
	/** 1-based file line of the value at `path`, or of its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A YAML syntax error, with its 1-based line and column in the file. */
export interface YamlError {
	line: number;
	column: number;
	message: string;
}

/** The frontmatter block of an MDX file, as written between its `---` lines. */
export interface FrontmatterBlock {
	/** The YAML text between the fences. */
	yaml: string;
	/** 1-based file line of the first YAML line (the line after the opening `---`). */
	firstLine: number;
}

/**
 * Finds the frontmatter block at the very top of an MDX file, or `undefined` when the file does not
 * open with a `---` line followed, later, by a closing `---` line.
 */
export function findFrontmatter(source: string): FrontmatterBlock | undefined {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trimEnd() !== '---') return undefined;
	const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
	if (closing === -1) return undefined;
	return { yaml: lines.slice(1, closing).join('\n'), firstLine: 2 };
}

function yamlErrorMessage(message: string): string {
	// The `yaml` package appends " at line X, column Y:" and a code excerpt; we print the location ourselves.
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function lineOfNode(
	document: Document,
	counter: LineCounter,
	path: readonly PropertyKey[],
	firstLine: number,
): number | undefined {
	for (let length = path.length; length > 0; length--) {
		const node = document.getIn(path.slice(0, length), true) as { range?: [number] } | undefined;
		if (node && typeof node === 'object' && node.range) {
			return counter.linePos(node.range[0]).line + firstLine - 1;
		}
	}
	return undefined;
}

/**
 * Parses YAML text that starts at `firstLine` of its file. Returns the errors (with file lines) when
 * the text is not valid YAML, duplicate keys included.
 */
export function parseYaml(
	text: string,
	firstLine = 1,
): { ok: true; value: ParsedYaml } | { ok: false; errors: YamlError[] } {
	const counter = new LineCounter();
	const document = parseDocument(text, {
		lineCounter: counter,
		uniqueKeys: true,
		prettyErrors: true,
	});
	if (document.errors.length > 0) {
		return {
			ok: false,
			errors: document.errors.map((error) => ({
				line: (error.linePos?.[0].line ?? 1) + firstLine - 1,
				column: error.linePos?.[0].col ?? 1,
				message: yamlErrorMessage(error.message),
			})),
		};
	}
	return {
		ok: true,
		value: {
			data: document.toJS(),
			lineOf: (path) => lineOfNode(document, counter, path, firstLine),
		},
	};
}
