// Pagefind's own browser module (`<outDir>/pagefind/pagefind.js`) run in Node against a built site:
// real queries over the real index, with Node's fetch reading the files from a local server.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic, type StaticServer } from './serve.ts';

/** One search result with its loaded data. */
export interface SearchHit {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export interface SearchResponse {
	hits: SearchHit[];
	/** Remaining results per filter value, given the current filters. */
	filters: Record<string, Record<string, number>>;
}

export interface PagefindClient {
	search(
		query: string | null,
		options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<SearchResponse>;
	/** Every filter value in the index, with its page count. */
	filters(): Promise<Record<string, Record<string, number>>>;
	close(): Promise<void>;
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string | null,
		options?: object,
	): Promise<{
		results: { data(): Promise<SearchHit> }[];
		filters: Record<string, Record<string, number>>;
	}>;
	filters(): Promise<Record<string, Record<string, number>>>;
	destroy(): Promise<void>;
}

/** Loads the index of `outDir` (a site built under `base`) into Pagefind's search module. */
export async function openIndex(outDir: string, base = '/'): Promise<PagefindClient> {
	const server: StaticServer = await serveStatic(outDir, base);
	// A query string gives each call a fresh module instance, so several indexes can be open.
	const url = `${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?${Date.now()}`;
	const pagefind = (await import(url)) as PagefindModule;
	await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: base });
	await pagefind.init();
	return {
		async search(query, options = {}) {
			const response = await pagefind.search(query, options);
			return {
				hits: await Promise.all(response.results.map((result) => result.data())),
				filters: response.filters,
			};
		},
		filters: () => pagefind.filters(),
		async close() {
			await pagefind.destroy();
			await server.close();
		},
	};
}
