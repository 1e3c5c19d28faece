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

/**
 * What `pubDate` is the date of, as slugs; the article's head shows it ("Annonce du 3 janvier
 * 2025"), French labels live in `src/i18n/fr.ts` (`article.dateKind.*`). `signalement`: the source
 * gives no date for the facts, so `pubDate` is the day the source reported them.
 */
export const PUB_DATE_KINDS = [
	'annonce',
	'decision',
	'classement',
	'evenement',
	'signalement',
] as const;

export type PubDateKind = (typeof PUB_DATE_KINDS)[number];

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
				/**
				 * Date of the facts (the event, announcement or decision), `YYYY-MM-DD` (UTC): the archive,
				 * feeds and timeline are ordered by it. When the source reported it is `source.date`.
				 */
				pubDate: day,
				/**
				 * What `pubDate` is the date of: `annonce` (default), `decision`, `classement`,
				 * `evenement`, or `signalement` when the source does not date the facts (then `pubDate`
				 * repeats `source.date`).
				 */
				pubDateKind: z
					.enum(PUB_DATE_KINDS, {
						error: `expected one of ${PUB_DATE_KINDS.join(', ')}; see CONTRIBUTING.md, section 3`,
					})
					.default('annonce'),
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
				/**
				 * The source the article is written from: the publication, the piece (its `url`, or
				 * `newsletter`/`title` and `date` when only the publication's `publicationUrl` is known).
				 */
				source: createSourceSchema(context),
				/** Primary sources checked for the facts (announcements, decisions, rankings). */
				primarySources: z.array(createPrimarySourceSchema(context)).default([]),
				/** Verification notes: corrections of the source text, and follow-ups on later events. */
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
			.superRefine(({ pubDateKind, pubDate, source }, ctx) => {
				if (pubDateKind !== 'signalement' || !(pubDate instanceof Date)) return;
				// Without a url the source's own rule already asks for its date.
				if (source?.date === undefined) {
					if (source?.url === undefined) return;
					ctx.addIssue({
						code: 'custom',
						path: ['source', 'date'],
						message:
							'with pubDateKind: signalement, give date: the day the source reported the facts (pubDate repeats it)',
					});
				} else if (source.date instanceof Date && source.date.getTime() !== pubDate.getTime()) {
					ctx.addIssue({
						code: 'custom',
						path: ['pubDate'],
						message: `with pubDateKind: signalement, pubDate is the day the source reported the facts: write ${source.date.toISOString().slice(0, 10)} (source.date), or set pubDateKind to the kind of the facts' own date`,
					});
				}
			})
	);
}

export type ArticleData = z.output<ReturnType<typeof createArticleSchema>>;
