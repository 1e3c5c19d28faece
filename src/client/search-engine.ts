// Browser module: loads Pagefind's search API from the built index on first use and turns its
// results into plain data for the search dialog and the search page.
import { fill, type UiKeysStartingWith } from '../i18n/t.ts';
import { formatDate } from '../i18n/dates.ts';
import { searchAcronymFirst, withAcronymFilter } from '../search/acronyms.ts';
import { excerptToSegments, toFrenchApostrophes, type ExcerptSegment } from '../search/excerpt.ts';
import { HIGHLIGHT_PARAM } from '../search/url-state.ts';

/** The part of Pagefind's `pagefind.js` API this site uses. https://pagefind.app/docs/api/ */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, options?: object): Promise<PagefindResponse>;
	filters(): Promise<FilterCounts>;
	preload(query: string, options?: object): Promise<void>;
}

/** Result count per value, per filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
	results: { id: string; data(): Promise<PagefindData> }[];
	/** Counts of the results left if each value were added to the current filters. */
	filters: FilterCounts;
}

interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}

/** One result, ready to display. */
export interface SearchResult {
	url: string;
	title: string;
	/** French date, e.g. « 8 janvier 2025 », or the source's (« Source : semaine du … »). */
	date: string;
	/** `YYYY-MM-DD`, for `<time datetime>`. */
	isoDate: string;
	tags: string[];
	excerpt: ExcerptSegment[];
}

/** Base path of the site (`/` or a sub-path such as `/veille-ia/`), from Vite at build time. */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's search module, downloaded and set up once per page. */
export function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
		// noWorker: the worker script doubles the JavaScript downloaded, for little gain here.
		await module.options({
			baseUrl: BASE,
			highlightParam: HIGHLIGHT_PARAM,
			excerptLength: 24,
			noWorker: true,
		});
		await module.init();
		return module;
	})();
	pagefind.catch(() => (pagefind = undefined));
	return pagefind;
}

/** Search options as the dialog and the search page pass them (src/search/url-state.ts). */
export interface SearchOptions {
	filters?: Record<string, string[]>;
	sort?: Record<string, 'asc' | 'desc'>;
}

/** Searches started, so that a search knows when a later one replaced it. */
let searches = 0;

/**
 * Searches the archive for `query`: a short word first as an acronym (the pages that write it in
 * capitals, see src/search/acronyms.ts), else, or when that finds nothing, as words. Resolves with
 * null when a later call replaced this one; with `debounceMs`, it first waits that long, loading
 * the index chunks meanwhile, as Pagefind's own `debouncedSearch` does.
 */
export async function searchArchive(
	pagefind: Pagefind,
	query: string,
	options: SearchOptions = {},
	debounceMs = 0,
): Promise<PagefindResponse | null> {
	const id = ++searches;
	if (debounceMs > 0) {
		void pagefind.preload(query, withAcronymFilter(query, options) ?? options);
		await new Promise((resolve) => setTimeout(resolve, debounceMs));
		if (id !== searches) return null;
	}
	const response = await searchAcronymFirst(
		query,
		options,
		(attempt) => pagefind.search(query, attempt),
		(found) => found.results.length,
	);
	return id === searches ? response : null;
}

/** Loads the data of results `start` to `end` (excluded). */
export async function loadResults(
	response: PagefindResponse,
	start: number,
	end: number,
): Promise<SearchResult[]> {
	const data = await Promise.all(response.results.slice(start, end).map((result) => result.data()));
	return data.map(({ url, excerpt, meta, filters }) => {
		const isoDate = meta.date ?? '';
		return {
			url,
			title: toFrenchApostrophes(meta.title ?? url),
			isoDate,
			// The source's date, said as such, when the facts have none (src/archive/listing-date.ts).
			date: meta.dateLabel ?? (isoDate ? formatDate(new Date(isoDate)) : ''),
			tags: filters.tag ?? [],
			excerpt: excerptToSegments(excerpt),
		};
	});
}

/**
 * The strings of the search status line (`search.status.*`): the search page passes those its
 * HTML carries (see `pickStrings`), so its bundle leaves fr.ts out.
 */
export type StatusStrings = Record<UiKeysStartingWith<'search.status.'>, string>;

/** The sentence announcing a result count, with or without a query. */
export function statusText(count: number, query: string, strings: StatusStrings): string {
	const form = count === 0 ? 'none' : count === 1 ? 'one' : 'other';
	return query
		? fill(strings[`search.status.${form}`], { count, query })
		: fill(strings[`search.status.filtered.${form}`], { count });
}

/** Builds the date, tags and excerpt of a result, shared by the dialog and the page. */
export function renderResultBody(result: SearchResult): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const meta = document.createElement('p');
	meta.className = 'result-meta';
	if (result.isoDate) {
		const time = document.createElement('time');
		time.dateTime = result.isoDate;
		time.textContent = result.date;
		meta.append(time);
	}
	if (result.tags.length > 0) {
		const tags = document.createElement('span');
		tags.textContent = result.tags.join(' · ');
		meta.append(' — ', tags);
	}
	const excerpt = document.createElement('p');
	excerpt.className = 'result-excerpt';
	for (const segment of result.excerpt) {
		if (segment.marked) {
			const mark = document.createElement('mark');
			mark.textContent = segment.text;
			excerpt.append(mark);
		} else excerpt.append(segment.text);
	}
	fragment.append(meta, excerpt);
	return fragment;
}
