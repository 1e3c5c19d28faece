import { describe, expect, it } from 'vitest';
import { fr } from '../../../src/i18n/fr.ts';
import { fill, pickStrings, t, tCount } from '../../../src/i18n/t.ts';

describe('fr strings', () => {
	it('has no empty string', () => {
		const empty = Object.entries(fr).filter(([, value]) => value.trim() === '');
		expect(empty).toEqual([]);
	});

	it('puts a non-breaking space before : ; ? ! in French text', () => {
		const faulty = Object.entries(fr).filter(([, value]) => / [:;?!]/.test(value));
		expect(faulty).toEqual([]);
	});
});

describe('t', () => {
	it('fills placeholders', () => {
		expect(t('article.readingTime', { minutes: 3 })).toBe('Lecture\u00a0: 3 min');
	});

	it('leaves unknown placeholders visible', () => {
		expect(t('article.readingTime')).toBe('Lecture\u00a0: {minutes} min');
	});
});

describe('fill', () => {
	it('fills the placeholders it is given and leaves the others', () => {
		expect(fill('{count} résultats pour « {query} »', { count: 3 })).toBe(
			'3 résultats pour « {query} »',
		);
	});
});

describe('pickStrings', () => {
	it('returns exactly the strings whose key starts with the prefix', () => {
		const strings = pickStrings('search.status.filtered.');
		expect(strings).toEqual({
			'search.status.filtered.none': fr['search.status.filtered.none'],
			'search.status.filtered.one': fr['search.status.filtered.one'],
			'search.status.filtered.other': fr['search.status.filtered.other'],
		});
	});
});

describe('tCount', () => {
	it('uses the singular for 0 and 1 and the plural above', () => {
		expect(tCount('list.count', 0)).toBe('0 article');
		expect(tCount('list.count', 1)).toBe('1 article');
		expect(tCount('list.count', 2)).toBe('2 articles');
	});
});
