// The vocabularies (content/tags.yaml, content/companies.yaml): read once, each entry's id checked
// as a slug and once, each entry validated by its schema.
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { internalErrorProblem, type Problem } from '../content-check/problem.ts';
import { validateWithSchema } from '../content-check/schema-issues.ts';
import { CompanySchema } from '../schemas/company.ts';
import { SLUG_PATTERN } from '../schemas/primitives.ts';
import { TagSchema } from '../schemas/tag.ts';
import { displayPathFrom, listTree, readContentFile, type DisplayPath } from './files.ts';
import { typesetData } from './typeset.ts';
import { parseStrictYaml } from './yaml.ts';

/** An entry of a data collection (tags, companies, editions). */
export interface DataEntry<T> {
	id: string;
	file: string;
	data: T;
}

/** The entries of a data collection file (`tags.yaml`): a list of `{ id, … }` or a map of id → entry. */
function collectionEntries(
	data: unknown,
): { id: string; path: (string | number)[]; entry: unknown }[] {
	if (Array.isArray(data)) {
		return data.map((item, index) => {
			const { id, ...rest } = (item !== null && typeof item === 'object' ? item : {}) as {
				id?: unknown;
			};
			return { id: typeof id === 'string' ? id : String(id ?? ''), path: [index], entry: rest };
		});
	}
	if (data !== null && typeof data === 'object') {
		return Object.entries(data).map(([id, entry]) => ({ id, path: [id], entry }));
	}
	return [];
}

/** Where the content is read from, for the readers below. */
export interface Reading {
	contentDir: string;
	/** Every regular file of the content folder, relative to it. */
	contentTree: Set<string>;
	display: DisplayPath;
	problems: Problem[];
}

/**
 * Reads a vocabulary (`tags.yaml`, `companies.yaml`), validates each of its entries and typesets
 * their display text with `typeset`.
 */
export function readVocabulary<S extends typeof TagSchema | typeof CompanySchema>(
	{ contentDir, contentTree, display, problems }: Reading,
	name: string,
	schema: S,
	typeset: (data: z.output<S>) => z.output<S>,
) {
	const absolute = join(contentDir, name);
	const file = display(absolute);
	const text = contentTree.has(name) ? readContentFile(absolute, display, problems) : undefined;
	if (!contentTree.has(name) && !problems.some((problem) => problem.file === file)) {
		problems.push({
			file,
			rule: 'file/missing',
			message: 'the file is missing; restore it from the main branch',
		});
	}
	if (text === undefined) return [];
	const parsed = guard(problems, file, 'yaml', () => parseStrictYaml(text, { file, firstLine: 1 }));
	if (!parsed) return [];
	if (parsed.problems) {
		problems.push(...parsed.problems);
		return [];
	}
	const entries: DataEntry<z.output<S>>[] = [];
	const seen = new Set<string>();
	for (const { id, path, entry } of collectionEntries(parsed.value.data)) {
		const line = parsed.value.lineOf(path);
		if (!SLUG_PATTERN.test(id)) {
			problems.push({
				file,
				line,
				field: typeof path[0] === 'number' ? `[${path[0]}].id` : id,
				rule: 'schema/slug',
				message: `"${id}" is not a slug; use lowercase ASCII letters, digits and hyphens, e.g. "ia-generative"`,
			});
			continue;
		}
		if (seen.has(id)) {
			problems.push({
				file,
				line,
				field: id,
				rule: 'schema/duplicate',
				message: `"${id}" is defined twice; keep one entry`,
			});
			continue;
		}
		seen.add(id);
		const lines = {
			lineOf: (sub: readonly PropertyKey[]) => parsed.value.lineOf([...path, ...sub]),
		};
		const result = validateWithSchema(schema, entry, lines, file, path);
		problems.push(...result.problems);
		if (result.value !== undefined) {
			entries.push({ id, file, data: typeset(result.value as z.output<S>) });
		}
	}
	return entries;
}

/** Runs one step; a failure inside it is reported against the file, never thrown. */
export function guard<T>(
	problems: Problem[],
	file: string,
	rule: string,
	step: () => T,
): T | undefined {
	try {
		return step();
	} catch (error) {
		problems.push(internalErrorProblem(file, rule, error));
		return undefined;
	}
}

/**
 * The tags and companies of a content folder, read and checked as `loadContent` reads them (for
 * tools that need only the vocabularies, such as `npm run new`).
 */
export function loadVocabularies(options: { root: string; contentDir: string }) {
	const root = resolve(options.root);
	const contentDir = resolve(root, options.contentDir);
	const display = displayPathFrom(root);
	const problems: Problem[] = [];
	const contentTree = listTree(contentDir, display, problems);
	const reading: Reading = { contentDir, contentTree, display, problems };
	return {
		tags: readVocabulary(reading, 'tags.yaml', TagSchema, typesetData.tag),
		companies: readVocabulary(reading, 'companies.yaml', CompanySchema, typesetData.company),
		problems,
	};
}
