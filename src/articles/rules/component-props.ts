import { findNearest } from '../../content-check/distance.ts';
import { daySchema } from '../../schemas/primitives.ts';
import { COMPONENTS } from '../components.ts';
import { isSafeUrl } from '../links.ts';
import { attributesOf, onJsxElement, type Rule } from './rule.ts';

/**
 * A component's props: only the declared ones, each once and with a text value, the required ones
 * present, URLs absolute, dates real, words from their list, the component's own rule between
 * props kept; content between the tags exactly when the component wraps it.
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
			const valid = new Map<string, string>();
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
				} else if (propSpec.values && !propSpec.values.includes(value)) {
					report(
						`<${name}> prop ${prop} must be one of ${propSpec.values.join(', ')}, e.g. ${prop}="${propSpec.values[0]}"`,
					);
				} else {
					const result = propSpec.kind === 'date' ? day.safeParse(value) : undefined;
					if (result?.success === false) {
						report(`<${name}> prop ${prop}: ${result.error.issues[0]!.message}`);
					} else {
						valid.set(prop, value);
					}
				}
			}
			let complete = [...given].every((prop) => valid.has(prop));
			for (const [prop, { required }] of spec.props) {
				if (required && !given.has(prop)) {
					report(`<${name}> needs the prop ${prop}="…"`);
					complete = false;
				}
			}
			// Between props only once each one is there and valid, so one mistake gives one message.
			const between = complete ? spec.check?.(valid) : undefined;
			if (between) report(`<${name}> ${between}`);
			const hasContent = node.children.length > 0;
			if (spec.children === 'required' && !hasContent) {
				report(`<${name}> needs content between <${name}> and </${name}>`);
			} else if (spec.children === 'none' && hasContent) {
				report(`<${name}> takes no content; write it self-closing`);
			}
		});
	},
};
