import { describe, expect, it } from 'vitest';
import { reportedDate } from '../../../src/archive/listing-date.ts';

const pubDate = new Date('2025-01-08T00:00:00Z');
const source = {
	publication: 'L’Usine Digitale',
	publicationUrl: 'https://www.usine-digitale.fr/',
};

describe('reportedDate', () => {
	it('leaves the date of the facts to the list when the facts are dated', () => {
		expect(reportedDate({ pubDateKind: 'annonce', pubDate, source })).toBeUndefined();
	});

	it('gives the source’s own words for an undated fact when the source has a date label', () => {
		expect(
			reportedDate({
				pubDateKind: 'signalement',
				pubDate,
				source: { ...source, dateLabel: 'semaine du 6 janvier 2025' },
			}),
		).toEqual({ prefix: 'Source\u00a0:', text: 'semaine du 6 janvier 2025' });
	});

	it('gives the day the source reported an undated fact when it has no label', () => {
		expect(reportedDate({ pubDateKind: 'signalement', pubDate, source })).toEqual({
			prefix: 'Source du',
			text: '8\u00a0janvier\u00a02025',
		});
	});
});
