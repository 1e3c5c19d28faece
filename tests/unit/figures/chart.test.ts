import { describe, expect, test } from 'vitest';
import {
	buildFiguresChart,
	clampToChart,
	formatPowerOfTen,
	layoutBarChart,
	logAxis,
	logScale,
	MAX_TICKS,
	MIN_BAR_WIDTH,
	type BarChart,
	type BarInput,
} from '../../../src/figures/chart.ts';
import { formatFigureDate, type FigureRow } from '../../../src/figures/figures.ts';
import { SITE_FIGURES } from './site-figures.ts';

/** Makes non-breaking spaces visible: U+00A0 as `~`, U+202F as `^`. */
const show = (text: string) => text.replace(/\u00a0/g, '~').replace(/\u202f/g, '^');

describe('logAxis', () => {
	test.each([
		[15e6, 8e10, [1e7, 1e11]],
		[1e6, 1e6, [1e6, 1e7]],
		[3, 40, [1, 100]],
	])('spans %d..%d with the powers of ten %o', (min, max, expected) => {
		expect(logAxis(min, max).domain).toEqual(expected);
	});
	test.each([
		[1e5, 1e12, [1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12]],
		[1e5, 1e13, [1e5, 1e7, 1e9, 1e11, 1e13]],
		[1, 1e15, [1, 1e3, 1e6, 1e9, 1e12, 1e15]],
		[8e10, 15e6, [1e7, 1e8, 1e9, 1e10, 1e11]],
	])('puts the ticks of %d..%d at %o (one per decade up to seven decades)', (min, max, ticks) => {
		expect(logAxis(min, max).ticks).toEqual(ticks);
	});
	test.each([
		[Number.MAX_VALUE, Number.MAX_VALUE, [1e15, 1e16]],
		[1.7e308, 1.7e308, [1e15, 1e16]],
		[Infinity, Infinity, [1e15, 1e16]],
		[1e15, 1e15, [1e15, 1e16]],
		[1, 1.7e308, [1, 1e3, 1e6, 1e9, 1e12, 1e15]],
		[NaN, NaN, [0.01, 0.1]],
		[0, 0, [0.01, 0.1]],
		[-5, -1, [0.01, 0.1]],
		[5e-324, 1, [0.01, 0.1, 1]],
		[NaN, 1e9, [0.01, 1, 100, 1e4, 1e6, 1e8, 1e10]],
		[1e-300, 1e15, [0.01, 10, 1e4, 1e7, 1e10, 1e13, 1e16]],
		[-Infinity, Infinity, [0.01, 10, 1e4, 1e7, 1e10, 1e13, 1e16]],
	])('brings %s..%s into a finite axis with the ticks %o', (min, max, ticks) => {
		const axis = logAxis(min, max);
		expect(axis.ticks).toEqual(ticks);
		expect(axis.domain).toEqual([ticks[0], ticks.at(-1)]);
		expect(axis.ticks.length).toBeLessThanOrEqual(MAX_TICKS);
	});
});

describe('clampToChart', () => {
	test.each([
		[NaN, 0.01],
		[-Infinity, 0.01],
		[-1, 0.01],
		[0, 0.01],
		[5e-324, 0.01],
		[1e-300, 0.01],
		[0.01, 0.01],
		[537e6, 537e6],
		[1e15, 1e15],
		[Number.MAX_VALUE, 1e15],
		[Infinity, 1e15],
	])('draws %s as %d', (value, expected) => {
		expect(clampToChart(value)).toBe(expected);
	});
});

describe('logScale', () => {
	test('places each power of ten at an equal step', () => {
		const x = logScale([1e6, 1e9], [0, 300]);
		expect([1e6, 1e7, 1e8, 1e9].map((value) => Math.round(x(value)))).toEqual([0, 100, 200, 300]);
	});
});

describe('formatPowerOfTen', () => {
	test.each([
		[1e7, '10\u00a0M'],
		[1e9, '1\u00a0Md'],
		[1e11, '100\u00a0Md'],
		[1000, '1\u202f000'],
		[0.01, '0,01'],
		[1e16, '10\u202f000\u202f000\u00a0Md'],
	])('labels %d as %s', (value, expected) => {
		expect(formatPowerOfTen(value)).toBe(expected);
	});
});

/** Every number of a chart's geometry (bar values excepted: they are the input). */
function numbersOf(chart: BarChart<BarInput>): number[] {
	return [
		...chart.ticks.flatMap((tick) => [tick.value, tick.x]),
		...chart.groups.flatMap((group) => group.bars.map((placed) => placed.width)),
	];
}

/** A chart of one group holding `values`. */
const chartOf = (values: number[], tickLabel?: (value: number) => string) =>
	layoutBarChart(
		[{ id: 'g', label: 'G', bars: values.map((value, index) => ({ id: String(index), value })) }],
		tickLabel,
	)!;

/** Ticks as `x label`, with visible non-breaking spaces. */
const ticksOf = (chart: BarChart<BarInput>) =>
	chart.ticks.map((tick) => show(`${tick.x} ${tick.label}`));

describe('layoutBarChart', () => {
	test.each([
		[[1e9], ['0 1~Md', '100 10~Md'], [MIN_BAR_WIDTH]],
		[
			[15e6, 8e10],
			['0 10~M', '25 100~M', '50 1~Md', '75 10~Md', '100 100~Md'],
			[4.4, 97.6],
		],
		[
			[250_000, 3e6],
			['0 100^000', '50 1~M', '100 10~M'],
			[19.9, 73.9],
		],
		[
			[2.5e6, 2.6e6],
			['0 1~M', '100 10~M'],
			[39.8, 41.5],
		],
		[
			[0.5, 40],
			['0 0,1', '33.3 1', '66.7 10', '100 100'],
			[23.3, 86.7],
		],
	])(
		'draws values %o on the ticks %o (percent of the plot) with bars %o wide',
		(values, ticks, widths) => {
			const chart = chartOf(values);
			expect(ticksOf(chart)).toEqual(ticks);
			expect(chart.groups[0].bars.map((placed) => placed.width)).toEqual(widths);
		},
	);
	test.each([
		[[1.7e308], ['0 1^000^000~Md', '100 10^000^000~Md'], [MIN_BAR_WIDTH]],
		[
			[NaN, -3],
			['0 0,01', '100 0,1'],
			[MIN_BAR_WIDTH, MIN_BAR_WIDTH],
		],
		[
			[NaN, Infinity, 0, -1, 1e-300, 5e-324, Number.MAX_VALUE, 1e15, 15e6],
			[
				'0 0,01',
				'16.7 10',
				'33.3 10^000',
				'50 10~M',
				'66.7 10~Md',
				'83.3 10^000~Md',
				'100 10^000^000~Md',
			],
			[0.5, 94.4, 0.5, 0.5, 0.5, 0.5, 94.4, 94.4, 51],
		],
	])('draws the extreme values %o on the ticks %o with bars %o wide', (values, ticks, widths) => {
		const chart = chartOf(values);
		expect(ticksOf(chart)).toEqual(ticks);
		expect(chart.groups[0].bars.map((placed) => placed.width)).toEqual(widths);
		expect(numbersOf(chart).every(Number.isFinite)).toBe(true);
	});
	test('lays out 200,000 bars, more than Math.min(...values) takes, on at most eight ticks', () => {
		const values = Array.from({ length: 200_000 }, (_, index) => 10 ** ((index % 40) - 20));
		const chart = chartOf(values);
		expect(chart.ticks.map((tick) => show(tick.label))).toEqual([
			'0,01',
			'10',
			'10^000',
			'10~M',
			'10~Md',
			'10^000~Md',
			'10^000^000~Md',
		]);
		expect(chart.groups[0].bars).toHaveLength(200_000);
	});
	test('returns null when there is no bar', () => {
		expect(layoutBarChart([{ id: 'g', label: 'G', bars: [] }])).toBeNull();
	});
	test('draws longer bars for larger values, inside the plot, its first and last labels inside too', () => {
		const chart = layoutBarChart([
			{ id: '2024-12', label: 'Décembre 2024', bars: [{ id: 'small', value: 15e6 }] },
			{
				id: '2025-01',
				label: 'Janvier 2025',
				bars: [
					{ id: 'large', value: 8e10 },
					{ id: 'mid', value: 537e6 },
				],
			},
		])!;
		const [small, large, mid] = chart.groups.flatMap((group) => group.bars);
		expect(small.width).toBeLessThan(mid.width);
		expect(mid.width).toBeLessThan(large.width);
		for (const placed of [small, large, mid]) expect(placed.width).toBeLessThanOrEqual(100);
		expect(chart.ticks.map((tick) => `${tick.x} ${tick.anchor}`)).toEqual([
			'0 start',
			'25 middle',
			'50 middle',
			'75 middle',
			'100 end',
		]);
	});
	test('labels the ticks with the unit it is given', () => {
		const chart = chartOf([15e6, 8e10], (value) => `${value} $`);
		expect(chart.ticks.map((tick) => tick.label)).toEqual([
			'10000000 $',
			'100000000 $',
			'1000000000 $',
			'10000000000 $',
			'100000000000 $',
		]);
	});
});

/** A chart's panels as `currency: tick labels` and `month: label kind width valueLabel`. */
function outline(chart: ReturnType<typeof buildFiguresChart>) {
	return chart!.panels.map((panel) => ({
		currency: panel.currency,
		facts: `${panel.count} from ${panel.min.id} to ${panel.max.id}, ${panel.from} to ${panel.to}`,
		ticks: show(panel.chart.ticks.map((tick) => `${tick.x} ${tick.label}`).join(' | ')),
		groups: panel.chart.groups.map((group) => ({
			[show(group.label)]: group.bars.map((bar) =>
				show(`${bar.label} · ${bar.kind} · ${bar.width} · ${bar.valueLabel} · ${bar.valueLong}`),
			),
		})),
	}));
}

describe('buildFiguresChart', () => {
	test('draws the chart of the real archive as /chiffres/ shows it: one axis per currency', () => {
		const chart = buildFiguresChart(SITE_FIGURES, formatFigureDate);
		expect(chart!.count).toBe(7);
		expect(chart!.kinds).toEqual([
			'investissement',
			'levee-de-fonds',
			'valorisation',
			'acquisition',
			'amende',
		]);
		expect(outline(chart)).toMatchInlineSnapshot(`
			[
			  {
			    "currency": "EUR",
			    "facts": "2 from italie-amende-openai-chatgpt-0 to samsung-rainbow-robotics-0, 2024-12 to 2024-12",
			    "groups": [
			      {
			        "décembre~2024": [
			          "OpenAI · amende · 8.8 · 15~M€ · 15~millions d’euros",
			          "Samsung, Rainbow Robotics · acquisition · 61.5 · >~170~M€ · plus de 170~millions d’euros",
			        ],
			      },
			    ],
			    "ticks": "0 10~M€ | 50 100~M€ | 100 1~Md€",
			  },
			  {
			    "currency": "USD",
			    "facts": "5 from kalray-offre-data-acceleration-platform-0 to microsoft-80-milliards-centres-de-donnees-0, 2024-04 to 2025-02",
			    "groups": [
			      {
			        "avril~2024": [
			          "Coca-Cola, Microsoft · investissement · 51 · 1,1~Md$ · 1,1~milliard de dollars",
			        ],
			      },
			      {
			        "janvier~2025": [
			          "KoBold Metals · levee-de-fonds · 43.2 · 537~M$ · 537~millions de dollars",
			          "KoBold Metals · valorisation · 61.8 · 2,96~Md$ · 2,96~milliards de dollars",
			          "Microsoft · investissement · 97.6 · ≈~80~Md$ · environ 80~milliards de dollars",
			        ],
			      },
			      {
			        "février~2025": [
			          "DataCore Software, Kalray · acquisition · 7.5 · ≤~20~M$ · jusqu’à 20~millions de dollars",
			        ],
			      },
			    ],
			    "ticks": "0 10~M$ | 25 100~M$ | 50 1~Md$ | 75 10~Md$ | 100 100~Md$",
			  },
			]
		`);
	});
	test('puts every bar on the axis of its own currency, never two currencies on one axis', () => {
		const { panels } = buildFiguresChart(SITE_FIGURES, formatFigureDate)!;
		for (const panel of panels) {
			const sign = panel.currency === 'EUR' ? '€' : '$';
			expect(panel.chart.ticks.every((tick) => tick.label.endsWith(sign))).toBe(true);
			const ids = panel.chart.groups.flatMap((group) => group.bars.map((bar) => bar.id));
			const currencies = ids.map((id) => SITE_FIGURES.find((row) => row.id === id)!.currency);
			expect(new Set(currencies)).toEqual(new Set([panel.currency]));
		}
	});
	test('leaves out figures without a currency, and returns null when none has one', () => {
		const counts = SITE_FIGURES.filter((row) => row.unit !== undefined);
		expect(counts.length).toBeGreaterThan(0);
		expect(buildFiguresChart(counts, formatFigureDate)).toBeNull();
	});
	test('caps the axis and the label of a figure of 1.7e308 added to the real archive', () => {
		const huge: FigureRow = { ...SITE_FIGURES[0]!, id: 'huge-0', amount: 1.7e308 };
		const { panels } = buildFiguresChart([huge, ...SITE_FIGURES], formatFigureDate)!;
		const usd = panels.find((panel) => panel.currency === huge.currency)!;
		expect(ticksOf(usd.chart)).toMatchInlineSnapshot(`
			[
			  "0 10~M$",
			  "25 1~Md$",
			  "50 100~Md$",
			  "75 10^000~Md$",
			  "100 1^000^000~Md$",
			]
		`);
		const bars = usd.chart.groups.flatMap((group) => group.bars);
		expect(show(bars.find((placed) => placed.id === 'huge-0')!.valueLabel)).toBe('≤~1,7E308~$');
		expect(numbersOf(usd.chart).every(Number.isFinite)).toBe(true);
	});
});
