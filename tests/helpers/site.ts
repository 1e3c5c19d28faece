// The real site, built once per test run by tests/helpers/global-setup.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildPaths } from './build.ts';

/** Output folder of the real site's test build. */
export const SITE_DIR = buildPaths('site').outDir;
/** Output folder of the test build under a sub-path. */
export const SUBPATH_DIR = buildPaths('site-subpath').outDir;
/** The sub-path used by that build. */
export const SUBPATH_BASE = '/veille-ia/';

/** Root-relative paths of every page in the sitemap, plus the 404 page (not listed there). */
export function readSitemapPaths(dir: string): string[] {
	const xml = new XMLParser();
	const index = xml.parse(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'));
	const sitemaps = [index.sitemapindex.sitemap].flat() as { loc: string }[];
	const urls = sitemaps.flatMap(({ loc }) => {
		const file = join(dir, new URL(loc).pathname);
		return [xml.parse(readFileSync(file, 'utf8')).urlset.url].flat() as { loc: string }[];
	});
	return [...urls.map(({ loc }) => new URL(loc).pathname), '/404.html'];
}
