import { z } from 'astro/zod';
import { LABEL_MAX, PARAGRAPH_MAX, textSchema } from './primitives.ts';

/** A tag (theme) of the archive, from `content/tags.yaml`. The entry `id` is its slug. */
export const TagSchema = z.strictObject({
	/** French label shown to readers, e.g. "IA générative". */
	label: textSchema(LABEL_MAX, 'give the tag a French label, e.g. "IA générative"'),
	/** One French sentence shown on the tag's page. */
	description: textSchema(PARAGRAPH_MAX, 'describe the tag in one French sentence'),
});

export type Tag = z.infer<typeof TagSchema>;
