import { describe, expect, test } from 'vitest';
import {
	buildFiguresChart,
	clampToChart,
	formatPowerOfTen,
	layoutBarChart,
	logAxis,
	logScale,
	MAX_TICKS,
	type BarChart,
} from '../../../src/figures/chart.ts';
import { formatFigureDate, type FigureRow } from '../../../src/figures/figures.ts';
import { SITE_FIGURES, siteKindLabel } from './site-figures.ts';

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
function numbersOf(chart: BarChart): number[] {
	return [
		chart.width,
		chart.height,
		chart.gridBottom,
		...chart.ticks.flatMap((tick) => [tick.value, tick.x]),
		...chart.groups.flatMap((group) => [
			group.y,
			...group.bars.flatMap((placed) => [
				placed.x,
				placed.y,
				placed.width,
				placed.height,
				placed.labelY,
				placed.sublabelY,
				placed.valueX,
				placed.valueY,
			]),
		]),
	];
}

describe('layoutBarChart', () => {
	const bar = (id: string, value: number) => ({
		id,
		label: id,
		sublabel: '',
		value,
		valueLabel: id,
	});
	test.each([
		[[1e9], ['200 1~Md', '568 10~Md'], [2]],
		[
			[15e6, 8e10],
			['200 10~M', '292 100~M', '384 1~Md', '476 10~Md', '568 100~Md'],
			[16.2, 359.1],
		],
		[
			[250_000, 3e6],
			['200 100^000', '384 1~M', '568 10~M'],
			[73.2, 271.8],
		],
		[
			[2.5e6, 2.6e6],
			['200 1~M', '568 10~M'],
			[146.4, 152.7],
		],
		[
			[0.5, 40],
			['200 0,1', '322.7 1', '445.3 10', '568 100'],
			[85.7, 319.2],
		],
	])('draws values %o on the ticks %o with bars %o wide', (values, ticks, widths) => {
		const chart = layoutBarChart([
			{ id: 'g', label: 'G', bars: values.map((value, index) => bar(String(index), value)) },
		])!;
		expect(chart.ticks.map((tick) => show(`${tick.x} ${tick.label}`))).toEqual(ticks);
		expect(chart.groups[0].bars.map((placed) => placed.width)).toEqual(widths);
	});
	test.each([
		[[1.7e308], ['200 1^000^000~Md', '568 10^000^000~Md'], [2]],
		[
			[NaN, -3],
			['200 0,01', '568 0,1'],
			[2, 2],
		],
		[
			[NaN, Infinity, 0, -1, 1e-300, 5e-324, Number.MAX_VALUE, 1e15, 15e6],
			[
				'200 0,01',
				'261.3 10',
				'322.7 10^000',
				'384 10~M',
				'445.3 10~Md',
				'506.7 10^000~Md',
				'568 10^000^000~Md',
			],
			[2, 347.6, 2, 2, 2, 2, 347.6, 347.6, 187.6],
		],
	])('draws the extreme values %o on the ticks %o with bars %o wide', (values, ticks, widths) => {
		const chart = layoutBarChart([
			{ id: 'g', label: 'G', bars: values.map((value, index) => bar(String(index), value)) },
		])!;
		expect(chart.ticks.map((tick) => show(`${tick.x} ${tick.label}`))).toEqual(ticks);
		expect(chart.groups[0].bars.map((placed) => placed.width)).toEqual(widths);
		expect(numbersOf(chart).every(Number.isFinite)).toBe(true);
	});
	test('lays out 200,000 bars, more than Math.min(...values) takes, on at most eight ticks', () => {
		const values = Array.from({ length: 200_000 }, (_, index) => 10 ** ((index % 40) - 20));
		const chart = layoutBarChart([
			{ id: 'g', label: 'G', bars: values.map((value, index) => bar(String(index), value)) },
		])!;
		expect(chart.ticks.map((tick) => show(tick.label))).toEqual([
			'0,01',
			'10',
			'10^000',
			'10~M',
			'10~Md',
			'10^000~Md',
			'10^000^000~Md',
		]);
		expect(chart.height).toBe(28 + 30 + 200_000 * 38 + 8);
	});
	test('returns null when there is no bar', () => {
		expect(layoutBarChart([{ id: 'g', label: 'G', bars: [] }])).toBeNull();
	});
	test('draws longer bars for larger values, rows below each other, inside the chart', () => {
		const chart = layoutBarChart([
			{ id: '2024-12', label: 'décembre 2024', bars: [bar('small', 15e6)] },
			{ id: '2025-01', label: 'janvier 2025', bars: [bar('large', 8e10), bar('mid', 537e6)] },
		]);
		expect(chart).not.toBeNull();
		const bars = chart!.groups.flatMap((group) => group.bars);
		const [small, large, mid] = bars;
		expect(small.width).toBeLessThan(mid.width);
		expect(mid.width).toBeLessThan(large.width);
		expect(small.y).toBeLessThan(large.y);
		expect(large.y).toBeLessThan(mid.y);
		for (const placed of bars) {
			expect(placed.x + placed.width).toBeLessThanOrEqual(chart!.plotRight);
			expect(placed.y + placed.height).toBeLessThanOrEqual(chart!.height);
		}
		expect(chart!.ticks.map((tick) => tick.label)).toEqual([
			'10\u00a0M',
			'100\u00a0M',
			'1\u00a0Md',
			'10\u00a0Md',
			'100\u00a0Md',
		]);
		expect(chart!.ticks[0].x).toBe(chart!.plotLeft);
		expect(chart!.ticks.at(-1)!.x).toBe(chart!.plotRight);
	});
});

describe('buildFiguresChart', () => {
	test('draws the chart of the real archive as /chiffres/ shows it', () => {
		const figures = buildFiguresChart(SITE_FIGURES, siteKindLabel, formatFigureDate);
		expect(figures).not.toBeNull();
		const { chart, min, max, ...facts } = figures!;
		expect({ ...facts, min: min.id, max: max.id }).toMatchInlineSnapshot(`
			{
			  "count": 7,
			  "from": "2024-04",
			  "max": "microsoft-80-milliards-centres-de-donnees-0",
			  "min": "italie-amende-openai-chatgpt-0",
			  "to": "2025-02",
			}
		`);
		expect(chart).toMatchInlineSnapshot(`
			{
			  "gridBottom": 414,
			  "gridTop": 22,
			  "groups": [
			    {
			      "bars": [
			        {
			          "height": 14,
			          "id": "coca-cola-microsoft-1-1-milliard-0",
			          "label": "Coca-Cola, Microsoft",
			          "labelY": 74,
			          "sublabel": "Investissement",
			          "sublabelY": 88,
			          "value": 1100000000,
			          "valueLabel": "1,1 Md$",
			          "valueX": 393.8,
			          "valueY": 81,
			          "width": 187.8,
			          "x": 200,
			          "y": 70,
			        },
			      ],
			      "id": "2024-04",
			      "label": "avril 2024",
			      "y": 48,
			    },
			    {
			      "bars": [
			        {
			          "height": 14,
			          "id": "italie-amende-openai-chatgpt-0",
			          "label": "OpenAI",
			          "labelY": 142,
			          "sublabel": "Amende",
			          "sublabelY": 156,
			          "value": 15000000,
			          "valueLabel": "15 M€",
			          "valueX": 222.2,
			          "valueY": 149,
			          "width": 16.2,
			          "x": 200,
			          "y": 138,
			        },
			        {
			          "height": 14,
			          "id": "samsung-rainbow-robotics-0",
			          "label": "Samsung, Rainbow Robotics",
			          "labelY": 180,
			          "sublabel": "Acquisition",
			          "sublabelY": 194,
			          "value": 170000000,
			          "valueLabel": "> 170 M€",
			          "valueX": 319.2,
			          "valueY": 187,
			          "width": 113.2,
			          "x": 200,
			          "y": 176,
			        },
			      ],
			      "id": "2024-12",
			      "label": "décembre 2024",
			      "y": 116,
			    },
			    {
			      "bars": [
			        {
			          "height": 14,
			          "id": "kobold-metals-leve-537-millions-0",
			          "label": "KoBold Metals",
			          "labelY": 248,
			          "sublabel": "Levée de fonds",
			          "sublabelY": 262,
			          "value": 537000000,
			          "valueLabel": "537 M$",
			          "valueX": 365.2,
			          "valueY": 255,
			          "width": 159.2,
			          "x": 200,
			          "y": 244,
			        },
			        {
			          "height": 14,
			          "id": "kobold-metals-leve-537-millions-1",
			          "label": "KoBold Metals",
			          "labelY": 286,
			          "sublabel": "Valorisation",
			          "sublabelY": 300,
			          "value": 2960000000,
			          "valueLabel": "2,96 Md$",
			          "valueX": 433.4,
			          "valueY": 293,
			          "width": 227.4,
			          "x": 200,
			          "y": 282,
			        },
			        {
			          "height": 14,
			          "id": "microsoft-80-milliards-centres-de-donnees-0",
			          "label": "Microsoft",
			          "labelY": 324,
			          "sublabel": "Investissement",
			          "sublabelY": 338,
			          "value": 80000000000,
			          "valueLabel": "≈ 80 Md$",
			          "valueX": 565.1,
			          "valueY": 331,
			          "width": 359.1,
			          "x": 200,
			          "y": 320,
			        },
			      ],
			      "id": "2025-01",
			      "label": "janvier 2025",
			      "y": 222,
			    },
			    {
			      "bars": [
			        {
			          "height": 14,
			          "id": "kalray-offre-data-acceleration-platform-0",
			          "label": "DataCore Software, Kalray",
			          "labelY": 392,
			          "sublabel": "Acquisition",
			          "sublabelY": 406,
			          "value": 20000000,
			          "valueLabel": "≤ 20 M$",
			          "valueX": 233.7,
			          "valueY": 399,
			          "width": 27.7,
			          "x": 200,
			          "y": 388,
			        },
			      ],
			      "id": "2025-02",
			      "label": "février 2025",
			      "y": 366,
			    },
			  ],
			  "height": 422,
			  "plotLeft": 200,
			  "plotRight": 568,
			  "ticks": [
			    {
			      "label": "10 M",
			      "value": 10000000,
			      "x": 200,
			    },
			    {
			      "label": "100 M",
			      "value": 100000000,
			      "x": 292,
			    },
			    {
			      "label": "1 Md",
			      "value": 1000000000,
			      "x": 384,
			    },
			    {
			      "label": "10 Md",
			      "value": 10000000000,
			      "x": 476,
			    },
			    {
			      "label": "100 Md",
			      "value": 100000000000,
			      "x": 568,
			    },
			  ],
			  "width": 640,
			}
		`);
	});
	test('caps the axis and the label of a figure of 1.7e308 added to the real archive', () => {
		const huge: FigureRow = { ...SITE_FIGURES[0]!, id: 'huge-0', amount: 1.7e308 };
		const { chart } = buildFiguresChart([huge, ...SITE_FIGURES], siteKindLabel, formatFigureDate)!;
		expect(chart.ticks.map((tick) => show(`${tick.x} ${tick.label}`))).toEqual([
			'200 10~M',
			'292 1~Md',
			'384 100~Md',
			'476 10^000~Md',
			'568 1^000^000~Md',
		]);
		const bars = chart.groups.flatMap((group) => group.bars);
		expect(show(bars.find((placed) => placed.id === 'huge-0')!.valueLabel)).toBe('≤~1,7E308~$');
		expect(numbersOf(chart).every(Number.isFinite)).toBe(true);
	});
});
