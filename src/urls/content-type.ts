import { lookup } from 'mrmime';

/**
 * The Content-Type of a file the site serves, by its name: mrmime's table (the one Astro's own
 * servers use), with `charset=utf-8` on text, and `application/octet-stream` for Pagefind's
 * binary chunks (`.pf_meta`, `.pf_index`, `.pf_fragment`, `.pf_filter`) and anything unknown.
 * @example contentTypeOf('index.html') // 'text/html; charset=utf-8'
 */
export function contentTypeOf(file: string): string {
	const type = lookup(file);
	if (!type) return 'application/octet-stream';
	return /^text\/|\/(json|javascript|xml)$/.test(type) ? `${type}; charset=utf-8` : type;
}
