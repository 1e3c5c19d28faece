import { describe, expect, it } from 'vitest';
import { editionToFilterLabel, getSearchRecord } from '../../../src/search/records.ts';

const edition = { title: 'L’essentiel de l’actu IA', dateLabel: 'semaine du 6 janvier 2025' };

describe('editionToFilterLabel', () => {
	it('joins title and date label without a comma', () => {
		expect(editionToFilterLabel(edition)).toBe(
			'L’essentiel de l’actu IA — semaine du 6 janvier 2025',
		);
	});
});

describe('getSearchRecord', () => {
	it('builds the date key and the four filters of an article', () => {
		expect(
			getSearchRecord({
				pubDate: new Date('2024-12-31'),
				tags: ['Robotique'],
				companies: ['Samsung', 'Rainbow Robotics'],
				editions: [edition],
			}),
		).toMatchInlineSnapshot(`
			{
			  "date": "2024-12-31",
			  "filters": {
			    "annee": [
			      "2024",
			    ],
			    "edition": [
			      "L’essentiel de l’actu IA — semaine du 6 janvier 2025",
			    ],
			    "entreprise": [
			      "Samsung",
			      "Rainbow Robotics",
			    ],
			    "tag": [
			      "Robotique",
			    ],
			  },
			}
		`);
	});
});
