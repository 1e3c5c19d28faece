import { z } from 'astro/zod';
import { HttpUrlSchema } from './source.ts';

/** A company named by articles, from `content/companies.yaml`. The entry `id` is its slug. */
export const CompanySchema = z.object({
	/** Display name, e.g. "Coca-Cola". */
	name: z.string().trim().min(1, 'give the company name, e.g. "Coca-Cola"'),
	/** Official website, http(s) only (optional). */
	website: HttpUrlSchema.optional(),
});

export type Company = z.infer<typeof CompanySchema>;
