import { SEARCH_FILTERS, type SearchFilter } from './records.ts';

/** The URL parameter that carries a result's matched words to its article, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Order of search results: by Pagefind's relevance or newest first. */
export type SearchSort = 'pertinence' | 'date';

/** What a search URL (`/recherche/?q=…&tag=…&tri=…`) asks for. */
export interface SearchState {
	/** The words typed, trimmed; empty when only filters are set. */
	query: string;
	/** Selected values per filter; every filter is present, possibly empty. */
	filters: Record<SearchFilter, string[]>;
	/** The order asked for in the URL, or none (then `getEffectiveSort` decides). */
	sort?: SearchSort;
}

/**
 * Reads a search URL's parameters. Unknown parameters and empty or repeated values are dropped.
 * @example parseSearchParams(new URLSearchParams('q=cloud&tag=Cloud&tri=date'))
 * // { query: 'cloud', filters: { tag: ['Cloud'], entreprise: [], annee: [], edition: [] }, sort: 'date' }
 */
export function parseSearchParams(params: URLSearchParams): SearchState {
	const filters = Object.fromEntries(
		SEARCH_FILTERS.map((name) => [
			name,
			[...new Set(params.getAll(name).map((value) => value.trim()))].filter(Boolean),
		]),
	) as Record<SearchFilter, string[]>;
	const tri = params.get('tri');
	const sort = tri === 'date' || tri === 'pertinence' ? tri : undefined;
	return { query: (params.get('q') ?? '').trim(), filters, ...(sort ? { sort } : {}) };
}

/** Writes a search state as URL parameters, in a stable order (q, filters, tri). */
export function toSearchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const name of SEARCH_FILTERS) {
		for (const value of state.filters[name]) params.append(name, value);
	}
	if (state.sort) params.set('tri', state.sort);
	return params;
}

/** The order to use: the one asked for, else relevance when words are typed, else newest first. */
export function getEffectiveSort(state: SearchState): SearchSort {
	return state.sort ?? (state.query ? 'pertinence' : 'date');
}

/** True when the state selects at least one filter value. */
export function hasFilters(state: SearchState): boolean {
	return SEARCH_FILTERS.some((name) => state.filters[name].length > 0);
}

/**
 * Pagefind's search options for a state: every selected value must match (AND), and the date sort
 * key orders results newest first.
 */
export function toPagefindOptions(state: SearchState): {
	filters: Partial<Record<SearchFilter, string[]>>;
	sort?: { date: 'desc' };
} {
	const filters = Object.fromEntries(
		SEARCH_FILTERS.filter((name) => state.filters[name].length > 0).map((name) => [
			name,
			state.filters[name],
		]),
	);
	return getEffectiveSort(state) === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}
