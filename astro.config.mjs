// Astro configuration: static output, MDX, sitemap. https://docs.astro.build/en/reference/configuration-reference/
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentGuard from './src/integrations/content-guard.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import socialImages from './src/integrations/social-images.ts';
import { CONTENT_DIR } from './src/content-dir.ts';
import { readArticleDates } from './src/integrations/article-dates.ts';

// Environment overrides let tests and the benchmark build other content into other folders.
const env = process.env;
const site = env.VEILLE_SITE_URL ?? 'https://veille-ia.example.org';
const base = env.VEILLE_BASE ?? '/';

const articleDates = readArticleDates(CONTENT_DIR);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir: env.VEILLE_OUT_DIR ?? './dist',
	publicDir: env.VEILLE_PUBLIC_DIR ?? './public',
	// A separate cache per build lets several builds (tests, bench) run side by side.
	cacheDir: env.VEILLE_CACHE_DIR ?? './node_modules/.astro',
	build: { format: 'directory' },
	// `?worker&url` bundles (the search dialog and highlighter, loaded on demand by
	// src/client/search.ts) as ES modules. https://vite.dev/config/worker-options#worker-format
	vite: { worker: { format: 'es' } },
	// Content Security Policy in a <meta> element of every page, with a hash of each script and style
	// Astro emits; public/_headers repeats the non-hash directives (and those a <meta> cannot carry).
	// https://docs.astro.build/en/reference/configuration-reference/#securitycsp
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly search engine in the page.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	integrations: [
		// Refuses invalid or unsafe content before any MDX is compiled (see CONTRIBUTING.md).
		contentGuard({ contentDir: CONTENT_DIR }),
		mdx(),
		// https://docs.astro.build/en/guides/integrations-guide/sitemap/
		sitemap({
			filter: (page) => !page.includes('/404'),
			// lastmod of an article page: its updatedDate, else its pubDate.
			serialize: (item) => {
				const slug = /\/articles\/([^/]+)\/$/.exec(item.url)?.[1];
				const date = slug ? articleDates.get(slug) : undefined;
				return date ? { ...item, lastmod: date.toISOString() } : item;
			},
		}),
		// Search index of the articles in <outDir>/pagefind/ (see src/integrations/pagefind.ts).
		pagefind(),
		// Article social images drawn in worker threads (cached by content hash) and copied into
		// <outDir>/og/articles/; the site image and dev requests go through src/pages/og/.
		socialImages({ contentDir: CONTENT_DIR }),
		// <outDir>/_headers: base-prefixed paths and the pages' CSP (see public/_headers).
		securityHeaders(),
	],
});
