import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../helpers/content.ts';
import { fileToUrl, listFiles, readPage } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/site.ts';

const SITE_URL = 'https://veille-ia.example.org';
const content = readContent();
const published = content.articles.filter((article) => !article.draft);
const files = listFiles(SITE_DIR);
const docs = new Map(files.map((file) => [file, readPage(SITE_DIR, file)]));
const doc = (path: string) => docs.get(join(path, 'index.html'))!;
const metaContent = (page: ReturnType<typeof doc>, key: string) =>
	page
		.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
		.map((meta) => meta.getAttribute('content') ?? '');
const jsonLdOf = (page: ReturnType<typeof doc>) =>
	page
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

/** Width and height of a PNG, from its IHDR chunk (bytes 16–23). */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const localFile = (url: string) => join(SITE_DIR, new URL(url).pathname);

describe('every page', () => {
	it.each(files.map((file) => [file]))(
		'%s has one canonical URL, a description, OG and Twitter tags',
		(file) => {
			const page = docs.get(file)!;
			const canonicals = page.querySelectorAll('link[rel="canonical"]');
			expect(canonicals).toHaveLength(1);
			const canonical = canonicals[0]!.getAttribute('href')!;
			// The 404 page is served at any missing path; it names itself and asks not to be indexed.
			const path = file === '404.html' ? '/404/' : fileToUrl(file);
			expect(canonical).toBe(`${SITE_URL}${path}`);
			if (file === '404.html') expect(metaContent(page, 'robots')).toEqual(['noindex']);
			const descriptions = metaContent(page, 'description');
			expect(descriptions).toHaveLength(1);
			expect(descriptions[0]!.length).toBeGreaterThan(20);
			expect(metaContent(page, 'og:url')).toEqual([canonical]);
			expect(metaContent(page, 'og:locale')).toEqual(['fr_FR']);
			expect(metaContent(page, 'og:title')[0]).toBeTruthy();
			expect(metaContent(page, 'og:description')).toEqual(descriptions);
			expect(metaContent(page, 'og:image')[0]).toMatch(new RegExp(`^${SITE_URL}/og/.+\\.png$`));
			expect(metaContent(page, 'twitter:card')).toEqual(['summary_large_image']);
			const feeds = page
				.querySelectorAll('link[rel="alternate"]')
				.map((l) => l.getAttribute('href'));
			expect(feeds).toContain('/rss.xml');
			expect(feeds).toContain('/feed.json');
		},
	);

	it('has a title no other page has', () => {
		const titles = files.map((file) => docs.get(file)!.querySelector('title')?.textContent);
		const repeated = titles.filter((title, index) => titles.indexOf(title) !== index);
		expect(repeated).toEqual([]);
	});

	it('loads scripts, styles and images from the site only', () => {
		for (const [file, page] of docs) {
			for (const element of page.querySelectorAll(
				'script[src], link[rel="stylesheet"], img[src], link[rel="preload"], link[rel="icon"]',
			)) {
				const url = element.getAttribute('src') ?? element.getAttribute('href')!;
				expect(url, `${file}: ${url}`).toMatch(/^\/(?!\/)/);
			}
		}
	});
});

describe('article pages', () => {
	it.each(published.map((article) => [article.slug, article]))(
		'%s is an OG article with a valid NewsArticle',
		(slug, article) => {
			const page = doc(`articles/${slug}`);
			expect(metaContent(page, 'og:type')).toEqual(['article']);
			expect(metaContent(page, 'article:published_time')).toEqual([article.pubDate.toISOString()]);
			expect(metaContent(page, 'article:modified_time')).toHaveLength(1);
			expect(metaContent(page, 'article:tag')).toHaveLength(article.tags.length);

			const data = jsonLdOf(page);
			const news = data.find((item) => item['@type'] === 'NewsArticle')!;
			expect(news).toBeDefined();
			expect(news['@context']).toBe('https://schema.org');
			expect(news.headline).toBe(article.title);
			for (const field of [
				'description',
				'datePublished',
				'dateModified',
				'publisher',
				'keywords',
				'isBasedOn',
				'image',
			]) {
				expect(news[field], field).toBeTruthy();
			}
			expect(new Date(news.datePublished as string).getTime()).toBe(article.pubDate.getTime());
			expect(news.isBasedOn).toMatchObject({
				'@type': 'CreativeWork',
				publisher: { name: expect.any(String) },
			});
			expect(data.map((item) => item['@type'])).toContain('BreadcrumbList');

			const [image] = news.image as string[];
			expect(metaContent(page, 'og:image')).toEqual([image]);
			expect(pngSize(localFile(image!))).toEqual({ width: 1200, height: 630 });
		},
	);

	it('escapes < in JSON-LD so no text closes the script element', () => {
		for (const article of published) {
			for (const script of doc(`articles/${article.slug}`).querySelectorAll(
				'script[type="application/ld+json"]',
			)) {
				expect(script.textContent).not.toContain('<');
			}
		}
	});
});

describe('listing pages', () => {
	it.each([
		...content.tags.map((tag) => [`tags/${tag.id}`, `/tags/${tag.id}/rss.xml`]),
		...content.companies.map((company) => [
			`entreprises/${company.id}`,
			`/entreprises/${company.id}/rss.xml`,
		]),
	])('%s has CollectionPage and BreadcrumbList JSON-LD and announces %s first', (path, feed) => {
		const page = doc(path);
		const types = jsonLdOf(page).map((item) => item['@type']);
		expect(types).toEqual(['CollectionPage', 'BreadcrumbList']);
		expect(page.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe(feed);
		expect(page.querySelector(`main a[href="${feed}"]`)).not.toBeNull();
	});
});

describe('the site social image', () => {
	it('is a 1200×630 PNG', () => {
		expect(pngSize(join(SITE_DIR, 'og/site.png'))).toEqual({ width: 1200, height: 630 });
	});
});

describe('the content security policy', () => {
	const policies = files.map((file) =>
		docs
			.get(file)!
			.querySelector('meta[http-equiv="content-security-policy"]')
			?.getAttribute('content'),
	);

	it('is set on every page, without unsafe-inline scripts, allowing WebAssembly for Pagefind', () => {
		for (const policy of policies) {
			const scriptSrc = policy?.split(';').find((part) => part.trim().startsWith('script-src'));
			expect(scriptSrc).toBeDefined();
			expect(scriptSrc).not.toContain("'unsafe-inline'");
			expect(scriptSrc).toContain("'wasm-unsafe-eval'");
			expect(policy).toContain("default-src 'self'");
			expect(policy).toContain("object-src 'none'");
		}
	});

	it('is repeated in _headers with every page hash, frame-ancestors and the other headers', () => {
		const headers = readFileSync(join(SITE_DIR, '_headers'), 'utf8');
		const csp = /^\s+Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		for (const policy of policies) {
			for (const hash of policy!.match(/'sha256-[^']+'/g) ?? []) expect(csp).toContain(hash);
		}
		expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
		expect(headers).toMatch(/^\s+Referrer-Policy: /m);
		expect(headers).toMatch(/^\s+Permissions-Policy: /m);
		expect(headers).toMatch(
			/^\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable$/m,
		);
		expect(headers).toMatch(/^\/pagefind\/pagefind\.js\n\s+Cache-Control: public, max-age=300/m);
	});
});
