import { z } from 'astro/zod';
import {
	daySchema,
	HttpUrlSchema,
	LABEL_MAX,
	textSchema,
	type SchemaContext,
} from './primitives.ts';

/**
 * A newsletter edition (`content/editions/<slug>.yaml`): the articles it carried, in order.
 * Article references are checked by `context.ref` (published articles only).
 */
export function createEditionSchema(context: SchemaContext) {
	return z.strictObject({
		/** Title shown to readers, e.g. "L'essentiel de l'actu IA". */
		title: textSchema(LABEL_MAX, 'give the edition a title'),
		/** How the date is shown, e.g. "semaine du 6 janvier 2025". */
		dateLabel: textSchema(
			LABEL_MAX,
			'say when the edition appeared, e.g. "semaine du 6 janvier 2025"',
		),
		/** Date used for sorting, `YYYY-MM-DD`. */
		date: daySchema(context),
		/** Publication that sent the newsletter, e.g. "L'Usine Digitale". */
		publication: textSchema(LABEL_MAX, 'name the publication'),
		/** Address of the publication or the edition (http(s)). */
		url: HttpUrlSchema,
		/** Article slugs, in the order the edition carried them; each once. */
		items: z
			.array(context.ref('articles'), { error: 'expected a list of article slugs' })
			.min(1, 'list at least one article slug')
			.superRefine((items, ctx) => {
				const seen = new Set<string>();
				items.forEach(({ id }, index) => {
					if (seen.has(id)) {
						ctx.addIssue({
							code: 'custom',
							path: [index],
							message: `"${id}" is listed twice; an edition carries each article once`,
						});
					}
					seen.add(id);
				});
			}),
	});
}

export type EditionData = z.output<ReturnType<typeof createEditionSchema>>;
