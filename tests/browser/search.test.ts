// Search in Chromium against the built site: the header dialog, the search page, keyboard, axe.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, WAIT } from '../helpers/browser.ts';
import { readContent } from '../helpers/content.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_DIR } from '../helpers/site.ts';

const { articles } = readContent();
/** An article's title as the site shows it, with plain spaces (see `plain`). */
const titleOf = (slug: string) =>
	plain(articles.find((article) => article.slug === slug)?.title ?? `no article ${slug}`);
const ENI = titleOf('eni-hpc6-supercalculateur');
const KALRAY = /^\/articles\/kalray-offre-data-acceleration-platform\//;
const KALRAY_UNDER_SUBPATH = new RegExp(
	`^${SUBPATH_BASE}articles/kalray-offre-data-acceleration-platform/`,
);
const DIALOG_SCRIPT = /\/search-dialog-[\w-]+\.js$/;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveStatic(SITE_DIR)]);
});
afterAll(async () => {
	await Promise.all([browser?.close(), server?.close()]);
});

/** A page of one test, with the console errors and uncaught exceptions it has logged. */
interface Tab {
	page: Page;
	errors: string[];
}

interface TabOptions {
	javaScriptEnabled?: boolean;
	colorScheme?: 'light' | 'dark';
}

interface Tabs {
	/** A fresh page (in its own browser context), not yet navigated. */
	create(options?: TabOptions): Promise<Tab>;
	/** A fresh page at `url`. */
	open(url: string, options?: TabOptions): Promise<Tab>;
}

/**
 * Each test gets its own pages, so the tests of a `describe.concurrent` do not share state; when
 * the test ends, its pages close and must have logged no error.
 */
const test = it.extend<{ tabs: Tabs }>({
	// `{}`: Vitest reads the fixtures this one depends on from its first parameter (none).
	tabs: async ({}, use) => {
		const tabs: Tab[] = [];
		const create = async (options: TabOptions = {}) => {
			const tab: Tab = { page: await browser.newPage(options), errors: [] };
			tab.page.on('console', (message) => {
				if (message.type() === 'error') tab.errors.push(message.text());
			});
			tab.page.on('pageerror', (error) => tab.errors.push(error.message));
			tabs.push(tab);
			return tab;
		};
		await use({
			create,
			async open(url, options) {
				const tab = await create(options);
				await tab.page.goto(url, WAIT);
				return tab;
			},
		});
		await Promise.all(tabs.map((tab) => tab.page.close()));
		// A plain assertion: the global `expect` throws into the test that runs this teardown.
		expect(tabs.flatMap((tab) => tab.errors)).toEqual([]);
	},
});

/** Text with no-break spaces (narrow or not) as plain ones, to compare French text. */
function plain(text: string | null): string {
	return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * The status line inside `scope` as it is now ('' while there is none), without waiting. Both
 * search UIs write it in the same task as the results, naming the query they are for: once it
 * names the whole query, the list holds that query's results and not those of a prefix typed
 * on the way (src/client/search-dialog.ts, search-page.ts).
 */
const statusIn = async (scope: Locator) =>
	plain((await scope.locator('[role="status"]').allTextContents())[0] ?? null);

/** The header's search dialog in `page`. */
function searchDialog(page: Page) {
	const dialog = page.locator('dialog.search-dialog');
	const options = dialog.locator('[role="option"]');
	return {
		dialog,
		input: dialog.locator('input'),
		options,
		openCount: () => page.locator('dialog.search-dialog[open]').count(),
		status: () => statusIn(dialog),
		optionUrls: () => options.evaluateAll((items) => items.map((item) => item.dataset.url)),
	};
}

/** The search page's parts in `page`. */
function searchPage(page: Page) {
	const main = page.locator('main');
	return { main, results: page.locator('main ol > li'), status: () => statusIn(main) };
}

// Each test has its own pages; they wait on the network, the index and the debounce.
describe.concurrent('the search dialog', () => {
	test('opens with /, shows results as you type and follows one with the keyboard', async ({
		tabs,
		expect,
	}) => {
		const { page } = await tabs.open(`${server.url}`);
		const { input, options, openCount, status } = searchDialog(page);
		await page.keyboard.press('/');
		await expect.poll(openCount, WAIT).toBe(1);
		// A word the article writes as is, so that the highlighter has something to mark there.
		await page.keyboard.type('supercalculateur');
		await expect.poll(status, WAIT).toBe('Un résultat pour « supercalculateur ».');
		expect(await options.allTextContents()).toEqual([expect.stringContaining(ENI)]);
		expect(await options.first().locator('mark').first().textContent(WAIT)).toMatch(/supercalcul/i);
		await page.keyboard.press('ArrowDown');
		const id = await options.first().getAttribute('id', WAIT);
		expect(id).toMatch(/\S/);
		expect(await input.getAttribute('aria-activedescendant', WAIT)).toBe(id);
		expect(await options.first().getAttribute('aria-selected', WAIT)).toBe('true');
		await Promise.all([
			page.waitForURL(/\/articles\/eni-hpc6-supercalculateur\//, WAIT),
			page.keyboard.press('Enter'),
		]);
		// pagefind-highlight.js marks the searched word on the article, in the site's colour.
		const marks = page.locator('article mark.pagefind-highlight');
		await expect.poll(() => marks.count(), WAIT).toBeGreaterThan(0);
		expect(
			await marks
				.first()
				.evaluate((mark) => getComputedStyle(mark).backgroundColor, undefined, WAIT),
		).toBe('rgb(255, 243, 163)');
	});

	test('opens with Ctrl+K, closes with Escape and gives focus back', async ({ tabs, expect }) => {
		const { page } = await tabs.open(`${server.url}tags/`);
		const { openCount } = searchDialog(page);
		await page.locator('.search-button').focus(WAIT);
		await page.keyboard.press('Control+k');
		await expect.poll(openCount, WAIT).toBe(1);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
			'combobox',
		);
		await page.keyboard.press('Escape');
		await expect.poll(openCount, WAIT).toBe(0);
		// The dialog hands the focus back from its `close` event, which fires in a later task.
		await expect
			.poll(
				() => page.evaluate(() => document.activeElement?.classList.contains('search-button')),
				WAIT,
			)
			.toBe(true);
	});

	test('keeps the keys typed while its code loads', async ({ tabs, expect }) => {
		const { page } = await tabs.open(`${server.url}`);
		const { input, openCount, status, optionUrls } = searchDialog(page);
		// The dialog's code is held back until every key is typed, so they all arrive while it loads.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(DIALOG_SCRIPT, async (route) => {
			await held;
			await route.continue();
		});
		try {
			await page.keyboard.press('/');
			await page.keyboard.type('Kalray');
			expect(await openCount()).toBe(0);
		} finally {
			release();
		}
		await expect.poll(status, WAIT).toBe('Un résultat pour « Kalray ».');
		expect(await input.inputValue(WAIT)).toBe('Kalray');
		expect(await optionUrls()).toEqual([expect.stringMatching(KALRAY)]);
	});

	test('goes to the search page when its code cannot load', async ({ tabs, expect }) => {
		const { page, errors } = await tabs.open(`${server.url}tags/`);
		await page.route(DIALOG_SCRIPT, (route) => route.abort());
		await Promise.all([
			page.waitForURL(/\/recherche\/$/, WAIT),
			page.locator('.search-button').click(WAIT),
		]);
		// The aborted request is the only error.
		await expect
			.poll(() => errors, WAIT)
			.toEqual([expect.stringMatching(/^Failed to load resource: net::ERR_FAILED$/)]);
		errors.length = 0;
	});

	test('has no axe violation when open with results and one of them selected', async ({
		tabs,
		expect,
	}) => {
		const { page } = await tabs.open(`${server.url}archives/`);
		const { options, status } = searchDialog(page);
		await page.locator('.search-button').click(WAIT);
		await page.keyboard.type('Microsoft');
		await expect.poll(status, WAIT).toBe('2 résultats pour « Microsoft ».');
		await page.keyboard.press('ArrowDown');
		expect(await options.first().getAttribute('aria-selected', WAIT)).toBe('true');
		expect(await runAxe(page, { include: ['dialog[open]'] })).toEqual([]);
	});

	test('has no axe violation when open with results in the dark theme', async ({
		tabs,
		expect,
	}) => {
		const { page } = await tabs.open(`${server.url}`, { colorScheme: 'dark' });
		const { status } = searchDialog(page);
		await page.keyboard.press('/');
		await page.keyboard.type('cloud');
		await expect.poll(status, WAIT).toBe('2 résultats pour « cloud ».');
		expect(await runAxe(page, { include: ['dialog[open]'] })).toEqual([]);
	});

	test('searches under a sub-path', async ({ tabs, expect }) => {
		const subpath = await serveStatic(SUBPATH_DIR, SUBPATH_BASE);
		const { page } = await tabs.create();
		try {
			await page.goto(subpath.url, WAIT);
			const { status, optionUrls } = searchDialog(page);
			await page.keyboard.press('/');
			await page.keyboard.type('Kalray');
			await expect.poll(status, WAIT).toBe('Un résultat pour « Kalray ».');
			expect(await optionUrls()).toEqual([expect.stringMatching(KALRAY_UNDER_SUBPATH)]);
		} finally {
			await page.close();
			await subpath.close();
		}
	});
});

describe.concurrent('the search page', () => {
	test('shows the results of the query in its URL on load', async ({ tabs, expect }) => {
		const { page } = await tabs.open(`${server.url}recherche/?q=Microsoft`);
		const { results, status } = searchPage(page);
		await expect.poll(status, WAIT).toBe('2 résultats pour « Microsoft ».');
		expect(await results.count()).toBe(2);
		expect(await page.locator('main input[name="q"]').inputValue(WAIT)).toBe('Microsoft');
		expect(await results.first().locator('h2 a').getAttribute('href', WAIT)).toMatch(
			/^\/articles\/.+\?highlight=microsoft$/,
		);
	});

	test('shows five results, then five more on request with the focus on the first new one', async ({
		tabs,
		expect,
	}) => {
		const { page } = await tabs.create();
		const { results, status } = searchPage(page);
		const fragments: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
		});
		await page.goto(`${server.url}recherche/?q=IA`, WAIT);
		await expect.poll(status, WAIT).toMatch(/^\d+ résultats pour « IA »\.$/);
		const total = Number.parseInt(await status(), 10);
		expect(total).toBeGreaterThan(5);
		expect(await results.count()).toBe(5);
		// Only the results shown download their fragment.
		expect(fragments).toHaveLength(5);
		const more = page.getByRole('button', { name: 'Afficher plus de résultats' });
		await more.focus(WAIT);
		await page.keyboard.press('Enter');
		// The status does not change: the second batch is there when the list has grown.
		await expect.poll(() => results.count(), WAIT).toBe(Math.min(total, 10));
		expect(fragments).toHaveLength(Math.min(total, 10));
		expect(
			await results
				.nth(5)
				.locator('a')
				.evaluate((link) => link === document.activeElement, undefined, WAIT),
		).toBe(true);
		expect(await more.isVisible()).toBe(total > 10);
	});

	test('narrows results with a tag facet and keeps it in the URL', async ({ tabs, expect }) => {
		const { page } = await tabs.open(`${server.url}recherche/?q=IA`);
		const { results, status } = searchPage(page);
		await expect.poll(status, WAIT).toMatch(/^\d+ résultats pour « IA »\.$/);
		await page.locator('[data-facets] summary').click(WAIT);
		await page.getByRole('checkbox', { name: /^Commerce/ }).check(WAIT);
		await expect
			.poll(async () => (await results.locator('h2').allTextContents()).map(plain).sort(), WAIT)
			.toEqual(
				[titleOf('carrefour-carrefouria-salaries'), titleOf('leboncoin-ia-revente-cadeaux')].sort(),
			);
		expect(new URL(page.url()).searchParams.getAll('tag')).toEqual(['Commerce']);
	});

	test('searches once for a URL that selects a filter, and once for a query typed then entered', async ({
		tabs,
		expect,
	}) => {
		const { page } = await tabs.create();
		// Every text the status line shows, in order: each search begins with the loading line.
		await page.addInitScript(() => {
			const shown: string[] = [];
			(window as unknown as { statusLines: string[] }).statusLines = shown;
			new MutationObserver((records) => {
				const status = document.querySelector('main [role="status"]');
				if (status && records.some(({ target }) => status.contains(target))) {
					shown.push(status.textContent ?? '');
				}
			}).observe(document, { subtree: true, childList: true, characterData: true });
			// A submitted form marks the list, before the page's own listener searches.
			document.addEventListener('submit', () => shown.push('submit'), true);
		});
		const lines = () =>
			page.evaluate(() => (window as unknown as { statusLines: string[] }).statusLines);
		const loading = 'Chargement de la recherche…';
		await page.goto(`${server.url}recherche/?q=IA&tag=Commerce`, WAIT);
		const { status } = searchPage(page);
		await expect.poll(status, WAIT).toBe('2 résultats pour « IA ».');
		expect((await lines()).filter((line) => line === loading)).toHaveLength(1);
		const field = page.locator('main input[name="q"]');
		await field.fill('Kalray', WAIT);
		await field.press('Enter', WAIT);
		await expect.poll(status, WAIT).toMatch(/« Kalray »\.$/);
		// The search the typing scheduled, had it still run after Enter, would show a second loading
		// line after the submission (on a slow machine it may run before: then there is none left).
		await page.waitForTimeout(400);
		const afterSubmit = (await lines()).slice((await lines()).lastIndexOf('submit'));
		expect(afterSubmit.filter((line) => line === loading)).toHaveLength(1);
	});

	test('orders results newest first when asked in the URL', async ({ tabs, expect }) => {
		const { page } = await tabs.open(`${server.url}recherche/?q=Microsoft&tri=date`);
		const { results, status } = searchPage(page);
		await expect.poll(status, WAIT).toBe('2 résultats pour « Microsoft ».');
		// By relevance, the 2024 article comes first.
		const dates = await results
			.locator('time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
		expect(dates).toEqual(['2025-01-03', '2024-04-23']);
		expect(await page.locator('select[name="tri"]').inputValue(WAIT)).toBe('date');
	});

	test('has no axe violation with results and facets', async ({ tabs, expect }) => {
		const { page } = await tabs.open(`${server.url}recherche/?q=IA&tag=Commerce`);
		const { status } = searchPage(page);
		await expect.poll(status, WAIT).toBe('2 résultats pour « IA ».');
		expect(await page.locator('[data-facet] input:checked').count()).toBe(1);
		// The sidebar (src/components/Sidebar.astro) is left out: on wide screens it shows a closed
		// <details> through ::details-content, which axe reports as a scrollable region without
		// focusable content. Reported to the owner of the page chrome.
		expect(await runAxe(page, { exclude: ['.sidebar'] })).toEqual([]);
	});

	test('searches under a sub-path', async ({ tabs, expect }) => {
		const subpath = await serveStatic(SUBPATH_DIR, SUBPATH_BASE);
		const { page } = await tabs.create();
		try {
			await page.goto(`${subpath.url}recherche/?q=Kalray`, WAIT);
			const { results, status } = searchPage(page);
			await expect.poll(status, WAIT).toBe('Un résultat pour « Kalray ».');
			expect(await results.first().locator('h2 a').getAttribute('href', WAIT)).toMatch(
				KALRAY_UNDER_SUBPATH,
			);
		} finally {
			await page.close();
			await subpath.close();
		}
	});

	test('without JavaScript, is reached by the header link and links to the indexes', async ({
		tabs,
		expect,
	}) => {
		const { page } = await tabs.open(`${server.url}`, { javaScriptEnabled: false });
		const { main } = searchPage(page);
		await Promise.all([
			page.waitForURL(/\/recherche\/$/, WAIT),
			page.locator('.search-button').click(WAIT),
		]);
		expect(plain(await main.innerText(WAIT))).toContain('La recherche a besoin de JavaScript');
		expect(
			await main
				.locator('a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
		).toEqual(['/tags/', '/archives/']);
		expect(await page.locator('main input[name="q"]').isDisabled(WAIT)).toBe(true);
	});
});
