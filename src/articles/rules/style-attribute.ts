import { attributesOf, onJsxElement, type Rule } from './rule.ts';

/** Inline styles: the site's styles apply to every article (and the CSP allows no inline style). */
export const styleAttribute: Rule = {
	id: 'mdx/style-attribute',
	description: 'style attributes',
	create: (context) =>
		onJsxElement((node) => {
			for (const { name } of attributesOf(node)) {
				if (name.toLowerCase() === 'style') {
					context.report(
						node,
						`<${node.name}> has a style attribute; remove it (the site's styles apply to every article)`,
					);
				}
			}
		}),
};
