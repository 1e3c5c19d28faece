import { describe, expect, it } from 'vitest';
import { editDistance, findNearest, sortByNearest } from '../../../src/content-check/distance.ts';

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['', 'abc', 3],
		['robotique', 'robotique', 0],
		['robotiqe', 'robotique', 1],
		['ia-generatvie', 'ia-generative', 1],
		['kitten', 'sitting', 3],
		['ca', 'abc', 3],
	])('returns the distance between "%s" and "%s" (%i)', (a, b, expected) => {
		expect(editDistance(a, b)).toBe(expected);
	});
});

describe('sortByNearest', () => {
	it('puts values containing the input first, then by distance, then alphabetically', () => {
		expect(sortByNearest('ia', ['robotique', 'cloud', 'ia-generative', 'sante'])).toEqual([
			'ia-generative',
			'sante',
			'cloud',
			'robotique',
		]);
	});

	it('compares without regard to case', () => {
		expect(sortByNearest('MICROSFOT', ['openai', 'microsoft'])).toEqual(['microsoft', 'openai']);
	});
});

describe('findNearest', () => {
	it('suggests a close value', () => {
		expect(findNearest('Encadré', ['Encadre', 'Figure', 'Chiffre'])).toBe('Encadre');
	});

	it('suggests nothing when every value is far', () => {
		expect(findNearest('blockchain', ['ia-generative', 'robotique'])).toBeUndefined();
	});

	it('suggests nothing from an empty list', () => {
		expect(findNearest('ia', [])).toBeUndefined();
	});
});
