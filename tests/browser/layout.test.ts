// The page layout in Chromium, driven from the keyboard: at 375 px a one-row header of at most
// 64 px with one menu; no element wider than the viewport on any page, <details> closed or open;
// jumps from "Sur cette page" that leave their heading visible below the sticky header; the 404
// page's search box and latest articles; breadcrumbs on one baseline; theme and company chips told
// apart; the editorial MDX pages under the site's Content Security Policy.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSections } from '../../src/archive/navigation.ts';
import { fr } from '../../src/i18n/fr.ts';
import { launchBrowser, WAIT, WAIT_MS } from '../helpers/browser.ts';
import { readContent } from '../helpers/content.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { readSitemapPaths, SITE_DIR } from '../helpers/site.ts';

const PATHS = readSitemapPaths(SITE_DIR);
const published = readContent().articles.filter((article) => !article.draft);
/** An article with companies, so that both kinds of chips show. */
const ARTICLE = `/articles/${published.find((article) => article.companies.length > 0)!.slug}/`;
const EDITORIAL = ['/a-propos/', '/methodologie/'];
const MOBILE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/**
 * Regions built to scroll sideways inside the page (WCAG 1.4.10 allows it for two-dimensional
 * content). None today: the /chiffres/ chart and tables fit any width. Everything must fit.
 */
const SCROLL_REGIONS: string[] = [];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveStatic(SITE_DIR)]);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** A new page of its own context at the given viewport size. */
async function openPage(viewport: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext({ viewport });
	return context.newPage();
}

async function closePage(page: Page) {
	await page.context().close();
}

/**
 * Presses Tab until the focused element matches `selector` (at most `max` times) and says whether
 * it got there.
 */
async function tabTo(page: Page, selector: string, max = 200): Promise<boolean> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
			return true;
		}
	}
	return false;
}

/** The vertical extent of an element in the viewport. */
function boxOf(page: Page, selector: string) {
	return page
		.locator(selector)
		.first()
		.evaluate((element) => {
			const { top, bottom } = element.getBoundingClientRect();
			return { top, bottom };
		});
}

/**
 * The outermost rendered elements reaching past the left or right edge of the viewport, as
 * `tag.class (left..right of width)`, but for the content of the allowed scroll regions.
 */
function findWideElements(page: Page): Promise<string[]> {
	return page.evaluate((allowed) => {
		const width = document.documentElement.clientWidth;
		const wide: string[] = [];
		const found = new Set<Element>();
		for (const element of document.body.querySelectorAll('*')) {
			if (!element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) {
				continue;
			}
			const { left, right } = element.getBoundingClientRect();
			if (left >= -0.5 && right <= width + 0.5) continue;
			if (allowed.some((selector) => element.parentElement?.closest(selector))) continue;
			found.add(element);
			// Its wide parent is reported already: one line per overflowing block.
			if (element.parentElement && found.has(element.parentElement)) continue;
			const classes = [...element.classList].filter((name) => !name.startsWith('astro-'));
			wide.push(
				`${element.localName}${classes.map((name) => `.${name}`).join('')} (${Math.round(left)}..${Math.round(right)} of ${width})`,
			);
		}
		return wide;
	}, SCROLL_REGIONS);
}

describe('the header at 375 px', () => {
	let page: Page;

	beforeAll(async () => {
		page = await openPage(MOBILE);
	});

	afterAll(async () => {
		await closePage(page);
	});

	it.each(['/', ARTICLE, '/chiffres/', '/methodologie/', '/404.html'])(
		'is one row of at most 64 px on %s: site name, search button and menu button',
		async (path) => {
			await page.goto(`${server.origin}${path}`);
			const header = await boxOf(page, '.site-header');
			expect(header.top).toBe(0);
			expect(header.bottom).toBeLessThanOrEqual(64);
			for (const selector of ['.site-name', '.search-button', '.sidebar > summary']) {
				const box = await boxOf(page, selector);
				expect(box.top, selector).toBeGreaterThanOrEqual(header.top);
				expect(box.bottom, selector).toBeLessThanOrEqual(header.bottom);
			}
			// The section links are not in the header row: they live in the menu.
			expect(await page.locator('.site-header nav').isVisible()).toBe(false);
		},
	);

	it('opens its one menu from the keyboard, and the menu lists each section once', async () => {
		await page.goto(`${server.origin}${ARTICLE}`);
		// Skip link, site name, search button, then the menu button.
		expect(await tabTo(page, '.sidebar > summary', 4)).toBe(true);
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('.sidebar').evaluate((d) => (d as HTMLDetailsElement).open), {
				timeout: WAIT_MS,
			})
			.toBe(true);
		const visibleChromeLinks = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('.site-header a, .sidebar a')]
				.filter((link) => link.checkVisibility())
				.map((link) => new URL(link.href).pathname),
		);
		for (const { href } of getSections()) {
			expect(
				visibleChromeLinks.filter((path) => path === href),
				href,
			).toHaveLength(1);
		}
		// The menu drops below the header, and Tab goes into it.
		const header = await boxOf(page, '.site-header');
		const menu = await boxOf(page, '.sidebar nav');
		expect(menu.top).toBeGreaterThanOrEqual(header.bottom - 1);
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => document.activeElement?.closest('.sidebar nav') !== null),
		).toBe(true);
		// Shift+Tab back to the button and Enter closes the menu again.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('.sidebar').evaluate((d) => (d as HTMLDetailsElement).open), {
				timeout: WAIT_MS,
			})
			.toBe(false);
	});

	it('stays at the top of the viewport, menu button included, when the page scrolls', async () => {
		await page.goto(`${server.origin}${ARTICLE}`);
		await page.keyboard.press('End');
		await expect.poll(() => page.evaluate(() => window.scrollY), WAIT).toBeGreaterThan(200);
		const header = await boxOf(page, '.site-header');
		const button = await boxOf(page, '.sidebar > summary');
		expect(header.top).toBe(0);
		expect(button.bottom).toBeLessThanOrEqual(header.bottom);
	});
});

describe('every page at 375 px', () => {
	let page: Page;

	beforeAll(async () => {
		page = await openPage(MOBILE);
	});

	afterAll(async () => {
		await closePage(page);
	});

	it.each(PATHS)(
		'%s has no element wider than the viewport, details closed or open',
		async (path) => {
			await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
			const closed = await findWideElements(page);
			await page.evaluate(() => {
				for (const details of document.querySelectorAll('details')) details.open = true;
			});
			const open = await findWideElements(page);
			expect({ closed, open }).toEqual({ closed: [], open: [] });
		},
	);
});

/**
 * Follows the `index`-th link of "Sur cette page" from the keyboard, on a fresh load of `path`,
 * and returns the target heading's box and the header's bottom edge.
 */
async function jumpFromToc(page: Page, path: string, index: number, folded: boolean) {
	await page.goto(`${server.origin}${path}`);
	const links = folded ? '.toc-details a' : '.toc-column a';
	if (folded) {
		expect(await tabTo(page, '.toc-details > summary')).toBe(true);
		await page.keyboard.press('Enter');
	}
	const href = await page.locator(links).nth(index).getAttribute('href');
	expect(await tabTo(page, `${links}[href="${href}"]`)).toBe(true);
	await page.keyboard.press('Enter');
	await expect
		.poll(() => page.evaluate(() => decodeURIComponent(location.hash)), WAIT)
		.toBe(decodeURIComponent(href!));
	const heading = await page.evaluate(
		(id) => {
			const { top, bottom } = document.getElementById(id)!.getBoundingClientRect();
			return { top, bottom, viewport: window.innerHeight };
		},
		decodeURIComponent(href!.slice(1)),
	);
	const header = await boxOf(page, '.site-header');
	return { heading, headerBottom: header.bottom };
}

describe('a jump from "Sur cette page"', () => {
	const cases = [
		{ name: 'an article at 375 px', path: ARTICLE, viewport: MOBILE, folded: true },
		{ name: 'an article at 1280 px', path: ARTICLE, viewport: DESKTOP, folded: false },
		{ name: 'the methodology at 375 px', path: '/methodologie/', viewport: MOBILE, folded: true },
	];

	describe.each(cases)('on $name', ({ path, viewport, folded }) => {
		let page: Page;
		let count: number;

		beforeAll(async () => {
			page = await openPage(viewport);
			await page.goto(`${server.origin}${path}`);
			count = await page.locator(folded ? '.toc-details a' : '.toc-column a').count();
		});

		afterAll(async () => {
			await closePage(page);
		});

		it('leaves each heading visible below the sticky header', async () => {
			expect(count).toBeGreaterThan(1);
			for (let index = 0; index < count; index++) {
				const { heading, headerBottom } = await jumpFromToc(page, path, index, folded);
				expect(heading.top, `heading ${index}`).toBeGreaterThanOrEqual(headerBottom);
				expect(heading.bottom, `heading ${index}`).toBeLessThanOrEqual(heading.viewport);
			}
		});
	});
});

describe('the 404 page', () => {
	let page: Page;

	beforeAll(async () => {
		page = await openPage(MOBILE);
	});

	afterAll(async () => {
		await closePage(page);
	});

	it('answers a missing address with a search box that searches from the keyboard', async () => {
		const response = await page.goto(`${server.origin}/pas/une-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe(fr['notFound.title']);
		expect(await tabTo(page, 'main input[name="q"]')).toBe(true);
		await page.keyboard.type('Microsoft');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/recherche\/\?q=Microsoft$/, WAIT);
		await expect
			.poll(() => page.locator('vi-search-page .list li').count(), WAIT)
			.toBeGreaterThan(0);
	});

	it('lists the latest articles, each link leading to its article', async () => {
		await page.goto(`${server.origin}/pas/une-page/`);
		const latest = page.locator('section[aria-labelledby="not-found-latest"] .card-title a');
		expect(await latest.count()).toBe(Math.min(5, published.length));
		const hrefs = await latest.evaluateAll((links) =>
			links.map((link) => (link as HTMLAnchorElement).pathname),
		);
		const slugs = new Set(published.map((article) => `/articles/${article.slug}/`));
		for (const href of hrefs) expect(slugs.has(href), href).toBe(true);
	});
});

describe('breadcrumbs and chips', () => {
	let page: Page;

	beforeAll(async () => {
		page = await openPage(DESKTOP);
	});

	afterAll(async () => {
		await closePage(page);
	});

	it.each(['/tags/cloud/', '/methodologie/'])(
		'puts the current page of the breadcrumbs on the line of its links on %s',
		async (path) => {
			await page.goto(`${server.origin}${path}`);
			const tops = await page
				.locator('.breadcrumbs li > *')
				.evaluateAll((crumbs) => crumbs.map((crumb) => crumb.getBoundingClientRect().top));
			expect(tops.length).toBeGreaterThan(1);
			for (const top of tops) expect(top).toBeCloseTo(tops[0]!, 0);
		},
	);

	it('labels the theme chips and the company chips of an article, visibly and by name', async () => {
		await page.goto(`${server.origin}${ARTICLE}`);
		const head = page.locator('.article-header');
		const themes = head.getByRole('list', { name: fr['article.tags'], exact: true });
		const companies = head.getByRole('list', { name: fr['article.companies'], exact: true });
		expect(await themes.count()).toBe(1);
		expect(await companies.count()).toBe(1);
		const label = (kind: string) => head.locator(`.chip-list.${kind} .chips-label`);
		expect(await label('tag').isVisible()).toBe(true);
		expect(await label('tag').textContent()).toBe(fr['article.tags']);
		expect(await label('company').isVisible()).toBe(true);
		expect(await label('company').textContent()).toBe(fr['article.companies']);
		const paths = (list: typeof themes) =>
			list.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		for (const path of await paths(themes)) expect(path).toMatch(/^\/tags\//);
		for (const path of await paths(companies)) expect(path).toMatch(/^\/entreprises\//);
	});
});

describe('the editorial pages under the CSP', () => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await browser.newContext({ viewport: DESKTOP });
	});

	afterAll(async () => {
		await context?.close();
	});

	it.each(EDITORIAL)(
		'%s loads with its policy, no violation and no console error',
		async (path) => {
			const page = await context.newPage();
			const problems: string[] = [];
			await page.exposeFunction('__reportViolation', (text: string) => problems.push(text));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as unknown as { __reportViolation(text: string): void })
						.__reportViolation;
					report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
				});
			});
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
			await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(policy).toContain("style-src 'self'");
			expect(await page.locator('main h1').count()).toBe(1);
			expect(await page.locator('main .prose h2').count()).toBeGreaterThan(1);
			expect(problems).toEqual([]);
			await page.close();
		},
	);
});
