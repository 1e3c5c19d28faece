import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/articles/toc.ts';

describe('buildToc', () => {
	it('nests h3 under the preceding h2 and ignores other depths', () => {
		expect(
			buildToc([
				{ depth: 2, slug: 'a', text: 'A' },
				{ depth: 3, slug: 'a1', text: 'A1' },
				{ depth: 4, slug: 'a1x', text: 'A1x' },
				{ depth: 2, slug: 'b', text: 'B' },
			]),
		).toMatchInlineSnapshot(`
			[
			  {
			    "children": [
			      {
			        "slug": "a1",
			        "text": "A1",
			      },
			    ],
			    "slug": "a",
			    "text": "A",
			  },
			  {
			    "children": [],
			    "slug": "b",
			    "text": "B",
			  },
			]
		`);
	});

	it('promotes an h3 that comes before any h2', () => {
		expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([
			{ slug: 'x', text: 'X', children: [] },
		]);
	});
});
