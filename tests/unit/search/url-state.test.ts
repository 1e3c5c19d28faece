import { describe, expect, it } from 'vitest';
import {
	getEffectiveSort,
	hasFilters,
	parseSearchParams,
	toPagefindOptions,
	toSearchParams,
} from '../../../src/search/url-state.ts';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('parseSearchParams', () => {
	it('reads the query, every filter and the order', () => {
		expect(parse('q=+cloud+&tag=Cloud&tag=IA+g%C3%A9n%C3%A9rative&annee=2025&tri=date'))
			.toMatchInlineSnapshot(`
			{
			  "filters": {
			    "annee": [
			      "2025",
			    ],
			    "edition": [],
			    "entreprise": [],
			    "tag": [
			      "Cloud",
			      "IA générative",
			    ],
			  },
			  "query": "cloud",
			  "sort": "date",
			}
		`);
	});

	it('drops unknown orders, empty and repeated values', () => {
		const state = parse('tri=hasard&tag=&tag=Cloud&tag=Cloud&other=1');
		expect(state.sort).toBeUndefined();
		expect(state.filters.tag).toEqual(['Cloud']);
		expect(state.query).toBe('');
	});
});

describe('toSearchParams', () => {
	it('writes back what it reads, in a stable order', () => {
		const query = 'q=robots&tag=Robotique&entreprise=Samsung&edition=E&tri=pertinence';
		expect(toSearchParams(parse(query)).toString()).toBe(query);
	});

	it('writes nothing for an empty search', () => {
		expect(toSearchParams(parse('')).toString()).toBe('');
	});
});

describe('getEffectiveSort', () => {
	it.each([
		['q=cloud', 'pertinence'],
		['tag=Cloud', 'date'],
		['q=cloud&tri=date', 'date'],
		['tri=pertinence', 'pertinence'],
	])('orders « %s » by %s', (query, sort) => {
		expect(getEffectiveSort(parse(query))).toBe(sort);
	});
});

describe('hasFilters', () => {
	it('is true only when a filter value is selected', () => {
		expect(hasFilters(parse('q=cloud'))).toBe(false);
		expect(hasFilters(parse('annee=2024'))).toBe(true);
	});
});

describe('toPagefindOptions', () => {
	it('passes selected filters and the date sort to Pagefind', () => {
		expect(toPagefindOptions(parse('tag=Cloud&tri=date'))).toEqual({
			filters: { tag: ['Cloud'] },
			sort: { date: 'desc' },
		});
	});

	it('leaves the order to Pagefind for relevance', () => {
		expect(toPagefindOptions(parse('q=cloud'))).toEqual({ filters: {} });
	});
});
