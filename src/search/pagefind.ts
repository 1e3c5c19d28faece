// Astro integration: builds the Pagefind search index into `<outDir>/pagefind/` after every build,
// through Pagefind's Node API, and serves the last built index to `astro dev`.
// https://pagefind.app/docs/node-api/ and https://docs.astro.build/en/reference/integrations-reference/
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Options of the Pagefind integration. */
export interface PagefindOptions {
	/** Language of every page (ISO 639-1), so one stemmed index is built. @default 'fr' */
	language?: string;
	/**
	 * Files Pagefind reads, relative to the output folder. Only article pages carry
	 * `data-pagefind-body` (src/layouts/ArticleLayout.astro), so reading the list pages too only
	 * costs time: a third of the time Pagefind spends reading pages at 1,000 articles (bench/).
	 * @default 'articles/**\/*.html'
	 */
	glob?: string;
}

const TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.wasm': 'application/wasm',
};

/** Throws with the step that failed and Pagefind's own messages. */
function assertNoErrors(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
	}
}

/** Pages in the written index (files without `data-pagefind-body` are read but not indexed). */
function countIndexedPages(site: string): number {
	const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Set to `1` by scripts/build.ts for its `astro build`: the integration then leaves the index to
 * that script, which builds it with `buildSearchIndex` once Astro has exited.
 */
export const DEFER_ENV = 'VEILLE_PAGEFIND_AFTER_BUILD';

/**
 * Builds the Pagefind index of the site in `site` (an output folder) into `<site>/pagefind/`, and
 * reports `indexed <n> pages in <s> s` through `log`. Throws with Pagefind's messages on failure.
 */
export async function buildSearchIndex(
	site: string,
	{ language = 'fr', glob = 'articles/**/*.html' }: PagefindOptions,
	log: (line: string) => void,
): Promise<void> {
	const started = performance.now();
	const { index, errors } = await createIndex({ forceLanguage: language });
	assertNoErrors('create an index', errors);
	if (!index) throw new Error('Pagefind returned no index');
	const added = await index.addDirectory({ path: site, glob });
	assertNoErrors(`index ${site}`, added.errors);
	const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
	assertNoErrors('write the index', written.errors);
	await close();
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	log(`indexed ${countIndexedPages(site)} pages in ${seconds} s`);
}

/**
 * Indexes the built HTML with Pagefind at `astro:build:done` (or leaves it to scripts/build.ts,
 * see `DEFER_ENV`). Only elements marked
 * `data-pagefind-body` (the article) are indexed, so list pages are never results.
 */
export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
	const language = options.language ?? 'fr';
	const glob = options.glob ?? 'articles/**/*.html';
	let outDir = '';
	let base = '/';
	return {
		name: 'veille:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			// The dev server has no index of its own: it serves the one the last build wrote.
			'astro:server:setup': ({ server, logger }) => {
				const prefix = `${base}pagefind/`;
				const root = join(outDir, 'pagefind');
				if (!existsSync(root)) {
					logger.warn(`no search index in ${root}: run \`npm run build\` once for search in dev`);
				}
				server.middlewares.use((request, response, next) => {
					const pathname = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
					if (!pathname.startsWith(prefix)) return next();
					const file = normalize(join(root, pathname.slice(prefix.length)));
					if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
						return next();
					}
					response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
					createReadStream(file).pipe(response);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				// scripts/build.ts indexes after Astro has exited, so Pagefind's process does not add
				// its memory to Astro's heap at the build's peak.
				if (process.env[DEFER_ENV] === '1') {
					logger.info('search index deferred until Astro exits (scripts/build.ts)');
					return;
				}
				await buildSearchIndex(fileURLToPath(dir), { language, glob }, (line) => logger.info(line));
			},
		},
	};
}
