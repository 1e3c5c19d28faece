import { findNearest } from '../../content-check/distance.ts';
import { ALLOWED_LIST, COMPONENT_NAMES } from '../components.ts';
import { jsxKind, onJsxElement, type Rule } from './rule.ts';

/** A JSX name that is neither a component, nor an HTML element, nor `<>`: an unknown component. */
export const unknownComponent: Rule = {
	id: 'mdx/unknown-component',
	description: 'components other than the five of CONTRIBUTING.md, and fragments <>…</>',
	create: (context) =>
		onJsxElement((node) => {
			const kind = jsxKind(node.name);
			if (kind === 'fragment') {
				context.report(node, 'the fragment <>…</> is not allowed; remove it and keep its content');
			} else if (kind === 'unknown') {
				const nearest = findNearest(node.name!, COMPONENT_NAMES);
				context.report(
					node,
					`unknown component <${node.name}>${nearest ? ` — did you mean <${nearest}>?` : ''}; articles may use ${ALLOWED_LIST}`,
				);
			}
		}),
};
