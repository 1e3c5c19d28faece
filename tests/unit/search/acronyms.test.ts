import { describe, expect, it } from 'vitest';
import {
	findAcronyms,
	queryToAcronym,
	searchAcronymFirst,
	withAcronymFilter,
} from '../../../src/search/acronyms.ts';

describe('findAcronyms', () => {
	it('returns each word of two to four capitals or digits once, in order of appearance', () => {
		expect(findAcronyms('Au CES, des PC et HPC6 ; le CES encore, la 5G.')).toEqual([
			'CES',
			'PC',
			'HPC6',
			'5G',
		]);
	});

	it('finds an acronym after an elision, whichever apostrophe', () => {
		expect(findAcronyms("l’IA d'AMD")).toEqual(['IA', 'AMD']);
	});

	it.each([
		['a capital inside a word', 'CarrefourIA, OpenAI'],
		['a single capital', 'À Las Vegas, M€'],
		['digits only', '2025, 15'],
		['a word of five capitals or more', 'NVIDIA, RGPDX'],
		['a lowercase word', 'ces, ia'],
	])('finds none in %s', (_, text) => {
		expect(findAcronyms(text)).toEqual([]);
	});
});

describe('queryToAcronym', () => {
	it.each([
		['CES', 'CES'],
		['ces', 'CES'],
		[' Ia ', 'IA'],
		['hpc6', 'HPC6'],
	])('reads « %s » as the acronym %s', (query, acronym) => {
		expect(queryToAcronym(query)).toBe(acronym);
	});

	it.each([['a'], ['cloud'], ['CES 2025'], ['l’IA'], ['2025'], ['éco'], ['']])(
		'reads « %s » as no acronym',
		(query) => {
			expect(queryToAcronym(query)).toBeUndefined();
		},
	);
});

describe('withAcronymFilter', () => {
	it('adds the acronym filter to the options, keeping their filters and sort', () => {
		expect(
			withAcronymFilter('ces', { filters: { tag: ['Santé'] }, sort: { date: 'desc' } }),
		).toEqual({ filters: { tag: ['Santé'], sigle: ['CES'] }, sort: { date: 'desc' } });
	});

	it('adds a filter to options that have none', () => {
		expect(withAcronymFilter('IA', {})).toEqual({ filters: { sigle: ['IA'] } });
	});

	it('returns undefined for a query that cannot be an acronym', () => {
		expect(withAcronymFilter('supercalculateur', { filters: {} })).toBeUndefined();
	});
});

describe('searchAcronymFirst', () => {
	/** A search that finds `found` results for the options it is given, and records them. */
	const recording = (found: (options: object) => number) => {
		const calls: object[] = [];
		const search = async (options: object) => {
			calls.push(options);
			return { count: found(options) };
		};
		return { calls, search };
	};

	it('returns the acronym search when it finds something, without a second search', async () => {
		const { calls, search } = recording(() => 1);
		expect(await searchAcronymFirst('CES', {}, search, (r) => r.count)).toEqual({ count: 1 });
		expect(calls).toEqual([{ filters: { sigle: ['CES'] } }]);
	});

	it('searches with the options as given when the acronym search finds nothing', async () => {
		const { calls, search } = recording((options) => ('filters' in options ? 0 : 3));
		expect(await searchAcronymFirst('eau', {}, search, (r) => r.count)).toEqual({ count: 3 });
		expect(calls).toEqual([{ filters: { sigle: ['EAU'] } }, {}]);
	});

	it('searches only with the options as given for a query that cannot be an acronym', async () => {
		const { calls, search } = recording(() => 2);
		await searchAcronymFirst('cloud', { filters: { tag: ['Cloud'] } }, search, (r) => r.count);
		expect(calls).toEqual([{ filters: { tag: ['Cloud'] } }]);
	});
});
