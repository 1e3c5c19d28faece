// Runs as each page is rendered, at build time for this static site. Astro's CSP <meta> lists the
// hashes of every inline script and style of the whole site; each page keeps only its own, found
// by parsing the page as the browser does (see src/security/csp.ts). Doing it here rather than over the
// written files means a page restored by an incremental build is already trimmed.
// https://docs.astro.build/en/guides/middleware/
import { defineMiddleware } from 'astro:middleware';
import { PAGE_POLICY_TRIMMER, trimPagePolicy, type PagePolicyTrimmer } from './security/csp.ts';

/** The build's worker thread, when there is one (src/security/headers.ts). */
const trimmerSlot = globalThis as { [PAGE_POLICY_TRIMMER]?: PagePolicyTrimmer };

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const trim = trimmerSlot[PAGE_POLICY_TRIMMER] ?? trimPagePolicy;
	const html = await trim(await response.text());
	return new Response(html, { status: response.status, headers: response.headers });
});
