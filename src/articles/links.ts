/** URL schemes links may use; anything else (javascript:, vbscript:, data:, file:…) is refused. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * The scheme of a URL as a browser reads it (ignoring the whitespace and control characters browsers
 * strip), lowercased, or `undefined` for relative URLs.
 * @example urlScheme(' JavaScript:alert(1)') // 'javascript'
 */
export function urlScheme(url: string): string | undefined {
	// Browsers drop ASCII tab/newline anywhere and leading C0 controls/spaces before parsing a URL.
	// eslint-disable-next-line no-control-regex
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
}

/** True when the URL is relative or uses an allowed scheme. */
export function isSafeUrl(url: string): boolean {
	const scheme = urlScheme(url);
	return scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}

/**
 * The article slug a site-internal link points to, or `undefined` for any other URL.
 * @example articleSlugFromUrl('/articles/openai-gpt-5/#chiffres') // 'openai-gpt-5'
 */
export function articleSlugFromUrl(url: string): string | undefined {
	return /^\/articles\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url.trim())?.[1];
}

/**
 * The path under public/ of a local image URL (`/images/x.png` → `images/x.png`), or `undefined` when
 * the URL is not a plain absolute path (remote, relative, with `..`, a query or a fragment).
 */
export function localImagePath(url: string): string | undefined {
	if (!/^\/[^/]/.test(url) || /[?#\\]/.test(url)) return undefined;
	const segments = url.slice(1).split('/');
	if (segments.some((segment) => segment === '..' || segment === '.' || segment === ''))
		return undefined;
	return segments.join('/');
}
