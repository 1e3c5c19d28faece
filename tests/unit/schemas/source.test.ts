import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import type { ReferencedCollection, SchemaContext } from '../../../src/schemas/primitives.ts';
import {
	createPrimarySourceSchema,
	createSourceSchema,
	createVerificationSchema,
	isHomePageUrl,
} from '../../../src/schemas/source.ts';

// In unit tests any slug is a valid reference; the pipeline checks them against the content.
const context: SchemaContext = {
	today: new Date('2026-12-01T12:00:00Z'),
	ref: <C extends ReferencedCollection>(collection: C) =>
		z.string().transform((id) => ({ collection, id })),
};
const SourceSchema = createSourceSchema(context);
const PrimarySourceSchema = createPrimarySourceSchema(context);
const VerificationSchema = createVerificationSchema(context);
const ArticleSchema = createArticleSchema(context);

/** The field paths and messages of a parse, e.g. `url: … is a home page …`; none when it passed. */
function issuesOf(schema: z.ZodType, value: unknown): string[] {
	const result = schema.safeParse(value);
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A newsletter item's source, as the archive's articles write it. */
const newsletterSource = {
	publication: "L'Usine Digitale",
	newsletter: "L'essentiel de l'actu IA",
	publicationUrl: 'https://www.usine-digitale.fr/',
	date: '2025-01-08',
	dateLabel: 'semaine du 6 janvier 2025',
};

describe('isHomePageUrl', () => {
	it.each([
		['https://www.usine-digitale.fr/', true],
		['https://www.usine-digitale.fr', true],
		['https://www.usine-digitale.fr/#une', true],
		['https://www.usine-digitale.fr/article/x.html', false],
		['https://www.example.org/?p=123', false],
		['pas une adresse', false],
	])('says whether %s is a home page (%s)', (url, expected) => {
		expect(isHomePageUrl(url)).toBe(expected);
	});
});

describe('createSourceSchema', () => {
	it('accepts a piece with its own address, and a newsletter edition known by its publication only', () => {
		expect(
			issuesOf(SourceSchema, {
				publication: 'Siècle Digital',
				url: 'https://siecledigital.fr/2024/04/24/un-article/',
				date: '2024-04-24',
			}),
		).toEqual([]);
		expect(issuesOf(SourceSchema, newsletterSource)).toEqual([]);
	});

	it.each([
		[
			'a home page given as the address of the piece',
			{ publication: "L'Usine Digitale", url: 'https://www.usine-digitale.fr/' },
			[
				'url: https://www.usine-digitale.fr/ is a home page, not the cited piece: give the address of the piece itself, or, when only the publication is known, move this address to publicationUrl: and describe the piece with newsletter: or title:, and date:',
			],
		],
		[
			'no address at all',
			{ publication: 'X', title: 'Un titre', date: '2025-01-08' },
			[
				'url: give url: (the address of the cited piece) or, when only the publication is known, publicationUrl: (its home page)',
			],
		],
		[
			'a publication address with nothing saying which piece',
			{ publication: 'X', publicationUrl: 'https://x.org/', date: '2025-01-08' },
			[
				': without url:, say which piece you cite: add newsletter: (e.g. "L\'essentiel de l\'actu IA") or title:',
			],
		],
		[
			'a publication address with no date',
			{ publication: 'X', publicationUrl: 'https://x.org/', newsletter: 'N' },
			['date: without url:, give date: the day the source published the piece, YYYY-MM-DD'],
		],
		[
			'a date label with no date',
			{ publication: 'X', url: 'https://x.org/a', dateLabel: 'semaine du 6 janvier 2025' },
			['dateLabel: dateLabel: needs date: too (the day the data use, e.g. 2025-01-08)'],
		],
	])('refuses %s, with the fix', (_, source, expected) => {
		expect(issuesOf(SourceSchema, source)).toEqual(expected);
	});
});

describe('createPrimarySourceSchema', () => {
	it('accepts a primary source with no address', () => {
		expect(issuesOf(PrimarySourceSchema, { publication: 'TOP500', date: '2024-11-18' })).toEqual(
			[],
		);
	});

	it('refuses a home page given as its address, with the fix', () => {
		expect(issuesOf(PrimarySourceSchema, { publication: 'X', url: 'https://x.org/' })).toEqual([
			'url: https://x.org/ is a home page, not the primary source: give the address of the announcement, decision or ranking itself, or leave url: out',
		]);
	});
});

describe('createVerificationSchema', () => {
	const note = { claim: 'La newsletter disait A.', fact: 'Le fait est B.' };

	it('accepts a correction without a date and a follow-up dated by its month', () => {
		expect(issuesOf(VerificationSchema, { kind: 'correction', ...note })).toEqual([]);
		expect(VerificationSchema.parse({ kind: 'suivi', date: '2025-02', ...note }).date).toBe(
			'2025-02',
		);
	});

	it.each([
		[
			'a note without a kind',
			note,
			['kind: expected one of correction (the source text was wrong), suivi (what happened later)'],
		],
		[
			'a kind that is not one',
			{ kind: 'rectificatif', ...note },
			['kind: expected one of correction (the source text was wrong), suivi (what happened later)'],
		],
		[
			'a follow-up without a date',
			{ kind: 'suivi', ...note },
			[
				'date: a follow-up (kind: suivi) says when it happened: add date: YYYY-MM-DD, or "YYYY-MM" when only the month is known',
			],
		],
		[
			'a follow-up dated in a future month',
			{ kind: 'suivi', date: '2027-01', ...note },
			['date: 2027-01 is in the future (compared in UTC); use the day or month it happened'],
		],
	])('refuses %s, with the fix', (_, value, expected) => {
		expect(issuesOf(VerificationSchema, value)).toEqual(expected);
	});
});

describe('createArticleSchema: pubDateKind', () => {
	const article = {
		title: 'Un titre',
		description: 'Un chapô court.',
		pubDate: '2025-01-08',
		tags: ['ia-generative'],
		source: newsletterSource,
	};

	it('says the date is an announcement unless told otherwise', () => {
		expect(ArticleSchema.parse(article).pubDateKind).toBe('annonce');
	});

	it('accepts facts the source does not date, when pubDate is the day the source reported them', () => {
		expect(issuesOf(ArticleSchema, { ...article, pubDateKind: 'signalement' })).toEqual([]);
	});

	it.each([
		[
			'a kind that is not one',
			{ pubDateKind: 'annonces' },
			[
				'pubDateKind: expected one of annonce, decision, classement, evenement, signalement; see CONTRIBUTING.md, section 3',
			],
		],
		[
			'undated facts whose pubDate is not the day the source reported them',
			{ pubDateKind: 'signalement', pubDate: '2025-01-06' },
			[
				"pubDate: with pubDateKind: signalement, pubDate is the day the source reported the facts: write 2025-01-08 (source.date), or set pubDateKind to the kind of the facts' own date",
			],
		],
		[
			'undated facts whose source has no date',
			{
				pubDateKind: 'signalement',
				source: { publication: 'X', url: 'https://x.org/a' },
			},
			[
				'source.date: with pubDateKind: signalement, give date: the day the source reported the facts (pubDate repeats it)',
			],
		],
	])('refuses %s, with the fix', (_, overrides, expected) => {
		expect(issuesOf(ArticleSchema, { ...article, ...overrides })).toEqual(expected);
	});
});
