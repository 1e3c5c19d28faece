import { describe, expect, it } from 'vitest';
import { toListSections, type MonthGrouping } from '../../../src/archive/listing.ts';

const article = (id: string, date: string) => ({
	id,
	data: { title: id, pubDate: new Date(date), tags: [], companies: [], draft: false },
});

const january = [article('c', '2025-01-08'), article('b', '2025-01-03')];
const twoMonths = [...january, article('a', '2024-12-20')];

/** Sections as `heading → href: ids`, or `(no heading): ids`; U+00A0 shown as `~`. */
const outline = (sections: ReturnType<typeof toListSections>) =>
	sections.map(({ month, articles }) =>
		[
			month
				? `${month.label.replace(/\u00a0/g, '~')} → ${month.href} (${month.datetime})`
				: '(no heading)',
			articles.map((entry) => entry.id).join(' '),
		].join(': '),
	);

describe('toListSections', () => {
	it.each<[MonthGrouping, string[]]>([
		['always', ['Janvier~2025 → /archives/2025/01/ (2025-01): c b']],
		['when-several', ['(no heading): c b']],
		['never', ['(no heading): c b']],
	])('with %s, puts a list of one month under %o', (grouping, expected) => {
		expect(outline(toListSections(january, grouping))).toEqual(expected);
	});

	it.each<[MonthGrouping, string[]]>([
		[
			'always',
			[
				'Janvier~2025 → /archives/2025/01/ (2025-01): c b',
				'Décembre~2024 → /archives/2024/12/ (2024-12): a',
			],
		],
		[
			'when-several',
			[
				'Janvier~2025 → /archives/2025/01/ (2025-01): c b',
				'Décembre~2024 → /archives/2024/12/ (2024-12): a',
			],
		],
		['never', ['(no heading): c b a']],
	])('with %s, puts a list spanning two months under %o', (grouping, expected) => {
		expect(outline(toListSections(twoMonths, grouping))).toEqual(expected);
	});

	it('returns no section for no article', () => {
		expect(toListSections([], 'always')).toEqual([]);
	});
});
