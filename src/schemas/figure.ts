import { z } from 'astro/zod';

/** Kinds of key figure, as slugs; French labels live in `src/i18n/fr.ts` (`figures.kind.*`). */
export const FIGURE_KINDS = [
	'investissement',
	'levee-de-fonds',
	'valorisation',
	'acquisition',
	'amende',
	'chiffre-affaires',
	'capacite',
	'audience',
] as const;

/** ISO 4217 currency codes accepted for monetary figures. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'KRW', 'CAD'] as const;

/**
 * A day (`2025-01-03`) or a month (`"2025-02"`), normalised to that string. YAML reads an unquoted
 * day as a Date, so both forms are accepted.
 */
export const FigureDateSchema = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'expected a date as YYYY-MM-DD or "YYYY-MM"' })
		.regex(
			/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
			'expected a date as YYYY-MM-DD or "YYYY-MM"',
		),
);

export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Currency = (typeof CURRENCIES)[number];

/**
 * A key figure carried by an article (amount of money, or a count with a unit).
 * `ref` builds the schema of a company reference (Astro's `reference` in the build, a plain
 * checked slug in `npm run check:content`).
 */
export function createFigureSchema<R extends z.ZodType>(ref: (collection: 'companies') => R) {
	return z
		.object({
			/** The amount, a positive number in units (1.1 billion = 1100000000). */
			amount: z.number().positive('the amount must be a positive number, e.g. 1100000000'),
			/** ISO 4217 code for money, e.g. "USD" or "EUR"; omit it and set `unit` for counts. */
			currency: z
				.enum(CURRENCIES, { error: `expected one of ${CURRENCIES.join(', ')}` })
				.optional(),
			/** Unit for non-monetary figures, in French, e.g. "pétaflops" or "personnes". */
			unit: z.string().trim().min(1).optional(),
			/** What kind of figure this is; one of FIGURE_KINDS. */
			kind: z.enum(FIGURE_KINDS, { error: `expected one of ${FIGURE_KINDS.join(', ')}` }),
			/** Short French label, e.g. "Engagement de Coca-Cola envers Microsoft". */
			label: z.string().trim().min(1, 'give the figure a short French label'),
			/** Companies the figure concerns (slugs from content/companies.yaml). */
			companies: z.array(ref('companies')).default([]),
			/** Date the figure refers to: `YYYY-MM-DD`, or `"YYYY-MM"` when only the month is known. */
			date: FigureDateSchema,
			/** True when the figure is a floor ("plus de 170 M€") or a ceiling ("jusqu'à 20 M$"). */
			approx: z.enum(['plus-de', 'jusqu-a', 'environ']).optional(),
		})
		.refine((figure) => (figure.currency === undefined) !== (figure.unit === undefined), {
			message:
				'set exactly one of `currency` (money, e.g. "USD") or `unit` (a count, e.g. "personnes")',
			path: ['currency'],
		});
}
