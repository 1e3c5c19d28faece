// The building blocks every content schema shares: slugs, URLs, dates, text limits. Each format is
// defined once here; the schemas, the open-data schema and the content pipeline import it.
import { z } from 'astro/zod';

/** A slug: lowercase ASCII letters and digits joined by single hyphens, e.g. `ia-generative`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A day as written in content: `YYYY-MM-DD`. */
export const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A month as written in content: `YYYY-MM`. */
export const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** A day or a month, `YYYY-MM-DD` or `YYYY-MM`. */
const DAY_OR_MONTH_PATTERN = /^\d{4}-\d{2}(?:-\d{2})?$/;

/**
 * The same formats as the published JSON Schema states them (/api/schema.json), months and days
 * in range; the content's own checks go further (real calendar dates, src/schemas/primitives.ts).
 */
export const JSON_DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const JSON_DAY_OR_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** The earliest year a date in the archive may have: the archive covers AI in business since 1990. */
export const FIRST_YEAR = 1990;

/** How far ahead a figure's date may be (a planned investment), in years. */
export const FIGURE_YEARS_AHEAD = 10;

/** Longest headline, in characters. */
export const TITLE_MAX = 160;

/** Longest label or name (tags, companies, figures, publications), in characters. */
export const LABEL_MAX = 160;

/** Longest one-paragraph text (standfirst, verification claim or fact, descriptions), in characters. */
export const PARAGRAPH_MAX = 400;

/** Largest figure amount: 10^15 (a million billion) is beyond any amount the archive reports. */
export const AMOUNT_MAX = 1e15;

/** Qualifiers of an approximate figure: a floor, a ceiling or an estimate. */
export const APPROX_VALUES = ['plus-de', 'jusqu-a', 'environ'] as const;

export type Approx = (typeof APPROX_VALUES)[number];

/** What the date rules compare with. Content checks pass a fixed day; the build passes now. */
export interface DateBounds {
	/** Today, compared in UTC: the latest day most dates may have. */
	today: Date;
}

/** Midnight UTC of a date's day. */
function startOfDay(date: Date): number {
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * The UTC date of a `YYYY-MM-DD` or `YYYY-MM` string when it names a real calendar day or month
 * (2025-02-30 does not), else `undefined`.
 * @example parseCalendarDate('2025-01-08') // Date 2025-01-08T00:00:00Z
 */
export function parseCalendarDate(value: string): Date | undefined {
	const match = DAY_PATTERN.exec(value) ?? MONTH_PATTERN.exec(value);
	if (!match) return undefined;
	const [year, month, day = 1] = match.slice(1).map(Number) as [number, number, number?];
	const date = new Date(0);
	// setUTCFullYear, unlike Date.UTC, does not read years 0 to 99 as 1900 to 1999.
	date.setUTCFullYear(year, month - 1, day);
	const real =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return real ? date : undefined;
}

/**
 * A date written as a string in one of `formats`, naming a real calendar date between 1 January
 * 1990 and `latest` (inclusive). Every date of the content goes through here, so a bare number
 * (`20250108`), a two-digit year, `2025-02-30` or a year-1 date is refused with the same words.
 */
function calendarDateSchema(formats: 'day' | 'day-or-month', latest: () => number, what: string) {
	const written = formats === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM-DD (or "YYYY-MM" for a month)';
	const expected = `expected a date written ${written}, e.g. 2025-01-08`;
	return z.string({ error: expected }).superRefine((value, ctx) => {
		if (!(formats === 'day' ? DAY_PATTERN : DAY_OR_MONTH_PATTERN).test(value)) {
			ctx.addIssue({ code: 'custom', message: `"${value}" is not a date: ${expected}` });
			return;
		}
		const date = parseCalendarDate(value);
		if (!date) {
			ctx.addIssue({
				code: 'custom',
				message: `"${value}" is not a calendar date (no such day or month); check the day and the month`,
			});
		} else if (date.getUTCFullYear() < FIRST_YEAR) {
			ctx.addIssue({
				code: 'custom',
				message: `${value} is before ${FIRST_YEAR}; the archive starts in ${FIRST_YEAR}: check the year`,
			});
		} else if (date.getTime() > latest()) {
			ctx.addIssue({
				code: 'custom',
				message: `${value} is in the future (compared in UTC); ${what}`,
			});
		}
	});
}

/**
 * A past or present day, `YYYY-MM-DD` (UTC), as a `Date`: publication, update, source,
 * verification and edition dates.
 */
export function daySchema({ today }: DateBounds) {
	return calendarDateSchema(
		'day',
		() => startOfDay(today),
		'use the day it happened or was published',
	).transform((value) => parseCalendarDate(value)!);
}

/**
 * A past or present day or month, kept as written (`2025-02-12` or `2025-02`): the date of a
 * follow-up, when only the month may be known.
 */
export function dayOrMonthSchema({ today }: DateBounds) {
	return calendarDateSchema(
		'day-or-month',
		() => startOfDay(today),
		'use the day or month it happened',
	);
}

/**
 * The day or month a figure refers to, kept as written (`2025-01-03` or `2025-02`). It may lie up to
 * ten years ahead (a planned investment).
 */
export function figureDateSchema({ today }: DateBounds) {
	return calendarDateSchema(
		'day-or-month',
		() => Date.UTC(today.getUTCFullYear() + FIGURE_YEARS_AHEAD, 11, 31),
		`a figure may look at most ${FIGURE_YEARS_AHEAD} years ahead`,
	);
}

/** A slug naming an entry, e.g. `ia-generative`. */
export const SlugSchema = z
	.string()
	.regex(
		SLUG_PATTERN,
		'use lowercase ASCII letters, digits and single hyphens, e.g. "ia-generative"',
	);

/** An absolute http(s) URL with a host; anything else (javascript:, data:, relative paths) is refused. */
export const HttpUrlSchema = z
	.string()
	.trim()
	.refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), {
		message: 'expected an absolute http(s) URL, e.g. "https://www.usine-digitale.fr/"',
	});

/** Non-empty French text of at most `max` characters, trimmed; `missing` says what to write. */
export function textSchema(max: number, missing: string) {
	return z.string().trim().min(1, missing).max(max, `keep it to ${max} characters or fewer`);
}

/** Collections other entries refer to by slug. */
export type ReferencedCollection = 'tags' | 'companies' | 'articles';

/** A reference to an entry of another collection, the shape Astro's `reference()` gives. */
export interface Reference<C extends ReferencedCollection = ReferencedCollection> {
	collection: C;
	id: string;
}

/** The schema of a reference: a slug in the file, a `Reference` once validated. */
export type ReferenceSchema<C extends ReferencedCollection> = z.ZodType<Reference<C>, string>;

/** What the schema factories need: how references are checked, and today for the date rules. */
export interface SchemaContext extends DateBounds {
	/** The schema of a reference to another collection: a slug that must name an existing entry. */
	ref: <C extends ReferencedCollection>(collection: C) => ReferenceSchema<C>;
}
