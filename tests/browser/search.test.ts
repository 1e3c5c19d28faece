// Search in Chromium against the built site: the header dialog, the search page, keyboard, axe.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, WAIT } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_DIR } from '../helpers/site.ts';

const ENI = 'Avec HPC6, Eni exploite le supercalculateur le plus puissant d’Europe';
const KALRAY = /^\/articles\/kalray-offre-data-acceleration-platform\//;
const DIALOG_SCRIPT = /\/search-dialog-[\w-]+\.js$/;

let browser: Browser;
let server: StaticServer;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveStatic(SITE_DIR)]);
});
afterAll(async () => {
	await Promise.all([browser?.close(), server?.close()]);
});

/** A fresh page that records console errors and uncaught exceptions. */
async function openPage(
	url: string,
	options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
	page = await browser.newPage(options);
	errors = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(url, WAIT);
	return page;
}

afterEach(async () => {
	await page?.close();
	expect(errors).toEqual([]);
});

/** Text with non-breaking spaces as plain ones, to compare French UI text. */
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

/**
 * The status line inside `scope` as it is now ('' while there is none), without waiting. Both
 * search UIs write it in the same task as the results, naming the query they are for: once it
 * names the whole query, the list holds that query's results and not those of a prefix typed
 * on the way (src/client/search-dialog.ts, search-page.ts).
 */
const statusIn = async (scope: Locator) =>
	plain((await scope.locator('[role="status"]').allTextContents())[0] ?? null);

const dialog = () => page.locator('dialog.search-dialog');
const openDialogs = () => page.locator('dialog.search-dialog[open]');
const options = () => dialog().locator('[role="option"]');
const optionUrls = () => options().evaluateAll((items) => items.map((item) => item.dataset.url));

describe('the search dialog', () => {
	it('opens with /, shows results as you type and follows one with the keyboard', async () => {
		await openPage(`${server.url}`);
		await page.keyboard.press('/');
		await expect.poll(() => openDialogs().count(), WAIT).toBe(1);
		await page.keyboard.type('supercalculateurs');
		await expect
			.poll(() => statusIn(dialog()), WAIT)
			.toBe('Un résultat pour « supercalculateurs ».');
		expect(await options().allTextContents()).toEqual([expect.stringContaining(ENI)]);
		expect(await options().first().locator('mark').first().textContent(WAIT)).toMatch(
			/supercalcul/i,
		);
		await page.keyboard.press('ArrowDown');
		const id = await options().first().getAttribute('id', WAIT);
		expect(id).toMatch(/\S/);
		expect(await dialog().locator('input').getAttribute('aria-activedescendant', WAIT)).toBe(id);
		expect(await options().first().getAttribute('aria-selected', WAIT)).toBe('true');
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

	it('opens with Ctrl+K, closes with Escape and gives focus back', async () => {
		await openPage(`${server.url}tags/`);
		await page.locator('.search-button').focus(WAIT);
		await page.keyboard.press('Control+k');
		await expect.poll(() => openDialogs().count(), WAIT).toBe(1);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
			'combobox',
		);
		await page.keyboard.press('Escape');
		await expect.poll(() => openDialogs().count(), WAIT).toBe(0);
		// The dialog hands the focus back from its `close` event, which fires in a later task.
		await expect
			.poll(
				() => page.evaluate(() => document.activeElement?.classList.contains('search-button')),
				WAIT,
			)
			.toBe(true);
	});

	it('keeps the keys typed while its code loads', async () => {
		await openPage(`${server.url}`);
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
			expect(await openDialogs().count()).toBe(0);
		} finally {
			release();
		}
		await expect.poll(() => statusIn(dialog()), WAIT).toBe('Un résultat pour « Kalray ».');
		expect(await dialog().locator('input').inputValue(WAIT)).toBe('Kalray');
		expect(await optionUrls()).toEqual([expect.stringMatching(KALRAY)]);
	});

	it('goes to the search page when its code cannot load', async () => {
		await openPage(`${server.url}tags/`);
		await page.route(DIALOG_SCRIPT, (route) => route.abort());
		await Promise.all([
			page.waitForURL(/\/recherche\/$/, WAIT),
			page.locator('.search-button').click(WAIT),
		]);
		// The aborted request is the only error.
		await expect
			.poll(() => errors, WAIT)
			.toEqual([expect.stringMatching(/^Failed to load resource: net::ERR_FAILED$/)]);
		errors = [];
	});

	it('has no axe violation when open with results and one of them selected', async () => {
		await openPage(`${server.url}archives/`);
		await page.locator('.search-button').click(WAIT);
		await page.keyboard.type('Microsoft');
		await expect.poll(() => statusIn(dialog()), WAIT).toBe('2 résultats pour « Microsoft ».');
		await page.keyboard.press('ArrowDown');
		expect(await options().first().getAttribute('aria-selected', WAIT)).toBe('true');
		expect(await runAxe(page, { include: ['dialog[open]'] })).toEqual([]);
	});

	it('has no axe violation when open with results in the dark theme', async () => {
		await openPage(`${server.url}`, { colorScheme: 'dark' });
		await page.keyboard.press('/');
		await page.keyboard.type('cloud');
		await expect.poll(() => statusIn(dialog()), WAIT).toBe('2 résultats pour « cloud ».');
		expect(await runAxe(page, { include: ['dialog[open]'] })).toEqual([]);
	});

	it('searches under a sub-path', async () => {
		const subpath = await serveStatic(SUBPATH_DIR, SUBPATH_BASE);
		try {
			await openPage(subpath.url);
			await page.keyboard.press('/');
			await page.keyboard.type('Kalray');
			await expect.poll(() => statusIn(dialog()), WAIT).toBe('Un résultat pour « Kalray ».');
			expect(await optionUrls()).toEqual([
				expect.stringMatching(
					new RegExp(`^${SUBPATH_BASE}articles/kalray-offre-data-acceleration-platform/`),
				),
			]);
		} finally {
			await page.close();
			await subpath.close();
		}
	});
});

describe('the search page', () => {
	const main = () => page.locator('main');
	const results = () => page.locator('main ol > li');

	it('shows the results of the query in its URL on load', async () => {
		await openPage(`${server.url}recherche/?q=Microsoft`);
		await expect.poll(() => statusIn(main()), WAIT).toBe('2 résultats pour « Microsoft ».');
		expect(await results().count()).toBe(2);
		expect(await page.locator('main input[name="q"]').inputValue(WAIT)).toBe('Microsoft');
		expect(await results().first().locator('h2 a').getAttribute('href', WAIT)).toMatch(
			/^\/articles\/.+\?highlight=microsoft$/,
		);
	});

	it('shows five results, then five more on request with the focus on the first new one', async () => {
		const fragments: string[] = [];
		page = await browser.newPage();
		errors = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
		});
		await page.goto(`${server.url}recherche/?q=IA`, WAIT);
		await expect.poll(() => statusIn(main()), WAIT).toMatch(/^\d+ résultats pour « IA »\.$/);
		const total = Number.parseInt(await statusIn(main()), 10);
		expect(total).toBeGreaterThan(5);
		expect(await results().count()).toBe(5);
		// Only the results shown download their fragment.
		expect(fragments).toHaveLength(5);
		const more = page.getByRole('button', { name: 'Afficher plus de résultats' });
		await more.focus(WAIT);
		await page.keyboard.press('Enter');
		// The status does not change: the second batch is there when the list has grown.
		await expect.poll(() => results().count(), WAIT).toBe(Math.min(total, 10));
		expect(fragments).toHaveLength(Math.min(total, 10));
		expect(
			await results()
				.nth(5)
				.locator('a')
				.evaluate((link) => link === document.activeElement, undefined, WAIT),
		).toBe(true);
		expect(await more.isVisible()).toBe(total > 10);
	});

	it('narrows results with a tag facet and keeps it in the URL', async () => {
		await openPage(`${server.url}recherche/?q=IA`);
		await expect.poll(() => statusIn(main()), WAIT).toMatch(/^\d+ résultats pour « IA »\.$/);
		await page.locator('[data-facets] summary').click(WAIT);
		await page.getByRole('checkbox', { name: /^Commerce/ }).check(WAIT);
		await expect
			.poll(async () => (await results().locator('h2').allTextContents()).map(plain).sort(), WAIT)
			.toEqual([
				'Carrefour lance « CarrefourIA » pour ses salariés',
				'Leboncoin mise sur l’IA pour aider à revendre les cadeaux',
			]);
		expect(new URL(page.url()).searchParams.getAll('tag')).toEqual(['Commerce']);
	});

	it('orders results newest first when asked in the URL', async () => {
		await openPage(`${server.url}recherche/?q=Microsoft&tri=date`);
		await expect.poll(() => statusIn(main()), WAIT).toBe('2 résultats pour « Microsoft ».');
		// By relevance, the 2024 article comes first.
		const dates = await results()
			.locator('time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
		expect(dates).toEqual(['2025-01-03', '2024-04-23']);
		expect(await page.locator('select[name="tri"]').inputValue(WAIT)).toBe('date');
	});

	it('has no axe violation with results and facets', async () => {
		await openPage(`${server.url}recherche/?q=IA&tag=Commerce`);
		await expect.poll(() => statusIn(main()), WAIT).toBe('2 résultats pour « IA ».');
		expect(await page.locator('[data-facet] input:checked').count()).toBe(1);
		// The sidebar (src/components/Sidebar.astro) is left out: on wide screens it shows a closed
		// <details> through ::details-content, which axe reports as a scrollable region without
		// focusable content. Reported to the owner of the page chrome.
		expect(await runAxe(page, { exclude: ['.sidebar'] })).toEqual([]);
	});

	it('searches under a sub-path', async () => {
		const subpath = await serveStatic(SUBPATH_DIR, SUBPATH_BASE);
		try {
			await openPage(`${subpath.url}recherche/?q=Kalray`);
			await expect.poll(() => statusIn(main()), WAIT).toBe('Un résultat pour « Kalray ».');
			expect(await results().first().locator('h2 a').getAttribute('href', WAIT)).toMatch(
				new RegExp(`^${SUBPATH_BASE}articles/kalray-offre-data-acceleration-platform/`),
			);
		} finally {
			await page.close();
			await subpath.close();
		}
	});

	it('without JavaScript, is reached by the header link and links to the indexes', async () => {
		await openPage(`${server.url}`, { javaScriptEnabled: false });
		await Promise.all([
			page.waitForURL(/\/recherche\/$/, WAIT),
			page.locator('.search-button').click(WAIT),
		]);
		expect(plain(await main().innerText(WAIT))).toContain('La recherche a besoin de JavaScript');
		expect(
			await main()
				.locator('a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
		).toEqual(['/tags/', '/archives/']);
		expect(await page.locator('main input[name="q"]').isDisabled(WAIT)).toBe(true);
	});
});
