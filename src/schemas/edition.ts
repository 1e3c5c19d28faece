import { z } from 'astro/zod';
import { HttpUrlSchema } from './source.ts';

/**
 * A newsletter edition (`content/editions/<slug>.yaml`): the articles it carried, in order.
 * `ref` builds the schema of an article reference.
 */
export function createEditionSchema<R extends z.ZodType>(ref: (collection: 'articles') => R) {
	return z.object({
		/** Title shown to readers, e.g. "L'essentiel de l'actu IA". */
		title: z.string().trim().min(1, 'give the edition a title'),
		/** How the date is shown, e.g. "semaine du 6 janvier 2025". */
		dateLabel: z
			.string()
			.trim()
			.min(1, 'say when the edition appeared, e.g. "semaine du 6 janvier 2025"'),
		/** Date used for sorting, `YYYY-MM-DD`. */
		date: z.coerce.date({ error: 'expected a date as YYYY-MM-DD' }),
		/** Publication that sent the newsletter, e.g. "L'Usine Digitale". */
		publication: z.string().trim().min(1, 'name the publication'),
		/** Address of the publication or the edition (http(s)). */
		url: HttpUrlSchema,
		/** Article slugs, in the order the edition carried them. */
		items: z.array(ref('articles')).min(1, 'list at least one article slug'),
	});
}
