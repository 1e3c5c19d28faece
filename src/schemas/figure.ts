import { z } from 'astro/zod';
import {
	AMOUNT_MAX,
	APPROX_VALUES,
	figureDateSchema,
	LABEL_MAX,
	textSchema,
	type SchemaContext,
} from './primitives.ts';

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

export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Currency = (typeof CURRENCIES)[number];

/**
 * A key figure carried by an article (amount of money, or a count with a unit). Company
 * references are checked by `context.ref`, dates against `context.today`.
 */
export function createFigureSchema(context: SchemaContext) {
	return z
		.strictObject({
			/** The amount, a positive number in units (1.1 billion = 1100000000), at most 10^15. */
			amount: z
				.number({ error: 'expected a number, e.g. 1100000000 for 1.1 billion' })
				.positive('the amount must be a positive number, e.g. 1100000000')
				.max(AMOUNT_MAX, `the amount must be at most 10^15 (${AMOUNT_MAX}); write it in units`),
			/** ISO 4217 code for money, e.g. "USD" or "EUR"; omit it and set `unit` for counts. */
			currency: z
				.enum(CURRENCIES, { error: `expected one of ${CURRENCIES.join(', ')}` })
				.optional(),
			/** Unit for non-monetary figures, in French, e.g. "pétaflops" or "personnes". */
			unit: textSchema(LABEL_MAX, 'give the unit, e.g. "personnes"').optional(),
			/** What kind of figure this is; one of FIGURE_KINDS. */
			kind: z.enum(FIGURE_KINDS, { error: `expected one of ${FIGURE_KINDS.join(', ')}` }),
			/** Short French label, e.g. "Engagement de Coca-Cola envers Microsoft". */
			label: textSchema(LABEL_MAX, 'give the figure a short French label'),
			/** Companies the figure concerns (slugs from content/companies.yaml). */
			companies: z.array(context.ref('companies')).default([]),
			/** Date the figure refers to: `YYYY-MM-DD`, or `"YYYY-MM"` when only the month is known. */
			date: figureDateSchema(context),
			/** A floor ("plus de 170 M€"), a ceiling ("jusqu'à 20 M$") or an estimate ("environ"). */
			approx: z
				.enum(APPROX_VALUES, { error: `expected one of ${APPROX_VALUES.join(', ')}` })
				.optional(),
		})
		.refine((figure) => (figure.currency === undefined) !== (figure.unit === undefined), {
			message:
				'set exactly one of `currency` (money, e.g. "USD") or `unit` (a count, e.g. "personnes")',
			path: ['currency'],
		});
}

export type Figure = z.output<ReturnType<typeof createFigureSchema>>;
