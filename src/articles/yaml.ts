// YAML in one strict configuration, for frontmatter and data files alike: YAML 1.2 core schema
// (dates stay strings, `yes` stays a string), duplicate keys refused, and every warning treated as
// an error. Refused by name as well: directives (`%YAML 1.1` would bring back merge keys and
// timestamps), explicit tags (`!!js/function`, `!anything`), merge keys (`<<`), keys that are not
// plain scalars, more than a few aliases, and nesting deeper than MAX_DEPTH. String values are
// checked for forbidden characters (decoded escapes) and placeholders on the way.
import {
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
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
	prettyErrors: true,
	stringKeys: false,
} as const;

function firstLineOf(message: string): string {
	// The `yaml` package appends " at line X, column Y:" and a code excerpt; the location is printed apart.
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
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
	const document = parseDocument(text, { ...OPTIONS, lineCounter: counter });
	const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const problems: Problem[] = [];
	for (const issue of [...document.errors, ...document.warnings]) {
		const exhausted = issue.code === 'RESOURCE_EXHAUSTION';
		problems.push({
			file,
			line: (issue.linePos?.[0].line ?? 1) + firstLine - 1,
			column: issue.linePos?.[0].col,
			rule: exhausted ? 'yaml/depth' : 'yaml/syntax',
			message: exhausted
				? `the YAML is nested too deeply; keep lists and fields at most ${MAX_DEPTH} levels deep`
				: `invalid YAML: ${firstLineOf(issue.message)}; check the quotes and indentation of this line${hint}`,
		});
		if (exhausted) break;
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
	const tags = Object.keys(document.directives?.tags ?? {}).filter((handle) => handle !== '!' && handle !== '!!');
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
				at(node, path, 'yaml/alias', `more than ${ALIAS_BUDGET} aliases (*name); write the values out`);
			}
			continue;
		}
		const tag = (node as Node).tag;
		if (tag && (isScalar(node) || isMap(node) || isSeq(node)) && sourceHasTag(node)) {
			at(node, path, 'yaml/tag', `the explicit tag ${tag} is not allowed; remove it and write a plain value`);
			continue;
		}
		if (isScalar(node)) {
			if (typeof node.value === 'string') {
				const forbidden = findForbiddenCharacter(node.value);
				if (forbidden) {
					at(node, path, 'yaml/control-character', `the value holds ${describeForbiddenCharacter(forbidden.codePoint)}`);
				}
				const marker = findPlaceholder(node.value);
				if (marker) {
					at(node, path, 'schema/placeholder', `unfilled placeholder "${marker}"; replace it with the real value`);
				}
			}
		} else if (isMap(node)) {
			for (const pair of node.items) {
				const key = pair.key;
				if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
					at(pair, path, 'yaml/complex-key', 'a key must be a plain name, e.g. `title:`');
					continue;
				}
				const name = String(key.value);
				if (name === '<<') {
					at(pair, path, 'yaml/merge-key', 'merge keys (`<<:`) are not allowed; write every field out');
					continue;
				}
				pending.push({ node: pair.value, path: [...path, name], depth: depth + 1 });
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, index) =>
				pending.push({ node: item, path: [...path, index], depth: depth + 1 }),
			);
		}
	}
	return problems;
}

/** True when a node's tag was written in the file (`!!str x`), not resolved from a plain value. */
function sourceHasTag(node: Node): boolean {
	// The `yaml` package only sets `tag` on a parsed node when the source gives one explicitly.
	return typeof node.tag === 'string' && node.tag.length > 0;
}
