import { describe, expect, it } from 'vitest';
import { styleAttribute } from '../../../../src/articles/rules/style-attribute.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/style-attribute', () => {
	it.each(['<Encadre style="color:red">Texte.</Encadre>', '<abbr STYLE="x">IA</abbr>'])(
		'refuses %s',
		(source) => {
			expect(checkBody(source, styleAttribute).problems).toEqual([
				expect.stringMatching(
					/^1:\d+ mdx\/style-attribute: <\w+> has a style attribute; remove it/,
				),
			]);
		},
	);
});
