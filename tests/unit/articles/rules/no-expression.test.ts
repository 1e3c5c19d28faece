import { describe, expect, it } from 'vitest';
import { noExpression } from '../../../../src/articles/rules/no-expression.ts';
import { checkBody } from '../../../helpers/mdx.ts';

const EXPRESSION =
	'mdx/no-expression: {…} expressions (comments {/* */} included) are not allowed; write plain text, or "\\{" for a literal brace';

describe('mdx/no-expression', () => {
	it.each([
		['Total : {40 + 2}', `1:9 ${EXPRESSION}`],
		['{/* un commentaire */}', `1:1 ${EXPRESSION}`],
		[
			'<Chiffre valeur={x} legende="L" />',
			'1:1 mdx/no-expression: <Chiffre> attribute valeur={…} is an expression; write valeur="text" (attribute values must be plain strings)',
		],
		[
			'<Encadre {...props}>Texte.</Encadre>',
			'1:1 mdx/no-expression: <Encadre> has a {…} spread attribute; write each attribute as name="text"',
		],
	])('refuses %s', (source, problem) => {
		expect(checkBody(source, noExpression).problems).toEqual([problem]);
	});

	it('accepts an escaped brace', () => {
		expect(checkBody('Une accolade \\{ échappée.', noExpression).problems).toEqual([]);
	});
});
