import { describe, expect, it } from 'vitest';
import { MdxSyntaxError, withParsedMdx } from '../../../src/articles/mdx.ts';

describe('withParsedMdx', () => {
	it('takes the frontmatter from the MDX parser, with its fences and where the body starts', () => {
		const source = '---\ntitle: "x"\n---\n\nTexte.';
		expect(withParsedMdx(source, (parsed) => parsed.frontmatter)).toEqual({
			kind: 'yaml',
			value: 'title: "x"',
			openingLine: 1,
			closingLine: 3,
			bodyOffset: 18,
		});
	});

	it.each([
		['a closing fence followed by a tab', '---\ntitle: x\n---\t\n\nTexte.'],
		['a closing fence followed by a no-break space', '---\ntitle: x\n---\u00a0\n\nTexte.'],
		['a blank first line', '\n---\ntitle: x\n---\n\nTexte.'],
	])('finds no frontmatter after %s, as the parser reads it', (_, source) => {
		expect(withParsedMdx(source, (parsed) => parsed.frontmatter)).toBeUndefined();
	});

	it('reads a byte order mark as the parser does: not part of the first line', () => {
		expect(
			withParsedMdx('\uFEFF---\ntitle: x\n---\n\nTexte.', (parsed) => parsed.frontmatter?.value),
		).toBe('title: x');
	});

	it('throws a syntax error with its line and column', () => {
		try {
			withParsedMdx('Texte\n\n<Encadre>non fermé', () => undefined);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(MdxSyntaxError);
			expect(error).toMatchObject({ line: 3, column: expect.any(Number) });
		}
	});

	it('serialises the tree it parsed', () => {
		expect(withParsedMdx('Un **mot**.', (parsed) => parsed.toHtml())).toBe(
			'<p>Un <strong>mot</strong>.</p>\n',
		);
	});
});
