// Acronyms for the search index. Pagefind lowercases and stems every word, then matches a query as
// the start of indexed words: « CES » is indexed as « ce », like « ce » and « ces », and finds
// « cette » and « centres » too, so a short query matched every article. Case is the only thing
// that tells « CES » from « ces », and only a filter keeps it (filter values are neither lowercased
// nor stemmed). So each indexed page carries the short words it writes in capitals as the filter
// `sigle`, and a short query first asks for the pages whose `sigle` is that word.

/** The Pagefind filter that lists the acronyms a page writes, e.g. `CES`, `IA`, `HPC6`. */
export const ACRONYM_FILTER = 'sigle';

/** Longest acronym kept, and longest query searched as one: longer words match few others. */
export const ACRONYM_MAX_LENGTH = 4;

/** An acronym: capital letters and digits, at least one letter, 2 to ACRONYM_MAX_LENGTH long. */
export const ACRONYM = new RegExp(`^(?=[0-9]*[A-Z])[A-Z0-9]{2,${ACRONYM_MAX_LENGTH}}$`);

/**
 * The acronyms of a text, each once, in order: words of capitals and digits (`CES`, `IA`, `5G`,
 * `HPC6`) up to ACRONYM_MAX_LENGTH characters. A word is a run of letters and digits, so `l’IA`
 * holds `IA` but `CarrefourIA` holds none.
 * @example findAcronyms('Au CES, l’IA et les PC ; CarrefourIA, M€, 2025.') // ['CES', 'IA', 'PC']
 */
export function findAcronyms(text: string): string[] {
	const found = new Set<string>();
	for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
		if (ACRONYM.test(word)) found.add(word);
	}
	return [...found];
}

/**
 * The acronym a query may stand for: a single word of 2 to ACRONYM_MAX_LENGTH letters and digits,
 * in capitals whatever the case typed (readers type « ces » for the CES). Undefined otherwise.
 * @example queryToAcronym(' ces ') // 'CES'
 * @example queryToAcronym('cloud') // undefined
 */
export function queryToAcronym(query: string): string | undefined {
	const word = query.trim().toUpperCase();
	return ACRONYM.test(word) ? word : undefined;
}

/**
 * The options of the acronym search to try first for `query`, with the caller's filters kept:
 * undefined when the query cannot be an acronym. Show its results when it has some, else those of
 * the plain search.
 * @example withAcronymFilter('CES', { filters: { tag: ['Santé'] } })
 * // { filters: { tag: ['Santé'], sigle: ['CES'] } }
 */
export function withAcronymFilter<O extends { filters?: Record<string, string[]> }>(
	query: string,
	options: O,
): O | undefined {
	const acronym = queryToAcronym(query);
	if (!acronym) return undefined;
	return { ...options, filters: { ...options.filters, [ACRONYM_FILTER]: [acronym] } };
}

/**
 * Runs a search as the site does (the dialog, the search page, the build tests): with the acronym
 * filter first when the query may be an acronym, then, if that finds nothing, with the options as
 * given. `search` runs one Pagefind search with the options it is passed; `count` reads how many
 * results a response holds.
 * @example await searchAcronymFirst('CES', {}, (o) => pagefind.search('CES', o), (r) => r.results.length)
 */
export async function searchAcronymFirst<O extends { filters?: Record<string, string[]> }, R>(
	query: string,
	options: O,
	search: (options: O) => Promise<R>,
	count: (response: R) => number,
): Promise<R> {
	const narrowed = withAcronymFilter(query, options);
	if (narrowed) {
		const response = await search(narrowed);
		if (count(response) > 0) return response;
	}
	return search(options);
}
