import { describe, expect, it } from 'vitest';
import {
	describeForbiddenCharacter,
	findForbiddenCharacter,
	lineAndColumn,
} from '../../../src/articles/text.ts';

describe('findForbiddenCharacter', () => {
	it.each([
		['\u0000', 0x0000],
		['a\u0007', 0x0007],
		['\r\n', 0x000d],
		['\u007f', 0x007f],
		['\u0085', 0x0085],
		['\u202a', 0x202a],
		['\u202e', 0x202e],
		['\u2066', 0x2066],
		['\u2069', 0x2069],
		['\ufffd', 0xfffd],
	])('finds %j', (text, codePoint) => {
		expect(findForbiddenCharacter(text)?.codePoint).toBe(codePoint);
	});

	it('accepts tabs, line feeds, no-break spaces, typographic characters and emoji', () => {
		expect(findForbiddenCharacter('a\tb\nc\u00a0d\u202fe « f » ’ — 🤖 \u200b')).toBeUndefined();
	});
});

describe('describeForbiddenCharacter', () => {
	it('names the character and how to get rid of it', () => {
		expect(describeForbiddenCharacter(0x202e)).toBe(
			'U+202E (a bidirectional control character, invisible in most editors): delete it',
		);
		expect(describeForbiddenCharacter(0x0d)).toBe(
			'a carriage return (Windows line ending): save the file with LF line endings',
		);
	});
});

describe('lineAndColumn', () => {
	it('counts lines and columns from 1', () => {
		expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
		expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
		expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
	});
});
