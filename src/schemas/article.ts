import { z } from 'astro/zod';
import { createFigureSchema } from './figure.ts';
import {
	daySchema,
	textSchema,
	TITLE_MAX,
	type Reference,
	type SchemaContext,
} from './primitives.ts';
import {
	createPrimarySourceSchema,
	createSourceSchema,
	createVerificationSchema,
} from './source.ts';

/** Longest standfirst, in characters. */
export const DESCRIPTION_MAX = 200;
/** Most tags an article may carry. */
export const TAGS_MAX = 6;

/** Refuses repeated entries in a list of references. */
function uniqueReferences(list: Reference[], ctx: z.RefinementCtx) {
	const seen = new Set<string>();
	list.forEach(({ id }, index) => {
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
 * References are checked by `context.ref`; dates may not lie after `context.today`.
 */
export function createArticleSchema(context: SchemaContext) {
	const day = daySchema(context);
	return (
		z
			.strictObject({
				/** Headline, in French, at most 160 characters. */
				title: textSchema(TITLE_MAX, 'give the article a French title'),
				/** Standfirst (chapô): one or two French sentences, at most 200 characters. */
				description: z
					.string()
					.trim()
					.min(1, 'write a standfirst of one or two sentences')
					.max(DESCRIPTION_MAX, `keep the standfirst to ${DESCRIPTION_MAX} characters or fewer`),
				/** Date of the event or announcement, `YYYY-MM-DD` (UTC). */
				pubDate: day,
				/** Date of the last substantive update, `YYYY-MM-DD`; not before `pubDate` (optional). */
				updatedDate: day.optional(),
				/** 1 to 6 tag slugs from content/tags.yaml, most important first. */
				tags: z
					.array(context.ref('tags'), {
						error: 'expected a list of tag slugs, e.g. [cloud, robotique]',
					})
					.min(1, 'add at least one tag from content/tags.yaml')
					.max(TAGS_MAX, `keep at most ${TAGS_MAX} tags`)
					.superRefine(uniqueReferences),
				/** Company slugs from content/companies.yaml (optional). */
				companies: z.array(context.ref('companies')).default([]).superRefine(uniqueReferences),
				/** The source the article is written from (publication, title, URL, date). */
				source: createSourceSchema(context),
				/** Primary sources checked for the facts (announcements, decisions, rankings). */
				primarySources: z.array(createPrimarySourceSchema(context)).default([]),
				/** Verification notes: where the source text was wrong and what the checked fact is. */
				verification: z.array(createVerificationSchema(context)).default([]),
				/** Key figures (amounts, counts) the article reports. */
				figures: z.array(createFigureSchema(context)).default([]),
				/** A draft never reaches a production build (no page, no index entry, no sitemap line). */
				draft: z.boolean({ error: 'expected true or false' }).default(false),
			})
			// Only between two valid dates: a date the field itself refused is reported there.
			.refine(
				({ updatedDate, pubDate }) =>
					!(updatedDate instanceof Date && pubDate instanceof Date) || updatedDate >= pubDate,
				{
					message: 'updatedDate must not be before pubDate',
					path: ['updatedDate'],
				},
			)
	);
}

export type ArticleData = z.output<ReturnType<typeof createArticleSchema>>;
