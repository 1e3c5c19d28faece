import type { Rule } from './rule.ts';

/** An article needs a body after its frontmatter: some text, an element or a component. */
export const emptyBody: Rule = {
	id: 'mdx/empty-body',
	description: 'articles with nothing after the frontmatter',
	create: (context) => {
		let content = false;
		const seen = () => {
			content = true;
		};
		const any = { filter: [], visit: seen };
		return {
			text: (node) => {
				if (node.value.trim() !== '') content = true;
			},
			element: any,
			mdxJsxFlowElement: any,
			mdxJsxTextElement: any,
			mdxFlowExpression: seen,
			mdxTextExpression: seen,
			mdxjsEsm: seen,
			done: () => {
				if (!content) {
					context.report(
						undefined,
						'the article has no text after its frontmatter; write the article below the closing ---',
					);
				}
			},
		};
	},
};
