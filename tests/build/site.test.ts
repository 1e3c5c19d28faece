import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readContent } from '../helpers/content.ts';
import { fileToUrl, findBrokenLinks, listFiles, readPage, textOf } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/site.ts';

const content = readContent();
const published = content.articles.filter((article) => !article.draft);
const pages = listFiles(SITE_DIR);
const page = (path: string) => readPage(SITE_DIR, join(path, 'index.html'));
const linksIn = (selector: string, path: string) =>
	page(path)
		.querySelectorAll(`${selector} a`)
		.map((link) => link.getAttribute('href'));

describe('article pages', () => {
	it.each(published.map((article) => [article.slug, article]))(
		'builds /articles/%s/ with its title, date and source',
		(slug, article) => {
			const doc = page(`articles/${slug}`);
			expect(textOf(doc.querySelector('h1'))).toBe(article.title);
			// What the head's dates say is checked in tests/build/sources.test.ts.
			expect(doc.querySelector('.meta .facts-date')).not.toBeNull();
			expect(doc.querySelector('.meta .source-date')).not.toBeNull();
			expect(doc.querySelector('.source-block a[href^="http"]')).not.toBeNull();
			expect(doc.querySelectorAll('nav[aria-label="Fil d’Ariane"] li')).toHaveLength(5);
		},
	);

	it('builds exactly one page per published article', () => {
		const articlePages = pages.filter((file) => file.startsWith('articles/'));
		expect(articlePages.sort()).toEqual(
			published.map((a) => `articles/${a.slug}/index.html`).sort(),
		);
	});

	it('shows a table of contents whose links reach the headings', () => {
		const doc = page(`articles/${published[0].slug}`);
		const tocLinks = doc.querySelectorAll('.toc-column a').map((a) => a.getAttribute('href'));
		expect(tocLinks.length).toBeGreaterThan(0);
		for (const href of tocLinks) expect(doc.getElementById(href!.slice(1))).not.toBeNull();
	});

	it('shows two to four related articles and prev/next links', () => {
		for (const article of published) {
			const doc = page(`articles/${article.slug}`);
			const related = doc.querySelectorAll('.related li');
			expect(related.length).toBeGreaterThanOrEqual(2);
			expect(related.length).toBeLessThanOrEqual(4);
			expect(doc.querySelectorAll('.prev-next a').length).toBeGreaterThanOrEqual(1);
		}
	});

	it('sets verification notes apart when the article has some', () => {
		const notes = pages
			.filter((file) => file.startsWith('articles/'))
			.filter((file) => readPage(SITE_DIR, file).querySelector('aside.verification'));
		expect(notes.length).toBeGreaterThanOrEqual(3);
	});
});

describe('tag pages', () => {
	const index = page('tags');
	const counts = new Map(
		index
			.querySelectorAll('.term-index li')
			.map((li) => [
				li.querySelector('a')!.getAttribute('href'),
				Number.parseInt(textOf(li.querySelector('.count')), 10),
			]),
	);

	it.each(content.tags.map((tag) => [tag.id]))('lists exactly the articles tagged %s', (id) => {
		const expected = published
			.filter((a) => a.tags.includes(id))
			.map((a) => `/articles/${a.slug}/`);
		const listed = linksIn('.card-title', `tags/${id}`);
		expect(listed.sort()).toEqual(expected.sort());
		expect(counts.get(`/tags/${id}/`)).toBe(expected.length);
	});
});

describe('company pages', () => {
	it.each(content.companies.map((company) => [company.id]))(
		'lists exactly the articles of %s',
		(id) => {
			const expected = published
				.filter((a) => a.companies.includes(id))
				.map((a) => `/articles/${a.slug}/`);
			expect(linksIn('.card-title', `entreprises/${id}`).sort()).toEqual(expected.sort());
		},
	);

	it('lists every company on /entreprises/', () => {
		expect(page('entreprises').querySelectorAll('.term-index li')).toHaveLength(
			content.companies.length,
		);
	});
});

describe('archive pages', () => {
	const months = new Map<string, string[]>();
	for (const article of published) {
		const key = article.pubDate.toISOString().slice(0, 7).replace('-', '/');
		months.set(key, [...(months.get(key) ?? []), `/articles/${article.slug}/`]);
	}

	it.each([...months].map(([key, slugs]) => [key, slugs]))(
		'lists the articles of /archives/%s/',
		(key, expected) => {
			expect(linksIn('.card-title', `archives/${key}`).sort()).toEqual([...expected].sort());
		},
	);

	it('builds a page per year with every article of the year', () => {
		for (const year of new Set(published.map((a) => a.pubDate.getUTCFullYear()))) {
			const expected = published.filter((a) => a.pubDate.getUTCFullYear() === year);
			expect(linksIn('.card-title', `archives/${year}`)).toHaveLength(expected.length);
		}
	});
});

describe('edition pages', () => {
	it.each(content.editions.map((edition) => [edition.id, edition.items]))(
		'lists the items of %s in their order',
		(id, items) => {
			expect(linksIn('.card-title', `editions/${id}`)).toEqual(
				items.map((slug) => `/articles/${slug}/`),
			);
		},
	);
});

describe('every page', () => {
	it('is in French and has a unique title', () => {
		const titles = new Map<string, string>();
		for (const file of pages) {
			const doc = readPage(SITE_DIR, file);
			expect(doc.querySelector('html')?.getAttribute('lang'), file).toBe('fr');
			const title = textOf(doc.querySelector('title'));
			expect(title, file).not.toBe('');
			expect(
				titles.get(title),
				`${file} repeats the title of ${titles.get(title)}`,
			).toBeUndefined();
			titles.set(title, file);
		}
	});

	it('has no internal link or #anchor to a missing page or id', () => {
		expect(findBrokenLinks(SITE_DIR)).toEqual([]);
	});

	it('has a French 404 page with the way back', () => {
		const doc = readPage(SITE_DIR, '404.html');
		expect(textOf(doc.querySelector('h1'))).toBe('Page introuvable');
		expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
	});
});

describe('sitemap and robots.txt', () => {
	const xml = new XMLParser();
	const index = xml.parse(readFileSync(join(SITE_DIR, 'sitemap-index.xml'), 'utf8'));
	const sitemaps = [index.sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc);
	const entries = sitemaps.flatMap((loc: string) => {
		const file = join(SITE_DIR, new URL(loc).pathname);
		return [xml.parse(readFileSync(file, 'utf8')).urlset.url].flat();
	}) as { loc: string; lastmod?: string }[];

	it('lists every HTML page but the 404 and nothing else', () => {
		const listed = entries.map((entry) => new URL(entry.loc).pathname).sort();
		const built = pages
			.filter((file) => file !== '404.html')
			.map((file) => fileToUrl(file))
			.sort();
		expect(listed).toEqual(built);
	});

	it('gives articles a lastmod from their date', () => {
		for (const article of published) {
			const entry = entries.find((e) => e.loc.endsWith(`/articles/${article.slug}/`));
			expect(entry?.lastmod?.slice(0, 10)).toBe(article.pubDate.toISOString().slice(0, 10));
		}
	});

	it('has a robots.txt pointing to the sitemap', () => {
		const robots = readFileSync(join(SITE_DIR, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
		expect(existsSync(join(SITE_DIR, 'sitemap-index.xml'))).toBe(true);
	});
});
