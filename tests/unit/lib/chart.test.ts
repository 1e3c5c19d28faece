import { describe, expect, test } from 'vitest';
import { formatPowerOfTen, layoutBarChart, logDomain, logScale } from '../../../src/lib/chart.ts';

describe('logDomain', () => {
	test.each([
		[15e6, 8e10, [1e7, 1e11]],
		[1e6, 1e6, [1e6, 1e7]],
		[3, 40, [1, 100]],
	])('spans %d..%d with the powers of ten %o', (min, max, expected) => {
		expect(logDomain(min, max)).toEqual(expected);
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
	])('labels %d as %s', (value, expected) => {
		expect(formatPowerOfTen(value)).toBe(expected);
	});
});

describe('layoutBarChart', () => {
	const bar = (id: string, value: number) => ({
		id,
		label: id,
		sublabel: '',
		value,
		valueLabel: id,
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
