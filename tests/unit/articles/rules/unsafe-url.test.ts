import { describe, expect, it } from 'vitest';
import { unsafeUrl } from '../../../../src/articles/rules/unsafe-url.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/unsafe-url', () => {
	it.each([
		['[lien](javascript:alert(1))', 'javascript:alert(1)', 'javascript'],
		['[lien](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)', 'javascript'],
		['[lien](vbscript:msgbox)', 'vbscript:msgbox', 'vbscript'],
		['[lien][x]\n\n[x]: data:text/html,bonjour', 'data:text/html,bonjour', 'data'],
		['![x](data:image/png;base64,AAAA)', 'data:image/png;base64,AAAA', 'data'],
		['<Citation auteur="A" source="S" lien="ftp://x">Texte.</Citation>', 'ftp://x', 'ftp'],
		['<a href="javascript:x">x</a>', 'javascript:x', 'javascript'],
	])('refuses %s', (source, url, scheme) => {
		expect(checkBody(source, unsafeUrl).problems).toEqual([
			expect.stringMatching(
				new RegExp(
					`^1:\\d+ mdx/unsafe-url: the URL "${RegExp.escape(url)}" uses the ${scheme}: scheme, which is not allowed; use an http\\(s\\) address or a path of the site \\(allowed schemes: http, https, mailto\\)$`,
				),
			),
		]);
	});

	it('accepts http(s), mailto, fragments and site paths', () => {
		const source =
			'[a](https://example.org/) [b](mailto:redaction@example.org) [c](#suite) [d](/tags/cloud/) ![e](/images/existe.png)';
		expect(checkBody(source, unsafeUrl).problems).toEqual([]);
	});
});
