import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import { CompanySchema } from '../../../src/schemas/company.ts';
import { createEditionSchema } from '../../../src/schemas/edition.ts';
import { TagSchema } from '../../../src/schemas/tag.ts';

const CONTENT = join(import.meta.dirname, '../../../content');
// In unit tests a reference is a plain slug; the build and check:content resolve them.
const plainRef = () => z.string();
const ArticleSchema = createArticleSchema(plainRef);

function readFrontmatter(file: string): Record<string, unknown> {
	const text = readFileSync(join(CONTENT, 'articles', file), 'utf8');
	const match = /^---\n([\s\S]*?)\n---/.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter`);
	return parse(match[1]);
}

/** The field paths and messages of a failed parse, e.g. `source.url: expected …`. */
function issuesOf(result: { success: boolean; error?: z.ZodError }): string[] {
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const valid = {
	title: 'Un titre',
	description: 'Un chapô court.',
	pubDate: '2025-01-08',
	tags: ['ia-generative'],
	source: { publication: "L'Usine Digitale", url: 'https://www.usine-digitale.fr/' },
};

describe('ArticleSchema', () => {
	const files = readdirSync(join(CONTENT, 'articles')).filter((file) => file.endsWith('.mdx'));

	it.each(files)('accepts the real article %s', (file) => {
		const result = ArticleSchema.safeParse(readFrontmatter(file));
		expect(issuesOf(result)).toEqual([]);
	});

	it('fills defaults for optional lists and draft', () => {
		const data = ArticleSchema.parse(valid);
		expect(data).toMatchObject({
			companies: [],
			primarySources: [],
			verification: [],
			figures: [],
			draft: false,
		});
		expect(data.pubDate).toEqual(new Date('2025-01-08'));
	});

	it.each([
		['a missing title', { title: undefined }, 'title'],
		['an empty title', { title: '  ' }, 'title: give the article a French title'],
		[
			'a standfirst over 200 characters',
			{ description: 'x'.repeat(201) },
			'description: keep the standfirst to 200 characters or fewer',
		],
		[
			'a date that is not a date',
			{ pubDate: 'hier' },
			'pubDate: expected a date as YYYY-MM-DD, e.g. 2025-01-08',
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
		['a missing source', { source: undefined }, 'source'],
		[
			'a source without publication',
			{ source: { url: 'https://example.org/' } },
			'source.publication',
		],
		[
			'a figure with an unknown currency',
			{ figures: [{ amount: 1, currency: 'XYZ', kind: 'amende', label: 'x', date: '2025-01-01' }] },
			'figures.0.currency: expected one of',
		],
		[
			'a negative figure',
			{
				figures: [{ amount: -5, currency: 'EUR', kind: 'amende', label: 'x', date: '2025-01-01' }],
			},
			'figures.0.amount: the amount must be a positive number',
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
			'figures.0.currency: set exactly one of',
		],
	])('refuses %s, naming the field', (_case, change, expected) => {
		const result = ArticleSchema.safeParse({ ...valid, ...change });
		expect(result.success).toBe(false);
		expect(issuesOf(result).some((issue) => issue.startsWith(expected))).toBe(true);
	});
});

describe('TagSchema, CompanySchema and EditionSchema', () => {
	it('accept the real vocabularies and editions', () => {
		const tags = parse(readFileSync(join(CONTENT, 'tags.yaml'), 'utf8')) as unknown[];
		const companies = parse(readFileSync(join(CONTENT, 'companies.yaml'), 'utf8')) as unknown[];
		expect(tags.length).toBeGreaterThanOrEqual(25);
		for (const tag of tags) expect(issuesOf(TagSchema.safeParse(tag))).toEqual([]);
		for (const company of companies) expect(issuesOf(CompanySchema.safeParse(company))).toEqual([]);
		const EditionSchema = createEditionSchema(plainRef);
		for (const file of readdirSync(join(CONTENT, 'editions'))) {
			const edition = parse(readFileSync(join(CONTENT, 'editions', file), 'utf8'));
			expect(issuesOf(EditionSchema.safeParse(edition))).toEqual([]);
		}
	});

	it('refuse a tag without a label and a company with a non-http website', () => {
		expect(issuesOf(TagSchema.safeParse({ label: '', description: 'x' }))).toEqual([
			'label: give the tag a French label, e.g. "IA générative"',
		]);
		expect(issuesOf(CompanySchema.safeParse({ name: 'X', website: 'ftp://x.org' }))[0]).toMatch(
			/^website: expected an absolute http\(s\) URL/,
		);
	});

	it('refuses an edition without items', () => {
		const EditionSchema = createEditionSchema(plainRef);
		const result = EditionSchema.safeParse({
			title: 'T',
			dateLabel: 'semaine du 6 janvier 2025',
			date: '2025-01-08',
			publication: 'P',
			url: 'https://example.org/',
			items: [],
		});
		expect(issuesOf(result)).toEqual(['items: list at least one article slug']);
	});
});
