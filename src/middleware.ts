// Runs as each page is rendered, at build time for this static site. Astro's CSP <meta> lists the
// hashes of every inline script and style of the whole site; each page keeps only its own (see
// src/security/csp.ts). Doing it here rather than over the written files means a page restored by an
// incremental build is already trimmed. https://docs.astro.build/en/guides/middleware/
import { defineMiddleware } from 'astro:middleware';
import { trimPagePolicy } from './security/csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = trimPagePolicy(await response.text());
	return new Response(html, { status: response.status, headers: response.headers });
});
