import { describe, expect, it } from 'vitest';
import { articleLink } from '../../../../src/articles/rules/article-link.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/broken-article-link', () => {
	it('records every link to an article page, for the pipeline to settle once every article is known', () => {
		const source =
			'[a](/articles/un-article/) [b](/articles/autre/#suite) [c](/tags/cloud/) [d](https://example.org/articles/x/)';
		expect(checkBody(source, articleLink)).toEqual({
			problems: [],
			links: ['un-article', 'autre'],
		});
	});
});
