// French typography reaches every output of the real build: the function runs once where text
// enters the site (src/i18n/typography.ts, applied by the pipeline, the render plugins and t()),
// and pages, feeds, the social-image manifest and the open data all carry its text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/articles/manifest.ts';
import { buildPaths, ROOT } from '../helpers/build.ts';
import { readContent } from '../helpers/content.ts';
import { listFiles, readPage } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/site.ts';

const MONTHS =
	'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

/** What French typography forbids in the site's text, by name. */
const FAULTS: readonly [string, RegExp][] = [
	['a breaking space before ; : ! ? »', /[ \t\n][;:!?»]/],
	['a breaking space after «', /«[ \t\n]/],
	['a word-width space before ; ! ?', /\u00a0[;!?]/],
	['a narrow space before :', /\u202f:/],
	['a straight apostrophe in a word', /\p{L}'\p{L}/u],
	[
		'a date or an amount that may break across lines',
		new RegExp(`\\d (?:${MONTHS})|(?:${MONTHS}) \\d{4}|\\d (?:millions?|milliards?|%|€)`, 'u'),
	],
];

/** The faults of a text, named, with a few characters around each. */
function faultsOf(text: string): string[] {
	return FAULTS.flatMap(([name, pattern]) => {
		const match = pattern.exec(text);
		return match
			? [`${name}: ${JSON.stringify(text.slice(Math.max(0, match.index - 20), match.index + 20))}`]
			: [];
	});
}

/** Elements whose text is not French prose set by the site: code, scripts, styles. */
const NOT_PROSE = new Set(['CODE', 'KBD', 'PRE', 'SAMP', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** The text nodes a reader sees (and `<title>`), one string each. */
function visibleTexts(node: Node): string[] {
	if (node.nodeType === NodeType.TEXT_NODE) return node.text.trim() ? [node.text] : [];
	if (node.nodeType !== NodeType.ELEMENT_NODE) return [];
	if (NOT_PROSE.has((node as HTMLElement).tagName)) return [];
	return node.childNodes.flatMap(visibleTexts);
}

/** Text a page writes for readers outside its body text: descriptions and social cards. */
function metaTexts(page: HTMLElement): string[] {
	const keys = [
		'description',
		'og:title',
		'og:description',
		'twitter:title',
		'twitter:description',
	];
	return keys.flatMap((key) =>
		page
			.querySelectorAll(`meta[name="${key}"], meta[property="${key}"]`)
			.map((meta) => meta.getAttribute('content') ?? ''),
	);
}

const content = readContent();
const pages = listFiles(SITE_DIR).map((file) => ({ file, page: readPage(SITE_DIR, file) }));
const articlePage = (slug: string) => readPage(SITE_DIR, join('articles', slug, 'index.html'));
const parser = new XMLParser({ isArray: (name) => name === 'item' });

describe('every page', () => {
	it.each(pages.map(({ file, page }) => [file, page] as const))(
		'%s is in French typography',
		(_file, page) => {
			expect([...visibleTexts(page), ...metaTexts(page)].flatMap(faultsOf)).toEqual([]);
		},
	);
});

describe('article pages', () => {
	it('write the publication names of the data with typographic apostrophes', () => {
		const raw = readdirSync(join(ROOT, 'content/articles')).map((name) =>
			readFileSync(join(ROOT, 'content/articles', name), 'utf8'),
		);
		expect(raw.some((text) => text.includes(`publication: "L'Usine Digitale"`))).toBe(true);
		const slug = content.articles.find((article) => !article.draft)!.slug;
		expect(articlePage(slug).textContent).toContain('L’Usine Digitale');
		for (const { page } of pages) expect(page.textContent).not.toContain("L'Usine Digitale");
	});

	it('set « 1er » in superscript in dates and in the body, and the body’s dates on one line', () => {
		const page = articlePage('kobold-metals-leve-537-millions');
		expect(page.querySelector('.prose')!.innerHTML).toContain(
			'le 1<sup>er</sup>\u00a0janvier\u00a02025',
		);
		const first = content.articles.find(
			(article) => !article.draft && article.pubDate.getUTCDate() === 1,
		);
		expect(first, 'an article published on the 1st of a month').toBeDefined();
		const time = articlePage(first!.slug).querySelector(
			`time[datetime="${first!.pubDate.toISOString().slice(0, 10)}"]`,
		);
		expect(time!.innerHTML).toMatch(/^1<sup[^>]*>er<\/sup>\u00a0\p{L}+\u00a0\d{4}$/u);
	});

	it('keep code, links and URLs as typed', () => {
		const page = articlePage('coca-cola-microsoft-1-1-milliard');
		const url =
			'https://siecledigital.fr/2024/04/24/le-milliard-de-dollars-depense-par-coca-cola-chez-microsoft-temoigne-de-limportance-de-lia/';
		expect(page.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(url);
	});
});

describe('the feeds', () => {
	const feeds = listFiles(SITE_DIR, '.xml').filter((file) => file.endsWith('rss.xml'));

	it.each(feeds.map((file) => [file]))(
		'%s: titles and descriptions are in French typography',
		(file) => {
			const { channel } = parser.parse(readFileSync(join(SITE_DIR, file), 'utf8')).rss;
			const items = (channel.item ?? []) as { title: string; description: string }[];
			const texts = [
				channel.title,
				channel.description,
				...items.flatMap((item) => [item.title, item.description]),
			];
			expect(texts.map(String).flatMap(faultsOf)).toEqual([]);
		},
	);

	it('the JSON feed: titles and summaries are in French typography', () => {
		const feed = JSON.parse(readFileSync(join(SITE_DIR, 'feed.json'), 'utf8')) as {
			items: { title: string; summary?: string }[];
		};
		expect(feed.items.length).toBeGreaterThan(0);
		expect(
			feed.items.flatMap((item) => [item.title, item.summary ?? '']).flatMap(faultsOf),
		).toEqual([]);
	});
});

describe('the social images', () => {
	it('are drawn from a manifest whose titles and tags are in French typography', () => {
		const { articles } = readManifest(buildPaths('site').cacheDir);
		expect(articles.length).toBeGreaterThan(0);
		expect(
			articles.flatMap((article) => [article.title, article.mainTag]).flatMap(faultsOf),
		).toEqual([]);
		const ces = articles.find((article) => article.slug === 'ces-2025-ia-partout');
		expect(ces?.title).toMatch(/^CES 2025\u00a0: /);
	});
});

describe('the open data (/api/articles.json)', () => {
	const { articles } = JSON.parse(readFileSync(join(SITE_DIR, 'api/articles.json'), 'utf8')) as {
		articles: {
			slug: string;
			title: string;
			standfirst: string;
			source: {
				publication: string;
				title?: string;
				newsletter?: string;
				url?: string;
				publicationUrl?: string;
			};
		}[];
	};

	it('gives titles, standfirsts and sources in French typography', () => {
		const texts = articles.flatMap(({ title, standfirst, source }) => [
			title,
			standfirst,
			source.publication,
			source.title ?? '',
			source.newsletter ?? '',
		]);
		expect(texts.flatMap(faultsOf)).toEqual([]);
		expect(articles.map((article) => article.source.publication)).toContain('L’Usine Digitale');
	});

	it('gives URLs and slugs exactly as the content files hold them', () => {
		for (const article of articles) {
			const file = readFileSync(join(ROOT, 'content/articles', `${article.slug}.mdx`), 'utf8');
			const { url, publicationUrl } = article.source;
			expect(url ?? publicationUrl, article.slug).toBeDefined();
			if (url) expect(file).toContain(`url: "${url}"`);
			if (publicationUrl) expect(file).toContain(`publicationUrl: "${publicationUrl}"`);
		}
	});
});
