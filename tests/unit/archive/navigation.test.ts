import { describe, expect, it } from 'vitest';
import { getSections } from '../../../src/archive/navigation.ts';

describe('getSections', () => {
	it('lists the archive sections with French labels, in header order', () => {
		expect(getSections().map(({ href, label }) => `${label} ${href}`)).toEqual([
			'Archives /archives/',
			'Thèmes /tags/',
			'Entreprises /entreprises/',
			'Éditions /editions/',
			'Chronologie /chronologie/',
			'Chiffres /chiffres/',
		]);
	});
});
