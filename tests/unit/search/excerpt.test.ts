import { describe, expect, it } from 'vitest';
import { excerptToSegments } from '../../../src/search/excerpt.ts';

describe('excerptToSegments', () => {
	it('splits marked words from the text around them', () => {
		expect(excerptToSegments('le <mark>cloud</mark> du groupe')).toEqual([
			{ text: 'le ', marked: false },
			{ text: 'cloud', marked: true },
			{ text: ' du groupe', marked: false },
		]);
	});

	it('decodes entities and drops any other tag', () => {
		expect(excerptToSegments('R&amp;D &lt;b&gt; <b>x</b> &#39;a&#x27;')).toEqual([
			{ text: "R&D <b> x 'a'", marked: false },
		]);
	});

	it('returns no segment for an empty excerpt', () => {
		expect(excerptToSegments('')).toEqual([]);
	});
});
