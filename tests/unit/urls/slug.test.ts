import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../../src/schemas/primitives.ts';
import { titleToSlug } from '../../../src/urls/slug.ts';

describe('titleToSlug', () => {
	it.each([
		["L'Oréal s'offre une IA", 'l-oreal-s-offre-une-ia'],
		['L’IA générative : « CarrefourIA » !', 'l-ia-generative-carrefouria'],
		['Cœur de métier, ex æquo', 'coeur-de-metier-ex-aequo'],
		[
			'Coca-Cola s’engage pour 1,1 milliard de dollars',
			'coca-cola-s-engage-pour-1-1-milliard-de-dollars',
		],
		['  — Deux   espaces —  ', 'deux-espaces'],
	])('turns %j into %j, a valid slug', (title, slug) => {
		expect(titleToSlug(title)).toBe(slug);
		expect(SLUG_PATTERN.test(slug)).toBe(true);
	});
});
