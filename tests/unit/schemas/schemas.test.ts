import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import { CompanySchema } from '../../../src/schemas/company.ts';
import { createEditionSchema } from '../../../src/schemas/edition.ts';
import {
	parseCalendarDate,
	type ReferencedCollection,
	type SchemaContext,
} from '../../../src/schemas/primitives.ts';
import { TagSchema } from '../../../src/schemas/tag.ts';

// In unit tests any slug is a valid reference; the pipeline checks them against the content.
const context: SchemaContext = {
	today: new Date('2026-12-01T12:00:00Z'),
	ref: <C extends ReferencedCollection>(collection: C) =>
		z.string().transform((id) => ({ collection, id })),
};
const ArticleSchema = createArticleSchema(context);

/** The field paths and messages of a failed parse, e.g. `source.url: expected …`. */
function issuesOf(result: { success: boolean; error?: z.ZodError }): string[] {
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const valid = {
	title: 'Un titre',
	description: 'Un chapô court.',
	pubDate: '2025-01-08',
	tags: ['ia-generative'],
	source: {
		publication: 'Siècle Digital',
		url: 'https://siecledigital.fr/2024/04/24/un-article/',
	},
};

describe('ArticleSchema', () => {
	it('fills defaults, turns dates into UTC days and references into { collection, id }', () => {
		const data = ArticleSchema.parse(valid);
		expect(data).toMatchObject({
			companies: [],
			primarySources: [],
			verification: [],
			figures: [],
			draft: false,
			tags: [{ collection: 'tags', id: 'ia-generative' }],
		});
		expect(data.pubDate).toEqual(new Date('2025-01-08T00:00:00Z'));
	});

	it.each([
		['an empty title', { title: '  ' }, 'title: give the article a French title'],
		[
			'a title over 160 characters',
			{ title: 'x'.repeat(161) },
			'title: keep it to 160 characters or fewer',
		],
		[
			'a standfirst over 200 characters',
			{ description: 'x'.repeat(201) },
			'description: keep the standfirst to 200 characters or fewer',
		],
		[
			'a date that is not a date',
			{ pubDate: 'hier' },
			'pubDate: "hier" is not a date: expected a date written YYYY-MM-DD, e.g. 2025-01-08',
		],
		[
			'a date given as a number',
			{ pubDate: 20250108 },
			'pubDate: expected a date written YYYY-MM-DD, e.g. 2025-01-08',
		],
		[
			'a date in year 1',
			{ pubDate: '0001-01-01' },
			'pubDate: 0001-01-01 is before 1990; the archive starts in 1990: check the year',
		],
		[
			'a date after today',
			{ pubDate: '2026-12-02' },
			'pubDate: 2026-12-02 is in the future (compared in UTC); use the day it happened or was published',
		],
		[
			'an update before publication',
			{ updatedDate: '2025-01-01' },
			'updatedDate: updatedDate must not be before pubDate',
		],
		['no tag', { tags: [] }, 'tags: add at least one tag from content/tags.yaml'],
		['seven tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, 'tags: keep at most 6 tags'],
		[
			'a repeated tag',
			{ tags: ['cloud', 'cloud'] },
			'tags.1: "cloud" is listed twice; keep it once',
		],
		[
			'a javascript: source URL',
			{ source: { publication: 'X', url: 'javascript:alert(1)' } },
			'source.url: expected an absolute http(s) URL, e.g. "https://www.usine-digitale.fr/"',
		],
		[
			'an unknown source field',
			{ source: { publication: 'X', url: 'https://x.org/a', auteur: 'Y' } },
			'source: Unrecognized key: "auteur"',
		],
		[
			'a figure with an unknown currency',
			{ figures: [{ amount: 1, currency: 'XYZ', kind: 'amende', label: 'x', date: '2025-01-01' }] },
			'figures.0.currency: expected one of EUR, USD, GBP, CHF, JPY, CNY, KRW, CAD',
		],
		[
			'a negative figure',
			{
				figures: [{ amount: -5, currency: 'EUR', kind: 'amende', label: 'x', date: '2025-01-01' }],
			},
			'figures.0.amount: the amount must be a positive number, e.g. 1100000000',
		],
		[
			'a figure over 10^15',
			{
				figures: [
					{ amount: 1.7e308, currency: 'EUR', kind: 'amende', label: 'x', date: '2025-01-01' },
				],
			},
			'figures.0.amount: the amount must be at most 10^15 (1000000000000000); write it in units',
		],
		[
			'a figure with both currency and unit',
			{
				figures: [
					{
						amount: 5,
						currency: 'EUR',
						unit: 'GPU',
						kind: 'capacite',
						label: 'x',
						date: '2025-01',
					},
				],
			},
			'figures.0.currency: set exactly one of `currency` (money, e.g. "USD") or `unit` (a count, e.g. "personnes")',
		],
		[
			'a figure dated more than ten years ahead',
			{ figures: [{ amount: 5, unit: 'GPU', kind: 'capacite', label: 'x', date: '2037-01' }] },
			'figures.0.date: 2037-01 is in the future (compared in UTC); a figure may look at most 10 years ahead',
		],
	])('refuses %s, naming the field', (_case, change, expected) => {
		const result = ArticleSchema.safeParse({ ...valid, ...change });
		expect(issuesOf(result)).toEqual([expected]);
	});
});

describe('TagSchema, CompanySchema and EditionSchema', () => {
	it('refuse a tag without a label and a company with a non-http website', () => {
		expect(issuesOf(TagSchema.safeParse({ label: '', description: 'x' }))).toEqual([
			'label: give the tag a French label, e.g. "IA générative"',
		]);
		expect(
			issuesOf(CompanySchema.safeParse({ name: 'X', description: 'Y', website: 'ftp://x.org' })),
		).toEqual(['website: expected an absolute http(s) URL, e.g. "https://www.usine-digitale.fr/"']);
	});

	it('refuses a company whose one-line description is empty or longer than a line', () => {
		expect(issuesOf(CompanySchema.safeParse({ name: 'X', description: '  ' }))).toEqual([
			'description: describe the company in one French line, e.g. "Groupe américain de boissons"',
		]);
		expect(issuesOf(CompanySchema.safeParse({ name: 'X', description: 'y'.repeat(161) }))).toEqual([
			'description: keep it to 160 characters or fewer',
		]);
	});

	it('refuses an edition without items, and one listing an article twice', () => {
		const EditionSchema = createEditionSchema(context);
		const edition = {
			title: 'T',
			dateLabel: 'semaine du 6 janvier 2025',
			date: '2025-01-08',
			publication: 'P',
			url: 'https://example.org/',
		};
		expect(issuesOf(EditionSchema.safeParse({ ...edition, items: [] }))).toEqual([
			'items: list at least one article slug',
		]);
		expect(issuesOf(EditionSchema.safeParse({ ...edition, items: ['a', 'a'] }))).toEqual([
			'items.1: "a" is listed twice; an edition carries each article once',
		]);
	});
});

describe('parseCalendarDate', () => {
	it.each([
		['2025-01-08', '2025-01-08T00:00:00.000Z'],
		['2024-02-29', '2024-02-29T00:00:00.000Z'],
		['2025-02', '2025-02-01T00:00:00.000Z'],
		['0001-01-01', '0001-01-01T00:00:00.000Z'],
	])('reads %s as a UTC day', (text, iso) => {
		expect(parseCalendarDate(text)?.toISOString()).toBe(iso);
	});

	it.each([
		'2025-02-29',
		'2025-13-01',
		'2025-00-10',
		'2025-04-31',
		'2025-1-8',
		'25-01-08',
		'2025-13',
	])('refuses %s', (text) => {
		expect(parseCalendarDate(text)).toBeUndefined();
	});
});
