import { describe, expect, it } from 'vitest';
import { countWords, readingMinutesOf } from '../../../src/articles/reading-time.ts';

describe('countWords', () => {
	it('counts runs of characters between white space that hold a letter or a digit', () => {
		expect(countWords('L’IA, en 2025 : 3 pistes.')).toBe(5);
	});

	it('does not count lone punctuation, French spacing included', () => {
		expect(countWords('Bonjour\u00a0: oui\u202f; « non » !')).toBe(3);
	});

	it('counts accented and non-Latin words', () => {
		expect(countWords('Élysée, Zürich, 東京 et Ωmega')).toBe(5);
	});
});

describe('readingMinutesOf', () => {
	it('returns at least one minute', () => {
		expect(readingMinutesOf(0)).toBe(1);
	});

	it('rounds to the nearest minute at 200 words per minute', () => {
		expect(readingMinutesOf(500)).toBe(3);
		expect(readingMinutesOf(650)).toBe(3);
		expect(readingMinutesOf(700)).toBe(4);
	});
});
