import { z } from 'astro/zod';
import {
	dayOrMonthSchema,
	daySchema,
	HttpUrlSchema,
	LABEL_MAX,
	PARAGRAPH_MAX,
	textSchema,
	type DateBounds,
} from './primitives.ts';

/**
 * Whether a URL is a site's home page (its path is `/` and it has no query): such an address names
 * a publication, never the piece an article cites.
 * @example isHomePageUrl('https://www.usine-digitale.fr/') // true
 */
export function isHomePageUrl(url: string): boolean {
	if (!URL.canParse(url)) return false;
	const { pathname, search } = new URL(url);
	return pathname === '/' && search === '';
}

/** An http(s) address of a piece itself (an article, a post, a decision): a home page is refused. */
function pieceUrlSchema(fix: string) {
	return HttpUrlSchema.superRefine((url, ctx) => {
		if (isHomePageUrl(url)) {
			ctx.addIssue({ code: 'custom', message: `${url} is a home page, not ${fix}` });
		}
	});
}

/**
 * A cited source: the piece the article is written from. `url` is the address of the piece itself;
 * when only the publication is known (a newsletter edition with no address of its own), the
 * publication's address goes in `publicationUrl` and the piece is described by `newsletter` or
 * `title`, and `date`. A home page given as `url` is refused, so a reader is never sent to a
 * publication's front page as if it were the article.
 */
export function createSourceSchema(bounds: DateBounds) {
	return z
		.strictObject({
			/** Name of the publication or organisation, e.g. "L'Usine Digitale". */
			publication: textSchema(LABEL_MAX, 'give the publication name, e.g. "L\'Usine Digitale"'),
			/** Title of the cited piece, as published (optional). */
			title: textSchema(
				LABEL_MAX,
				'give the title of the cited piece, or leave the field out',
			).optional(),
			/**
			 * Name of the newsletter when the piece is one of its editions, e.g. "L'essentiel de l'actu
			 * IA" (optional).
			 */
			newsletter: textSchema(
				LABEL_MAX,
				'give the name of the newsletter, e.g. "L\'essentiel de l\'actu IA", or leave the field out',
			).optional(),
			/**
			 * Address of the cited piece itself, http(s); never a home page. Optional when
			 * `publicationUrl` is given, e.g. "https://siecledigital.fr/2024/04/24/le-milliard-…/".
			 */
			url: pieceUrlSchema(
				'the cited piece: give the address of the piece itself, or, when only the publication is known, move this address to publicationUrl: and describe the piece with newsletter: or title:, and date:',
			).optional(),
			/**
			 * Address of the publication (its home page), http(s), when the piece has no known address
			 * of its own, e.g. "https://www.usine-digitale.fr/" (optional).
			 */
			publicationUrl: HttpUrlSchema.optional(),
			/** Day the source published the piece, `YYYY-MM-DD` (optional; required without `url`). */
			date: daySchema(bounds).optional(),
			/**
			 * How that date is shown when the exact day is not known, e.g. "semaine du 6 janvier 2025"
			 * (optional; needs `date`, which still gives the day the data use).
			 */
			dateLabel: textSchema(
				LABEL_MAX,
				'say when the source published the piece, e.g. "semaine du 6 janvier 2025", or leave the field out',
			).optional(),
		})
		.superRefine((source, ctx) => {
			if (source.url === undefined && source.publicationUrl === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['url'],
					message:
						'give url: (the address of the cited piece) or, when only the publication is known, publicationUrl: (its home page)',
				});
			}
			if (source.url === undefined && source.title === undefined && !source.newsletter) {
				ctx.addIssue({
					code: 'custom',
					path: [],
					message:
						'without url:, say which piece you cite: add newsletter: (e.g. "L\'essentiel de l\'actu IA") or title:',
				});
			}
			if (source.url === undefined && source.date === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['date'],
					message: 'without url:, give date: the day the source published the piece, YYYY-MM-DD',
				});
			}
			if (source.dateLabel !== undefined && source.date === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['dateLabel'],
					message: 'dateLabel: needs date: too (the day the data use, e.g. 2025-01-08)',
				});
			}
		});
}

/**
 * A primary source (an announcement, a decision, a ranking). The URL is optional: a joint
 * announcement or a regulator's decision may have no known address; a home page is refused.
 */
export function createPrimarySourceSchema(bounds: DateBounds) {
	return z.strictObject({
		/** Who issued it, e.g. "Garante per la protezione dei dati personali". */
		publication: textSchema(LABEL_MAX, 'name who issued the primary source, e.g. "Microsoft"'),
		/** Title of the primary source, as published (optional). */
		title: textSchema(
			LABEL_MAX,
			'give the title of the primary source, or leave the field out',
		).optional(),
		/** Address of the primary source itself, when one is known: http(s), never a home page. */
		url: pieceUrlSchema(
			'the primary source: give the address of the announcement, decision or ranking itself, or leave url: out',
		).optional(),
		/** Day the primary source was issued, `YYYY-MM-DD` (optional). */
		date: daySchema(bounds).optional(),
	});
}

/** Kinds of verification note: a correction of the source, or a follow-up on what happened later. */
export const VERIFICATION_KINDS = ['correction', 'suivi'] as const;

export type VerificationKind = (typeof VERIFICATION_KINDS)[number];

/** A verification note: what the source text said, and what checking or later events showed. */
export function createVerificationSchema(bounds: DateBounds) {
	return z
		.strictObject({
			/**
			 * `correction` when the source text was wrong and the article states the checked fact;
			 * `suivi` when the source was right at the time and the note adds what happened later.
			 */
			kind: z.enum(VERIFICATION_KINDS, {
				error:
					'expected one of correction (the source text was wrong), suivi (what happened later)',
			}),
			/** What the source text (e.g. the newsletter) said, in French. */
			claim: textSchema(PARAGRAPH_MAX, 'say what the source text said'),
			/** The checked fact (`correction`) or what happened later (`suivi`), in French. */
			fact: textSchema(PARAGRAPH_MAX, 'say what the checked fact is'),
			/**
			 * When the check was made (`correction`, optional) or when the later facts happened (`suivi`,
			 * required): `YYYY-MM-DD`, or `"YYYY-MM"` when only the month is known.
			 */
			date: dayOrMonthSchema(bounds).optional(),
		})
		.superRefine((note, ctx) => {
			if (note.kind === 'suivi' && note.date === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['date'],
					message:
						'a follow-up (kind: suivi) says when it happened: add date: YYYY-MM-DD, or "YYYY-MM" when only the month is known',
				});
			}
		});
}

export type Source = z.output<ReturnType<typeof createSourceSchema>>;
export type PrimarySource = z.output<ReturnType<typeof createPrimarySourceSchema>>;
export type Verification = z.output<ReturnType<typeof createVerificationSchema>>;
