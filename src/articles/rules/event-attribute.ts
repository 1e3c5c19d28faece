import { attributesOf, onJsxElement, type Rule } from './rule.ts';

/** `on…` attributes are event handlers: JavaScript. */
export const eventAttribute: Rule = {
	id: 'mdx/event-attribute',
	description: 'event handler attributes (onclick, onmouseover…)',
	create: (context) =>
		onJsxElement((node) => {
			for (const { name } of attributesOf(node)) {
				if (/^on/i.test(name)) {
					context.report(
						node,
						`<${node.name}> has the event handler attribute ${name}; remove it (articles run no scripts)`,
					);
				}
			}
		}),
};
