import { describe, expect, it } from 'vitest';
import { unknownComponent } from '../../../../src/articles/rules/unknown-component.ts';
import { checkBody } from '../../../helpers/mdx.ts';

const ALLOWED =
	'articles may use Encadre, Chiffre, Citation, NoteDeVerification, Figure or the inline HTML elements <abbr>, <sub>, <sup>, <br>, <kbd>';

describe('mdx/unknown-component', () => {
	it.each([
		[
			'<Citaton auteur="A" source="S">Texte.</Citaton>',
			`unknown component <Citaton> — did you mean <Citation>?; ${ALLOWED}`,
		],
		['<Tableau />', `unknown component <Tableau>; ${ALLOWED}`],
		['<Foo.Bar />', `unknown component <Foo.Bar>; ${ALLOWED}`],
		['<constructor />', `unknown component <constructor>; ${ALLOWED}`],
		['<hasOwnProperty />', `unknown component <hasOwnProperty>; ${ALLOWED}`],
		['<>Texte</>', 'the fragment <>…</> is not allowed; remove it and keep its content'],
	])('refuses %s', (source, message) => {
		expect(checkBody(source, unknownComponent).problems).toEqual([
			`1:1 mdx/unknown-component: ${message}`,
		]);
	});

	it('leaves components, inline HTML and other HTML elements to their own rules', () => {
		const source =
			'<Encadre>Texte <abbr title="x">IA</abbr>.</Encadre>\n\n<div>Texte</div>\n\n<script>x</script>';
		expect(checkBody(source, unknownComponent).problems).toEqual([]);
	});
});
