import { describe, expect, test } from 'vitest';
import type { FigureRow } from '../../../src/figures/figures.ts';
import {
	buildTimeline,
	listTimelineTags,
	type TimelineArticle,
} from '../../../src/archive/timeline.ts';

function article(id: string, date: string, tags: string[]): TimelineArticle {
	return {
		id,
		data: {
			title: id,
			description: '',
			pubDate: new Date(date),
			tags: tags.map((tag) => ({ id: tag })),
		},
	};
}

const articles = [
	article('c', '2025-01-08', ['commerce', 'ia-generative']),
	article('b', '2025-01-01', ['financement']),
	article('a', '2024-12-31T23:30:00Z', ['robotique', 'ia-generative']),
];
const figure = { id: 'b-0', amount: 537e6, currency: 'USD' } as FigureRow;
const labels: Record<string, string> = {
	commerce: 'Commerce',
	'ia-generative': 'IA générative',
	financement: 'Financement',
	robotique: 'Robotique',
};

describe('buildTimeline', () => {
	const timeline = buildTimeline(articles, (id) => labels[id], new Map([['b', [figure]]]));
	test('groups articles by UTC month, newest first', () => {
		expect(
			timeline.map((month) => [month.key, month.items.map((item) => item.article.id)]),
		).toEqual([
			['2025-01', ['c', 'b']],
			['2024-12', ['a']],
		]);
	});
	test('lists every article exactly once', () => {
		const ids = timeline.flatMap((month) => month.items.map((item) => item.article.id));
		expect(ids.sort()).toEqual(['a', 'b', 'c']);
	});
	test('gives each item its tag labels and its figures', () => {
		const [first, second] = timeline[0].items;
		expect(first.tags).toEqual([
			{ id: 'commerce', label: 'Commerce' },
			{ id: 'ia-generative', label: 'IA générative' },
		]);
		expect(first.figures).toEqual([]);
		expect(second.figures).toEqual([figure]);
	});
	test('returns no month for no article', () => {
		expect(buildTimeline([], String, new Map())).toEqual([]);
	});
});

describe('listTimelineTags', () => {
	test('counts each tag once per article and sorts by French label', () => {
		const timeline = buildTimeline(articles, (id) => labels[id], new Map());
		expect(listTimelineTags(timeline)).toMatchInlineSnapshot(`
			[
			  {
			    "count": 1,
			    "id": "commerce",
			    "label": "Commerce",
			  },
			  {
			    "count": 1,
			    "id": "financement",
			    "label": "Financement",
			  },
			  {
			    "count": 2,
			    "id": "ia-generative",
			    "label": "IA générative",
			  },
			  {
			    "count": 1,
			    "id": "robotique",
			    "label": "Robotique",
			  },
			]
		`);
	});
});
