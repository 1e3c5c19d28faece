import { describe, expect, it } from 'vitest';
import {
	getNeighbours,
	getPublishedArticles,
	getRelatedArticles,
	groupByReference,
	groupByYearAndMonth,
	sortByDateDesc,
	type ArticleLike,
} from '../../../src/archive/grouping.ts';

function article(
	id: string,
	date: string,
	tags: string[],
	extra: Partial<ArticleLike['data']> = {},
) {
	return {
		id,
		data: {
			title: id.toUpperCase(),
			pubDate: new Date(date),
			tags: tags.map((tag) => ({ id: tag })),
			companies: [],
			draft: false,
			...extra,
		},
	};
}

const a = article('a', '2024-04-23', ['cloud', 'ia']);
const b = article('b', '2024-12-20', ['ia', 'regulation']);
const c = article('c', '2025-01-03', ['cloud', 'ia', 'data']);
const d = article('d', '2025-01-08', ['commerce']);
const e = article('e', '2025-01-08', ['ia']);
const sorted = sortByDateDesc([a, b, c, d, e]);

describe('sortByDateDesc', () => {
	it('puts the newest first and breaks ties by title', () => {
		expect(sorted.map((x) => x.id)).toEqual(['d', 'e', 'c', 'b', 'a']);
	});

	it('does not change its input', () => {
		const input = [a, c];
		sortByDateDesc(input);
		expect(input).toEqual([a, c]);
	});
});

describe('getPublishedArticles', () => {
	const draft = article('z', '2025-01-01', ['ia'], { draft: true });

	it('leaves drafts out', () => {
		expect(getPublishedArticles([a, draft]).map((x) => x.id)).toEqual(['a']);
	});

	it('keeps drafts when asked (dev server)', () => {
		expect(getPublishedArticles([a, draft], true)).toHaveLength(2);
	});
});

describe('groupByYearAndMonth', () => {
	it('groups by year then month, newest first, with counts', () => {
		const years = groupByYearAndMonth(sorted);
		expect(
			years.map((year) => ({
				year: year.year,
				count: year.count,
				months: year.months.map((month) => [month.month, month.articles.map((x) => x.id)]),
			})),
		).toEqual([
			{ year: 2025, count: 3, months: [[1, ['d', 'e', 'c']]] },
			{
				year: 2024,
				count: 2,
				months: [
					[12, ['b']],
					[4, ['a']],
				],
			},
		]);
	});

	it('returns no groups for no articles', () => {
		expect(groupByYearAndMonth([])).toEqual([]);
	});
});

describe('groupByReference', () => {
	it('lists the articles under each tag in input order', () => {
		const groups = groupByReference(sorted, 'tags');
		expect(groups.get('ia')?.map((x) => x.id)).toEqual(['e', 'c', 'b', 'a']);
		expect(groups.get('commerce')?.map((x) => x.id)).toEqual(['d']);
		expect(groups.has('unknown')).toBe(false);
	});
});

describe('getNeighbours', () => {
	it('gives the older article as prev and the newer as next', () => {
		const neighbours = getNeighbours(sorted);
		expect(neighbours.get('c')?.prev?.id).toBe('b');
		expect(neighbours.get('c')?.next?.id).toBe('e');
		expect(neighbours.get('d')?.next).toBeUndefined();
		expect(neighbours.get('a')?.prev).toBeUndefined();
	});
});

describe('getRelatedArticles', () => {
	const related = getRelatedArticles(sorted);

	it('ranks by shared tags, then by nearest date', () => {
		// a shares cloud+ia with c (2), ia with b and e (1 each; b is nearer in time).
		expect(related.get('a')?.map((x) => x.id)).toEqual(['c', 'b', 'e']);
	});

	it('never lists the article itself and keeps at most four', () => {
		for (const [id, list] of related) {
			expect(list.map((x) => x.id)).not.toContain(id);
			expect(list.length).toBeLessThanOrEqual(4);
		}
	});

	it('tops up with the nearest articles by date when too few share a tag', () => {
		// d shares no tag with anyone: its two nearest by date are e (same day) and c.
		expect(related.get('d')?.map((x) => x.id)).toEqual(['e', 'c']);
	});
});
