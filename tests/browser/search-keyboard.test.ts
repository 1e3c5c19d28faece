// The header search dialog with the keyboard, in Chromium against the built site: what is selected,
// what Enter opens, the field in view, and what short queries and acronyms find.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, WAIT } from '../helpers/browser.ts';
import { readContent } from '../helpers/content.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SITE_DIR } from '../helpers/site.ts';

/** The one timeout of every wait in this file. */

const published = readContent().articles.filter((article) => !article.draft);

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

/** A fresh page at `path` that records console errors and uncaught exceptions. */
async function openPage(path = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
	page = await browser.newPage({ viewport });
	errors = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}${path}`, WAIT);
	return page;
}

afterEach(async () => {
	await page?.close();
	expect(errors).toEqual([]);
});

const dialog = () => page.locator('dialog.search-dialog');
const input = () => dialog().locator('input');
const options = () => dialog().locator('[role="option"]');
const selected = () => dialog().locator('[role="option"][aria-selected="true"]');

/** Text with non-breaking spaces as plain ones, to compare French UI text. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** Opens the dialog with `/`, types `query` and waits for the status line that names it. */
async function search(query: string): Promise<number> {
	await page.keyboard.press('/');
	await input().waitFor(WAIT);
	await page.keyboard.type(query);
	const status = dialog().locator('[role="status"]');
	await expect.poll(async () => plain(await status.textContent()), WAIT).toContain(`« ${query} »`);
	const text = plain(await status.textContent());
	return text.startsWith('Un résultat') ? 1 : Number(/^(\d+)/.exec(text)?.[1] ?? 0);
}

/** The page at root-relative `path`, with or without a query string, as waitForURL takes it. */
const at = (path: string) =>
	new RegExp(`^${`${server.url}${path.slice(1)}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\?|$)`);

/** The article URL a result option leads to, without its query string. */
const articleOf = async (option = options().first()) =>
	((await option.getAttribute('data-url')) ?? '').split('?')[0];

describe('the search dialog with the keyboard', () => {
	it('selects no result when results arrive, and Enter opens the first one', async () => {
		await openPage();
		expect(await search('Microsoft')).toBe(2);
		expect(await selected().count()).toBe(0);
		expect(await input().getAttribute('aria-activedescendant')).toBeNull();
		const first = await articleOf();
		await Promise.all([page.waitForURL(at(first), WAIT), page.keyboard.press('Enter')]);
	});

	it('opens the first result of « CES » when Enter follows the typing at once', async () => {
		await openPage('tags/');
		await page.keyboard.press('/');
		await input().waitFor(WAIT);
		await page.keyboard.type('CES');
		await Promise.all([
			page.waitForURL(/\/articles\/ces-2025-ia-partout\/\?highlight=ces$/, WAIT),
			page.keyboard.press('Enter'),
		]);
	});

	it('opens the first result when Enter is pressed while the dialog still loads', async () => {
		await openPage('archives/');
		// The dialog's code arrives once the keys and Enter are pressed.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/search-dialog-[\w-]+\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.keyboard.press('/');
		await page.keyboard.type('Kalray');
		await page.keyboard.press('Enter');
		expect(await page.locator('dialog').count()).toBe(0);
		release();
		await page.waitForURL(/\/articles\/kalray-offre-data-acceleration-platform\//, WAIT);
	});

	it('moves one result at a time with the arrows, from the first to the last, named by aria-activedescendant', async () => {
		await openPage();
		expect(await search('IA')).toBeGreaterThan(5);
		expect(await options().count()).toBe(5);
		const ids = await Promise.all(
			(await options().all()).map((option) => option.getAttribute('id')),
		);
		await page.keyboard.press('ArrowDown');
		expect(await selected().count()).toBe(1);
		expect(await selected().getAttribute('id')).toBe(ids[0]);
		expect(await input().getAttribute('aria-activedescendant')).toBe(ids[0]);
		await page.keyboard.press('ArrowDown');
		expect(await input().getAttribute('aria-activedescendant')).toBe(ids[1]);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await selected().count()).toBe(1);
		expect(await selected().getAttribute('id')).toBe(ids[4]);
		expect(await input().getAttribute('aria-activedescendant')).toBe(ids[4]);
		const last = await articleOf(options().last());
		await Promise.all([page.waitForURL(at(last), WAIT), page.keyboard.press('Enter')]);
	});

	it('selects the last result with Up when none is selected', async () => {
		await openPage();
		await search('Microsoft');
		await page.keyboard.press('ArrowUp');
		expect(await selected().getAttribute('id')).toBe(await options().last().getAttribute('id'));
	});

	it.each([
		['a phone', { width: 375, height: 667 }],
		['a desktop', { width: 1280, height: 800 }],
	])(
		'keeps the field in view on %s while the selection moves down the results',
		async (_, viewport) => {
			await openPage('', viewport);
			await search('IA');
			const before = await input().boundingBox();
			for (let step = 0; step < 5; step++) {
				await page.keyboard.press('ArrowDown');
				const field = await input().boundingBox();
				expect(field?.y).toBe(before?.y);
				expect(field!.y).toBeGreaterThanOrEqual(0);
				// The selected option is scrolled into the list's view, below the field.
				const [option, list] = await Promise.all([
					selected().boundingBox(),
					dialog().locator('[role="listbox"]').boundingBox(),
				]);
				expect(option!.y).toBeGreaterThanOrEqual(list!.y);
				expect(option!.y + option!.height).toBeLessThanOrEqual(list!.y + list!.height + 1);
				expect(option!.y).toBeGreaterThan(field!.y + field!.height);
			}
		},
	);

	it('selects nothing again when the results change', async () => {
		await openPage();
		await search('Microsoft');
		await page.keyboard.press('ArrowDown');
		expect(await selected().count()).toBe(1);
		await page.keyboard.press('Backspace');
		await expect
			.poll(async () => plain(await dialog().locator('[role="status"]').textContent()), WAIT)
			.toContain('« Microsof »');
		expect(await selected().count()).toBe(0);
		expect(await input().getAttribute('aria-activedescendant')).toBeNull();
	});
});

describe('what the dialog finds', () => {
	it('finds « CES » → the CES article first, not every article that writes « ce »', async () => {
		await openPage();
		const count = await search('CES');
		expect(await articleOf()).toBe('/articles/ces-2025-ia-partout/');
		expect(count).toBeLessThan(published.length);
		expect(await options().first().locator('mark').first().textContent()).toBe('CES');
	});

	it('finds « IA » in most articles, with IA marked in every excerpt', async () => {
		await openPage();
		expect(await search('IA')).toBeGreaterThan(published.length / 2);
		for (const option of await options().all()) {
			expect(await option.locator('.result-excerpt mark').allTextContents()).toContainEqual(
				expect.stringMatching(/IA/),
			);
		}
	});

	it('marks words without the punctuation Pagefind gives them', async () => {
		await openPage();
		await search('IA');
		const marks = await dialog().locator('mark').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) expect(mark).not.toMatch(/^\p{P}|\p{P}$/u);
	});

	it('finds « CES » first on the search page too', async () => {
		await openPage('recherche/?q=CES');
		const first = page.locator('main ol > li h2 a').first();
		await first.waitFor(WAIT);
		expect(((await first.getAttribute('href')) ?? '').split('?')[0]).toBe(
			'/articles/ces-2025-ia-partout/',
		);
	});
});
