import { FIGURE_KINDS, type Currency, type FigureKind } from '../schemas/figure.ts';
import {
	figureMonth,
	formatAmount,
	formatFigureLong,
	formatNumber,
	groupFigures,
	listFigureCurrencies,
	NBSP,
	sortFigures,
	type FigureRow,
} from './figures.ts';

/** One bar of a chart: a positive value, drawn on a logarithmic scale. */
export interface BarInput {
	id: string;
	value: number;
}

/** A group of bars under one heading (e.g. a month). */
export interface BarGroupInput<B extends BarInput> {
	id: string;
	label: string;
	bars: B[];
}

/** A bar placed on the chart: its length, in percent of the plot's width. */
export type PlacedBar<B extends BarInput> = B & { width: number };

/** A placed group: its heading and its bars. */
export interface PlacedGroup<B extends BarInput> {
	id: string;
	label: string;
	bars: PlacedBar<B>[];
}

/** A tick of the axis: its value, position (percent of the plot's width) and label. */
export interface AxisTick {
	value: number;
	x: number;
	label: string;
	/** How the label sits on its tick, so the first and last labels stay inside the plot. */
	anchor: 'start' | 'middle' | 'end';
}

/**
 * A horizontal bar chart on a log scale, in percent of the plot's width: the component draws it
 * at any width (bars and ticks scale, labels keep their size), so nothing is cut off at 320 px.
 */
export interface BarChart<B extends BarInput> {
	ticks: AxisTick[];
	groups: PlacedGroup<B>[];
}

/** The shortest bar, in percent of the plot: a value at the axis' floor stays visible. */
export const MIN_BAR_WIDTH = 0.5;

/**
 * The values the chart can place, as powers of ten: from a cent (`10^-2`, the precision of
 * formatted amounts) to `10^15` (the schema's `AMOUNT_MAX`). Values outside are drawn at the
 * nearest end, so the axis stays finite whatever number reaches it.
 */
export const CHART_EXPONENTS = { min: -2, max: 15 } as const;

/**
 * Most ticks on the axis. Eight keeps every span of up to seven decades at one tick a power of
 * ten; wider spans put a tick every 2, 3… powers of ten, so labels do not overlap.
 */
export const MAX_TICKS = 8;

/** The domain of a log scale and its ticks, at most {@link MAX_TICKS}, all finite and positive. */
export interface LogAxis {
	domain: [number, number];
	ticks: number[];
}

/** Brings a value into `[low, high]`; NaN, which fails every comparison, lands on `low`. */
function clamp(value: number, [low, high]: readonly [number, number]): number {
	return value >= high ? high : value >= low ? value : low;
}

/**
 * A value brought into the chart's range: NaN, zero, negatives and values under 10^-2 become
 * 10^-2; values over 10^15 (Infinity included) become 10^15.
 */
export function clampToChart(value: number): number {
	return clamp(value, [10 ** CHART_EXPONENTS.min, 10 ** CHART_EXPONENTS.max]);
}

/**
 * The powers of ten around a range and the ticks between them: the log scale's axis. Bounded
 * whatever the input: both ends are first brought into {@link CHART_EXPONENTS} (a range spans
 * 1 to 17 decades), and ticks are a precomputed array of at most {@link MAX_TICKS}; the upper end
 * is pushed up to the last tick when ticks are more than a decade apart.
 * @example logAxis(15e6, 8e10) // { domain: [1e7, 1e11], ticks: [1e7, 1e8, 1e9, 1e10, 1e11] }
 */
export function logAxis(min: number, max: number): LogAxis {
	const ends = [clampToChart(min), clampToChart(max)].sort((a, b) => a - b);
	const lowExponent = Math.floor(Math.log10(ends[0]!));
	const decades = Math.max(1, Math.ceil(Math.log10(ends[1]!)) - lowExponent);
	const step = Math.ceil(decades / (MAX_TICKS - 1));
	const ticks = Array.from(
		{ length: Math.ceil(decades / step) + 1 },
		(_, index) => 10 ** (lowExponent + index * step),
	);
	return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}

/** Maps a value of `[low, high]` onto `[left, right]` on a base-10 logarithmic scale. */
export function logScale(
	[low, high]: [number, number],
	[left, right]: [number, number],
): (value: number) => number {
	const span = Math.log10(high) - Math.log10(low);
	return (value) => left + ((Math.log10(value) - Math.log10(low)) / span) * (right - left);
}

/**
 * A power of ten in French short form: `1 M`, `100 M`, `1 Md`; smaller values in full.
 * @example formatPowerOfTen(1e10) // '10 Md' (with U+00A0)
 */
export function formatPowerOfTen(value: number): string {
	if (value >= 1e9) return `${formatNumber(value / 1e9)}${NBSP}Md`;
	if (value >= 1e6) return `${formatNumber(value / 1e6)}${NBSP}M`;
	return formatNumber(value);
}

/** Rounds to one decimal, so the SVG markup stays short and stable. */
function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * Lays out a horizontal bar chart on a log scale: an axis of powers of ten, labelled by
 * `tickLabel` (with the unit, e.g. `1 Md$`), and each group's bars as lengths in percent of the
 * plot's width. Returns `null` when there is nothing to draw.
 */
export function layoutBarChart<B extends BarInput>(
	groups: readonly BarGroupInput<B>[],
	tickLabel: (value: number) => string = formatPowerOfTen,
): BarChart<B> | null {
	const values = groups.flatMap((group) => group.bars.map((bar) => bar.value));
	if (values.length === 0) return null;
	// One pass rather than Math.min(...values): spreading 200,000 values overflows the stack.
	// NaN, zero and negatives have no place on a log scale: they do not stretch the axis.
	let [min, max] = [Infinity, -Infinity];
	for (const value of values) {
		if (!(value > 0)) continue;
		min = Math.min(min, value);
		max = Math.max(max, value);
	}
	// With no drawable value at all, the axis is the first decade of the chart's range.
	const axis = min <= max ? logAxis(min, max) : logAxis(0, 0);
	const { domain } = axis;
	const scale = logScale(domain, [0, 100]);
	// Every bar ends inside the axis, so its length is finite whatever its value; a value over
	// 10^15 ends where 10^15 does, even when the last tick lies beyond.
	const x = (value: number) => scale(clamp(clampToChart(value), domain));
	const last = axis.ticks.length - 1;
	return {
		ticks: axis.ticks.map((value, index) => ({
			value,
			x: round(scale(value)),
			label: tickLabel(value),
			anchor: index === 0 ? 'start' : index === last ? 'end' : 'middle',
		})),
		groups: groups.map((group) => ({
			id: group.id,
			label: group.label,
			bars: group.bars.map((bar) => ({
				...bar,
				width: Math.max(MIN_BAR_WIDTH, round(x(bar.value))),
			})),
		})),
	};
}

/** Compact signs for qualified amounts on the chart, where space is short. */
const APPROX_SIGNS = { 'plus-de': '>', 'jusqu-a': '≤', environ: '≈' } as const;

/** A bar of the figures chart: one monetary figure. */
export interface FigureBar extends BarInput {
	/** The companies, or the article's title when the figure names none. */
	label: string;
	kind: FigureKind;
	/** The short amount with a compact qualifier, e.g. `≈ 80 Md$`. */
	valueLabel: string;
	/** The amount in words, e.g. `environ 80 milliards de dollars`. */
	valueLong: string;
}

/** One currency's chart: amounts in different currencies never share an axis. */
export interface CurrencyChart {
	currency: Currency;
	chart: BarChart<FigureBar>;
	count: number;
	min: FigureRow;
	max: FigureRow;
	/** First and last month shown, `YYYY-MM`. */
	from: string;
	to: string;
}

/** The chart of the figures page: a panel per currency, and the kinds its legend explains. */
export interface FiguresChart {
	panels: CurrencyChart[];
	/** The kinds drawn, in the schema's order: the legend. */
	kinds: FigureKind[];
	count: number;
}

/**
 * The figures chart: every monetary figure as a bar on a log scale, one panel per currency (the
 * archive converts no amount: exchange rates change, and dollars and euros on one axis would
 * compare what was never converted), grouped by month, oldest first. Counts (units) are left out:
 * they share no scale with money. `null` when no figure has a currency.
 */
export function buildFiguresChart(
	rows: readonly FigureRow[],
	monthLabel: (month: string) => string,
): FiguresChart | null {
	const money = sortFigures(
		rows.filter((row) => row.currency !== undefined),
		'date',
	);
	if (money.length === 0) return null;
	const panels = listFigureCurrencies(money).map((code) => {
		const currency = code as Currency;
		const own = money.filter((row) => row.currency === currency);
		const groups = [...groupFigures(own, (row) => figureMonth(row.date))].map(([month, list]) => ({
			id: month,
			label: monthLabel(month),
			bars: list.map((row) => ({
				id: row.id,
				value: row.amount,
				label: row.companies.map((company) => company.name).join(', ') || row.article.title,
				kind: row.kind,
				valueLabel: `${row.approx ? `${APPROX_SIGNS[row.approx]}${NBSP}` : ''}${formatAmount(row)}`,
				valueLong: formatFigureLong(row),
			})),
		}));
		const byAmount = [...own].sort((a, b) => a.amount - b.amount);
		return {
			currency,
			chart: layoutBarChart(groups, (value) => formatAmount({ amount: value, currency }))!,
			count: own.length,
			min: byAmount[0]!,
			max: byAmount.at(-1)!,
			from: groups[0]!.id,
			to: groups.at(-1)!.id,
		};
	});
	const drawn = new Set(money.map((row) => row.kind));
	return {
		panels,
		kinds: FIGURE_KINDS.filter((kind) => drawn.has(kind)),
		count: money.length,
	};
}
