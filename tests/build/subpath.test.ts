// The site built under a sub-path (SUBPATH_BASE, e.g. GitHub Pages' /<repo>/): every link, asset,
// feed, sitemap URL and the search index must follow the base.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { findBrokenLinks, listFiles, readPage } from '../helpers/html.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SUBPATH_BASE, SUBPATH_DIR } from '../helpers/site.ts';

const SITE_URL = 'https://veille-ia.example.org';
const ROOT_URL = `${SITE_URL}${SUBPATH_BASE}`;
const files = listFiles(SUBPATH_DIR);
const read = (file: string) => readFileSync(join(SUBPATH_DIR, file), 'utf8');

describe('a build under a sub-path', () => {
	it('has no broken internal link', () => {
		expect(findBrokenLinks(SUBPATH_DIR, SUBPATH_BASE)).toEqual([]);
	});

	it('puts every href and src under the base, or off the site', () => {
		const outside: string[] = [];
		for (const file of files) {
			for (const element of readPage(SUBPATH_DIR, file).querySelectorAll('[href], [src]')) {
				const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
				const ok =
					url.startsWith(SUBPATH_BASE) ||
					url.startsWith(ROOT_URL) ||
					url.startsWith('#') ||
					/^(https?:\/\/(?!veille-ia\.example\.org)|mailto:|data:)/.test(url);
				if (!ok) outside.push(`${file}: ${url}`);
			}
		}
		expect(outside).toEqual([]);
	});

	it('gives canonical, Open Graph and feed links the base', () => {
		const home = readPage(SUBPATH_DIR, 'index.html');
		expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(ROOT_URL);
		expect(home.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
			`${ROOT_URL}og/site.png`,
		);
		const feeds = home.querySelectorAll('link[rel="alternate"]').map((l) => l.getAttribute('href'));
		expect(feeds).toEqual([`${SUBPATH_BASE}rss.xml`, `${SUBPATH_BASE}feed.json`]);
	});

	it('writes feeds whose links all carry the base', () => {
		const rss = read('rss.xml');
		const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
		expect(links.length).toBeGreaterThan(1);
		for (const link of links) expect(link.startsWith(ROOT_URL), link).toBe(true);
		expect(rss).toContain(`<atom:link href="${ROOT_URL}rss.xml"`);
		const json = JSON.parse(read('feed.json'));
		expect(json.feed_url).toBe(`${ROOT_URL}feed.json`);
		for (const item of json.items) {
			expect(item.url.startsWith(`${ROOT_URL}articles/`)).toBe(true);
			expect(item.image.startsWith(`${ROOT_URL}og/articles/`)).toBe(true);
			expect(item.content_html).not.toMatch(/\s(?:href|src)="\/(?!veille-ia\/)/);
		}
	});

	it('writes a sitemap and robots.txt whose URLs all carry the base', () => {
		const index = read('sitemap-index.xml');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const sitemap of sitemaps) {
			expect(sitemap.startsWith(ROOT_URL)).toBe(true);
			const urls = [...read(sitemap.slice(ROOT_URL.length)).matchAll(/<loc>([^<]+)<\/loc>/g)];
			expect(urls.length).toBeGreaterThan(10);
			for (const [, url] of urls) expect(url!.startsWith(ROOT_URL), url).toBe(true);
		}
		expect(read('robots.txt')).toContain(`Sitemap: ${ROOT_URL}sitemap-index.xml`);
	});

	it('prefixes the paths of _headers with the base', () => {
		const rules = read('_headers')
			.split('\n')
			.filter((line) => line.startsWith('/'));
		expect(rules.length).toBeGreaterThan(3);
		for (const rule of rules) expect(rule.startsWith(SUBPATH_BASE)).toBe(true);
	});
});

describe('search under a sub-path', () => {
	let server: StaticServer;

	beforeAll(async () => {
		server = await serveStatic(SUBPATH_DIR, SUBPATH_BASE);
	});
	afterAll(() => server?.close());

	it('has a Pagefind index whose entry loads under the base', async () => {
		expect(existsSync(join(SUBPATH_DIR, 'pagefind/pagefind.js'))).toBe(true);
		const entry = await fetch(`${server.url}pagefind/pagefind-entry.json`);
		expect(entry.status).toBe(200);
		const { languages } = (await entry.json()) as Record<string, Record<string, unknown>>;
		expect(Object.keys(languages ?? {})).toContain('fr');
	});

	it('finds articles from a page under the base, with the CSP applied', async () => {
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			const violations: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') violations.push(message.text());
			});
			await page.goto(server.url);
			// A string, not a function: vitest would rewrite a function's `import()` for Node.
			const pagefindUrl = JSON.stringify(`${server.url}pagefind/pagefind.js`);
			const count: { total: number; url: string } = await page.evaluate(`(async () => {
				const pagefind = await import(${pagefindUrl});
				const search = await pagefind.search('Carrefour');
				const first = await search.results[0]?.data();
				return { total: search.results.length, url: first?.url };
			})()`);
			expect(count.total).toBeGreaterThan(0);
			expect(count.url.startsWith(SUBPATH_BASE)).toBe(true);
			expect(violations).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
