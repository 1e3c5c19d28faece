import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { VALID_CASES } from '../fixtures/content-cases.ts';
import { buildSite, TMP, type BuildResult } from '../helpers/build.ts';
import { readContent, writeContentFolder, type RawArticle } from '../helpers/content.ts';
import { SITE_DIR } from '../helpers/site.ts';

const SITE_URL = 'https://veille-ia.example.org';
const content = readContent();
const published = content.articles.filter((article) => !article.draft);
const parser = new XMLParser({
	ignoreAttributes: false,
	isArray: (name) => name === 'item' || name === 'category',
});

interface RssItem {
	title: string;
	link: string;
	guid: { '#text': string };
	description: string;
	pubDate: string;
	'content:encoded': string;
	category?: string[];
}

function readRss(outDir: string, file: string) {
	const xml = readFileSync(join(outDir, file), 'utf8');
	const doc = parser.parse(xml);
	return { xml, channel: doc.rss.channel, items: (doc.rss.channel.item ?? []) as RssItem[] };
}

const articleUrl = (slug: string) => `${SITE_URL}/articles/${slug}/`;
/** Newest first; equal dates by title, as the site orders them (src/archive/grouping.ts). */
const newestFirst = (articles: RawArticle[]) =>
	[...articles].sort(
		(a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'fr'),
	);

/** Full article HTML must be rendered: no MDX component tag and no root-relative link left. */
function expectRenderedHtml(html: string) {
	expect(html.length).toBeGreaterThan(100);
	expect(html).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
	expect(html).not.toMatch(/\s(?:href|src)=["']\/(?!\/)/);
	expect(html).not.toContain('data-astro-cid');
}

describe('the site RSS feed (/rss.xml)', () => {
	const { channel, items } = readRss(SITE_DIR, 'rss.xml');

	it('is a French RSS 2.0 channel with an Atom self link', () => {
		expect(channel.language).toBe('fr-FR');
		expect(channel.link).toBe(`${SITE_URL}/`);
		expect(channel['atom:link']['@_href']).toBe(`${SITE_URL}/rss.xml`);
	});

	it('holds every published article, newest first, with absolute links', () => {
		expect(items.map((item) => item.link)).toEqual(
			newestFirst(published).map((article) => articleUrl(article.slug)),
		);
		for (const item of items) {
			expect(item.guid['#text']).toBe(item.link);
		}
	});

	it('gives each item a valid date, its standfirst, its tags and its full HTML', () => {
		const bySlug = new Map(published.map((article) => [articleUrl(article.slug), article]));
		for (const item of items) {
			const article = bySlug.get(item.link)!;
			expect(new Date(item.pubDate).getTime()).toBe(article.pubDate.getTime());
			expect(item.description.length).toBeGreaterThan(20);
			expect(item.category?.length).toBe(article.tags.length);
			expectRenderedHtml(item['content:encoded']);
		}
	});
});

describe('topic feeds', () => {
	it.each(content.tags.map((tag) => [tag.id]))(
		'/tags/%s/rss.xml holds exactly that tag’s articles',
		(id) => {
			const { channel, items } = readRss(SITE_DIR, `tags/${id}/rss.xml`);
			expect(channel.link).toBe(`${SITE_URL}/tags/${id}/`);
			expect(items.map((item) => item.link)).toEqual(
				newestFirst(published.filter((a) => a.tags.includes(id))).map((a) => articleUrl(a.slug)),
			);
		},
	);

	it.each(content.companies.map((company) => [company.id]))(
		'/entreprises/%s/rss.xml holds exactly that company’s articles',
		(id) => {
			const { items } = readRss(SITE_DIR, `entreprises/${id}/rss.xml`);
			expect(items.map((item) => item.link)).toEqual(
				newestFirst(published.filter((a) => a.companies.includes(id))).map((a) =>
					articleUrl(a.slug),
				),
			);
		},
	);
});

describe('the JSON Feed (/feed.json)', () => {
	const feed = JSON.parse(readFileSync(join(SITE_DIR, 'feed.json'), 'utf8'));

	it('has the required top-level fields of JSON Feed 1.1', () => {
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.title).toBe('Veille IA');
		expect(feed.home_page_url).toBe(`${SITE_URL}/`);
		expect(feed.feed_url).toBe(`${SITE_URL}/feed.json`);
		expect(feed.language).toBe('fr-FR');
		expect(Array.isArray(feed.items)).toBe(true);
	});

	it('holds every published article with an id, a URL, RFC 3339 dates and content_html', () => {
		expect(feed.items.map((item: { url: string }) => item.url)).toEqual(
			newestFirst(published).map((article) => articleUrl(article.slug)),
		);
		for (const item of feed.items) {
			expect(typeof item.id).toBe('string');
			expect(item.url).toMatch(/^https:\/\//);
			expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
			expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
			expect(item.image).toMatch(/^https:\/\/.*\.png$/);
			expectRenderedHtml(item.content_html);
		}
	});

	it('carries the same HTML as the RSS feed (rendered once, shared)', () => {
		const { items } = readRss(SITE_DIR, 'rss.xml');
		const rssHtml = new Map(items.map((item) => [item.link, item['content:encoded']]));
		for (const item of feed.items) expect(item.content_html).toBe(rssHtml.get(item.url));
	});
});

describe('feeds of an article using every MDX component, under a sub-path', () => {
	let result: BuildResult;

	beforeAll(async () => {
		const components = VALID_CASES.find((entry) => entry.name === 'edge-components')!;
		const { contentDir, publicDir } = writeContentFolder(
			join(TMP, 'feeds-components-content'),
			components.files,
		);
		result = await buildSite({
			name: 'feeds-components',
			contentDir,
			base: '/sous-dossier/',
			env: { VEILLE_PUBLIC_DIR: publicDir },
		});
	}, 300_000);

	it('renders every component into the feed HTML with absolute, base-prefixed URLs', () => {
		expect(result.code, result.output.slice(-2000)).toBe(0);
		const { items } = readRss(result.outDir, 'rss.xml');
		const item = items.find(
			(entry) => entry.link === `${SITE_URL}/sous-dossier/articles/edge-components/`,
		);
		const html = item!['content:encoded'];
		expectRenderedHtml(html);
		expect(html).toContain('class="encadre');
		expect(html).toContain('1,1\u00a0milliard de dollars');
		expect(html).toContain('<blockquote');
		expect(html).toContain('Note de vérification');
		expect(html).toContain(`src="${SITE_URL}/sous-dossier/images/exemple.png"`);
		expect(html).toContain(`href="${SITE_URL}/sous-dossier/articles/article-valide/"`);
		expect(existsSync(join(result.outDir, 'feed.json'))).toBe(true);
	});
});
