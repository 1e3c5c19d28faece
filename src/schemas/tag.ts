import { z } from 'astro/zod';

/** A tag (theme) of the archive, from `content/tags.yaml`. The entry `id` is its slug. */
export const TagSchema = z.object({
	/** French label shown to readers, e.g. "IA générative". */
	label: z.string().trim().min(1, 'give the tag a French label, e.g. "IA générative"'),
	/** One French sentence shown on the tag's page. */
	description: z.string().trim().min(1, 'describe the tag in one French sentence'),
});

export type Tag = z.infer<typeof TagSchema>;
