import { attributesOf, onJsxElement, type Rule } from './rule.ts';

const EXPRESSION =
	'{…} expressions (comments {/* */} included) are not allowed; write plain text, or "\\{" for a literal brace';

/** `{…}` expressions, in text or in attributes, are JavaScript: refused. */
export const noExpression: Rule = {
	id: 'mdx/no-expression',
	description: '{…} expressions in text or attributes, and {...spread} attributes',
	create: (context) => ({
		mdxFlowExpression: (node) => context.report(node, EXPRESSION),
		mdxTextExpression: (node) => context.report(node, EXPRESSION),
		...onJsxElement((node) => {
			for (const attribute of attributesOf(node)) {
				if (!attribute.expression) continue;
				context.report(
					node,
					attribute.name
						? `<${node.name}> attribute ${attribute.name}={…} is an expression; write ${attribute.name}="text" (attribute values must be plain strings)`
						: `<${node.name}> has a {…} spread attribute; write each attribute as name="text"`,
				);
			}
		}),
	}),
};
