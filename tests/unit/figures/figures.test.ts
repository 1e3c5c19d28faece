import { describe, expect, test } from 'vitest';
import {
	collectFigures,
	formatAmount,
	formatAmountLong,
	formatFigure,
	formatFigureDate,
	formatFigureLong,
	formatNumber,
	FULL_FORM_RANGE,
	figuresOfArticles,
	groupFigures,
	groupFiguresByArticle,
	groupFiguresByCompany,
	listFigureCurrencies,
	listFigureKinds,
	rankFigures,
	sortFigures,
	type ArticleWithFigures,
	type FigureRow,
	type FigureValue,
} from '../../../src/figures/figures.ts';
import { AMOUNT_MAX } from '../../../src/schemas/primitives.ts';
import { CURRENCIES } from '../../../src/schemas/figure.ts';
import { SITE_FIGURES } from './site-figures.ts';

/** Makes non-breaking spaces visible: U+00A0 as `~`, U+202F as `^`. */
const show = (text: string) => text.replace(/\u00a0/g, '~').replace(/\u202f/g, '^');

describe('formatNumber', () => {
	test.each([
		[1.1, '1,1'],
		[2.96, '2,96'],
		[13888, '13^888'],
		[20_300_000, '20^300^000'],
	])('formats %d as %s (decimal comma, U+202F between thousands)', (value, expected) => {
		expect(show(formatNumber(value))).toBe(expected);
	});
});

describe('formatNumber on numbers no valid content holds', () => {
	test.each([
		[NaN, 'NaN'],
		[Infinity, '∞'],
		[-Infinity, '-∞'],
		[0, '0'],
		[-0, '0'],
		[-5, '-5'],
		[5e-324, '5E-324'],
		[1e-300, '1E-300'],
		[0.004, '4E-3'],
		[0.01, '0,01'],
		[1e15, '1^000^000^000^000^000'],
		[1.0000001e15, '1E15'],
		[1.7e308, '1,7E308'],
		[Number.MAX_VALUE, '1,8E308'],
	])('formats %s as %s', (value, expected) => {
		expect(show(formatNumber(value))).toBe(expected);
	});
	test('writes in full exactly the range the schema accepts from a cent on', () => {
		expect(FULL_FORM_RANGE.max).toBe(AMOUNT_MAX);
	});
});

describe('formatAmount', () => {
	test.each<[FigureValue, string]>([
		[{ amount: 1_100_000_000, currency: 'USD' }, '1,1~Md$'],
		[{ amount: 80_000_000_000, currency: 'USD' }, '80~Md$'],
		[{ amount: 2_960_000_000, currency: 'USD' }, '2,96~Md$'],
		[{ amount: 537_000_000, currency: 'USD' }, '537~M$'],
		[{ amount: 15_000_000, currency: 'EUR' }, '15~M€'],
		[{ amount: 170_000_000, currency: 'EUR' }, '170~M€'],
		[{ amount: 250_000, currency: 'EUR' }, '250^000~€'],
		[{ amount: 3_000_000, currency: 'CHF' }, '3~M~CHF'],
		[{ amount: 477, unit: 'pétaflops' }, '477~pétaflops'],
		[{ amount: 20_300_000, unit: 'personnes' }, '20^300^000~personnes'],
	])('formats %o as %s', (figure, expected) => {
		expect(show(formatAmount(figure))).toBe(expected);
	});
});

describe('formatAmount and formatAmountLong at the edges', () => {
	test.each<[number, string, string, string, string]>([
		[
			1e15,
			'1^000^000~Md€',
			'1^000^000~milliards d’euros',
			'1^000^000~Md~CHF',
			'1^000^000^000^000^000~personnes',
		],
		[0.01, '0,01~€', '0,01~euro', '0,01~CHF', '0,01~personnes'],
		[1e-300, '1E-300~€', '1E-300~euro', '1E-300~CHF', '1E-300~personnes'],
		[5e-324, '5E-324~€', '5E-324~euro', '5E-324~CHF', '5E-324~personnes'],
		[Number.MAX_VALUE, '1,8E308~€', '1,8E308~euros', '1,8E308~CHF', '1,8E308~personnes'],
		[Infinity, '∞~€', '∞~euros', '∞~CHF', '∞~personnes'],
		[NaN, 'NaN~€', 'NaN~euros', 'NaN~CHF', 'NaN~personnes'],
		[0, '0~€', '0~euro', '0~CHF', '0~personnes'],
		[-5e9, '-5~Md€', '-5~milliards d’euros', '-5~Md~CHF', '-5^000^000^000~personnes'],
	])('writes %s as %s, %s, %s and %s', (amount, euros, inWords, francs, count) => {
		expect(show(formatAmount({ amount, currency: 'EUR' }))).toBe(euros);
		expect(show(formatAmountLong({ amount, currency: 'EUR' }))).toBe(inWords);
		expect(show(formatAmount({ amount, currency: 'CHF' }))).toBe(francs);
		expect(show(formatAmount({ amount, unit: 'personnes' }))).toBe(count);
	});
	test('keeps every power of ten a double can hold under 50 characters, in every currency', () => {
		const amounts = [
			...Array.from({ length: 633 }, (_, index) => Number(`1e${index - 324}`)),
			Number.MAX_VALUE,
			Infinity,
			NaN,
		];
		const lengths = amounts.flatMap((amount) =>
			[...CURRENCIES, undefined].flatMap((currency) => {
				const figure: FigureValue = currency
					? { amount, currency, approx: 'jusqu-a' }
					: { amount, unit: 'pétaflops', approx: 'jusqu-a' };
				return [formatFigure(figure).length, formatFigureLong(figure).length];
			}),
		);
		expect(Math.max(...lengths)).toBeLessThan(50);
	});
});

describe('formatAmount and formatAmountLong where rounding changes the words', () => {
	test.each<[number, string, string]>([
		[1.994, '1,99~€', '1,99~euro'],
		[1.999, '2~€', '2~euros'],
		[999_999.994, '999^999,99~€', '999^999,99~euros'],
		[999_999.999, '1~M€', '1~million d’euros'],
		[1_999_999, '2~M€', '2~millions d’euros'],
		[999_994_999, '999,99~M€', '999,99~millions d’euros'],
		[999_999_999.9, '1~Md€', '1~milliard d’euros'],
		[1_996_000_000, '2~Md€', '2~milliards d’euros'],
	])('writes %d as %s and %s, as the rounded number reads', (amount, short, inWords) => {
		expect(show(formatAmount({ amount, currency: 'EUR' }))).toBe(short);
		expect(show(formatAmountLong({ amount, currency: 'EUR' }))).toBe(inWords);
	});
});

describe('formatAmountLong', () => {
	test.each<[FigureValue, string]>([
		[{ amount: 1_100_000_000, currency: 'USD' }, '1,1~milliard de dollars'],
		[{ amount: 80_000_000_000, currency: 'USD' }, '80~milliards de dollars'],
		[{ amount: 15_000_000, currency: 'EUR' }, '15~millions d’euros'],
		[{ amount: 1_000_000, currency: 'EUR' }, '1~million d’euros'],
		[{ amount: 500, currency: 'EUR' }, '500~euros'],
		[{ amount: 477, unit: 'pétaflops' }, '477~pétaflops'],
	])('spells %o as %s', (figure, expected) => {
		expect(show(formatAmountLong(figure))).toBe(expected);
	});
});

describe('formatFigure', () => {
	test.each<[FigureValue, string]>([
		[{ amount: 170_000_000, currency: 'EUR', approx: 'plus-de' }, 'plus de 170~M€'],
		[{ amount: 20_000_000, currency: 'USD', approx: 'jusqu-a' }, 'jusqu’à 20~M$'],
		[{ amount: 80_000_000_000, currency: 'USD', approx: 'environ' }, 'environ 80~Md$'],
		[{ amount: 15_000_000, currency: 'EUR' }, '15~M€'],
	])('qualifies %o as %s', (figure, expected) => {
		expect(show(formatFigure(figure))).toBe(expected);
	});
});

describe('the figures of the real archive', () => {
	test('read the same in short and long form as on /chiffres/', () => {
		expect(
			SITE_FIGURES.map((figure) => [
				figure.id,
				show(formatFigure(figure)),
				show(formatFigureLong(figure)),
			]),
		).toMatchInlineSnapshot(`
			[
			  [
			    "kalray-offre-data-acceleration-platform-0",
			    "jusqu’à 20~M$",
			    "jusqu’à 20~millions de dollars",
			  ],
			  [
			    "microsoft-80-milliards-centres-de-donnees-0",
			    "environ 80~Md$",
			    "environ 80~milliards de dollars",
			  ],
			  [
			    "kobold-metals-leve-537-millions-0",
			    "537~M$",
			    "537~millions de dollars",
			  ],
			  [
			    "kobold-metals-leve-537-millions-1",
			    "2,96~Md$",
			    "2,96~milliards de dollars",
			  ],
			  [
			    "samsung-rainbow-robotics-0",
			    "plus de 170~M€",
			    "plus de 170~millions d’euros",
			  ],
			  [
			    "italie-amende-openai-chatgpt-0",
			    "15~M€",
			    "15~millions d’euros",
			  ],
			  [
			    "eni-hpc6-supercalculateur-0",
			    "477~pétaflops",
			    "477~pétaflops",
			  ],
			  [
			    "coca-cola-microsoft-1-1-milliard-0",
			    "1,1~Md$",
			    "1,1~milliard de dollars",
			  ],
			]
		`);
	});
});

describe('formatFigureDate', () => {
	test('formats a day in UTC', () => {
		expect(show(formatFigureDate('2025-01-01'))).toBe('1er~janvier~2025');
	});
	test('formats a month alone when the day is not known', () => {
		expect(show(formatFigureDate('2025-02'))).toBe('février~2025');
	});
});

function row(partial: Partial<FigureRow> & Pick<FigureRow, 'id' | 'amount' | 'date'>): FigureRow {
	return {
		kind: 'investissement',
		label: partial.id,
		companies: [],
		article: { id: partial.id, title: partial.id },
		...partial,
	};
}

const rows: FigureRow[] = [
	row({ id: 'a-0', amount: 1.1e9, currency: 'USD', date: '2024-04-23', kind: 'investissement' }),
	row({ id: 'b-0', amount: 15e6, currency: 'EUR', date: '2024-12-20', kind: 'amende' }),
	row({ id: 'c-0', amount: 477, unit: 'pétaflops', date: '2024-11-18', kind: 'capacite' }),
	row({ id: 'd-0', amount: 537e6, currency: 'USD', date: '2025-01-01', kind: 'levee-de-fonds' }),
	row({ id: 'd-1', amount: 2.96e9, currency: 'USD', date: '2025-01-01', kind: 'valorisation' }),
	row({ id: 'e-0', amount: 170e6, currency: 'EUR', date: '2024-12-31', kind: 'acquisition' }),
	row({ id: 'f-0', amount: 20e6, currency: 'USD', date: '2025-02', kind: 'acquisition' }),
];
const ids = (list: FigureRow[]) => list.map((item) => item.id);

describe('sortFigures', () => {
	test('sorts by date, newest first, keeping same-day figures in article order', () => {
		expect(ids(sortFigures(rows, 'date', 'descending'))).toEqual([
			'f-0',
			'd-0',
			'd-1',
			'e-0',
			'b-0',
			'c-0',
			'a-0',
		]);
	});
	test('places a month-only date before the days of the next month', () => {
		expect(ids(sortFigures(rows, 'date')).slice(-3)).toEqual(['d-0', 'd-1', 'f-0']);
	});
	test('sorts amounts by value within each currency, currencies by code, counts last', () => {
		expect(ids(sortFigures(rows, 'amount'))).toEqual([
			'b-0',
			'e-0',
			'f-0',
			'd-0',
			'a-0',
			'd-1',
			'c-0',
		]);
	});
	test('reverses the column order when descending', () => {
		expect(ids(sortFigures(rows, 'amount', 'descending'))).toEqual([
			'c-0',
			'd-1',
			'a-0',
			'd-0',
			'f-0',
			'e-0',
			'b-0',
		]);
	});
	test('sorts kinds by their French label when given one', () => {
		const labels = { acquisition: 'Rachat', amende: 'Amende' } as Record<string, string>;
		const sorted = sortFigures(
			rows.filter((item) => ['acquisition', 'amende'].includes(item.kind)),
			'kind',
			'ascending',
			(kind) => labels[kind],
		);
		expect(ids(sorted)).toEqual(['b-0', 'f-0', 'e-0']);
	});
	test('sorts companies with a French collation', () => {
		const named = [
			row({
				id: 'x',
				amount: 1,
				currency: 'EUR',
				date: '2025-01-01',
				companies: [{ id: 'e', name: 'Éni' }],
			}),
			row({
				id: 'y',
				amount: 1,
				currency: 'EUR',
				date: '2025-01-01',
				companies: [{ id: 'd', name: 'Dell' }],
			}),
			row({
				id: 'z',
				amount: 1,
				currency: 'EUR',
				date: '2025-01-01',
				companies: [{ id: 'f', name: 'Fnac' }],
			}),
		];
		expect(ids(sortFigures(named, 'company'))).toEqual(['y', 'x', 'z']);
	});
	test('does not change its input', () => {
		const copy = [...rows];
		sortFigures(rows, 'amount');
		expect(rows).toEqual(copy);
	});
});

describe('rankFigures', () => {
	test('gives every row its position in each order', () => {
		const ranks = rankFigures(rows);
		expect(ranks.get('f-0')?.date).toEqual({ ascending: 6, descending: 0 });
		expect(ranks.get('c-0')?.amount).toEqual({ ascending: 6, descending: 0 });
		const positions = [...ranks.values()].map((rank) => rank.kind.ascending).sort();
		expect(positions).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});
});

describe('collectFigures', () => {
	const articles: ArticleWithFigures[] = [
		{
			id: 'kobold',
			data: {
				title: 'KoBold',
				figures: [
					{
						amount: 537e6,
						currency: 'USD',
						kind: 'levee-de-fonds',
						label: 'Levée',
						date: '2025-01-01',
						companies: [{ id: 'kobold-metals' }],
					},
					{
						amount: 2.96e9,
						currency: 'USD',
						kind: 'valorisation',
						label: 'Valorisation',
						date: '2025-01-01',
						companies: [],
					},
				],
			},
		},
		{ id: 'empty', data: { title: 'Sans chiffre', figures: [] } },
		{
			id: 'eni',
			data: {
				title: 'Eni',
				figures: [
					{
						amount: 477,
						unit: 'pétaflops',
						kind: 'capacite',
						label: 'HPC6',
						date: '2024-11-18',
						companies: [{ id: 'eni' }],
					},
				],
			},
		},
	];
	test('flattens every figure with its article and company names, newest first', () => {
		const collected = collectFigures(articles, (id) => id.toUpperCase());
		expect(
			collected.map((item) => [item.id, item.article.title, item.companies.map((c) => c.name)]),
		).toEqual([
			['kobold-0', 'KoBold', ['KOBOLD-METALS']],
			['kobold-1', 'KoBold', []],
			['eni-0', 'Eni', ['ENI']],
		]);
		expect(collected[2]).not.toHaveProperty('currency');
	});
});

describe('groupFigures', () => {
	test('groups rows by a key in first-seen order', () => {
		const groups = groupFigures(rows, (item) => item.date.slice(0, 7));
		expect([...groups.keys()]).toEqual(['2024-04', '2024-12', '2024-11', '2025-01', '2025-02']);
		expect(ids(groups.get('2024-12') ?? [])).toEqual(['b-0', 'e-0']);
	});
	test('groups rows by article in the article’s order', () => {
		const article = { id: 'd', title: 'D' };
		const list = [
			row({ id: 'd-10', amount: 1, currency: 'EUR', date: '2025-01-01', article }),
			row({ id: 'd-2', amount: 1, currency: 'EUR', date: '2025-01-01', article }),
		];
		expect(ids(groupFiguresByArticle(list).get('d') ?? [])).toEqual(['d-2', 'd-10']);
	});
});

describe('groupFiguresByCompany', () => {
	test('files each figure under every company it concerns, newest first, none for no company', () => {
		const groups = groupFiguresByCompany(SITE_FIGURES);
		const outline = Object.fromEntries([...groups].map(([company, list]) => [company, ids(list)]));
		expect(outline).toMatchInlineSnapshot(`
			{
			  "coca-cola": [
			    "coca-cola-microsoft-1-1-milliard-0",
			  ],
			  "datacore": [
			    "kalray-offre-data-acceleration-platform-0",
			  ],
			  "eni": [
			    "eni-hpc6-supercalculateur-0",
			  ],
			  "kalray": [
			    "kalray-offre-data-acceleration-platform-0",
			  ],
			  "kobold-metals": [
			    "kobold-metals-leve-537-millions-0",
			    "kobold-metals-leve-537-millions-1",
			  ],
			  "microsoft": [
			    "microsoft-80-milliards-centres-de-donnees-0",
			    "coca-cola-microsoft-1-1-milliard-0",
			  ],
			  "openai": [
			    "italie-amende-openai-chatgpt-0",
			  ],
			  "rainbow-robotics": [
			    "samsung-rainbow-robotics-0",
			  ],
			  "samsung": [
			    "samsung-rainbow-robotics-0",
			  ],
			}
		`);
		const orphan = row({
			id: 'z-0',
			amount: 1,
			currency: 'EUR',
			date: '2025-01-01',
			companies: [],
		});
		expect([...groupFiguresByCompany([orphan]).keys()]).toEqual([]);
	});
});

describe('figuresOfArticles', () => {
	test('lists the figures article by article, in the order asked, each article in its own order', () => {
		const byArticle = groupFiguresByArticle(SITE_FIGURES);
		expect(
			ids(
				figuresOfArticles(
					[
						'kobold-metals-leve-537-millions',
						'leboncoin-sans-chiffre',
						'eni-hpc6-supercalculateur',
					],
					byArticle,
				),
			),
		).toEqual([
			'kobold-metals-leve-537-millions-0',
			'kobold-metals-leve-537-millions-1',
			'eni-hpc6-supercalculateur-0',
		]);
	});
});

describe('listFigureKinds and listFigureCurrencies', () => {
	test('lists each kind once', () => {
		expect(listFigureKinds(rows)).toEqual([
			'investissement',
			'amende',
			'capacite',
			'levee-de-fonds',
			'valorisation',
			'acquisition',
		]);
	});
	test('lists currencies by code, non-monetary figures last', () => {
		expect(listFigureCurrencies(rows)).toEqual(['EUR', 'USD', 'unit']);
	});
});
