import {
	figureMonth,
	formatAmount,
	formatNumber,
	groupFigures,
	NBSP,
	sortFigures,
	type FigureRow,
	type KindLabel,
} from './figures.ts';

/** One bar of the chart: a positive value with its labels. */
export interface BarInput {
	id: string;
	/** First label line (e.g. the companies). */
	label: string;
	/** Second label line (e.g. the kind of figure). */
	sublabel: string;
	/** A positive value, drawn on a logarithmic scale. */
	value: number;
	/** The value as readers read it, e.g. `1,1 Md$`. */
	valueLabel: string;
}

/** A group of bars under one heading (e.g. a month). */
export interface BarGroupInput {
	id: string;
	label: string;
	bars: BarInput[];
}

/** A bar placed on the chart, in SVG user units. */
export interface PlacedBar extends BarInput {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Baselines of the two label lines and of the value label. */
	labelY: number;
	sublabelY: number;
	valueX: number;
	valueY: number;
}

/** A placed group heading and its bars. */
export interface PlacedGroup {
	id: string;
	label: string;
	y: number;
	bars: PlacedBar[];
}

/** The geometry of a horizontal bar chart on a log scale: what the SVG component draws. */
export interface BarChart {
	width: number;
	height: number;
	/** Left and right ends of the plot area; the bars start at `plotLeft`. */
	plotLeft: number;
	plotRight: number;
	/** Top and bottom of the grid lines. */
	gridTop: number;
	gridBottom: number;
	ticks: { value: number; x: number; label: string }[];
	groups: PlacedGroup[];
}

/** Sizes of the chart, in SVG user units (CSS pixels at scale 1). */
export const CHART_LAYOUT = {
	width: 640,
	labelWidth: 200,
	valueWidth: 72,
	axisHeight: 28,
	groupHeight: 30,
	rowHeight: 38,
	barHeight: 14,
	padding: 8,
} as const;

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
 * Lays out a horizontal bar chart on a log scale: an axis of powers of ten on top, then each
 * group's heading followed by its bars, one row per bar with two label lines on the left and the
 * value after the bar. Returns `null` when there is nothing to draw.
 */
export function layoutBarChart(groups: readonly BarGroupInput[]): BarChart | null {
	const values = groups.flatMap((group) => group.bars.map((bar) => bar.value));
	if (values.length === 0) return null;
	const L = CHART_LAYOUT;
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
	const plotLeft = L.labelWidth;
	const plotRight = L.width - L.valueWidth;
	const scale = logScale(domain, [plotLeft, plotRight]);
	// Every bar ends inside the axis, so its geometry is finite whatever its value; a value over
	// 10^15 ends where 10^15 does, even when the last tick lies beyond.
	const x = (value: number) => scale(clamp(clampToChart(value), domain));

	const ticks: BarChart['ticks'] = axis.ticks.map((value) => ({
		value,
		x: round(scale(value)),
		label: formatPowerOfTen(value),
	}));

	let y = L.axisHeight;
	const placed: PlacedGroup[] = groups.map((group) => {
		const headingY = y + L.groupHeight - 10;
		y += L.groupHeight;
		const bars = group.bars.map((bar) => {
			const top = y + (L.rowHeight - L.barHeight) / 2;
			const right = x(bar.value);
			const placedBar: PlacedBar = {
				...bar,
				x: plotLeft,
				y: round(top),
				// A bar at the domain's floor would vanish: keep it visible.
				width: Math.max(2, round(right - plotLeft)),
				height: L.barHeight,
				labelY: round(y + L.rowHeight / 2 - 3),
				sublabelY: round(y + L.rowHeight / 2 + 11),
				valueX: round(Math.max(right, plotLeft + 2) + 6),
				valueY: round(top + L.barHeight - 3),
			};
			y += L.rowHeight;
			return placedBar;
		});
		return { id: group.id, label: group.label, y: round(headingY), bars };
	});

	return {
		width: L.width,
		height: round(y + L.padding),
		plotLeft,
		plotRight,
		gridTop: L.axisHeight - 6,
		gridBottom: round(y),
		ticks,
		groups: placed,
	};
}

/** Compact signs for qualified amounts on the chart, where space is short. */
const APPROX_SIGNS = { 'plus-de': '>', 'jusqu-a': '≤', environ: '≈' } as const;

/** The chart of the figures page and the facts its text summary states. */
export interface FiguresChart {
	chart: BarChart;
	count: number;
	min: FigureRow;
	max: FigureRow;
	/** First and last month shown, `YYYY-MM`. */
	from: string;
	to: string;
}

/**
 * The figures chart: every monetary figure as a bar on a log scale, grouped by month, oldest
 * first. Counts (units) are left out: they share no scale with money. `null` when no figure has
 * a currency.
 */
export function buildFiguresChart(
	rows: readonly FigureRow[],
	kindLabel: KindLabel,
	monthLabel: (month: string) => string,
): FiguresChart | null {
	const money = sortFigures(
		rows.filter((row) => row.currency !== undefined),
		'date',
	);
	if (money.length === 0) return null;
	const groups = [...groupFigures(money, (row) => figureMonth(row.date))].map(([month, bars]) => ({
		id: month,
		label: monthLabel(month),
		bars: bars.map((row) => ({
			id: row.id,
			label: row.companies.map((company) => company.name).join(', ') || row.article.title,
			sublabel: kindLabel(row.kind),
			value: row.amount,
			valueLabel: `${row.approx ? `${APPROX_SIGNS[row.approx]}${NBSP}` : ''}${formatAmount(row)}`,
		})),
	}));
	const byAmount = [...money].sort((a, b) => a.amount - b.amount);
	return {
		chart: layoutBarChart(groups)!,
		count: money.length,
		min: byAmount[0],
		max: byAmount.at(-1)!,
		from: groups[0].id,
		to: groups.at(-1)!.id,
	};
}
