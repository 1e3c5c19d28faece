import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rewriteHeaders } from '../../../src/security/headers.ts';
import {
	getInlineHashes,
	keepHashes,
	mergePolicies,
	trimPagePolicy,
} from '../../../src/security/csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('getInlineHashes', () => {
	it('hashes inline scripts and styles, not script files or JSON data blocks', () => {
		const html = [
			'<style>a{color:red}</style>',
			'<script type="module">console.log(1)</script>',
			'<script type="module" src="/_astro/x.js"></script>',
			'<script type="application/ld+json">{"a":1}</script>',
		].join('');
		expect(getInlineHashes(html)).toEqual(new Set([sha('a{color:red}'), sha('console.log(1)')]));
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

describe('trimPagePolicy', () => {
	it('keeps in the <meta> policy only the hashes of the inline code the page carries', () => {
		const kept = sha('a{color:red}');
		const other = sha('b{color:blue}');
		const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; style-src &#39;self&#39; ${kept.replace(/'/g, '&#39;')} ${other.replace(/'/g, '&#39;')}"><style>a{color:red}</style></head>`;
		const trimmed = trimPagePolicy(html);
		expect(trimmed).toContain(kept.replace(/'/g, '&#39;'));
		expect(trimmed).not.toContain(other.replace(/'/g, '&#39;'));
		expect(trimmed).toContain('<style>a{color:red}</style>');
	});

	it('leaves a page without a policy alone', () => {
		expect(trimPagePolicy('<p>texte</p>')).toBe('<p>texte</p>');
	});
});
