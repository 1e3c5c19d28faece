import type { APIRoute } from 'astro';

/** robots.txt pointing crawlers to the sitemap (it follows `site` and `base`). */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/sitemap-index.xml`, site);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
