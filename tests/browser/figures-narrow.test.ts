// The figures tables on a phone and on a desktop: at 375 px /chiffres/ and the home page fit the
// window (no element wider, no hidden horizontal scroll), each cell of the stacked rows shows its
// column's name, and the table still sorts by keyboard; at 1280 px the table takes the width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, WAIT, WAIT_MS } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SITE_DIR } from '../helpers/site.ts';

/** The one timeout every wait of this file passes. */

let server: StaticServer;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
	[server, browser] = await Promise.all([serveStatic(SITE_DIR), launchBrowser()]);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
	await page.goto(new URL(path.replace(/^\//, ''), server.url).href, {
		waitUntil: 'load',
		timeout: WAIT_MS,
	});
	return page;
}

/**
 * What sticks out of the window: elements whose box passes its right edge (or starts left of 0),
 * and scroll containers that scroll sideways.
 */
const overflowing = (page: Page) =>
	page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const name = (element: Element) =>
			`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
		// Visually hidden text (.visually-hidden, the static table's header): 1 px and clipped.
		const isClipped = (element: Element) => {
			for (let node: Element | null = element; node; node = node.parentElement) {
				const clipped = getComputedStyle(node).clipPath !== 'none';
				if (clipped && node.getBoundingClientRect().width <= 1) return true;
			}
			return false;
		};
		const found: string[] = [];
		if (document.documentElement.scrollWidth > width)
			found.push(`page: scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
		for (const element of document.querySelectorAll('body *')) {
			if (element.closest('[hidden], details:not([open]) > :not(summary)') || isClipped(element))
				continue;
			const box = element.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			if (box.right > width + 0.5 || box.left < -0.5)
				found.push(`${name(element)}: ${Math.round(box.left)}–${Math.round(box.right)}`);
			const { overflowX } = getComputedStyle(element);
			if (overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1)
				found.push(`${name(element)} scrolls: ${element.scrollWidth} > ${element.clientWidth}`);
		}
		return found;
	});

describe.each(['light', 'dark'] as const)('at 375 px (%s)', (colorScheme) => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme });
	});

	afterAll(async () => {
		await context?.close();
	});

	it.each(['/chiffres/', '/'])('%s has no element wider than the window', async (path) => {
		const page = await open(context, path);
		expect(await overflowing(page)).toEqual([]);
		await page.close();
	});

	it.each(['/chiffres/', '/'])(
		'%s shows every cell as a labelled line, the label naming its column',
		async (path) => {
			const page = await open(context, path);
			const cells = await page.$$eval('.figure-rows tbody td', (list) =>
				list.map((cell) => {
					const label = cell.querySelector('.cell-label');
					const box = label?.getBoundingClientRect();
					const table = cell.closest('table')!;
					const header = table.tHead!.rows[0]!.cells[(cell as HTMLTableCellElement).cellIndex]!;
					return {
						display: getComputedStyle(cell).display,
						label: label?.textContent?.trim() ?? '',
						column: (header.querySelector('button') ?? header).firstChild?.textContent?.trim(),
						visible:
							!!box &&
							box.width > 0 &&
							box.height > 0 &&
							box.left >= 0 &&
							box.right <= document.documentElement.clientWidth &&
							getComputedStyle(label!).visibility === 'visible',
					};
				}),
			);
			expect(cells.length).toBeGreaterThan(0);
			expect(cells.filter((cell) => !cell.visible || cell.label !== cell.column)).toEqual([]);
			expect(new Set(cells.map((cell) => cell.display))).toEqual(new Set(['grid']));
			await page.close();
		},
	);

	it('/chiffres/ still sorts by keyboard, with its sort buttons in view', async () => {
		const page = await open(context, '/chiffres/');
		const header = page.locator('th[data-sort="amount"]');
		const button = header.locator('button');
		await expect.poll(() => button.isEnabled(), WAIT).toBe(true);
		const box = await button.boundingBox(WAIT);
		expect(box!.x + box!.width).toBeLessThanOrEqual(375);
		await page.locator('th[data-sort="kind"] button').focus(WAIT);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('th')?.dataset.sort)).toBe(
			'amount',
		);
		await page.keyboard.press('Enter');
		await expect.poll(() => header.getAttribute('aria-sort'), WAIT).toBe('ascending');
		const amounts = () =>
			page.$$eval('vi-figures-table tbody tr', (rows) =>
				rows.map(
					(row) =>
						`${row.getAttribute('data-currency')} ${row.querySelector('data')?.getAttribute('value')}`,
				),
			);
		const ascending = await amounts();
		const byCurrency = (list: string[], code: string) =>
			list.filter((item) => item.startsWith(`${code} `)).map((item) => Number(item.split(' ')[1]));
		for (const code of ['EUR', 'USD']) {
			const values = byCurrency(ascending, code);
			expect(values).toEqual([...values].sort((a, b) => a - b));
		}
		await page.keyboard.press('Enter');
		await expect.poll(() => header.getAttribute('aria-sort'), WAIT).toBe('descending');
		expect(await amounts()).toEqual([...ascending].reverse());
		expect(await page.getAttribute('vi-figures-table table', 'role', WAIT)).toBe('table');
		await page.close();
	});
});

describe('at 1280 px', () => {
	it('/chiffres/ lays the table out in columns across the width, without the cell labels', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await open(context, '/chiffres/');
		const layout = await page.evaluate(() => {
			const table = document.querySelector('vi-figures-table table')!;
			const cell = table.querySelector('tbody td')!;
			return {
				width: table.getBoundingClientRect().width,
				display: getComputedStyle(cell).display,
				labels: [...table.querySelectorAll('.cell-label')].filter(
					(label) => label.getBoundingClientRect().width > 0,
				).length,
			};
		});
		// Wider than the 46rem reading column the other pages keep.
		expect(layout.width).toBeGreaterThan(46 * 16);
		expect(layout.display).toBe('table-cell');
		expect(layout.labels).toBe(0);
		expect(await overflowing(page)).toEqual([]);
		await context.close();
	});
});

describe('console', () => {
	it('stays free of errors', () => {
		expect(errors).toEqual([]);
	});
});
