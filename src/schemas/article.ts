import { z } from 'astro/zod';
import { createFigureSchema } from './figure.ts';
import { PrimarySourceSchema, SourceSchema, VerificationSchema } from './source.ts';

/** Longest standfirst, in characters. */
export const DESCRIPTION_MAX = 200;
/** Most tags an article may carry. */
export const TAGS_MAX = 6;

type Collection = 'tags' | 'companies';

function referenceId(value: unknown): string {
	if (typeof value === 'string') return value;
	return (value as { id: string }).id;
}

/** Refuses repeated entries in a list of references. */
function uniqueReferences(list: unknown[], ctx: z.RefinementCtx) {
	const seen = new Set<string>();
	list.forEach((value, index) => {
		const id = referenceId(value);
		if (seen.has(id)) {
			ctx.addIssue({
				code: 'custom',
				path: [index],
				message: `"${id}" is listed twice; keep it once`,
			});
		}
		seen.add(id);
	});
}

/**
 * The frontmatter of an article (`content/articles/<slug>.mdx`). The slug is the file name.
 * `ref` builds the schema of a reference to another collection: Astro's `reference()` in the build,
 * a slug checked against the known values in `npm run check:content`.
 */
export function createArticleSchema<R extends z.ZodType>(ref: (collection: Collection) => R) {
	return z
		.object({
			/** Headline, in French. */
			title: z.string().trim().min(1, 'give the article a French title'),
			/** Standfirst (chapô): one or two French sentences, at most 200 characters. */
			description: z
				.string()
				.trim()
				.min(1, 'write a standfirst of one or two sentences')
				.max(DESCRIPTION_MAX, `keep the standfirst to ${DESCRIPTION_MAX} characters or fewer`),
			/** Date of the event or announcement, `YYYY-MM-DD` (UTC). */
			pubDate: z.coerce.date({ error: 'expected a date as YYYY-MM-DD, e.g. 2025-01-08' }),
			/** Date of the last substantive update, `YYYY-MM-DD`; not before `pubDate` (optional). */
			updatedDate: z.coerce.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
			/** 1 to 6 tag slugs from content/tags.yaml, most important first. */
			tags: z
				.array(ref('tags'))
				.min(1, 'add at least one tag from content/tags.yaml')
				.max(TAGS_MAX, `keep at most ${TAGS_MAX} tags`)
				.superRefine(uniqueReferences),
			/** Company slugs from content/companies.yaml (optional). */
			companies: z.array(ref('companies')).default([]).superRefine(uniqueReferences),
			/** The source the article is written from (publication, title, URL, date). */
			source: SourceSchema,
			/** Primary sources checked for the facts (announcements, decisions, rankings). */
			primarySources: z.array(PrimarySourceSchema).default([]),
			/** Verification notes: where the source text was wrong and what the checked fact is. */
			verification: z.array(VerificationSchema).default([]),
			/** Key figures (amounts, counts) the article reports. */
			figures: z.array(createFigureSchema(ref)).default([]),
			/** A draft never reaches a production build (no page, no index entry, no sitemap line). */
			draft: z.boolean().default(false),
		})
		.refine((data) => !data.updatedDate || data.updatedDate >= data.pubDate, {
			message: 'updatedDate must not be before pubDate',
			path: ['updatedDate'],
		});
}
