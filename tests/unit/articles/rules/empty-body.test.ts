import { describe, expect, it } from 'vitest';
import { emptyBody } from '../../../../src/articles/rules/empty-body.ts';
import { checkBody } from '../../../helpers/mdx.ts';

const FRONTMATTER = '---\ntitle: "x"\n---\n';

describe('mdx/empty-body', () => {
	it.each([
		['nothing', ''],
		['blank lines', '\n\n   \n'],
	])('refuses a body of %s', (_, body) => {
		expect(checkBody(`${FRONTMATTER}${body}`, emptyBody).problems).toEqual([
			'-:- mdx/empty-body: the article has no text after its frontmatter; write the article below the closing ---',
		]);
	});

	it.each([
		['a word', 'Texte.'],
		['a component alone', '<Chiffre valeur="1" legende="L" />'],
	])('accepts %s', (_, body) => {
		expect(checkBody(`${FRONTMATTER}\n${body}`, emptyBody).problems).toEqual([]);
	});
});
