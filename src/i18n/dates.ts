const LOCALE = 'fr-FR';
/** U+00A0: a date is never broken across lines (src/i18n/typography.ts has the whole table). */
const NBSP = '\u00a0';

// Marked pure so that browser bundles leave out the formatters they do not use.
const dayFormat = /* @__PURE__ */ new Intl.DateTimeFormat(LOCALE, {
	timeZone: 'UTC',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
});
const monthFormat = /* @__PURE__ */ new Intl.DateTimeFormat(LOCALE, {
	timeZone: 'UTC',
	month: 'long',
	year: 'numeric',
});
const monthNameFormat = /* @__PURE__ */ new Intl.DateTimeFormat(LOCALE, {
	timeZone: 'UTC',
	month: 'long',
});

/**
 * Formats a date the French way, in UTC so the day never shifts with the build machine's zone; the
 * first of the month is written « 1er » (plain text: FormattedDate.astro sets it in superscript),
 * and the parts are joined by no-break spaces (U+00A0).
 * @example formatDate(new Date('2025-01-01')) // '1er janvier 2025' (with U+00A0)
 */
export function formatDate(date: Date): string {
	const text = dayFormat.format(date).replace(/\s/g, NBSP);
	return date.getUTCDate() === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

/** `YYYY-MM-DD` of a date in UTC, for `<time datetime>` and feeds. */
export function toIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The UTC year of a date. */
export function getYear(date: Date): number {
	return date.getUTCFullYear();
}

/** The UTC month of a date, 1 to 12. */
export function getMonth(date: Date): number {
	return date.getUTCMonth() + 1;
}

/** Two-digit month, as used in archive URLs. @example padMonth(1) // '01' */
export function padMonth(month: number): string {
	return String(month).padStart(2, '0');
}

// One rule for month names, as French writes them: a month inside a sentence or a date is
// lowercase (« les articles de janvier 2025 », « février 2025 » in a table of dates); a month that
// stands alone as a label (a heading, a link to its page, a breadcrumb, a chart group) starts with a
// capital (« Janvier 2025 »). The capital is in the text itself, never added by CSS, so search,
// feeds and screen readers see what readers see.

/**
 * Month and year in French, for running text and dates, joined by a no-break space (U+00A0).
 * @example formatMonth(2025, 1) // 'janvier 2025' (with U+00A0)
 */
export function formatMonth(year: number, month: number): string {
	return monthFormat.format(Date.UTC(year, month - 1, 1)).replace(/\s/g, NBSP);
}

/**
 * Month and year as a label standing alone: headings, links to a month, chart groups.
 * @example formatMonthHeading(2025, 1) // 'Janvier 2025' (with U+00A0)
 */
export function formatMonthHeading(year: number, month: number): string {
	return capitalise(formatMonth(year, month));
}

/** The month's French name as a label, for breadcrumbs. @example monthName(1) // 'Janvier' */
export function monthName(month: number): string {
	return capitalise(monthNameFormat.format(Date.UTC(2000, month - 1, 1)));
}

/**
 * A date written in words as a label standing alone, first letter capitalised (the rule above).
 * @example capitalise('semaine du 6 janvier 2025') // 'Semaine du 6 janvier 2025'
 */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
