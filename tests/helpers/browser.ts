// Chromium for browser tests: the system's when installed (Debian's `chromium`), else the build
// that the npm package @sparticuz/chromium ships, so `npm test` needs nothing outside npm.
import { existsSync } from 'node:fs';
import { chromium as playwright, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * How long any one wait of the browser tests may last (a launch, a navigation, an element, an
 * `expect.poll`): enough for a 2-core machine that is also building. Every wait passes it: the
 * Playwright library waits without limit by default, and `expect.poll` gives up after 1 s.
 */
export const WAIT_MS = 10_000;

/**
 * `WAIT_MS` as the options object that Playwright's waits and Vitest's `expect.poll` take.
 * @example await page.goto(url, WAIT)
 * @example await expect.poll(() => list.count(), WAIT).toBe(5)
 */
export const WAIT = { timeout: WAIT_MS } as const;

// Without the background-networking flags Chromium tries to reach Google's hosts at start.
const SYSTEM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

// @sparticuz/chromium's defaults target AWS Lambda: one process (which cannot open a second
// browser context) and web security turned off (which would hide CSP and CORS faults from tests).
const UNWANTED_ARGS = new Set([
	'--single-process',
	'--disable-web-security',
	'--allow-running-insecure-content',
	'--disable-site-isolation-trials',
]);

/** Launches headless Chromium with the flags this machine needs. */
export async function launchBrowser(): Promise<Browser> {
	const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
	if (system) return playwright.launch({ ...WAIT, executablePath: system, args: SYSTEM_ARGS });
	const { default: sparticuz } = await import('@sparticuz/chromium');
	return playwright.launch({
		...WAIT,
		executablePath: await sparticuz.executablePath(),
		args: [...sparticuz.args.filter((arg) => !UNWANTED_ARGS.has(arg)), ...SYSTEM_ARGS],
		headless: true,
	});
}
