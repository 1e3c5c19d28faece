import type { Currency, FigureKind } from '../schemas/figure.ts';
import type { Approx } from '../schemas/primitives.ts';
import { formatDate, formatMonth } from '../i18n/dates.ts';

/** U+00A0, the non-breaking space French typography puts between a number and its unit. */
export const NBSP = '\u00a0';

/** How an amount is qualified: a floor, a ceiling or an estimate (one list, src/schemas/primitives.ts). */
export type { Approx };

/** The fields of a figure that formatting needs (a subset of the frontmatter `figures` item). */
export interface FigureValue {
	amount: number;
	currency?: Currency;
	unit?: string;
	approx?: Approx;
}

/** A figure of the archive, flattened with its article: one row of the figures table. */
export interface FigureRow extends FigureValue {
	/** Stable id: `<article slug>-<index of the figure in the article>`. */
	id: string;
	kind: FigureKind;
	label: string;
	/** `YYYY-MM-DD` or `YYYY-MM`. */
	date: string;
	companies: { id: string; name: string }[];
	article: { id: string; title: string };
}

/** Currency signs; a one-character sign is glued to the multiplier (`M€`), a code is not (`M CHF`). */
const CURRENCY_SIGNS: Record<Currency, string> = {
	EUR: '€',
	USD: '$',
	GBP: '£',
	CHF: 'CHF',
	JPY: '¥',
	CNY: 'CNY',
	KRW: '₩',
	CAD: '$CA',
};

/** Currency names for the long form, singular and plural. */
const CURRENCY_NAMES: Record<Currency, [string, string]> = {
	EUR: ['euro', 'euros'],
	USD: ['dollar', 'dollars'],
	GBP: ['livre sterling', 'livres sterling'],
	CHF: ['franc suisse', 'francs suisses'],
	JPY: ['yen', 'yens'],
	CNY: ['yuan', 'yuans'],
	KRW: ['won', 'wons'],
	CAD: ['dollar canadien', 'dollars canadiens'],
};

/**
 * A currency's French name, plural, as in « montants en dollars ».
 * @example currencyName('EUR') // 'euros'
 */
export function currencyName(currency: Currency): string {
	return CURRENCY_NAMES[currency][1];
}

/** French words for « plus de », « jusqu’à », « environ ». */
export const APPROX_WORDS: Record<Approx, string> = {
	'plus-de': 'plus de',
	'jusqu-a': 'jusqu’à',
	environ: 'environ',
};

const BILLION = 1_000_000_000;
const MILLION = 1_000_000;

/**
 * The magnitudes written in full, with two decimals and French grouping: from a cent to 10^15,
 * the schema's `AMOUNT_MAX` (src/schemas/primitives.ts), so every valid amount of 0.01 or more.
 */
export const FULL_FORM_RANGE = { min: 0.01, max: 1e15 } as const;

const DIGITS = { maximumFractionDigits: 2 } as const;
// fr-FR groups thousands with U+202F (narrow no-break space) and uses a decimal comma.
const numberFormat = new Intl.NumberFormat('fr-FR', DIGITS);
// Outside FULL_FORM_RANGE a number in full would read « 0 » or run to 400 characters.
const scientificFormat = new Intl.NumberFormat('fr-FR', { ...DIGITS, notation: 'scientific' });
const pluralRules = new Intl.PluralRules('fr-FR', DIGITS);

/** Whether a number is written in full: zero, or a magnitude within {@link FULL_FORM_RANGE}. */
function isFullForm(value: number): boolean {
	const size = Math.abs(value);
	return size === 0 || (size >= FULL_FORM_RANGE.min && size <= FULL_FORM_RANGE.max);
}

/**
 * Formats a number the French way: decimal comma, thousands grouped with U+202F, at most two
 * decimals. Total, and short whatever the input: a magnitude outside {@link FULL_FORM_RANGE} (a
 * valid amount under a cent, or a number no valid content holds) is written in scientific
 * notation, `4E-3` or `1,8E308`, rather than « 0 » or 400 digits; zero is `0` (-0 too), NaN is
 * `NaN` and the infinities `∞` and `-∞`, so an impossible number shows as one instead of
 * passing for a plausible amount. Negative numbers keep their sign.
 * @example formatNumber(13888) // '13 888' (with U+202F)
 */
export function formatNumber(value: number): string {
	if (value === 0) return numberFormat.format(0);
	if (Number.isFinite(value) && !isFullForm(value)) return scientificFormat.format(value);
	return numberFormat.format(value);
}

/** Whether the word after a number takes the French plural: from 2 on, as the number reads. */
function isPlural(value: number): boolean {
	// PluralRules rounds as numberFormat does (« 1,999 » reads « 2 euros »), but answers « one »
	// past 2^63 (1e19 and up): numbers not written in full go by their magnitude.
	return isFullForm(value) ? pluralRules.select(value) !== 'one' : !(Math.abs(value) < 2);
}

/** Whether `value` reads as `next` once formatted: 999 999,999 is written « 1 000 000 ». */
function roundsTo(value: number, next: number): boolean {
	return value >= next || numberFormat.format(value) === numberFormat.format(next);
}

/**
 * Splits an amount into a scaled number and its French multiplier (`Md`, `M` or none). The
 * multiplier is chosen on the rounded number (999 999 999,9 is `1 Md`, not `1 000 M`); numbers
 * not written in full get none (`1,8E308`, not `1,8E299 Md`).
 */
function scale(amount: number): { value: number; short: string; long: [string, string] | null } {
	const size = Math.abs(amount);
	if (isFullForm(amount) && roundsTo(size / MILLION, 1000))
		return { value: amount / BILLION, short: 'Md', long: ['milliard', 'milliards'] };
	if (isFullForm(amount) && roundsTo(size, MILLION))
		return { value: amount / MILLION, short: 'M', long: ['million', 'millions'] };
	return { value: amount, short: '', long: null };
}

/**
 * The amount alone, short French form: milliards as `Md`, millions as `M`, the currency sign
 * after the number, a non-breaking space between number and unit. Any number gives a short
 * string: see {@link formatNumber} for those not written in full (`4E-3 €`, `1,8E308 €`).
 * @example formatAmount({ amount: 1.1e9, currency: 'USD' }) // '1,1 Md$'
 * @example formatAmount({ amount: 477, unit: 'pétaflops' }) // '477 pétaflops'
 */
export function formatAmount(figure: FigureValue): string {
	if (!figure.currency)
		return `${formatNumber(figure.amount)}${NBSP}${figure.unit ?? ''}`.trimEnd();
	const sign = CURRENCY_SIGNS[figure.currency];
	const { value, short } = scale(figure.amount);
	const glue = sign.length === 1 || sign === '$CA' ? '' : NBSP;
	return `${formatNumber(value)}${NBSP}${short}${short ? glue : ''}${sign}`;
}

/**
 * The amount in words, for screen readers and tooltips; total like {@link formatAmount}
 * (`1,8E308 euros`).
 * @example formatAmountLong({ amount: 1.1e9, currency: 'USD' }) // '1,1 milliard de dollars'
 * @example formatAmountLong({ amount: 15e6, currency: 'EUR' }) // '15 millions d’euros'
 */
export function formatAmountLong(figure: FigureValue): string {
	if (!figure.currency) return formatAmount(figure);
	const [one, many] = CURRENCY_NAMES[figure.currency];
	const { value, long } = scale(figure.amount);
	// French plural from 2 on (« 1,5 million »); after « million(s) de » the currency is plural.
	const plural = isPlural(value);
	if (!long) return `${formatNumber(value)}${NBSP}${plural ? many : one}`;
	const elision = /^[aeiouy]/i.test(many) ? 'd’' : 'de ';
	return `${formatNumber(value)}${NBSP}${plural ? long[1] : long[0]} ${elision}${many}`;
}

/**
 * The amount with its qualifier, as shown to readers.
 * @example formatFigure({ amount: 2e7, currency: 'USD', approx: 'jusqu-a' }) // 'jusqu’à 20 M$'
 */
export function formatFigure(figure: FigureValue): string {
	const amount = formatAmount(figure);
	return figure.approx ? `${APPROX_WORDS[figure.approx]} ${amount}` : amount;
}

/** {@link formatFigure} in words. @example 'environ 80 milliards de dollars' */
export function formatFigureLong(figure: FigureValue): string {
	const amount = formatAmountLong(figure);
	return figure.approx ? `${APPROX_WORDS[figure.approx]} ${amount}` : amount;
}

/**
 * A figure's date in French: a day or, when only the month is known, the month.
 * @example formatFigureDate('2025-02') // 'février 2025'
 */
export function formatFigureDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	if (day === undefined) return formatMonth(year, month);
	return formatDate(new Date(Date.UTC(year, month - 1, day)));
}

/** The `YYYY-MM` month of a figure's date. */
export function figureMonth(date: string): string {
	return date.slice(0, 7);
}

/** The columns the figures table sorts by. */
export const FIGURE_SORT_KEYS = ['date', 'company', 'kind', 'amount', 'article'] as const;
export type FigureSortKey = (typeof FIGURE_SORT_KEYS)[number];

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The group an amount sorts in: its currency code, or `~` + unit for counts, so every money
 * group comes before the counts. Amounts are never converted between currencies (exchange rates
 * change and the archive has no date-exact rates): they sort by value *within* their currency.
 */
export function amountGroup(figure: FigureValue): string {
	return figure.currency ?? `~${figure.unit ?? ''}`;
}

/** `kindLabel` turns a kind slug into its French label, so kinds sort as readers see them. */
export type KindLabel = (kind: FigureKind) => string;

/** Plain code-unit order (`~` after letters), unlike `localeCompare`. */
function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Tie-break of every sort: newest first, then by id, so the order is stable. */
function tieBreak(a: FigureRow, b: FigureRow): number {
	return b.date.localeCompare(a.date) || a.id.localeCompare(b.id, 'en', { numeric: true });
}

/** Ascending comparator of figure rows on one column alone (0 when equal on that column). */
export function compareFigures(
	key: FigureSortKey,
	kindLabel: KindLabel = (kind) => kind,
): (a: FigureRow, b: FigureRow) => number {
	const companies = (row: FigureRow) => row.companies.map((company) => company.name).join(', ');
	const byColumn: Record<FigureSortKey, (a: FigureRow, b: FigureRow) => number> = {
		date: (a, b) => a.date.localeCompare(b.date),
		company: (a, b) => collator.compare(companies(a), companies(b)),
		kind: (a, b) => collator.compare(kindLabel(a.kind), kindLabel(b.kind)),
		amount: (a, b) => compareCodeUnits(amountGroup(a), amountGroup(b)) || a.amount - b.amount,
		article: (a, b) => collator.compare(a.article.title, b.article.title),
	};
	return byColumn[key];
}

/**
 * Sorts figure rows on one column. Descending reverses the column's order only: rows equal on
 * that column keep the newest-first tie-break either way.
 */
export function sortFigures(
	rows: readonly FigureRow[],
	key: FigureSortKey,
	direction: 'ascending' | 'descending' = 'ascending',
	kindLabel?: KindLabel,
): FigureRow[] {
	const compare = compareFigures(key, kindLabel);
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => sign * compare(a, b) || tieBreak(a, b));
}

/** A row's position (0-based) in each column's ascending and descending orders. */
export type FigureRanks = Record<FigureSortKey, { ascending: number; descending: number }>;

/**
 * Each row's position in every sort order: the table renders these as `data-*` attributes, so
 * the browser re-orders rows with the same comparators as the server, without a copy of them.
 */
export function rankFigures(
	rows: readonly FigureRow[],
	kindLabel?: KindLabel,
): Map<string, FigureRanks> {
	const ranks = new Map<string, FigureRanks>();
	for (const row of rows) {
		const empty = { ascending: 0, descending: 0 };
		ranks.set(row.id, {
			date: { ...empty },
			company: { ...empty },
			kind: { ...empty },
			amount: { ...empty },
			article: { ...empty },
		});
	}
	for (const key of FIGURE_SORT_KEYS) {
		for (const direction of ['ascending', 'descending'] as const) {
			sortFigures(rows, key, direction, kindLabel).forEach((row, index) => {
				ranks.get(row.id)![key][direction] = index;
			});
		}
	}
	return ranks;
}

/** The minimal article shape figures are collected from. */
export interface ArticleWithFigures {
	id: string;
	data: {
		title: string;
		figures: (FigureValue & {
			kind: FigureKind;
			label: string;
			date: string;
			companies: { id: string }[];
		})[];
	};
}

/**
 * Flattens the figures of articles (already newest first) into table rows, newest figure first.
 * `companyName` resolves a company slug to its display name.
 */
export function collectFigures(
	articles: readonly ArticleWithFigures[],
	companyName: (id: string) => string,
): FigureRow[] {
	const rows = articles.flatMap((article) =>
		article.data.figures.map((figure, index) => ({
			id: `${article.id}-${index}`,
			amount: figure.amount,
			...(figure.currency ? { currency: figure.currency } : {}),
			...(figure.unit ? { unit: figure.unit } : {}),
			...(figure.approx ? { approx: figure.approx } : {}),
			kind: figure.kind,
			label: figure.label,
			date: figure.date,
			companies: figure.companies.map((ref) => ({ id: ref.id, name: companyName(ref.id) })),
			article: { id: article.id, title: article.data.title },
		})),
	);
	return sortFigures(rows, 'date', 'descending');
}

/** Groups rows under a key, keeping the input order inside each group and the groups' first-seen order. */
export function groupFigures<K>(
	rows: readonly FigureRow[],
	keyOf: (row: FigureRow) => K,
): Map<K, FigureRow[]> {
	const groups = new Map<K, FigureRow[]>();
	for (const row of rows) {
		const key = keyOf(row);
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	return groups;
}

/** Figures by article id, in the article's own order. */
export function groupFiguresByArticle(rows: readonly FigureRow[]): Map<string, FigureRow[]> {
	const groups = groupFigures(rows, (row) => row.article.id);
	for (const group of groups.values())
		group.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
	return groups;
}

/**
 * Figures by the companies they concern (a figure's own `companies`, not its article's), keeping
 * the input order: newest first when given {@link collectFigures}' rows.
 */
export function groupFiguresByCompany(rows: readonly FigureRow[]): Map<string, FigureRow[]> {
	const groups = new Map<string, FigureRow[]>();
	for (const row of rows) {
		for (const { id } of row.companies) {
			const group = groups.get(id);
			if (group) group.push(row);
			else groups.set(id, [row]);
		}
	}
	return groups;
}

/**
 * The figures of some articles, in the articles' order and each article's own order: the figures
 * of a newsletter edition, item by item. Articles without figures add nothing.
 * @example figuresOfArticles(['a', 'b'], figuresByArticle) // [a-0, a-1, b-0]
 */
export function figuresOfArticles(
	articleIds: readonly string[],
	figuresByArticle: Map<string, FigureRow[]>,
): FigureRow[] {
	return articleIds.flatMap((id) => figuresByArticle.get(id) ?? []);
}

/** The distinct values of a field, in first-seen order: options of the table's filters. */
export function listFigureKinds(rows: readonly FigureRow[]): FigureKind[] {
	return [...new Set(rows.map((row) => row.kind))];
}

/** Currencies present in the rows, by code; `unit` stands for every non-monetary figure. */
export function listFigureCurrencies(rows: readonly FigureRow[]): (Currency | 'unit')[] {
	const codes = [...new Set(rows.map((row) => row.currency ?? 'unit'))];
	return codes.sort((a, b) => (a === 'unit' ? 1 : b === 'unit' ? -1 : a.localeCompare(b)));
}
