import { describeForbiddenCharacter, findForbiddenCharacter } from '../text.ts';
import { attributesOf, onJsxElement, type Rule } from './rule.ts';

/**
 * Control and bidirectional characters written as character references (`&#x202E;`): the raw file is
 * checked when it is read, this catches what the MDX parser decodes.
 */
export const controlCharacter: Rule = {
	id: 'mdx/control-character',
	description: 'control and bidirectional characters, also when written as &#…; references',
	create: (context) => ({
		text: (node) => {
			const found = findForbiddenCharacter(node.value);
			if (found)
				context.report(node, `the text holds ${describeForbiddenCharacter(found.codePoint)}`);
		},
		...onJsxElement((node) => {
			for (const { name, value } of attributesOf(node)) {
				const found = value === null ? undefined : findForbiddenCharacter(value);
				if (found) {
					context.report(
						node,
						`the ${name} attribute of <${node.name}> holds ${describeForbiddenCharacter(found.codePoint)}`,
					);
				}
			}
		}),
	}),
};
