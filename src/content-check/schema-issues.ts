import type { z } from 'astro/zod';
import { findNearest } from './distance.ts';
import { pathToField, type Problem } from './problem.ts';

/** What to write when a required field is missing, by field path (`[]` stands for any index). */
const MISSING_FIELD_HINTS = new Map(
	Object.entries({
		title: 'add `title:` with the French headline',
		description:
			'add `description:` with a standfirst of one or two French sentences (at most 200 characters)',
		pubDate: 'add `pubDate:` with the date of the news as YYYY-MM-DD',
		tags: 'add `tags:` with 1 to 6 slugs from content/tags.yaml',
		source:
			'add a `source:` block with `publication:` and `url:` (and `title:`, `date:` when known) for the piece the article is written from',
		'source.publication': 'add `publication:` under `source:`, e.g. "L\'Usine Digitale"',
		'source.url':
			'add `url:` under `source:`, the http(s) address of the cited piece (or, when only the publication is known, `publicationUrl:` with `newsletter:` or `title:`, and `date:`)',
		'[].description':
			'add `description:`: one French sentence for a tag, one French line for a company (e.g. "Groupe américain de boissons")',
		label: 'add `label:` with the French label',
		name: 'add `name:` with the display name',
		items: 'add `items:` with the slugs of the articles the edition carried',
	}),
);

/** Where a value sits in the parsed YAML: its file line, by path. */
export interface LineLookup {
	/** 1-based file line of the value at `path`, or of its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function missingFieldMessage(path: readonly PropertyKey[], fallback: string): string {
	const generic = path.map((key) => (typeof key === 'number' ? '[]' : String(key)));
	const key = generic.join('.').replaceAll('.[]', '[]');
	const hint =
		MISSING_FIELD_HINTS.get(key) ?? MISSING_FIELD_HINTS.get(String(path.at(-1))) ?? fallback;
	return `missing: ${hint}`;
}

interface SchemaDef {
	type?: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	element?: z.ZodType;
	in?: z.ZodType;
}

/** The object keys a schema accepts at `path` (through arrays, optionals, defaults and pipes). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: z.ZodType | undefined = schema;
	let index = 0;
	// Bounded: each step either unwraps a wrapper or consumes a path segment.
	for (let steps = 0; current && steps < 64; steps++) {
		const def: SchemaDef = (current as unknown as { def: SchemaDef }).def;
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe') current = def.in;
		else if (index === path.length) return def.shape ? Object.keys(def.shape) : [];
		else if (def.type === 'array') ((current = def.element), index++);
		else if (def.shape) current = def.shape[String(path[index++])];
		else return [];
	}
	return [];
}

/**
 * Validates parsed YAML with a zod schema and turns every issue into a problem naming the field and
 * its line. Unknown keys are refused at every depth (the schemas are strict objects), each with the
 * nearest known key as a suggestion, so a typo like `pubdate` is named as such.
 */
export function validateWithSchema<S extends z.ZodType>(
	schema: S,
	data: unknown,
	lines: LineLookup,
	file: string,
	fieldPrefix: readonly PropertyKey[] = [],
): { problems: Problem[]; value?: z.output<S> } {
	const problems: Problem[] = [];
	const result = schema.safeParse(data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = [...fieldPrefix, ...issue.path];
			if (issue.code === 'unrecognized_keys') {
				const known = keysAt(schema, issue.path);
				for (const key of issue.keys) {
					const nearest = findNearest(key, known);
					problems.push({
						file,
						line: lines.lineOf([...path, key]),
						field: pathToField([...path, key]),
						rule: 'schema/unknown-field',
						message: `unknown field${nearest ? ` — did you mean "${nearest}"?` : '.'} Fields: ${known.join(', ')}`,
					});
				}
				continue;
			}
			const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
			problems.push({
				file,
				line: lines.lineOf(path),
				field: pathToField(path) || '(frontmatter)',
				rule: 'schema',
				message: missing ? missingFieldMessage(path, issue.message) : issue.message,
			});
		}
	}
	return { problems, value: result.success ? result.data : undefined };
}
