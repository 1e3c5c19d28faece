// The Pagefind search index: `buildSearchIndex` writes it into `<outDir>/pagefind/` through
// Pagefind's Node API; scripts/build.ts (`npm run build`, the one way the site is built) calls it
// once Astro has exited, so Pagefind's process never adds its memory to Astro's heap at the build's
// peak. The integration serves the last built index to `astro dev`.
// https://pagefind.app/docs/node-api/ and https://docs.astro.build/en/reference/integrations-reference/
import {
	createReadStream,
	existsSync,
	globSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
} from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { contentTypeOf } from '../urls/content-type.ts';
import { preparePageForIndex } from './index-page.ts';

/**
 * Word positions per index chunk (Pagefind's `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, 20,000 by
 * default). A first query downloads the chunks its word's prefix reaches, and the chunk list: at
 * 5,000 articles, 20,000 cost up to 216 KB for a word in 9 % of the articles, 7,500 at most
 * 157.8 KB for the bench's words in at most 15 % of the articles and 204 KB for « données »
 * (README, "Search"). Sizes on either side, 12,500 and 5,000, each put a word over 170 KB.
 */
export const INDEX_CHUNK_SIZE = 7_500;

/** The environment variable through which Pagefind 1.6 reads its chunk size (undocumented). */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pages prepared at once: enough to keep the disk busy while Node rewrites pages. */
const CONCURRENT_PAGES = 8;

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
	/**
	 * Word positions per index chunk. An explicit `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` in the
	 * environment wins, so the benchmark can compare sizes.
	 * @default INDEX_CHUNK_SIZE
	 */
	indexChunkSize?: number;
}

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
 * Starts Pagefind's process with `chunkSize` in its environment: the Node API spawns it on its
 * first call, with this process's environment, and reads no chunk size of its own.
 */
async function createChunkedIndex(language: string, chunkSize: number): Promise<PagefindIndex> {
	const previous = process.env[CHUNK_SIZE_VARIABLE];
	process.env[CHUNK_SIZE_VARIABLE] = previous ?? String(chunkSize);
	try {
		const { index, errors } = await createIndex({ forceLanguage: language });
		assertNoErrors('create an index', errors);
		if (!index) throw new Error('Pagefind returned no index');
		return index;
	} finally {
		if (previous === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
	}
}

/**
 * Writes each built page as src/search/index-page.ts prepares it into `folder`, at the same path,
 * so that Pagefind gives it the page's URL. Pagefind reads a folder with all its threads, where
 * `addHTMLFile` takes pages one by one through its process's pipe, a third slower at 5,000
 * articles (README, "Performance").
 */
async function preparePages(site: string, files: readonly string[], folder: string) {
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const file = files[next++]!;
			const html = await readFile(join(site, file), 'utf8');
			await mkdir(dirname(join(folder, file)), { recursive: true });
			await writeFile(join(folder, file), preparePageForIndex(html));
		}
	};
	await Promise.all(Array.from({ length: CONCURRENT_PAGES }, worker));
}

/**
 * Builds the Pagefind index of the site in `site` (an output folder) into `<site>/pagefind/`, and
 * reports `indexed <n> pages in <s> s` through `log`. Throws with Pagefind's messages on failure.
 * Only elements marked `data-pagefind-body` (the article) are indexed, so list pages are never
 * results; the index is French, so one stemmed index is built. Pagefind reads each page as
 * `preparePageForIndex` rewrites it (French apostrophes, acronyms), from a temporary folder; the
 * site's files do not change.
 */
export async function buildSearchIndex(
	site: string,
	{
		language = 'fr',
		glob = 'articles/**/*.html',
		indexChunkSize = INDEX_CHUNK_SIZE,
	}: PagefindOptions,
	log: (line: string) => void,
): Promise<void> {
	const started = performance.now();
	const prepared = mkdtempSync(join(tmpdir(), 'veille-search-pages-'));
	try {
		const index = await createChunkedIndex(language, indexChunkSize);
		await preparePages(site, globSync(glob, { cwd: site }).sort(), prepared);
		const added = await index.addDirectory({ path: prepared });
		assertNoErrors(`index ${site}`, added.errors);
		const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
		assertNoErrors('write the index', written.errors);
	} finally {
		await close();
		rmSync(prepared, { recursive: true, force: true });
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	log(`indexed ${countIndexedPages(site)} pages in ${seconds} s`);
}

/** Serves the last built index to the dev server, which has none of its own. */
export default function pagefind(): AstroIntegration {
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
					response.setHeader('content-type', contentTypeOf(file));
					createReadStream(file).pipe(response);
				});
			},
		},
	};
}
