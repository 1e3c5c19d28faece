// Content Security Policy helpers. Astro (`security.csp` in astro.config.mjs) lists the hash of every
// inline script and style of the whole site in every page's <meta> policy; `trimPagePolicy` keeps in
// a page only the hashes of the inline scripts and styles it really carries (files are allowed by
// 'self'), which saves about 1.2 KB gzipped per page. src/middleware.ts applies it to every page as
// it is rendered; src/security/headers.ts merges the pages' policies into `_headers`.
import { createHash } from 'node:crypto';

export const META_POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i;
/** Inline scripts that run (not JSON data blocks) and inline styles, with their content. */
const INLINE_CODE = /<(script|style)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/gi;
const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

/** The CSP hash sources (`'sha256-…'`) of the inline scripts and styles of a page. */
export function getInlineHashes(html: string): Set<string> {
	const hashes = new Set<string>();
	for (const [, tag, attributes, content] of html.matchAll(INLINE_CODE)) {
		if (/\ssrc=/i.test(attributes)) continue;
		if (tag.toLowerCase() === 'script' && /type="application\/(ld\+)?json"/i.test(attributes)) {
			continue;
		}
		hashes.add(`'sha256-${createHash('sha256').update(content).digest('base64')}'`);
	}
	return hashes;
}

/** Keeps, among the hash sources of a policy, only those in `keep`; other sources stay. */
export function keepHashes(policy: string, keep: Set<string>): string {
	return policy
		.split(';')
		.map((part) =>
			part
				.split(' ')
				.filter((source) => !HASH_SOURCE.test(source) || keep.has(source))
				.join(' '),
		)
		.join(';');
}

/** Parses a policy into directive name → sources, keeping their order. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** The union of several policies: each directive lists every source any of them allows. */
export function mergePolicies(policies: Iterable<string>, extra: string[] = []): string {
	const merged = new Map<string, Set<string>>();
	for (const policy of [...policies, ...extra]) {
		for (const [name, sources] of parsePolicy(policy)) {
			const set = merged.get(name) ?? new Set<string>();
			for (const source of sources) set.add(source);
			merged.set(name, set);
		}
	}
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The page's <meta> policy as written (entities decoded), or `undefined` when it has none. */
export function getPagePolicy(html: string): string | undefined {
	return META_POLICY.exec(html)?.[2].replace(/&#39;/g, "'");
}

/** The page with its <meta> policy trimmed to the hashes of its own inline scripts and styles. */
export function trimPagePolicy(html: string): string {
	const match = META_POLICY.exec(html);
	if (!match) return html;
	const policy = keepHashes(match[2].replace(/&#39;/g, "'"), getInlineHashes(html));
	const attribute = match[2].includes('&#39;') ? policy.replace(/'/g, '&#39;') : policy;
	return html.replace(META_POLICY, `$1${attribute}"`);
}
