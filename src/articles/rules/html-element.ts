import { ALLOWED_LIST, INLINE_HTML } from '../components.ts';
import { attributesOf, jsxKind, onJsxElement, type Rule } from './rule.ts';

/** Raw HTML other than a few inline elements, and attributes those elements may not carry. */
export const htmlElement: Rule = {
	id: 'mdx/html-element',
	description:
		'raw HTML other than <abbr title>, <sub>, <sup>, <br>, <kbd>, and other attributes on them',
	create: (context) =>
		onJsxElement((node) => {
			const kind = jsxKind(node.name);
			if (kind === 'html') {
				context.report(
					node,
					`raw HTML <${node.name}> is not allowed; use Markdown (## heading, > quote, **bold**, lists, tables) or ${ALLOWED_LIST}`,
				);
				return;
			}
			if (kind !== 'inline-html') return;
			const allowed = INLINE_HTML.get(node.name!)!;
			for (const { name, expression } of attributesOf(node)) {
				// Expressions, handlers and styles have rules of their own.
				if (expression || /^on/i.test(name) || name.toLowerCase() === 'style') continue;
				if (!allowed.includes(name)) {
					context.report(
						node,
						`<${node.name}> may not carry the attribute ${name}${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}`,
					);
				}
			}
		}),
};
