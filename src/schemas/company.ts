import { z } from 'astro/zod';
import { HttpUrlSchema, LABEL_MAX, textSchema } from './primitives.ts';

/** A company named by articles, from `content/companies.yaml`. The entry `id` is its slug. */
export const CompanySchema = z.strictObject({
	/** Display name, e.g. "Coca-Cola". */
	name: textSchema(LABEL_MAX, 'give the company name, e.g. "Coca-Cola"'),
	/**
	 * What the company is, in one French line without a final full stop, shown under the heading
	 * of its page; say only what the archive's sources say. E.g. "Groupe américain de boissons".
	 */
	description: textSchema(
		LABEL_MAX,
		'describe the company in one French line, e.g. "Groupe américain de boissons"',
	),
	/** Official website, http(s) only (optional). */
	website: HttpUrlSchema.optional(),
});

export type Company = z.infer<typeof CompanySchema>;
