import { describe, expect, it } from 'vitest';
import { excerptToSegments, toFrenchApostrophes } from '../../../src/search/excerpt.ts';

describe('excerptToSegments', () => {
	it('splits marked words from the text around them', () => {
		expect(excerptToSegments('le <mark>cloud</mark> du groupe')).toEqual([
			{ text: 'le ', marked: false },
			{ text: 'cloud', marked: true },
			{ text: ' du groupe', marked: false },
		]);
	});

	it('decodes entities and drops any other tag', () => {
		expect(excerptToSegments('R&amp;D &lt;b&gt; <b>x</b> &#38;a&#x26;')).toEqual([
			{ text: 'R&D <b> x &a&', marked: false },
		]);
	});

	it('writes the index’s ASCII apostrophes as French ones, entities included', () => {
		expect(excerptToSegments("l'<mark>IA</mark> d&#39;OpenAI")).toEqual([
			{ text: 'l’', marked: false },
			{ text: 'IA', marked: true },
			{ text: ' d’OpenAI', marked: false },
		]);
	});

	it('keeps the punctuation at either end of a marked word outside the mark', () => {
		expect(
			excerptToSegments('<mark>Sources.</mark> <mark>(IA)</mark>, <mark>«\u00a0CES\u00a0»</mark>'),
		).toEqual([
			{ text: 'Sources', marked: true },
			{ text: '. (', marked: false },
			{ text: 'IA', marked: true },
			{ text: '), «\u00a0', marked: false },
			{ text: 'CES', marked: true },
			{ text: '\u00a0»', marked: false },
		]);
	});

	it('keeps the elision before a marked word outside the mark', () => {
		expect(
			excerptToSegments('<mark>l’IA.</mark> <mark>D’intelligence</mark> <mark>jusqu’ici</mark>'),
		).toEqual([
			{ text: 'l’', marked: false },
			{ text: 'IA', marked: true },
			{ text: '. D’', marked: false },
			{ text: 'intelligence', marked: true },
			{ text: ' jusqu’', marked: false },
			{ text: 'ici', marked: true },
		]);
	});

	it('keeps the punctuation inside a marked word in the mark', () => {
		expect(excerptToSegments('de <mark>Coca-Cola,</mark> <mark>aujourd’hui</mark>')).toEqual([
			{ text: 'de ', marked: false },
			{ text: 'Coca-Cola', marked: true },
			{ text: ', ', marked: false },
			{ text: 'aujourd’hui', marked: true },
		]);
	});

	it('leaves a mark of punctuation alone unmarked', () => {
		expect(excerptToSegments('a <mark>—</mark> b')).toEqual([{ text: 'a — b', marked: false }]);
	});

	it('returns no segment for an empty excerpt', () => {
		expect(excerptToSegments('')).toEqual([]);
	});
});

describe('toFrenchApostrophes', () => {
	it('replaces every ASCII apostrophe with a French one', () => {
		expect(toFrenchApostrophes("L'Usine Digitale, l'IA d'OpenAI")).toBe(
			'L’Usine Digitale, l’IA d’OpenAI',
		);
	});
});
