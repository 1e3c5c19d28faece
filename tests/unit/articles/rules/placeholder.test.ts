import { describe, expect, it } from 'vitest';
import { placeholder } from '../../../../src/articles/rules/placeholder.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/placeholder', () => {
	it.each([
		[
			'TODO : écrire la suite.',
			'1:1 mdx/placeholder: unfilled placeholder "TODO" in the text; replace it with the real text',
		],
		[
			'Texte à compléter.',
			'1:1 mdx/placeholder: unfilled placeholder "à compléter" in the text; replace it with the real text',
		],
		[
			'<Chiffre valeur="À compléter" legende="L" />',
			'1:1 mdx/placeholder: unfilled placeholder "À compléter" in the valeur attribute of <Chiffre>; replace it with the real text',
		],
	])('refuses %s', (source, problem) => {
		expect(checkBody(source, placeholder).problems).toEqual([problem]);
	});

	it('accepts words that contain the markers', () => {
		expect(checkBody('Un TODOlist, compléter, complétement.', placeholder).problems).toEqual([]);
	});
});
