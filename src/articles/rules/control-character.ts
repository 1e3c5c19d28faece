import { describeForbiddenCharacter, findForbiddenCharacter } from '../text.ts';
import { onTextValues, type Rule } from './rule.ts';

/**
 * Control and bidirectional characters written as character references (`&#x202E;`): the raw file is
 * checked when it is read, this catches what the MDX parser decodes.
 */
export const controlCharacter: Rule = {
	id: 'mdx/control-character',
	description: 'control and bidirectional characters, also when written as &#…; references',
	create: (context) =>
		onTextValues((value, where, node) => {
			const found = findForbiddenCharacter(value);
			if (found)
				context.report(node, `${where} holds ${describeForbiddenCharacter(found.codePoint)}`);
		}),
};
