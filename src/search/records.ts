import { toIsoDate } from '../i18n/dates.ts';

/** What the search index stores about one article besides its text. */
export interface SearchRecord {
	/** `YYYY-MM-DD`: shown in results and used as the `date` sort key. */
	date: string;
	/** What results show instead of `date` when it is not the date of the facts (listing-date.ts). */
	dateLabel?: string;
	/** Filter values by filter name (`tag`, `entreprise`, `annee`, `edition`), in French. */
	filters: Record<SearchFilter, string[]>;
}

/** The filters every article carries in the index, by the name used in search URLs. */
export const SEARCH_FILTERS = ['tag', 'entreprise', 'annee', 'edition'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** An edition as the search index labels it. */
export interface EditionLabelInput {
	title: string;
	dateLabel: string;
}

/**
 * The filter label of a newsletter edition: its title and date label. Pagefind splits attribute
 * values on commas, so the label uses a dash instead.
 * @example editionToFilterLabel({ title: 'L’essentiel', dateLabel: 'semaine du 6 janvier 2025' })
 * // 'L’essentiel — semaine du 6 janvier 2025'
 */
export function editionToFilterLabel(edition: EditionLabelInput): string {
	return `${edition.title} — ${edition.dateLabel}`;
}

/** Builds the index record of an article from its labels (tags, companies, editions) and date. */
export function getSearchRecord(input: {
	pubDate: Date;
	dateLabel?: string;
	tags: string[];
	companies: string[];
	editions: EditionLabelInput[];
}): SearchRecord {
	return {
		date: toIsoDate(input.pubDate),
		...(input.dateLabel ? { dateLabel: input.dateLabel } : {}),
		filters: {
			tag: input.tags,
			entreprise: input.companies,
			annee: [String(input.pubDate.getUTCFullYear())],
			edition: input.editions.map(editionToFilterLabel),
		},
	};
}
