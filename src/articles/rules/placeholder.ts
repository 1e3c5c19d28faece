import { findPlaceholder } from '../../content-check/placeholders.ts';
import { attributesOf, onJsxElement, type Rule } from './rule.ts';

/** Text the scaffold (`npm run new`) leaves for the author, or a TODO: the article is not finished. */
export const placeholder: Rule = {
	id: 'mdx/placeholder',
	description: 'unfilled placeholders ("À compléter", TODO) in the text or in attributes',
	create: (context) => ({
		text: (node) => {
			const marker = findPlaceholder(node.value);
			if (marker)
				context.report(
					node,
					`unfilled placeholder "${marker}" in the text; replace it with the real text`,
				);
		},
		...onJsxElement((node) => {
			for (const { name, value } of attributesOf(node)) {
				const marker = value === null ? undefined : findPlaceholder(value);
				if (marker) {
					context.report(
						node,
						`unfilled placeholder "${marker}" in the ${name} attribute of <${node.name}>; replace it with the real text`,
					);
				}
			}
		}),
	}),
};
