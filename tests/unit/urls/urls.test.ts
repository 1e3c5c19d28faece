import { describe, expect, it } from 'vitest';
import { paths, toAbsoluteUrl, withBase } from '../../../src/urls/urls.ts';

describe('withBase', () => {
	it.each([
		['/tags/', '/', '/tags/'],
		['/tags/', '/veille-ia/', '/veille-ia/tags/'],
		['/tags/', '/veille-ia', '/veille-ia/tags/'],
		['tags/', '/veille-ia/', '/veille-ia/tags/'],
		['/', '/veille-ia/', '/veille-ia/'],
	])('puts %s under base %s as %s', (path, base, expected) => {
		expect(withBase(path, base)).toBe(expected);
	});
});

describe('paths', () => {
	it('builds every kind of page path with a trailing slash', () => {
		expect(paths.article('a-b')).toBe('/articles/a-b/');
		expect(paths.tag('cloud')).toBe('/tags/cloud/');
		expect(paths.company('openai')).toBe('/entreprises/openai/');
		expect(paths.year(2025)).toBe('/archives/2025/');
		expect(paths.month(2025, 1)).toBe('/archives/2025/01/');
		expect(paths.edition('x')).toBe('/editions/x/');
		expect(paths.search()).toBe('/recherche/');
	});
});

describe('toAbsoluteUrl', () => {
	it('joins the site, the base and the path', () => {
		expect(toAbsoluteUrl('/tags/', 'https://example.org', '/veille-ia/')).toBe(
			'https://example.org/veille-ia/tags/',
		);
	});
});
