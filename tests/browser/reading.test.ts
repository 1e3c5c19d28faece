// Reading needs no JavaScript: every article reads the same with scripts off, and its links work.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, WAIT } from '../helpers/browser.ts';
import { readContent } from '../helpers/content.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SITE_DIR } from '../helpers/site.ts';

const articles = readContent().articles.filter((article) => !article.draft);

let browser: Browser;
let server: StaticServer;
let withScripts: BrowserContext;
let withoutScripts: BrowserContext;

beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveStatic(SITE_DIR)]);
	withScripts = await browser.newContext();
	withoutScripts = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
	await Promise.all([browser?.close(), server?.close()]);
});

/**
 * The text of the article element, the script requests the page made and the header's search link.
 * With JavaScript off Chromium fetches no <script>, but it still fetches preload links.
 */
async function read(context: BrowserContext, slug: string) {
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on(
		'request',
		(request) => request.resourceType() === 'script' && scripts.push(request.url()),
	);
	await page.goto(`${server.url}articles/${slug}/`, WAIT);
	const text = await page.locator('article[data-pagefind-body]').innerText(WAIT);
	const searchHref = await page
		.locator('header a[href$="/recherche/"]')
		.first()
		.getAttribute('href', WAIT);
	await page.close();
	return { text, scripts, searchHref };
}

describe('an article without JavaScript', () => {
	// Each article reads its own two pages: they load a few at a time.
	it.concurrent.for(articles.map((article) => article.slug))(
		'%s reads the same as with scripts',
		async (slug, { expect }) => {
			const [on, off] = await Promise.all([read(withScripts, slug), read(withoutScripts, slug)]);
			expect(off.scripts).toEqual([]);
			expect(off.text.length).toBeGreaterThan(500);
			expect(off.text).toBe(on.text);
			expect(off.searchHref).toBe('/recherche/');
		},
	);

	it('opens the table of contents and follows its first link to its heading without scripts', async () => {
		// Below 1100 px the table of contents is a <details> above the text.
		const narrow = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 800, height: 900 },
		});
		const page = await narrow.newPage();
		await page.goto(`${server.url}articles/${articles[0].slug}/`, WAIT);
		const toc = page.locator('details.toc-details');
		await toc.locator('summary').click(WAIT);
		const link = toc.locator('a').first();
		const target = (await link.getAttribute('href', WAIT))!;
		expect(target).toMatch(/^#./);
		await link.click(WAIT);
		expect(decodeURIComponent(new URL(page.url()).hash)).toBe(target);
		// `:target` matches only if an element has that id: the link leads somewhere.
		expect(await page.evaluate(() => document.querySelector(':target')?.localName)).toMatch(
			/^h[2-6]$/,
		);
		await narrow.close();
	});
});
