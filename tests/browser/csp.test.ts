// The built site in Chromium with its Content Security Policy: pages load and search works with no
// violation, no console error and no request leaving the local server; contributor text that looks
// like markup (tests/fixtures/csp-site/) costs no page its inline styles.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { launchBrowser, WAIT } from '../helpers/browser.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { readContent } from '../helpers/content.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { SITE_DIR } from '../helpers/site.ts';

const content = readContent();
const article = content.articles.find((a) => !a.draft)!;
const tag = article.tags[0]!;

interface Watched {
	page: Page;
	violations: string[];
	errors: string[];
	foreign: string[];
}

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), serveStatic(SITE_DIR)]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** A page that records CSP violations, console errors and requests to hosts other than `origin`. */
async function watchedPage(origin = server.origin): Promise<Watched> {
	const page = await browser.newPage();
	const watched: Watched = { page, violations: [], errors: [], foreign: [] };
	await page.exposeFunction('__reportViolation', (text: string) => watched.violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportViolation(text: string): void })
				.__reportViolation;
			report(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) {
			watched.errors.push(`${message.type()}: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) watched.foreign.push(url);
	});
	return watched;
}

function expectClean(expect: ExpectStatic, { violations, errors, foreign }: Watched) {
	expect(violations, 'CSP violations').toEqual([]);
	expect(errors, 'console errors').toEqual([]);
	expect(foreign, 'requests to other hosts').toEqual([]);
}

// Each test has its own page, and spends most of its time waiting for the network to go idle.
describe.concurrent('pages under the CSP', () => {
	it.for([
		['home', ''],
		['an article', `articles/${article.slug}/`],
		['a tag page', `tags/${tag}/`],
	])('%s loads with its policy and no violation', async ([, path], { expect }) => {
		const watched = await watchedPage();
		const response = await watched.page.goto(`${server.url}${path}`, {
			...WAIT,
			waitUntil: 'networkidle',
		});
		// The 404 page has the same policy: the page asked for must be the one that loaded.
		expect(response?.status()).toBe(200);
		const policy = await watched.page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content', WAIT);
		expect(policy).toContain('script-src');
		expectClean(expect, watched);
		await watched.page.close();
	});

	it('searches on /recherche/ with no violation', async ({ expect }) => {
		const watched = await watchedPage();
		const { page } = watched;
		await page.goto(`${server.url}recherche/`, { ...WAIT, waitUntil: 'networkidle' });
		const input = page.locator('[data-search-page-input]');
		await expect.poll(() => input.isEnabled(WAIT), WAIT).toBe(true);
		await input.fill('Carrefour', WAIT);
		await input.press('Enter', WAIT);
		await expect
			.poll(() => page.locator('vi-search-page .list li').count(), WAIT)
			.toBeGreaterThan(0);
		await page.waitForLoadState('networkidle', WAIT);
		expectClean(expect, watched);
		await page.close();
	});

	it('opens the header search dialog and searches with no violation', async ({ expect }) => {
		const watched = await watchedPage();
		const { page } = watched;
		await page.goto(`${server.url}articles/${article.slug}/`, {
			...WAIT,
			waitUntil: 'networkidle',
		});
		await page.locator('.search-button').click(WAIT);
		const input = page.locator('dialog[open] input');
		await input.fill('Carrefour', WAIT);
		await expect
			.poll(() => page.locator('dialog[open] [role="option"]').count(), WAIT)
			.toBeGreaterThan(0);
		// The dialog's styles apply (a constructed style sheet, which the policy allows): the browser's
		// own dialog style has square corners.
		expect(
			await page
				.locator('dialog[open]')
				.evaluate((dialog) => getComputedStyle(dialog).borderRadius, undefined, WAIT),
		).not.toBe('0px');
		await page.waitForLoadState('networkidle', WAIT);
		expectClean(expect, watched);
		await page.close();
	});

	it('blocks an injected inline script, so the policy is really enforced', async ({ expect }) => {
		const watched = await watchedPage();
		const { page } = watched;
		await page.goto(server.url, { ...WAIT, waitUntil: 'networkidle' });
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true;';
			document.body.append(script);
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
		await expect.poll(() => watched.violations.length, WAIT).toBeGreaterThan(0);
		expect(watched.violations[0]).toMatch(/^script-src/);
		await page.close();
	});
});

describe('pages whose contributor text contains <style>, <script> and </style>', () => {
	let fixture: StaticServer;
	let outDir: string;

	beforeAll(async () => {
		const contentDir = join(ROOT, 'tests/fixtures/csp-site');
		const build = await buildSite({ name: 'csp-site', contentDir });
		if (build.code !== 0) throw new Error(`csp-site build failed:\n${build.output.slice(-3000)}`);
		outDir = build.outDir;
		fixture = await serveStatic(outDir);
	});
	afterAll(async () => {
		await fixture?.close();
	});

	it.each([
		['the article', 'articles/le-style-des-patrons/', 'Le <style> des patrons'],
		['its edition', 'editions/edition-test/', 'Lettre <style> de test'],
	])(
		'%s keeps the hash of each of its inline styles and loads with no violation',
		async (_, path, text) => {
			// As Astro writes it, with `<` unescaped in attribute values (Chromium's own
			// serialisation, page.content(), would escape it).
			const written = readFileSync(join(outDir, path, 'index.html'), 'utf8');
			expect(written).toContain(`content="${text}`);
			const watched = await watchedPage(fixture.origin);
			const { page } = watched;
			await page.goto(`${fixture.url}${path}`, { ...WAIT, waitUntil: 'networkidle' });
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content', WAIT);
			const styles = await page.locator('style').allTextContents();
			expect(styles.length).toBeGreaterThan(0);
			const styleSrc = policy?.split(';').find((part) => part.trim().startsWith('style-src')) ?? '';
			for (const style of styles) {
				expect(styleSrc).toContain(
					`'sha256-${createHash('sha256').update(style).digest('base64')}'`,
				);
			}
			expectClean(expect, watched);
			await page.close();
		},
	);
});
