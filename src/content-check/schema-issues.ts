import type { z } from 'astro/zod';
import { findNearest } from './distance.ts';
import { pathToField, type Problem } from './problem.ts';
import type { ParsedYaml } from './frontmatter.ts';

/** What to write when a required field is missing, by field path (`[]` stands for any index). */
const MISSING_FIELD_HINTS: Record<string, string> = {
	title: 'add `title:` with the French headline',
	description:
		'add `description:` with a standfirst of one or two French sentences (at most 200 characters)',
	pubDate: 'add `pubDate:` with the date of the news as YYYY-MM-DD',
	tags: 'add `tags:` with 1 to 6 slugs from content/tags.yaml',
	source:
		'add a `source:` block with `publication:` and `url:` (and `title:`, `date:` when known) for the piece the article is written from',
	'source.publication': 'add `publication:` under `source:`, e.g. "L\'Usine Digitale"',
	'source.url': 'add `url:` under `source:`, the http(s) address of the cited piece',
	label: 'add `label:` with the French label',
	name: 'add `name:` with the display name',
	items: 'add `items:` with the slugs of the articles the edition carried',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function missingFieldMessage(path: readonly PropertyKey[], fallback: string): string {
	const generic = path.map((key) => (typeof key === 'number' ? '[]' : String(key)));
	const key = generic.join('.').replaceAll('.[]', '[]');
	const hint = MISSING_FIELD_HINTS[key] ?? MISSING_FIELD_HINTS[String(path.at(-1))] ?? fallback;
	return `missing: ${hint}`;
}

/** The top-level keys a schema accepts, when it is a (refined) object schema. */
function schemaKeys(schema: z.ZodType): string[] | undefined {
	const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
	return shape ? Object.keys(shape) : undefined;
}

/**
 * Validates parsed YAML with a zod schema and turns every issue into a problem naming the field and
 * its line. Top-level keys the schema does not know are reported too (zod would drop them silently,
 * so a typo like `pubdate` would only show up as a missing `pubDate`).
 */
export function validateWithSchema<S extends z.ZodType>(
	schema: S,
	parsed: ParsedYaml,
	file: string,
	fieldPrefix: readonly PropertyKey[] = [],
): { problems: Problem[]; value?: z.output<S> } {
	const problems: Problem[] = [];
	const keys = schemaKeys(schema);
	const data = parsed.data;
	if (keys && data !== null && typeof data === 'object' && !Array.isArray(data)) {
		for (const key of Object.keys(data)) {
			if (keys.includes(key)) continue;
			const nearest = findNearest(key, keys);
			const path = [...fieldPrefix, key];
			problems.push({
				file,
				line: parsed.lineOf(path),
				field: pathToField(path),
				rule: 'schema/unknown-field',
				message: `unknown field${nearest ? ` — did you mean "${nearest}"?` : '.'} Fields: ${keys.join(', ')}`,
			});
		}
	}
	const result = schema.safeParse(data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = [...fieldPrefix, ...issue.path];
			const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
			problems.push({
				file,
				line: parsed.lineOf(path),
				field: pathToField(path) || '(frontmatter)',
				rule: 'schema',
				message: missing ? missingFieldMessage(issue.path, issue.message) : issue.message,
			});
		}
	}
	return { problems, value: result.success ? result.data : undefined };
}
