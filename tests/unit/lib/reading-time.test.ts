import { describe, expect, it } from 'vitest';
import { countWords, getReadingMinutes } from '../../../src/lib/reading-time.ts';

describe('countWords', () => {
	it('counts words and leaves out Markdown syntax and link targets', () => {
		expect(countWords('## Titre\n\nUn **texte** avec [un lien](https://example.org/x-y).')).toBe(6);
	});

	it('does not count lone punctuation', () => {
		expect(countWords('Bonjour : oui ; non !')).toBe(3);
	});
});

describe('getReadingMinutes', () => {
	it('returns at least one minute', () => {
		expect(getReadingMinutes('')).toBe(1);
	});

	it('rounds to the nearest minute at 200 words per minute', () => {
		expect(getReadingMinutes('mot '.repeat(500))).toBe(3);
		expect(getReadingMinutes('mot '.repeat(650))).toBe(3);
		expect(getReadingMinutes('mot '.repeat(700))).toBe(4);
	});
});
