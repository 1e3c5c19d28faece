import { describe, expect, it } from 'vitest';
import { imageAlt, imageSource, missingImage } from '../../../../src/articles/rules/images.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/image-source', () => {
	it.each([
		['![x](https://tracker.example/p.gif)', 'image "https://tracker.example/p.gif"'],
		['![x](images/relative.png)', 'image "images/relative.png"'],
		[
			'<Figure src="https://example.org/x.png" alt="A" legende="L" />',
			'<Figure> src "https://example.org/x.png"',
		],
	])('refuses %s', (source, owner) => {
		expect(checkBody(source, imageSource).problems).toEqual([
			`1:1 mdx/image-source: ${owner} is not a file of the site; save the image (with permission to reuse it) under public/images/ and write src="/images/<name>.png"`,
		]);
	});
});

describe('mdx/missing-image', () => {
	it('refuses an image that is not under public/', () => {
		expect(checkBody('![x](/images/absente.png)', missingImage).problems).toEqual([
			'1:1 mdx/missing-image: image "/images/absente.png" does not exist: add the file as public/images/absente.png or fix the path',
		]);
	});

	it('accepts an image that is', () => {
		expect(checkBody('![x](/images/existe.png)', missingImage).problems).toEqual([]);
	});
});

describe('mdx/image-alt', () => {
	it.each(['![](/images/existe.png)', '![   ](/images/existe.png)'])('refuses %s', (source) => {
		expect(checkBody(source, imageAlt).problems).toEqual([
			'1:1 mdx/image-alt: image without alt text; describe it: ![what the image shows](/images/…)',
		]);
	});
});
