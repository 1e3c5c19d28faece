// The archive as data in a real browser: the /chiffres/ table sorts and filters by keyboard, the
// timeline filters by tag, axe finds nothing on either page, both read fully without script, and no
// page of a test logs an error.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, WAIT } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SITE_DIR } from '../helpers/site.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Console errors and uncaught exceptions of the current test's pages. */
let errors: string[] = [];

beforeAll(async () => {
	server = await serveStatic(SITE_DIR);
	browser = await launchBrowser();
	context = await browser.newContext();
});

afterAll(async () => {
	await context?.close();
	await browser?.close();
	await server?.close();
});

afterEach(() => {
	const logged = errors;
	errors = [];
	expect(logged).toEqual([]);
});

async function open(path: string, target: BrowserContext = context): Promise<Page> {
	const page = await target.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
	await page.goto(new URL(path.replace(/^\//, ''), server.url).href, WAIT);
	return page;
}

/** Amounts of the visible rows, as the `value` of their `<data>` element, top to bottom. */
const visibleAmounts = (page: Page) =>
	page.$$eval('vi-figures-table tbody tr:not([hidden]) data', (cells) =>
		cells.map((cell) => Number(cell.getAttribute('value'))),
	);
const visibleCurrencies = (page: Page) =>
	page.$$eval('vi-figures-table tbody tr:not([hidden])', (rows) =>
		rows.map((row) => row.getAttribute('data-currency')),
	);

describe('/chiffres/ with a keyboard', () => {
	it('enables the controls once the script runs', async () => {
		const page = await open('/chiffres/');
		await expect
			.poll(() => page.locator('th[data-sort="amount"] button').isEnabled(WAIT), WAIT)
			.toBe(true);
		expect(await page.locator('#vi-filter-kind').isEnabled(WAIT)).toBe(true);
		await page.close();
	});

	it('sorts by amount within each currency, then reverses, announcing it with aria-sort', async () => {
		const page = await open('/chiffres/');
		const header = page.locator('th[data-sort="amount"]');
		await expect.poll(() => header.locator('button').isEnabled(WAIT), WAIT).toBe(true);
		await header.locator('button').focus(WAIT);
		await page.keyboard.press('Enter');
		expect(await header.getAttribute('aria-sort', WAIT)).toBe('ascending');
		expect(await page.locator('th[data-sort="date"]').getAttribute('aria-sort', WAIT)).toBeNull();
		const currencies = await visibleCurrencies(page);
		expect(currencies).toEqual(
			[...currencies].sort((a, b) => (a === 'unit' ? 1 : b === 'unit' ? -1 : a!.localeCompare(b!))),
		);
		const amounts = await visibleAmounts(page);
		const eur = amounts.filter((_, index) => currencies[index] === 'EUR');
		const usd = amounts.filter((_, index) => currencies[index] === 'USD');
		expect(eur).toEqual([...eur].sort((a, b) => a - b));
		expect(usd).toEqual([...usd].sort((a, b) => a - b));

		await page.keyboard.press('Space');
		expect(await header.getAttribute('aria-sort', WAIT)).toBe('descending');
		const reversed = await visibleCurrencies(page);
		expect(reversed).toEqual([...currencies].reverse());
		const descending = await visibleAmounts(page);
		for (const code of ['EUR', 'USD']) {
			const inCurrency = descending.filter((_, index) => reversed[index] === code);
			expect(inCurrency, code).toEqual([...inCurrency].sort((a, b) => b - a));
		}
		await page.close();
	});

	it('sorts by date, oldest first, with Shift+Tab from the kind column and Enter', async () => {
		const page = await open('/chiffres/');
		const date = page.locator('th[data-sort="date"]');
		await expect.poll(() => date.locator('button').isEnabled(WAIT), WAIT).toBe(true);
		await page.locator('th[data-sort="kind"] button').focus(WAIT);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('th')?.dataset.sort)).toBe(
			'date',
		);
		await page.keyboard.press('Enter');
		expect(await date.getAttribute('aria-sort', WAIT)).toBe('ascending');
		// The server renders the table newest first.
		const dates = await page.$$eval('vi-figures-table tbody tr time', (times) =>
			times.map((time) => time.getAttribute('datetime') ?? ''),
		);
		expect(dates).toEqual([...dates].sort());
		await page.close();
	});

	it('filters by kind and by currency, announcing the row count', async () => {
		const page = await open('/chiffres/');
		const kind = page.locator('#vi-filter-kind');
		await expect.poll(() => kind.isEnabled(WAIT), WAIT).toBe(true);
		const total = await page.locator('vi-figures-table tbody tr').count();
		const status = page.locator('vi-figures-table [role="status"]');
		const visibleKinds = () =>
			page.$$eval('vi-figures-table tbody tr:not([hidden])', (rows) =>
				rows.map((row) => row.getAttribute('data-kind')),
			);

		await kind.focus(WAIT);
		await page.keyboard.press('ArrowDown');
		const chosen = await kind.inputValue(WAIT);
		expect(chosen).not.toBe('');
		// The status line is written once the rows are filtered; it is empty until a first change.
		await expect.poll(() => status.textContent(WAIT), WAIT).toContain(`sur ${total}`);
		const kinds = await visibleKinds();
		expect(kinds.length).toBeGreaterThan(0);
		expect(kinds.length).toBeLessThan(total);
		expect(new Set(kinds)).toEqual(new Set([chosen]));
		expect(await status.textContent(WAIT)).toMatch(
			new RegExp(`^${kinds.length}\\s.*sur ${total}$`),
		);

		await kind.selectOption('', WAIT);
		await expect.poll(() => visibleKinds().then((rows) => rows.length), WAIT).toBe(total);
		const currency = page.locator('#vi-filter-currency');
		await currency.focus(WAIT);
		await page.keyboard.press('ArrowDown');
		const code = await currency.inputValue(WAIT);
		expect(code).not.toBe('');
		await expect
			.poll(() => visibleCurrencies(page).then((codes) => new Set(codes)), WAIT)
			.toEqual(new Set([code]));
		const currencies = await visibleCurrencies(page);
		expect(currencies.length).toBeLessThan(total);
		expect(await status.textContent(WAIT)).toMatch(
			new RegExp(`^${currencies.length}\\s.*sur ${total}$`),
		);
		await page.close();
	});
});

describe('/chronologie/', () => {
	it('filters by tag without a reload and hides empty months', async () => {
		const page = await open('/chronologie/');
		const select = page.locator('#vi-timeline-tag');
		await expect.poll(() => select.isEnabled(WAIT), WAIT).toBe(true);
		const total = await page.locator('li[data-tags]').count();
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

		await select.focus(WAIT);
		await select.selectOption('robotique', WAIT);
		const visible = page.locator('li[data-tags]:not([hidden])');
		await expect.poll(() => visible.count(), WAIT).toBeLessThan(total);
		const tags = await visible.evaluateAll((items) =>
			items.map((item) => item.getAttribute('data-tags')),
		);
		expect(tags.every((value) => value!.split(' ').includes('robotique'))).toBe(true);
		const months = await page.$$eval(
			'section[data-month]:not([hidden])',
			(sections) => sections.length,
		);
		expect(months).toBe(1);
		expect(await page.locator('vi-timeline-filter [role="status"]').textContent(WAIT)).toMatch(
			new RegExp(`^${tags.length} article affiché sur ${total}$`),
		);
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

		await page.keyboard.press('Home');
		await expect.poll(() => visible.count(), WAIT).toBe(total);
		await page.close();
	});
});

describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
	it.each(['/chiffres/', '/chronologie/'])('finds no violation on %s', async (path) => {
		const themed = await browser.newContext({
			colorScheme,
			viewport: { width: 1280, height: 800 },
		});
		const page = await open(path, themed);
		// As in quality.test.ts: axe skips the content of a closed <details> even where CSS shows it
		// (the sidebar from 760 px), so every <details> is opened to be audited as a reader sees it.
		await page.evaluate(() => {
			for (const details of document.querySelectorAll('details')) details.open = true;
		});
		expect(await runAxe(page)).toEqual([]);
		await themed.close();
	});
});

describe('without JavaScript', () => {
	it.each([
		['/chiffres/', 'vi-figures-table', 'vi-figures-table tbody tr'],
		['/chronologie/', 'vi-timeline-filter', 'li[data-tags]'],
	])('%s shows every item, with its controls disabled', async (path, element, selector) => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await open(path, noScript);
		const items = page.locator(selector);
		const count = await items.count();
		expect(count).toBeGreaterThan(0);
		for (let index = 0; index < count; index += 1) {
			expect(await items.nth(index).isVisible()).toBe(true);
		}
		const controls = await page
			.locator(`${element} select, ${element} button`)
			.evaluateAll((list) => list.map((control) => (control as HTMLButtonElement).disabled));
		expect(controls.length).toBeGreaterThan(0);
		expect(new Set(controls)).toEqual(new Set([true]));
		if (path === '/chiffres/')
			expect(await page.locator('figure.figures-chart rect.bar').first().isVisible()).toBe(true);
		await noScript.close();
	});
});
