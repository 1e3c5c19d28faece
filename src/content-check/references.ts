import { z } from 'astro/zod';
import type {
	Reference,
	ReferencedCollection,
	ReferenceSchema,
	SchemaContext,
} from '../schemas/primitives.ts';
import { findNearest, sortByNearest } from './distance.ts';

export type { ReferencedCollection };

/** The known slugs of each referenced collection. */
export type KnownSlugs = Record<ReferencedCollection, readonly string[]>;

const NOUNS: Record<ReferencedCollection, string> = {
	tags: 'tag',
	companies: 'company',
	articles: 'article',
};

const SOURCES: Record<ReferencedCollection, string> = {
	tags: 'content/tags.yaml',
	companies: 'content/companies.yaml',
	articles: 'content/articles/',
};

/** How many known values an "unknown slug" message lists before summarising the rest. */
const KNOWN_LISTED = 12;

/**
 * The message for a slug missing from its collection: the nearest known value as a suggestion, then
 * the known values, nearest first.
 * @example unknownSlugMessage('tags', 'ia', ['ia-generative', 'robotique'])
 * // 'unknown tag "ia" — did you mean "ia-generative"? Known tags: ia-generative, robotique'
 */
export function unknownSlugMessage(
	collection: ReferencedCollection,
	slug: string,
	known: readonly string[],
): string {
	const noun = NOUNS[collection];
	if (known.length === 0)
		return `unknown ${noun} "${slug}": ${SOURCES[collection]} defines none yet`;
	const nearest = findNearest(slug, known);
	const suggestion = nearest ? ` — did you mean "${nearest}"?` : '.';
	const sorted = sortByNearest(slug, known);
	const listed = sorted.slice(0, KNOWN_LISTED).join(', ');
	const rest =
		sorted.length > KNOWN_LISTED
			? ` … and ${sorted.length - KNOWN_LISTED} more in ${SOURCES[collection]}`
			: '';
	return `unknown ${noun} "${slug}"${suggestion} Known ${collection}: ${listed}${rest}`;
}

/**
 * The `ref` of the schema factories of `src/schemas/`: a reference is a slug that must name an
 * existing entry, and becomes `{ collection, id }` (the shape of Astro's `reference()`).
 */
export function createSlugRef(known: KnownSlugs): SchemaContext['ref'] {
	const sets = new Map<ReferencedCollection, Set<string>>();
	const setOf = (collection: ReferencedCollection) => {
		let set = sets.get(collection);
		if (!set) sets.set(collection, (set = new Set(known[collection])));
		return set;
	};
	return <C extends ReferencedCollection>(collection: C): ReferenceSchema<C> =>
		z
			.string({
				error: `expected a ${NOUNS[collection]} slug, e.g. "${known[collection][0] ?? 'slug'}"`,
			})
			.superRefine((slug, ctx) => {
				if (setOf(collection).has(slug)) return;
				ctx.addIssue({
					code: 'custom',
					message: unknownSlugMessage(collection, slug, known[collection]),
				});
			})
			.transform((id): Reference<C> => ({ collection, id }));
}
