// The page's policy is computed from the elements the browser builds, never from look-alike text:
// every hash below is computed here with node:crypto over a hand-written string, the text the
// browser hashes, independently of the parser under test.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rewriteHeaders, startTrimmerWorker } from '../../../src/security/headers.ts';
import {
	getInlineHashes,
	getPagePolicy,
	keepHashes,
	mergePolicies,
	readPageCsp,
	trimPagePolicy,
} from '../../../src/security/csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const hashesOf = (...texts: string[]) => new Set(texts.map(sha));

/** A CSP <meta> allowing `'self'` and the given hash sources for styles, as Astro writes it. */
const policyMeta = (...hashes: string[]) =>
	`<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' ${hashes.join(' ')}">`;

describe('getInlineHashes', () => {
	it.each([
		[
			'a <style> inside a double-quoted attribute value',
			'<meta property="og:title" content="Le <style> des patrons"><style>a{color:red}</style>',
			['a{color:red}'],
		],
		[
			'a <style> inside a single-quoted attribute value',
			"<div data-pagefind-meta='title:Le <style> des patrons'></div><style>b{}</style>",
			['b{}'],
		],
		[
			'a whole <style>…</style> inside an attribute value',
			'<p title="</style><style>x{}</style>">texte</p><style>c{}</style>',
			['c{}'],
		],
		[
			'a <style> in an unquoted attribute value',
			'<p title=<style>texte</p><style>u{}</style>',
			['u{}'],
		],
		[
			'a <script> inside an attribute value',
			'<a title="<script>alert(1)</script>" href="/">lien</a><script type="module">go()</script>',
			['go()'],
		],
		[
			'an unescaped <style> inside <title>',
			'<title>Le <style> des patrons</title><style>t{}</style>',
			['t{}'],
		],
		[
			'an escaped <style> inside <title>',
			'<title>Le &lt;style&gt; des patrons</title><style>t{}</style>',
			['t{}'],
		],
		[
			'a <style> element inside a comment',
			'<!-- <style>c{}</style> --><style>r{}</style>',
			['r{}'],
		],
		['an unclosed <style> inside a comment', '<!-- <style> --><style>r{}</style>', ['r{}']],
		[
			'a <style> inside a <textarea>',
			'<textarea><style>x{}</style></textarea><style>y{}</style>',
			['y{}'],
		],
		[
			'a <style> inside JSON-LD, which is never hashed',
			'<script type="application/ld+json">{"name":"<style>x</style>"}</script><style>j{}</style>',
			['j{}'],
		],
		[
			'a JSON-LD block that the browser keeps open past its first </script>',
			'<script type="application/ld+json">{"a":"<!--<script>"}</script><style>s{}</style></script>',
			[],
		],
		['uppercase and mixed-case tags', '<STYLE>A{}</STYLE><Script>B()</sCRIPT>', ['A{}', 'B()']],
		[
			'attributes on style and script',
			'<style media="print" data-x="a>b">p{}</style><script type="module" async>m()</script>',
			['p{}', 'm()'],
		],
		[
			'several inline styles and scripts, one of them twice',
			'<style>a{}</style><script>one()</script><style>b{}</style><script>two()</script><style>a{}</style>',
			['a{}', 'one()', 'b{}', 'two()'],
		],
		[
			'code inside <template>, which the page may insert',
			'<template><style>t{}</style><script>tpl()</script></template>',
			['t{}', 'tpl()'],
		],
		[
			'<noscript> styles (applied without JavaScript) but not its scripts (never run)',
			'<noscript><style>n{}</style><script>never()</script></noscript>',
			['n{}'],
		],
		[
			'raw text left as written, character references included',
			'<script>if (a < b && c > d) x = "&amp;"</script><style>q::after{content:"&lt;"}</style>',
			['if (a < b && c > d) x = "&amp;"', 'q::after{content:"&lt;"}'],
		],
		[
			'line breaks normalised as the browser does',
			'<style>a{}\r\nb{}\rc{}</style>',
			['a{}\nb{}\nc{}'],
		],
		['a NUL character replaced as the browser does', '<style>a\u0000b</style>', ['a\uFFFDb']],
		[
			'an SVG <style>, whose character references the parser decodes',
			'<svg><style>a&amp;b{}</style></svg><style>a&amp;b{}</style>',
			['a&b{}', 'a&amp;b{}'],
		],
		['a MathML <style>, which is no style sheet', '<math><style>m{}</style></math>', []],
	])('finds only real inline code next to %s', (_, html, texts) => {
		expect(getInlineHashes(html)).toEqual(hashesOf(...texts));
	});

	it.each([
		['<script>classic()</script>', 'classic()'],
		['<script type="">empty()</script>', 'empty()'],
		['<script type="TEXT/JavaScript">upper()</script>', 'upper()'],
		['<script type=" module ">spaced()</script>', 'spaced()'],
		['<script language="javascript">legacy()</script>', 'legacy()'],
		['<script type="importmap">{"imports":{}}</script>', '{"imports":{}}'],
		['<script type="speculationrules">{"prefetch":[]}</script>', '{"prefetch":[]}'],
		['<style type="TEXT/CSS">a{}</style>', 'a{}'],
		['<script type="module" src="/_astro/x.js"></script>', undefined],
		['<script src="">ignored()</script>', undefined],
		['<script type="application/json">{"a":1}</script>', undefined],
		['<script type="application/ld+json">{"a":1}</script>', undefined],
		['<script type="text/javascript; charset=utf-8">params()</script>', undefined],
		['<script type="text/plain">text</script>', undefined],
		['<script language="vbscript">legacy</script>', undefined],
		['<svg><script href="/x.js"></script></svg>', undefined],
		['<style type="text/less">a{}</style>', undefined],
	])('hashes %s as the browser checks it (%j)', (html, text) => {
		expect(getInlineHashes(html)).toEqual(text === undefined ? new Set() : hashesOf(text));
	});
});

describe('readPageCsp', () => {
	it('locates the content attribute of each CSP <meta> of <head>, and no look-alike', () => {
		const html =
			'<!DOCTYPE html><html><head>' +
			'<meta name="description" content=\'<meta http-equiv="content-security-policy" content="a">\'>' +
			'<!-- <meta http-equiv="content-security-policy" content="b"> -->' +
			'<noscript><meta http-equiv="content-security-policy" content="c"></noscript>' +
			'<template><meta http-equiv="content-security-policy" content="d"></template>' +
			'<META HTTP-EQUIV="Content-Security-Policy" CONTENT="e" content="not this">' +
			'</head><body><meta http-equiv="content-security-policy" content="f"></body></html>';
		const { metas } = readPageCsp(html);
		expect(metas.map(({ policy, start, end }) => [policy, html.slice(start, end)])).toEqual([
			['e', 'CONTENT="e"'],
		]);
	});

	it('gives offsets in the text as given, byte order mark and CRLF line breaks included', () => {
		const html = '\uFEFF<head>\r\n<title>a\r\nb</title>\r\n' + policyMeta("'sha256-A='");
		const [meta] = readPageCsp(html).metas;
		expect(html.slice(meta!.start, meta!.end)).toBe(
			`content="default-src 'self'; style-src 'self' 'sha256-A='"`,
		);
	});

	it('decodes the character references of a policy', () => {
		const html = '<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">';
		expect(readPageCsp(html).metas.map(({ policy }) => policy)).toEqual(["default-src 'self'"]);
	});
});

describe('trimPagePolicy', () => {
	const kept = sha('a{color:red}');
	const dropped = sha('b{color:blue}');

	it('keeps the real style hash of a page whose title contains <style>', () => {
		const html =
			'<!DOCTYPE html><html lang="fr"><head><title>Le &lt;style&gt; des patrons</title>' +
			'<meta property="og:title" content="Le <style> des patrons">' +
			policyMeta(kept, dropped) +
			'<style>a{color:red}</style></head>' +
			'<body><article data-pagefind-meta="title:Le <style> des patrons">…</article></body></html>';
		expect(trimPagePolicy(html)).toBe(
			'<!DOCTYPE html><html lang="fr"><head><title>Le &lt;style&gt; des patrons</title>' +
				'<meta property="og:title" content="Le <style> des patrons">' +
				policyMeta(kept) +
				'<style>a{color:red}</style></head>' +
				'<body><article data-pagefind-meta="title:Le <style> des patrons">…</article></body></html>',
		);
	});

	it('rewrites neither a <meta> policy inside an attribute value nor one inside a comment', () => {
		const fakeInAttribute = `<meta name="description" content='<meta http-equiv="content-security-policy" content="style-src ${dropped}">'>`;
		const fakeInComment = `<!-- <meta http-equiv="content-security-policy" content="style-src ${dropped}"> -->`;
		const html = `<head>${fakeInAttribute}${fakeInComment}${policyMeta(kept, dropped)}<style>a{color:red}</style></head>`;
		expect(trimPagePolicy(html)).toBe(
			`<head>${fakeInAttribute}${fakeInComment}${policyMeta(kept)}<style>a{color:red}</style></head>`,
		);
	});

	it('trims every CSP <meta> of <head> and leaves one in <body> as written', () => {
		const inBody = `<meta http-equiv="content-security-policy" content="style-src ${dropped}">`;
		const html = `<head>${policyMeta(kept, dropped)}${policyMeta(dropped)}</head><body><style>a{color:red}</style>${inBody}</body>`;
		const emptied = `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self'">`;
		expect(trimPagePolicy(html)).toBe(
			`<head>${policyMeta(kept)}${emptied}</head><body><style>a{color:red}</style>${inBody}</body>`,
		);
	});

	it('writes the policy back double-quoted, with its quotes as plain characters', () => {
		const html = `<meta http-equiv=content-security-policy content='style-src &#39;self&#39; ${dropped.replace(/'/g, '&#39;')}'>`;
		expect(trimPagePolicy(html)).toBe(
			`<meta http-equiv=content-security-policy content="style-src 'self'">`,
		);
	});

	it('leaves a page without a policy alone', () => {
		expect(trimPagePolicy('<p>texte</p>')).toBe('<p>texte</p>');
	});
});

describe('getPagePolicy', () => {
	it('reads the real <meta> policy, not a look-alike in an attribute value or a comment', () => {
		const html =
			'<head><meta name="description" content=\'<meta http-equiv="content-security-policy" content="fake">\'>' +
			'<!-- <meta http-equiv="content-security-policy" content="fake"> -->' +
			'<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head>';
		expect(getPagePolicy(html)).toBe("default-src 'self'");
	});

	it('gives undefined for the start of a page cut inside its <meta> policy', () => {
		const html = '<head><meta http-equiv="content-security-policy" content="default-src \'self\'">';
		expect(getPagePolicy(html.slice(0, -3))).toBeUndefined();
		expect(getPagePolicy(html)).toBe("default-src 'self'");
	});

	it('gives undefined when the only CSP <meta> comes after <body> opened', () => {
		const html = '<head></head><body><meta http-equiv="content-security-policy" content="x">';
		expect(getPagePolicy(html)).toBeUndefined();
	});
});

describe('startTrimmerWorker', () => {
	it('trims pages in a worker thread exactly as trimPagePolicy does', async () => {
		const pages = [
			`<head>${policyMeta(sha('a{color:red}'), sha('b{color:blue}'))}<style>a{color:red}</style></head>`,
			'<p>texte</p>',
		];
		const worker = startTrimmerWorker();
		try {
			expect(await Promise.all(pages.map(worker.trim))).toEqual(pages.map(trimPagePolicy));
		} finally {
			await worker.stop();
		}
	});
});

describe('keepHashes', () => {
	it('drops the hash sources a page does not need and keeps every other source', () => {
		const policy =
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='";
		expect(keepHashes(policy, new Set(["'sha256-BBB='"]))).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB='",
		);
	});
});

describe('mergePolicies', () => {
	it('lists every source any policy allows, once, plus the extra directives', () => {
		expect(
			mergePolicies(
				["script-src 'self' 'sha256-A='", "script-src 'self' 'sha256-B='"],
				["frame-ancestors 'none'"],
			),
		).toBe("script-src 'self' 'sha256-A=' 'sha256-B='; frame-ancestors 'none'");
	});
});

describe('rewriteHeaders', () => {
	it('prefixes paths with the base and replaces the policy', () => {
		const text = '/*\n  Content-Security-Policy: old\n  X-Content-Type-Options: nosniff';
		expect(rewriteHeaders(text, '/veille-ia/', "default-src 'self'")).toBe(
			"/veille-ia/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff",
		);
	});
});
