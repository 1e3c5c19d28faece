import { describe, expect, it } from 'vitest';
import { htmlElement } from '../../../../src/articles/rules/html-element.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/html-element', () => {
	it('refuses an HTML element that changes the layout', () => {
		expect(checkBody('<div>Texte</div>', htmlElement).problems).toEqual([
			'1:1 mdx/html-element: raw HTML <div> is not allowed; use Markdown (## heading, > quote, **bold**, lists, tables) or Encadre, Chiffre, Citation, NoteDeVerification, Figure or the inline HTML elements <abbr>, <sub>, <sup>, <br>, <kbd>',
		]);
	});

	it.each([
		['<abbr class="x">IA</abbr>', '<abbr> may not carry the attribute class; allowed: title'],
		['CO<sub id="x">2</sub>', '<sub> may not carry the attribute id'],
	])('refuses %s', (source, message) => {
		expect(checkBody(source, htmlElement).problems).toEqual([
			expect.stringContaining(`mdx/html-element: ${message}`),
		]);
	});

	it('accepts the inline elements with their allowed attributes', () => {
		const source =
			'Une <abbr title="Intelligence artificielle">IA</abbr>, CO<sub>2</sub>, 1<sup>er</sup>, <kbd>Ctrl</kbd><br />';
		expect(checkBody(source, htmlElement).problems).toEqual([]);
	});
});
