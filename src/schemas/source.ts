import { z } from 'astro/zod';
import {
	daySchema,
	HttpUrlSchema,
	LABEL_MAX,
	PARAGRAPH_MAX,
	textSchema,
	type DateBounds,
} from './primitives.ts';

/** A cited source: where the facts of an article come from. */
export function createSourceSchema(bounds: DateBounds) {
	return z.strictObject({
		/** Name of the publication or organisation, e.g. "L'Usine Digitale". */
		publication: textSchema(LABEL_MAX, 'give the publication name, e.g. "L\'Usine Digitale"'),
		/** Title of the cited piece, as published (optional). */
		title: textSchema(
			LABEL_MAX,
			'give the title of the cited piece, or leave the field out',
		).optional(),
		/** Address of the cited piece: http(s) only. */
		url: HttpUrlSchema,
		/** Publication date of the cited piece, `YYYY-MM-DD` (optional). */
		date: daySchema(bounds).optional(),
	});
}

/**
 * A primary source (an announcement, a decision, a ranking). Same shape as a source, but the URL is
 * optional: a joint announcement or a regulator's decision may have no stable address in our brief.
 */
export function createPrimarySourceSchema(bounds: DateBounds) {
	return createSourceSchema(bounds).extend({
		/** Address of the primary source, when one is known: http(s) only. */
		url: HttpUrlSchema.optional(),
	});
}

/** A verification note: what the source text said, and what checking the primary source found. */
export function createVerificationSchema(bounds: DateBounds) {
	return z.strictObject({
		/** What the source text (e.g. the newsletter) said, in French. */
		claim: textSchema(PARAGRAPH_MAX, 'say what the source text said'),
		/** The checked fact that the article states instead, in French. */
		fact: textSchema(PARAGRAPH_MAX, 'say what the checked fact is'),
		/** When the check was made or the fact became known, `YYYY-MM-DD` (optional; shown as a dated follow-up). */
		date: daySchema(bounds).optional(),
	});
}

export type Source = z.output<ReturnType<typeof createSourceSchema>>;
export type PrimarySource = z.output<ReturnType<typeof createPrimarySourceSchema>>;
export type Verification = z.output<ReturnType<typeof createVerificationSchema>>;
