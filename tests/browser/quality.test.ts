// Quality gates in Chromium over the built site: axe (WCAG 2.2 A/AA), an empty console and no
// request off the local server on every sitemap page, in light, dark and 320 px modes; keyboard
// order and visible focus; the print stylesheet of an article.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preloadAxe, runAxe } from '../helpers/axe.ts';
import { launchBrowser, WAIT } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { readSitemapPaths, SITE_DIR } from '../helpers/site.ts';

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

/** What the pages logged and requested: during one test, or outside any. */
interface PageLog {
	console: string[];
	requests: string[];
}

/**
 * The pages of one mode's context, reused from test to test (a new tab starts a renderer
 * process), each logging to the test that holds it. The sitemap pages load a few at a time
 * (`maxConcurrency` of the browser project), so the log belongs to a page, not to the context.
 */
class PagePool {
	readonly #context: BrowserContext;
	readonly #idle: Page[] = [];
	readonly #logs = new Map<Page, PageLog>();
	/** Console errors and requests that came while no test held their page, or from no page. */
	readonly stray: PageLog = { console: [], requests: [] };

	constructor(context: BrowserContext) {
		this.#context = context;
		// Every request, whatever its kind (document, font, image, fetch, worker); a service
		// worker's has no page.
		context.on('request', (request) => {
			const page = request.serviceWorker() ? undefined : request.frame().page();
			this.#logOf(page).requests.push(request.url());
		});
	}

	/** A page for one test, and the log it fills until `release`. */
	async take(): Promise<{ page: Page; log: PageLog }> {
		let page = this.#idle.pop();
		if (!page) {
			const created = await this.#context.newPage();
			created.on('console', (message) => {
				if (message.type() === 'error') this.#logOf(created).console.push(message.text());
			});
			created.on('pageerror', (error) => this.#logOf(created).console.push(error.message));
			page = created;
		}
		const log: PageLog = { console: [], requests: [] };
		this.#logs.set(page, log);
		return { page, log };
	}

	release(page: Page): void {
		this.#logs.delete(page);
		this.#idle.push(page);
	}

	#logOf(page: Page | undefined): PageLog {
		return (page && this.#logs.get(page)) ?? this.stray;
	}
}

/** Requests that leave the local server (data: and blob: URLs never reach a network). */
const offsite = (urls: string[]) =>
	urls.filter((url) => {
		const { protocol, hostname } = new URL(url);
		return !['data:', 'blob:'].includes(protocol) && hostname !== '127.0.0.1';
	});

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
	let pool: PagePool;

	beforeAll(async () => {
		context = await browser.newContext(options);
		await preloadAxe(context);
		pool = new PagePool(context);
	});

	afterAll(async () => {
		const stray = pool && { console: pool.stray.console, offsite: offsite(pool.stray.requests) };
		await context?.close();
		expect(stray, 'logged outside the tests of this mode').toEqual({ console: [], offsite: [] });
	});

	it.concurrent.for(PATHS)(
		'%s passes axe, logs no error and stays on the local host',
		async (path, { expect }) => {
			const { page, log } = await pool.take();
			try {
				const response = await page.goto(`${server.origin}${path}`, { ...WAIT, waitUntil: 'load' });
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
					console: log.console,
					offsite: offsite(log.requests),
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
			} finally {
				pool.release(page);
			}
		},
	);
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
		await page.goto(`${server.origin}${ARTICLE}`, WAIT);
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
		await page.goto(`${server.origin}${ARTICLE}`, WAIT);
		const skipLink = page.locator('.skip-link');
		// Off screen until focused.
		expect((await skipLink.boundingBox(WAIT))!.y).toBeLessThan(0);
		await page.keyboard.press('Tab');
		expect((await skipLink.boundingBox(WAIT))!.y).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('contenu');
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
		await page.goto(`${server.origin}${ARTICLE}`, WAIT);
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

	it('prints the canonical URL of the article, and only in print', async () => {
		const canonical = await page.getAttribute('link[rel="canonical"]', 'href', WAIT);
		expect(canonical).toMatch(new RegExp(`^https?://[^/]+${ARTICLE}$`));
		const line = page.locator('.print-url');
		const shown = () => line.evaluate((element) => element.checkVisibility(), undefined, WAIT);
		expect(await shown()).toBe(true);
		expect(await line.textContent(WAIT)).toContain(canonical!);
		await page.emulateMedia({ media: 'screen' });
		expect(await shown()).toBe(false);
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
});
