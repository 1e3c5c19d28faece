import { findPlaceholder } from '../../content-check/placeholders.ts';
import { onTextValues, type Rule } from './rule.ts';

/** Text the scaffold (`npm run new`) leaves for the author, or a TODO: the article is not finished. */
export const placeholder: Rule = {
	id: 'mdx/placeholder',
	description: 'unfilled placeholders ("À compléter", TODO) in the text or in attributes',
	create: (context) =>
		onTextValues((value, where, node) => {
			const marker = findPlaceholder(value);
			if (marker) {
				context.report(
					node,
					`unfilled placeholder "${marker}" in ${where}; replace it with the real text`,
				);
			}
		}),
};
