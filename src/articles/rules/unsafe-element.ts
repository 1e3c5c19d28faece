import { jsxKind, onJsxElement, type Rule } from './rule.ts';

/** Elements that run code, embed other documents or submit data. */
export const unsafeElement: Rule = {
	id: 'mdx/unsafe-element',
	description: '<script>, <style>, <iframe>, <object>, <form> and other elements that run or embed',
	create: (context) =>
		onJsxElement((node) => {
			if (jsxKind(node.name) !== 'unsafe-html') return;
			context.report(
				node,
				`<${node.name}> is not allowed in articles (no scripts, styles, embedded pages or forms); remove it`,
			);
		}),
};
