import { findNearest } from '../../content-check/distance.ts';
import { daySchema } from '../../schemas/primitives.ts';
import { COMPONENTS } from '../components.ts';
import { isSafeUrl } from '../links.ts';
import { attributesOf, onJsxElement, type Rule } from './rule.ts';

/**
 * A component's props: only the declared ones, each once and with a text value, the required ones
 * present, URLs absolute, dates real; content between the tags exactly when the component wraps it.
 */
export const componentProps: Rule = {
	id: 'mdx/component-props',
	description: "a component's props and content, as CONTRIBUTING.md documents them",
	create: (context) => {
		const day = daySchema(context);
		return onJsxElement((node) => {
			const spec = node.name === null ? undefined : COMPONENTS.get(node.name);
			if (!spec) return;
			const name = node.name;
			const report = (message: string) =>
				context.report(node, `${message}. Example: ${spec.example}`);
			const given = new Set<string>();
			for (const { name: prop, value, expression } of attributesOf(node)) {
				// Expressions, handlers and styles have rules of their own; an expression prop counts as
				// given, so it is not also reported as missing.
				if (expression) given.add(prop);
				if (expression || /^on/i.test(prop) || prop.toLowerCase() === 'style') continue;
				const propSpec = spec.props.get(prop);
				if (!propSpec) {
					const nearest = findNearest(prop, [...spec.props.keys()]);
					report(
						`<${name}> has no prop "${prop}"${nearest ? ` — did you mean "${nearest}"?` : ''}; its props are ${[...spec.props.keys()].join(', ')}`,
					);
					continue;
				}
				if (given.has(prop)) {
					report(`<${name}> prop ${prop} is given twice; keep one`);
					continue;
				}
				given.add(prop);
				if (value === null || value.trim() === '') {
					report(`<${name}> prop ${prop} needs a value: ${prop}="…"`);
				} else if (
					propSpec.kind === 'url' &&
					isSafeUrl(value) &&
					!/^https?:\/\//i.test(value.trim())
				) {
					report(`<${name}> prop ${prop} must be an http(s) address, e.g. ${prop}="https://…"`);
				} else if (propSpec.kind === 'date') {
					const result = day.safeParse(value);
					if (!result.success) report(`<${name}> prop ${prop}: ${result.error.issues[0]!.message}`);
				}
			}
			for (const [prop, { required }] of spec.props) {
				if (required && !given.has(prop)) report(`<${name}> needs the prop ${prop}="…"`);
			}
			const hasContent = node.children.length > 0;
			if (spec.children === 'required' && !hasContent) {
				report(`<${name}> needs content between <${name}> and </${name}>`);
			} else if (spec.children === 'none' && hasContent) {
				report(`<${name}> takes no content; write it self-closing`);
			}
		});
	},
};
