// Quality gates in Chromium over the built site: axe (WCAG 2.2 A/AA), an empty console and no
// request off the local server on every sitemap page, in light, dark and 320 px modes; keyboard
// order and visible focus; the print stylesheet of an article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SITE_DIR } from '../helpers/site.ts';

/** Root-relative paths of every page in the sitemap, plus the 404 page (not listed there). */
function readSitemapPaths(dir: string): string[] {
	const xml = new XMLParser();
	const index = xml.parse(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'));
	const sitemaps = [index.sitemapindex.sitemap].flat() as { loc: string }[];
	const urls = sitemaps.flatMap(({ loc }) => {
		const file = join(dir, new URL(loc).pathname);
		return [xml.parse(readFileSync(file, 'utf8')).urlset.url].flat() as { loc: string }[];
	});
	return [...urls.map(({ loc }) => new URL(loc).pathname), '/404.html'];
}

const PATHS = readSitemapPaths(SITE_DIR);
const ARTICLE = PATHS.find((path) => path.startsWith('/articles/'))!;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveStatic(SITE_DIR)]);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

interface Mode {
	name: string;
	options: BrowserContextOptions;
}

const MODES: Mode[] = [
	{ name: 'light', options: { viewport: { width: 1280, height: 800 }, colorScheme: 'light' } },
	{ name: 'dark', options: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' } },
	{ name: '320 px', options: { viewport: { width: 320, height: 640 }, colorScheme: 'light' } },
];

/** What went wrong on one page load: empty arrays when all is well. */
interface PageFindings {
	/** HTTP status of the page itself: 200, else the build is missing the file. */
	status: number | undefined;
	axe: string[];
	console: string[];
	offsite: string[];
	overflow: string | null;
	/** Elements with a positive tabindex, which would break the reading order of Tab. */
	positiveTabindex: string[];
}

describe.each(MODES)('every sitemap page ($name)', ({ options }) => {
	let context: BrowserContext;
	let page: Page;
	let consoleErrors: string[] = [];
	let requests: string[] = [];

	beforeAll(async () => {
		context = await browser.newContext(options);
		// Every request the pages make, whatever its kind (document, font, image, fetch, worker).
		context.on('request', (request) => requests.push(request.url()));
		page = await context.newPage();
		page.on('console', (message) => {
			if (message.type() === 'error') consoleErrors.push(message.text());
		});
		page.on('pageerror', (error) => consoleErrors.push(error.message));
	});

	afterAll(async () => {
		await context?.close();
	});

	it.each(PATHS)('%s passes axe, logs no error and stays on the local host', async (path) => {
		consoleErrors = [];
		requests = [];
		const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
		const overflow = await page.evaluate(() => {
			const measure = (state: string) => {
				const { scrollWidth, clientWidth } = document.documentElement;
				return scrollWidth > clientWidth
					? `${state}: scrollWidth ${scrollWidth} > ${clientWidth}`
					: null;
			};
			const closed = measure('details closed');
			// axe skips the content of a closed <details> even where CSS shows it (the sidebar from
			// 760 px, through ::details-content), and would then flag the sidebar as a scrollable region
			// without focusable content. Opening every <details> (sidebar menu, folded TOC) lets axe audit
			// them, in the state a reader opens them to.
			for (const details of document.querySelectorAll('details')) details.open = true;
			return closed ?? measure('details open');
		});
		const violations = await runAxe(page);
		const positiveTabindex = await page.$$eval('[tabindex]', (elements) =>
			elements.filter((element) => element.tabIndex > 0).map((element) => element.outerHTML),
		);
		const findings: PageFindings = {
			status: response?.status(),
			axe: violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.targets.join(', ')}`),
			console: consoleErrors,
			offsite: requests.filter((url) => {
				const { protocol, hostname } = new URL(url);
				return !['data:', 'blob:'].includes(protocol) && hostname !== '127.0.0.1';
			}),
			overflow,
			positiveTabindex,
		};
		expect(findings).toEqual({
			status: 200,
			axe: [],
			console: [],
			offsite: [],
			overflow: null,
			positiveTabindex: [],
		});
	});
});

/** A short description of the focused element, for readable failures. */
interface FocusStop {
	/** `a.skip-link`, `a.site-name`, `main#contenu`… */
	tag: string;
	text: string;
	/** Where the element sits: `header`, `sidebar`, `main`, `footer` or `other`. */
	region: string;
	/** True when the focus indicator is drawn (outline or box-shadow). */
	visible: boolean;
	/** Position in document order, to check that Tab follows the reading order. */
	index: number;
}

async function readFocus(page: Page): Promise<FocusStop> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement;
		const style = getComputedStyle(element);
		const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none';
		const region = element.closest('.site-header')
			? 'header'
			: element.closest('.sidebar')
				? 'sidebar'
				: element.closest('main')
					? 'main'
					: element.closest('footer')
						? 'footer'
						: 'other';
		const classes = [...element.classList].filter((name) => !name.startsWith('astro-'));
		return {
			tag: `${element.localName}${element.id ? `#${element.id}` : ''}${classes.map((c) => `.${c}`).join('')}`,
			text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
			region,
			visible: outline || shadow,
			index: [...document.querySelectorAll('*')].indexOf(element),
		};
	});
}

describe('keyboard on an article', () => {
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		page = await context.newPage();
	});

	afterAll(async () => {
		await context?.close();
	});

	it('tabs through skip link, header, search and content in document order, focus always visible', async () => {
		await page.goto(`${server.origin}${ARTICLE}`);
		// Tab until the focus enters main (past the sidebar's links), at most 100 times.
		const stops: FocusStop[] = [];
		while (stops.length < 100 && stops.at(-1)?.region !== 'main') {
			await page.keyboard.press('Tab');
			stops.push(await readFocus(page));
		}
		expect(stops[0].tag).toBe('a.skip-link');
		expect(stops[1].tag).toBe('a.site-name');
		const nav = stops.slice(2).findIndex((stop) => stop.region !== 'header') + 2;
		const header = stops.slice(2, nav);
		expect(header.length).toBeGreaterThanOrEqual(7);
		expect(header.at(-1)!.tag).toContain('search-button');
		expect(stops.at(-1)!.region).toBe('main');
		// Sidebar (section links) before the article, never the other way round.
		const regions = stops.map((stop) => stop.region).filter((r, i, all) => r !== all[i - 1]);
		expect(regions.slice(0, 3)).toEqual(['other', 'header', 'sidebar']);
		expect(regions.at(-1)).toBe('main');
		for (let i = 1; i < stops.length; i++) {
			expect(stops[i].index, `${stops[i].tag} comes after ${stops[i - 1].tag}`).toBeGreaterThan(
				stops[i - 1].index,
			);
		}
		expect(stops.filter((stop) => !stop.visible)).toEqual([]);
	});

	it('shows the skip link when focused, and Enter on it moves focus to main', async () => {
		await page.goto(`${server.origin}${ARTICLE}`);
		await page.keyboard.press('Tab');
		const box = await page.locator('.skip-link').boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
		// The next Tab continues inside the content, not back at the top of the page.
		await page.keyboard.press('Tab');
		expect((await readFocus(page)).region).toBe('main');
	});
});

describe('printing an article', () => {
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		context = await browser.newContext();
		page = await context.newPage();
		await page.goto(`${server.origin}${ARTICLE}`);
		await page.emulateMedia({ media: 'print' });
	});

	afterAll(async () => {
		await context?.close();
	});

	/** Whether each element matching `selector` is rendered (false under a `display: none` too). */
	const rendered = (selector: string) =>
		page.$$eval(selector, (elements) => elements.map((element) => element.checkVisibility()));

	it.each([
		['the header navigation', '.primary-nav'],
		['the search', 'vi-search'],
		['the sidebar', '.sidebar'],
		['the breadcrumbs', '.breadcrumbs'],
		['the table of contents', '.toc-column, .toc-details'],
		['prev/next', '.prev-next'],
		['related articles', '.related'],
		['the edit link', '.edit'],
		['the footer', '.site-footer'],
	])('hides %s', async (_, selector) => {
		const values = await rendered(selector);
		expect(values.length, selector).toBeGreaterThan(0);
		expect(new Set(values)).toEqual(new Set([false]));
	});

	it('keeps the headline, the text and the source block', async () => {
		for (const selector of ['h1', '.prose', '.source-block']) {
			const values = await rendered(selector);
			expect(values.length, selector).toBeGreaterThan(0);
			expect(values, selector).not.toContain(false);
		}
	});

	it('prints the canonical URL of the article', async () => {
		const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
		const line = page.locator('.print-url');
		expect(await line.evaluate((element) => element.checkVisibility())).toBe(true);
		expect(await line.textContent()).toContain(canonical!);
		expect(canonical).toMatch(new RegExp(`^https?://[^/]+${ARTICLE}$`));
		await page.emulateMedia({ media: 'screen' });
		expect(await line.evaluate((element) => element.checkVisibility())).toBe(false);
		await page.emulateMedia({ media: 'print' });
	});

	it('shows the URL after each source link', async () => {
		const links = await page.$$eval('.source-block a[href^="http"]', (anchors) =>
			anchors.map((anchor) => ({
				href: anchor.getAttribute('href'),
				after: getComputedStyle(anchor, '::after').content,
			})),
		);
		expect(links.length).toBeGreaterThan(0);
		for (const { href, after } of links) expect(after).toContain(href);
	});

	it('renders a PDF', async () => {
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});
