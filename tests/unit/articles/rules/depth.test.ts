import { describe, expect, it } from 'vitest';
import { depth, MAX_NESTING } from '../../../../src/articles/rules/depth.ts';
import { checkBody } from '../../../helpers/mdx.ts';

const TOO_DEEP = `mdx/depth: this is nested more than ${MAX_NESTING} levels deep (lists in lists, quotes in quotes or elements in elements); flatten the structure`;

describe('mdx/depth', () => {
	it.each([
		['lists', (n: number) => `${'- '.repeat(n)}texte`],
		['block quotes', (n: number) => `${'> '.repeat(n)}texte`],
		['inline elements', (n: number) => `${'<sub>'.repeat(n)}x${'</sub>'.repeat(n)}`],
		['components', (n: number) => `${'<Encadre>\n'.repeat(n)}x${'\n</Encadre>'.repeat(n)}`],
	])(
		'accepts %s nested 20 levels deep and refuses them 21 and 3,000 levels deep, once',
		(_, nest) => {
			expect(checkBody(nest(MAX_NESTING - 1), depth).problems).toEqual([]);
			expect(checkBody(nest(MAX_NESTING + 2), depth).problems).toEqual([
				expect.stringContaining(TOO_DEEP),
			]);
			expect(checkBody(nest(3000), depth).problems).toEqual([expect.stringContaining(TOO_DEEP)]);
		},
	);

	it('counts a list and its items as one level', () => {
		expect(
			checkBody(
				Array.from({ length: MAX_NESTING }, (_, level) => `${'  '.repeat(level)}- niveau`).join(
					'\n',
				),
				depth,
			).problems,
		).toEqual([]);
	});
});
