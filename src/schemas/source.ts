import { z } from 'astro/zod';

/** An http(s) URL; anything else (javascript:, data:, relative paths) is refused. */
export const HttpUrlSchema = z
	.string()
	.trim()
	.refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), {
		message: 'expected an absolute http(s) URL, e.g. "https://www.usine-digitale.fr/"',
	});

/** A cited source: where the facts of an article come from. */
export const SourceSchema = z.object({
	/** Name of the publication or organisation, e.g. "L'Usine Digitale". */
	publication: z.string().trim().min(1, 'give the publication name, e.g. "L\'Usine Digitale"'),
	/** Title of the cited piece, as published (optional). */
	title: z.string().trim().min(1).optional(),
	/** Address of the cited piece: http(s) only. */
	url: HttpUrlSchema,
	/** Publication date of the cited piece, `YYYY-MM-DD` (optional). */
	date: z.coerce.date().optional(),
});

/**
 * A primary source (an announcement, a decision, a ranking). Same shape as a source, but the URL is
 * optional: a joint announcement or a regulator's decision may have no stable address in our brief.
 */
export const PrimarySourceSchema = SourceSchema.extend({
	/** Address of the primary source, when one is known: http(s) only. */
	url: HttpUrlSchema.optional(),
});

/** A verification note: what the source text said, and what checking the primary source found. */
export const VerificationSchema = z.object({
	/** What the source text (e.g. the newsletter) said, in French. */
	claim: z.string().trim().min(1, 'say what the source text said'),
	/** The checked fact that the article states instead, in French. */
	fact: z.string().trim().min(1, 'say what the checked fact is'),
	/** When the check was made or the fact became known, `YYYY-MM-DD` (optional; shown as a dated follow-up). */
	date: z.coerce.date().optional(),
});

export type Source = z.infer<typeof SourceSchema>;
export type PrimarySource = z.infer<typeof PrimarySourceSchema>;
export type Verification = z.infer<typeof VerificationSchema>;
