import { describe, expect, it } from 'vitest';
import { controlCharacter } from '../../../../src/articles/rules/control-character.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/control-character', () => {
	it.each([
		[
			'Un nom &#x202E;piégé.',
			'the text holds U+202E (a bidirectional control character, invisible in most editors): delete it',
		],
		[
			'Un &#7; bip.',
			'the text holds U+FFFD, the replacement character (left by a wrong encoding or an invalid character reference such as &#7;): retype the text',
		],
		[
			'<abbr title="&#x2066;x">IA</abbr>',
			'the title attribute of <abbr> holds U+2066 (a bidirectional control character, invisible in most editors): delete it',
		],
	])('refuses %s, decoded from a character reference', (source, message) => {
		expect(checkBody(source, controlCharacter).problems).toEqual([
			expect.stringMatching(
				new RegExp(`^1:\\d+ mdx/control-character: ${RegExp.escape(message)}$`),
			),
		]);
	});

	it('accepts other character references', () => {
		expect(
			checkBody('Des &laquo;&nbsp;guillemets&nbsp;&raquo; et &#8239;.', controlCharacter).problems,
		).toEqual([]);
	});
});
