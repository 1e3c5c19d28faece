// YAML in one strict configuration, for frontmatter and data files alike: YAML 1.2 core schema
// (dates stay strings, `yes` stays a string), duplicate keys refused, and every warning treated as
// an error. Refused by name as well: directives (`%YAML 1.1` would bring back merge keys and
// timestamps), explicit tags (`!!js/function`, `!anything`), merge keys (`<<`), keys that are not
// plain scalars, more than a few aliases, and nesting deeper than MAX_DEPTH. String values are
// checked for forbidden characters (decoded escapes) and placeholders on the way.
import {
	Composer,
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	Parser,
	type CST,
	type Document,
	type Node,
	type Pair,
} from 'yaml';
import { findPlaceholder } from '../content-check/placeholders.ts';
import { pathToField, type Problem } from '../content-check/problem.ts';
import type { LineLookup } from '../content-check/schema-issues.ts';
import { describeForbiddenCharacter, findForbiddenCharacter } from './text.ts';

/** Deepest nesting of maps and lists accepted; real frontmatter nests three levels. */
export const MAX_DEPTH = 20;

/** Most aliases (`*name`) a YAML text may use. */
export const ALIAS_BUDGET = 10;

/** A YAML text that passed: its value, and where each field is. */
export interface ParsedYaml extends LineLookup {
	data: unknown;
}

/** Where a YAML text sits in its file. */
export interface YamlLocation {
	/** Path of the file as printed in messages. */
	file: string;
	/** 1-based file line of the text's first line. */
	firstLine: number;
	/** Appended to syntax errors, e.g. a tip about quoting in frontmatter. */
	hint?: string;
}

const OPTIONS = {
	version: '1.2',
	schema: 'core',
	merge: false,
	uniqueKeys: true,
	strict: true,
	stringKeys: false,
} as const;

function firstLineOf(message: string): string {
	// The `yaml` package appends " at line X, column Y:" and a code excerpt; the location is printed apart.
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The offset of the first collection of the syntax tree nested deeper than MAX_DEPTH, found without
 * recursion, or `undefined`. The tree is checked before the `yaml` package builds the document
 * from it, so that step (which recurses) never sees deep input.
 */
function deepCollectionOffset(tokens: readonly CST.Token[]): number | undefined {
	const pending: [CST.Token | undefined, number][] = tokens.map((token) => [token, 0]);
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [token, depth] = next;
		if (!token) continue;
		if (token.type === 'document') {
			pending.push([token.value, depth]);
		} else if (
			token.type === 'block-map' ||
			token.type === 'block-seq' ||
			token.type === 'flow-collection'
		) {
			if (depth >= MAX_DEPTH) return token.offset;
			for (const item of token.items) {
				pending.push([item.value, depth + 1]);
				if ('key' in item && item.key) pending.push([item.key, depth + 1]);
			}
		}
	}
	return undefined;
}

/**
 * Parses `text` in the project's one strict YAML configuration. Returns the value, or the problems
 * (each at its file line) that refuse it.
 */
export function parseStrictYaml(
	text: string,
	{ file, firstLine, hint = '' }: YamlLocation,
): { value: ParsedYaml; problems?: undefined } | { value?: undefined; problems: Problem[] } {
	const counter = new LineCounter();
	const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const tokens = Array.from(new Parser(counter.addNewLine).parse(text));
	const deep = deepCollectionOffset(tokens);
	if (deep !== undefined) {
		return {
			problems: [
				{
					file,
					line: lineAt(deep),
					column: counter.linePos(deep).col,
					rule: 'yaml/depth',
					message: `lists and fields are nested more than ${MAX_DEPTH} levels deep here; flatten them`,
				},
			],
		};
	}
	const documents = Array.from(new Composer(OPTIONS).compose(tokens, true, text.length));
	const document = documents[0]!;
	const problems: Problem[] = [];
	if (documents.length > 1) {
		problems.push({
			file,
			line: lineAt(documents[1]!.range[0]),
			rule: 'yaml/syntax',
			message: 'invalid YAML: a second document starts here ("---"); keep one document per file',
		});
	}
	for (const issue of [...document.errors, ...document.warnings]) {
		const position = counter.linePos(issue.pos[0]);
		const at = { file, line: position.line + firstLine - 1, column: position.col };
		const text = firstLineOf(issue.message);
		if (issue.code === 'DUPLICATE_KEY') {
			problems.push({
				...at,
				rule: 'yaml/duplicate-key',
				message: 'this key is given twice in the same block; keep one',
			});
		} else if (issue.code === 'TAG_RESOLVE_FAILED') {
			const tag = text.replace(/^Unresolved tag: /, '');
			problems.push({ ...at, rule: 'yaml/tag', message: tagMessage(tag) });
		} else if (issue.name === 'YAMLWarning') {
			problems.push({
				...at,
				rule: 'yaml/warning',
				message: `${text}; the YAML of this project allows no warning: write a plain value`,
			});
		} else {
			problems.push({
				...at,
				rule: 'yaml/syntax',
				message: `invalid YAML: ${text}; check the quotes and indentation of this line${hint}`,
			});
		}
	}
	if (problems.length > 0) return { problems };
	problems.push(...directiveProblems(document, file, firstLine));
	problems.push(...nodeProblems(document, file, lineAt));
	if (problems.length > 0) return { problems };
	return {
		value: {
			data: document.toJS({ maxAliasCount: ALIAS_BUDGET * 10 }),
			lineOf: (path) => {
				for (let length = path.length; length >= 0; length--) {
					const node = document.getIn(path.slice(0, length), true) as Node | undefined;
					if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
				}
				return undefined;
			},
		},
	};
}

function directiveProblems(document: Document, file: string, firstLine: number): Problem[] {
	const tags = Object.keys(document.directives?.tags ?? {}).filter(
		(handle) => handle !== '!' && handle !== '!!',
	);
	if (!document.directives?.yaml.explicit && tags.length === 0) return [];
	return [
		{
			file,
			line: firstLine,
			rule: 'yaml/directive',
			message: 'YAML directives (`%YAML`, `%TAG`) are not allowed; remove the line',
		},
	];
}

interface Pending {
	node: unknown;
	path: (string | number)[];
	depth: number;
}

/**
 * Walks the parsed document without recursion and reports what the strict configuration refuses.
 * Stops at the first node nested too deeply: everything under it would be reported again.
 */
function nodeProblems(
	document: Document,
	file: string,
	lineAt: (offset: number) => number,
): Problem[] {
	const problems: Problem[] = [];
	let aliases = 0;
	const at = (node: Node | Pair, path: (string | number)[], rule: string, message: string) => {
		const range = isPair(node) ? (node.key as Node | null)?.range : node.range;
		problems.push({
			file,
			line: range ? lineAt(range[0]) : undefined,
			...(path.length > 0 ? { field: pathToField(path) } : {}),
			rule,
			message,
		});
	};
	const pending: Pending[] = [{ node: document.contents, path: [], depth: 0 }];
	for (let next = pending.pop(); next; next = pending.pop()) {
		const { node, path, depth } = next;
		if (!node || typeof node !== 'object') continue;
		if (depth > MAX_DEPTH) {
			at(node as Node, path, 'yaml/depth', `nested more than ${MAX_DEPTH} levels deep; flatten it`);
			break;
		}
		if (isAlias(node)) {
			if (++aliases === ALIAS_BUDGET + 1) {
				at(
					node,
					path,
					'yaml/alias',
					`more than ${ALIAS_BUDGET} aliases (*name); write the values out`,
				);
			}
			continue;
		}
		// The `yaml` package sets `tag` on a parsed node only when the source gives one explicitly.
		const tag = (node as Node).tag;
		if (tag && (isScalar(node) || isMap(node) || isSeq(node))) {
			at(node, path, 'yaml/tag', tagMessage(tag));
			continue;
		}
		if (isScalar(node)) {
			if (typeof node.value === 'string') {
				const forbidden = findForbiddenCharacter(node.value);
				if (forbidden) {
					at(
						node,
						path,
						'yaml/control-character',
						`the value holds ${describeForbiddenCharacter(forbidden.codePoint)}`,
					);
				}
				const marker = findPlaceholder(node.value);
				if (marker) {
					at(
						node,
						path,
						'schema/placeholder',
						`unfilled placeholder "${marker}"; replace it with the real value`,
					);
				}
			}
		} else if (isMap(node)) {
			// Pushed last to first, so the walk (and what it reports) follows the document's order.
			for (const pair of [...node.items].reverse()) {
				const key = pair.key;
				if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
					at(pair, path, 'yaml/complex-key', 'a key must be a plain name, e.g. `title:`');
					continue;
				}
				const name = String(key.value);
				if (name === '<<') {
					at(
						pair,
						path,
						'yaml/merge-key',
						'merge keys (`<<:`) are not allowed; write every field out',
					);
					continue;
				}
				pending.push({ node: pair.value, path: [...path, name], depth: depth + 1 });
			}
		} else if (isSeq(node)) {
			for (let index = node.items.length - 1; index >= 0; index--) {
				pending.push({ node: node.items[index], path: [...path, index], depth: depth + 1 });
			}
		}
	}
	return problems;
}

/** The message for an explicit tag (`!!binary`, `!!js/function`, `!anything`). */
function tagMessage(tag: string): string {
	const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
	return `the explicit tag ${shown} is not allowed; remove it and write a plain value`;
}
