import { describe, expect, it } from 'vitest';
import { fr } from '../../../src/i18n/fr.ts';
import { fill, pickStrings, t, tCount } from '../../../src/i18n/t.ts';
import { typesetFrench } from '../../../src/i18n/typography.ts';

/** Every UI key. */
const KEYS = Object.keys(fr) as (keyof typeof fr)[];

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
		expect(t('article.readingTime', { minutes: 3 })).toBe('Lecture\u00a0: 3\u00a0min');
	});

	it('leaves unknown placeholders visible', () => {
		expect(t('article.readingTime')).toBe('Lecture\u00a0: {minutes}\u00a0min');
	});

	it.each([
		['search.status.none', 'Aucun résultat pour «\u202f{query}\u202f».'],
		['article.verification.claim', 'Le texte source indiquait\u00a0:'],
		['search.shortcutHint', 'Raccourci\u00a0: /'],
		['site.description', fr['site.description']],
	] as const)('writes %s in French typography', (key, expected) => {
		expect(t(key)).toBe(expected);
	});

	it('gives every string in French typography, with no plain space before : ; ! ? » or after «', () => {
		const faulty = KEYS.filter(
			(key) => t(key) !== typesetFrench(fr[key]) || / [:;!?»]|« /.test(t(key)),
		);
		expect(faulty).toEqual([]);
	});

	it('puts the values in as they are', () => {
		expect(t('search.status.none', { query: "l'IA : x" })).toBe(
			"Aucun résultat pour «\u202fl'IA : x\u202f».",
		);
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

	it('returns them in French typography, as t gives them', () => {
		const strings = pickStrings('search.status.');
		expect(strings['search.status.one']).toBe(t('search.status.one'));
		expect(strings['search.status.one']).toBe('Un résultat pour «\u202f{query}\u202f».');
	});
});

describe('tCount', () => {
	it('uses the singular for 0 and 1 and the plural above', () => {
		expect(tCount('list.count', 0)).toBe('0 article');
		expect(tCount('list.count', 1)).toBe('1 article');
		expect(tCount('list.count', 2)).toBe('2 articles');
	});
});
