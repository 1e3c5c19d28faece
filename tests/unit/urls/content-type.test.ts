import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../../../src/urls/content-type.ts';

describe('contentTypeOf', () => {
	it.each([
		['index.html', 'text/html; charset=utf-8'],
		['_astro/a.css', 'text/css; charset=utf-8'],
		['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
		['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
		['rss.xml', 'text/xml; charset=utf-8'],
		['pagefind/wasm.fr.pagefind', 'application/octet-stream'],
		['pagefind/pagefind.fr_1a2b.pf_meta', 'application/octet-stream'],
		['pagefind/wasm.unknown.wasm', 'application/wasm'],
		['og/site.png', 'image/png'],
		['favicon.svg', 'image/svg+xml'],
	])('gives %s the type %s', (file, type) => {
		expect(contentTypeOf(file)).toBe(type);
	});
});
