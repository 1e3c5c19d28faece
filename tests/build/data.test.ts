// The archive as data (issue 7): every figure on /chiffres/, in /api/figures.json and in its
// article's « Chiffres clés » box; the open data files validate against the published JSON
// Schema; the timeline lists every published article exactly once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatFigure, type FigureValue } from '../../src/figures/figures.ts';
import { readContent, type RawArticle as ContentArticle } from '../helpers/content.ts';
import { readPage, textOf } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/site.ts';

interface RawFigure extends FigureValue {
	kind: string;
	label: string;
	date: string | Date;
	companies?: string[];
}

type RawArticle = Omit<ContentArticle, 'figures'> & { figures: RawFigure[] };

// The oracle: frontmatter read straight from disk, not through Astro.
const articles: RawArticle[] = readContent().articles.map((article) => ({
	...article,
	figures: article.figures as unknown as RawFigure[],
}));
const published = articles.filter((article) => !article.draft);
const figures = published.flatMap((article) =>
	article.figures.map((figure, index) => ({
		id: `${article.slug}-${index}`,
		article,
		figure,
		date: figure.date instanceof Date ? figure.date.toISOString().slice(0, 10) : figure.date,
	})),
);
const page = (path: string) => readPage(SITE_DIR, join(path, 'index.html'));
const readJson = (file: string) => JSON.parse(readFileSync(join(SITE_DIR, 'api', file), 'utf8'));

describe('the content has figures to show', () => {
	it('carries at least one figure with a currency and one with a unit', () => {
		expect(figures.some(({ figure }) => figure.currency)).toBe(true);
		expect(figures.some(({ figure }) => figure.unit)).toBe(true);
	});
});

describe('/chiffres/', () => {
	const doc = page('chiffres');
	const rows = doc.querySelectorAll('vi-figures-table tbody tr');

	it.each(figures.map((entry) => [entry.id, entry]))('shows figure %s in its row', (id, entry) => {
		const row = doc.getElementById(`chiffre-${id}`);
		expect(row, `no row #chiffre-${id}`).not.toBeNull();
		expect(textOf(row)).toContain(formatFigure(entry.figure));
		expect(textOf(row)).toContain(entry.figure.label);
		expect(row!.querySelector('time')?.getAttribute('datetime')).toBe(entry.date);
		expect(row!.querySelector(`a[href="/articles/${entry.article.slug}/"]`)).not.toBeNull();
	});

	it('has one row per figure, newest first', () => {
		expect(rows).toHaveLength(figures.length);
		const dates = rows.map((row) => row.querySelector('time')?.getAttribute('datetime') ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('renders the sort buttons and filters disabled until the script runs', () => {
		const headers = doc.querySelectorAll('th[data-sort]');
		expect(headers.map((header) => header.getAttribute('data-sort'))).toEqual([
			'date',
			'company',
			'kind',
			'amount',
			'article',
		]);
		expect(
			headers.every((header) => header.querySelector('button')?.hasAttribute('disabled')),
		).toBe(true);
		expect(doc.querySelector('th[data-sort="date"]')?.getAttribute('aria-sort')).toBe('descending');
		const selects = doc.querySelectorAll('vi-figures-table select');
		expect(selects).toHaveLength(2);
		expect(selects.every((select) => select.hasAttribute('disabled'))).toBe(true);
		expect(doc.querySelector('vi-figures-table [role="status"]')).not.toBeNull();
	});

	it('draws an accessible chart with one bar per monetary figure and no chart library', () => {
		const chart = doc.querySelector('figure.figures-chart');
		expect(chart).not.toBeNull();
		const captionId = chart!.getAttribute('aria-labelledby') ?? '';
		expect(textOf(doc.getElementById(captionId))).toMatch(/montants/);
		const money = figures.filter(({ figure }) => figure.currency);
		expect(chart!.querySelectorAll('rect.bar')).toHaveLength(money.length);
		// Bars are drawn in decorative SVG; each row says its companies, kind and amount in words.
		const rows = chart!.querySelectorAll('li.row');
		expect(rows).toHaveLength(money.length);
		for (const row of rows) {
			expect(row.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
			expect(textOf(row.querySelector('.kind'))).not.toBe('');
			expect(textOf(row.querySelector('.value .visually-hidden'))).toMatch(/\p{L}{3,}/u);
		}
		const scripts = doc.querySelectorAll('script[src]').map((script) => script.getAttribute('src'));
		expect(scripts.filter((src) => /chart|plot|vega|echarts/i.test(src ?? ''))).toEqual([]);
	});

	it('puts each currency on its own axis, whose ticks carry the currency', () => {
		const panels = doc.querySelectorAll('figure.figures-chart section.panel');
		const currencies = [...new Set(figures.map(({ figure }) => figure.currency))]
			.filter((code): code is NonNullable<typeof code> => code !== undefined)
			.sort();
		expect(panels).toHaveLength(currencies.length);
		currencies.forEach((currency, index) => {
			const panel = panels[index]!;
			expect(textOf(panel.querySelector('h3'))).toContain(`(${currency})`);
			const sign = formatFigure({ amount: 1, currency }).split('\u00a0').at(-1)!;
			const ticks = panel.querySelectorAll('.axis text').map((text) => textOf(text));
			expect(ticks.length).toBeGreaterThan(1);
			expect(ticks.filter((tick) => !tick.endsWith(sign))).toEqual([]);
			const bars = panel.querySelectorAll('rect.bar').length;
			expect(bars).toBe(figures.filter(({ figure }) => figure.currency === currency).length);
		});
	});

	it('tells kinds apart by a pattern and a name, explained in a legend', () => {
		const chart = doc.querySelector('figure.figures-chart')!;
		const legend = chart.querySelectorAll('.legend li');
		const patterns = new Set(chart.querySelectorAll('pattern').map((p) => `url(#${p.id})`));
		const fills = chart.querySelectorAll('rect.bar').map((bar) => bar.getAttribute('fill')!);
		expect(fills.filter((fill) => !patterns.has(fill))).toEqual([]);
		const swatches = legend.map((item) => item.querySelector('rect')?.getAttribute('fill'));
		expect(new Set(swatches)).toEqual(new Set(fills));
		expect(legend.every((item) => textOf(item) !== '')).toBe(true);
	});
});

describe('« Chiffres clés » box', () => {
	it.each(published.map((article) => [article.slug, article]))(
		'on /articles/%s/',
		(slug, article) => {
			const box = page(`articles/${slug}`).querySelector('.key-figures');
			if (article.figures.length === 0) {
				expect(box).toBeNull();
				return;
			}
			expect(box).not.toBeNull();
			expect(textOf(box!.querySelector('h2'))).toBe('Chiffres clés');
			for (const figure of article.figures) expect(textOf(box)).toContain(formatFigure(figure));
			expect(box!.querySelector('a[href="/chiffres/"]')).not.toBeNull();
		},
	);
});

describe('/api/figures.json', () => {
	const file = readJson('figures.json');

	it.each(figures.map((entry) => [entry.id, entry]))(
		'publishes figure %s as written',
		(id, entry) => {
			const published = file.figures.find((item: { id: string }) => item.id === id);
			expect(published).toBeDefined();
			expect(published).toMatchObject({
				amount: entry.figure.amount,
				kind: entry.figure.kind,
				label: entry.figure.label,
				date: entry.date,
				formatted: formatFigure(entry.figure),
				article: {
					slug: entry.article.slug,
					url: `https://veille-ia.example.org/articles/${entry.article.slug}/`,
				},
			});
			expect(published.currency).toBe(entry.figure.currency);
			expect(published.unit).toBe(entry.figure.unit);
			expect(published.approx).toBe(entry.figure.approx);
			expect(published.companies.map((c: { slug: string }) => c.slug)).toEqual(
				entry.figure.companies ?? [],
			);
		},
	);

	it('holds nothing else', () => {
		expect(file.count).toBe(figures.length);
		expect(file.figures).toHaveLength(figures.length);
	});
});

describe('/api/articles.json', () => {
	const file = readJson('articles.json');

	it('lists every published article once, with absolute URLs of built pages', () => {
		const slugs = file.articles.map((article: { slug: string }) => article.slug);
		expect([...slugs].sort()).toEqual(published.map((article) => article.slug).sort());
		expect(file.count).toBe(published.length);
		for (const article of file.articles) {
			expect(article.url).toBe(`https://veille-ia.example.org/articles/${article.slug}/`);
			expect(() => page(`articles/${article.slug}`)).not.toThrow();
		}
	});

	it('carries each article’s figures', () => {
		for (const article of published) {
			const entry = file.articles.find((item: { slug: string }) => item.slug === article.slug);
			expect(entry.figures.map((figure: { formatted: string }) => figure.formatted)).toEqual(
				article.figures.map((figure) => formatFigure(figure)),
			);
		}
	});
});

describe('/api/schema.json', () => {
	const schema = readJson('schema.json');
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('uri', (value: string) => URL.canParse(value));
	ajv.addSchema(schema);
	const id = schema.$id as string;

	it('is a draft 2020-12 schema served at its own $id', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(id).toBe('https://veille-ia.example.org/api/schema.json');
	});

	it.each([
		['articles.json', 'ArticlesFile'],
		['figures.json', 'FiguresFile'],
	])('validates /api/%s (against the whole schema and its own definition)', (name, definition) => {
		const data = readJson(name);
		expect(data.$schema).toBe(id);
		const whole = ajv.getSchema(id)!;
		expect(whole(data), JSON.stringify(whole.errors)).toBe(true);
		const own = ajv.getSchema(`${id}#/$defs/${definition}`)!;
		expect(own(data), JSON.stringify(own.errors)).toBe(true);
	});

	it('refuses a figure with an unknown currency or a negative amount', () => {
		const own = ajv.getSchema(`${id}#/$defs/FiguresFile`)!;
		const data = readJson('figures.json');
		data.figures[0].currency = 'XXX';
		expect(own(data)).toBe(false);
		data.figures[0].currency = 'EUR';
		data.figures[0].amount = -1;
		expect(own(data)).toBe(false);
	});
});

describe('/chronologie/', () => {
	const doc = page('chronologie');
	const items = doc.querySelectorAll('vi-timeline-filter li[data-tags]');

	it('lists every published article exactly once', () => {
		const links = items.map((item) => item.querySelector('h3 a')?.getAttribute('href'));
		expect([...links].sort()).toEqual(
			published.map((article) => `/articles/${article.slug}/`).sort(),
		);
	});

	it('groups articles under month headings, newest month first, all shown without script', () => {
		const months = doc.querySelectorAll('vi-timeline-filter section[data-month]');
		const keys = months.map((month) => month.getAttribute('aria-labelledby') ?? '');
		expect(keys).toEqual([...keys].sort().reverse());
		expect(doc.querySelectorAll('vi-timeline-filter [hidden]')).toHaveLength(0);
		expect(doc.querySelector('#vi-timeline-tag')?.hasAttribute('disabled')).toBe(true);
	});

	it('shows each article’s figures', () => {
		for (const { article, figure } of figures) {
			const item = items.find(
				(candidate) =>
					candidate.querySelector('h3 a')?.getAttribute('href') === `/articles/${article.slug}/`,
			);
			expect(textOf(item)).toContain(formatFigure(figure));
		}
	});
});
