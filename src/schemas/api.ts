// The shape of the open data files (/api/articles.json, /api/figures.json). The endpoints type
// their output with these schemas, and /api/schema.json is generated from them with
// `z.toJSONSchema`, so the published JSON Schema cannot drift from what is served.
import { z } from 'astro/zod';
import { PUB_DATE_KINDS } from './article.ts';
import { CURRENCIES, FIGURE_KINDS } from './figure.ts';
import {
	APPROX_VALUES,
	JSON_DAY_OR_MONTH_PATTERN,
	JSON_DAY_PATTERN,
	SLUG_PATTERN,
} from './primitives.ts';

/** A day, `YYYY-MM-DD`. */
const DaySchema = z
	.string()
	.regex(JSON_DAY_PATTERN)
	.meta({ description: 'A day, YYYY-MM-DD (UTC).', examples: ['2025-01-03'] });

/** A slug: lower-case letters, digits and hyphens. */
const SlugSchema = z.string().regex(SLUG_PATTERN);

/** An absolute http(s) URL. */
const UrlSchema = z.url({ protocol: /^https?$/ });

/** A company: slug and display name. */
export const ApiCompanySchema = z
	.object({
		slug: SlugSchema.describe('Company slug, as in /entreprises/<slug>/.'),
		name: z.string().min(1).describe('Display name, e.g. "Coca-Cola".'),
	})
	.meta({ id: 'Company', title: 'Company' });

/** A tag: slug and French label. */
export const ApiTagSchema = z
	.object({
		slug: SlugSchema.describe('Tag slug, as in /tags/<slug>/.'),
		label: z.string().min(1).describe('French label, e.g. "IA générative".'),
	})
	.meta({ id: 'Tag', title: 'Tag' });

/** A key figure as an article reports it. */
export const ApiFigureSchema = z
	.object({
		amount: z
			.number()
			.positive()
			.describe('The amount in units (1.1 billion = 1100000000); never converted.'),
		currency: z.enum(CURRENCIES).optional().describe('ISO 4217 code; absent for counts.'),
		unit: z.string().min(1).optional().describe('Unit of a count, in French; absent for money.'),
		kind: z.enum(FIGURE_KINDS).describe('What the figure measures.'),
		label: z.string().min(1).describe('Short French label.'),
		date: z
			.string()
			.regex(JSON_DAY_OR_MONTH_PATTERN)
			.describe('Date the figure refers to: YYYY-MM-DD, or YYYY-MM when only the month is known.'),
		approx: z
			.enum(APPROX_VALUES)
			.optional()
			.describe('A floor (plus-de), a ceiling (jusqu-a) or an estimate (environ).'),
		formatted: z
			.string()
			.min(1)
			.describe('The figure as the site shows it, French style, e.g. "1,1 Md$".'),
		companies: z.array(ApiCompanySchema).describe('Companies the figure concerns.'),
	})
	.meta({
		id: 'Figure',
		title: 'Figure',
		description: 'Exactly one of currency (money) or unit (a count) is present.',
	});

/** The article a figure comes from. */
export const ApiArticleRefSchema = z
	.object({
		slug: SlugSchema,
		url: UrlSchema.describe('Absolute URL of the article page.'),
		title: z.string().min(1),
	})
	.meta({ id: 'ArticleRef', title: 'Article reference' });

/** A figure of /api/figures.json: the figure plus its id and article. */
export const ApiFigureEntrySchema = ApiFigureSchema.extend({
	id: z.string().min(1).describe('Stable id: <article slug>-<index of the figure in the article>.'),
	article: ApiArticleRefSchema,
}).meta({ id: 'FigureEntry', title: 'Figure with its article' });

/** Where an article's facts come from. */
export const ApiSourceSchema = z
	.object({
		publication: z.string().min(1).describe('Name of the publication, e.g. "L\'Usine Digitale".'),
		title: z.string().min(1).optional().describe('Title of the cited piece, as published.'),
		newsletter: z
			.string()
			.min(1)
			.optional()
			.describe('Name of the newsletter when the piece is one of its editions.'),
		url: UrlSchema.optional().describe('Address of the cited piece itself; never a home page.'),
		publicationUrl: UrlSchema.optional().describe(
			'Address of the publication, given when the piece has no known address of its own.',
		),
		date: DaySchema.optional().describe('Day the source published the piece.'),
		dateLabel: z
			.string()
			.min(1)
			.optional()
			.describe('How that date reads when the exact day is not known, in French.'),
	})
	.meta({
		id: 'Source',
		title: 'Source',
		description: 'At least one of url (the piece) or publicationUrl (the publication) is present.',
	});

/** An article of /api/articles.json. */
export const ApiArticleSchema = z
	.object({
		slug: SlugSchema.describe('The article slug, as in /articles/<slug>/.'),
		url: UrlSchema.describe('Absolute URL of the article page.'),
		title: z.string().min(1),
		standfirst: z.string().min(1).describe('The standfirst (chapô), in French.'),
		pubDate: DaySchema.describe('Date of the facts (the event, announcement or decision).'),
		pubDateKind: z
			.enum(PUB_DATE_KINDS)
			.describe(
				'What pubDate is the date of; signalement: the source gave the facts no date, and pubDate is the day it reported them.',
			),
		updatedDate: DaySchema.optional().describe('Date of the last substantive update.'),
		tags: z.array(ApiTagSchema).min(1),
		companies: z.array(ApiCompanySchema),
		source: ApiSourceSchema,
		figures: z.array(ApiFigureSchema),
	})
	.meta({ id: 'Article', title: 'Article' });

const fileFields = {
	$schema: UrlSchema.describe('Absolute URL of this JSON Schema (/api/schema.json).'),
	site: UrlSchema.describe('Absolute URL of the site home page.'),
	count: z.int().nonnegative(),
};

/** /api/articles.json: every published article, newest first. */
export const ArticlesFileSchema = z
	.object({ ...fileFields, articles: z.array(ApiArticleSchema) })
	.meta({ id: 'ArticlesFile', title: '/api/articles.json' });

/** /api/figures.json: every figure of every published article, newest first. */
export const FiguresFileSchema = z
	.object({ ...fileFields, figures: z.array(ApiFigureEntrySchema) })
	.meta({ id: 'FiguresFile', title: '/api/figures.json' });

export type ApiCompany = z.infer<typeof ApiCompanySchema>;
export type ApiFigure = z.infer<typeof ApiFigureSchema>;
export type ApiFigureEntry = z.infer<typeof ApiFigureEntrySchema>;
export type ApiArticle = z.infer<typeof ApiArticleSchema>;
export type ArticlesFile = z.infer<typeof ArticlesFileSchema>;
export type FiguresFile = z.infer<typeof FiguresFileSchema>;

/**
 * The JSON Schema (draft 2020-12) of both files, published at /api/schema.json. Each file's
 * schema is also reachable on its own: `#/$defs/ArticlesFile`, `#/$defs/FiguresFile`.
 */
export function createApiJsonSchema(schemaUrl: string): Record<string, unknown> {
	const root = z.union([ArticlesFileSchema, FiguresFileSchema]).meta({
		title: 'Veille IA open data',
		description: 'The files /api/articles.json and /api/figures.json of Veille IA.',
	});
	return { $id: schemaUrl, ...z.toJSONSchema(root, { target: 'draft-2020-12' }) };
}
