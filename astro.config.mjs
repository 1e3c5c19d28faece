// Astro configuration: static output, sitemap, and the project's integrations. https://docs.astro.build/en/reference/configuration-reference/
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { lastModifiedOf } from './src/articles/manifest.ts';
import { typographyPlugin } from './src/articles/render.ts';
import pagefind from './src/search/pagefind.ts';
import securityHeaders from './src/security/headers.ts';
import socialImages from './src/social-images/integration.ts';

// Environment overrides let tests and the benchmark build other content into other folders.
// The content folder itself is read by the collections' loaders (src/content.config.ts), which
// refuse invalid or unsafe content before any page is rendered (see CONTRIBUTING.md).
const env = process.env;
const site = env.VEILLE_SITE_URL ?? 'https://veille-ia.example.org';
const base = env.VEILLE_BASE ?? '/';
const cacheDir = env.VEILLE_CACHE_DIR ?? './node_modules/.astro';
// Each article's last change, from the manifest the content loaders write into the cache.
const lastModified = lastModifiedOf(fileURLToPath(new URL(cacheDir, import.meta.url)));

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir: env.VEILLE_OUT_DIR ?? './dist',
	publicDir: env.VEILLE_PUBLIC_DIR ?? './public',
	// A separate cache per build lets several builds (tests, bench) run side by side.
	cacheDir,
	build: {
		format: 'directory',
		// Pages rendered side by side: rendering one page takes about a millisecond of CPU, writing it
		// (and its incremental-build copy) as long again in disk waits, which other pages fill.
		concurrency: 8,
	},
	// Articles are rendered by the content pipeline (src/articles/render.ts), not Astro's Markdown
	// pipeline; no code highlighting (Shiki's inline styles would need an 'unsafe-inline' style policy).
	markdown: { syntaxHighlight: false },
	experimental: {
		// A rebuild re-renders only the pages whose `cacheKey` (see `cacheKey` in src/archive/archive.ts)
		// or code changed, and restores the others from the copy kept in cacheDir.
		// https://docs.astro.build/en/reference/experimental-flags/incremental-build/
		incrementalBuild: true,
	},
	// `?worker&url` bundles (the search dialog and highlighter, loaded on demand by
	// src/client/search.ts) as ES modules. https://vite.dev/config/worker-options#worker-format
	// The dev server's file watcher skips the tests' and the benchmark's scratch folders: they hold
	// whole sites, and the symbolic links the content check must refuse (tests/fixtures/).
	vite: {
		worker: { format: 'es' },
		server: { watch: { ignored: ['**/tests/.tmp/**', '**/bench/.tmp/**'] } },
	},
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
		// The project's own pages written in MDX (src/pages/*.mdx: trusted, compiled by Vite, may import
		// components). Contributors' articles never go through it: the content loaders
		// (src/articles/loaders.ts) read and render them as data, so none becomes a Vite module
		// (tests/build/editorial.test.ts). https://docs.astro.build/en/guides/integrations-guide/mdx/
		// Their text is set in French typography by the same plugin as the articles' (src/articles/render.ts).
		mdx({ processor: satteri({ hastPlugins: [typographyPlugin()] }) }),
		// https://docs.astro.build/en/guides/integrations-guide/sitemap/
		sitemap({
			filter: (page) => !page.includes('/404'),
			// lastmod of an article page: its updatedDate, else its pubDate.
			serialize: (item) => {
				const slug = /\/articles\/([^/]+)\/$/.exec(item.url)?.[1];
				const date = slug ? lastModified(slug) : undefined;
				return date ? { ...item, lastmod: new Date(date).toISOString() } : item;
			},
		}),
		// The search index is built by scripts/build.ts; this serves the last one to `astro dev`.
		pagefind(),
		// Article social images drawn in worker threads (cached by content hash) and copied into
		// <outDir>/og/articles/; the site image and dev requests go through src/pages/og/.
		socialImages(),
		// <outDir>/_headers: base-prefixed paths and the pages' CSP (see public/_headers).
		securityHeaders(),
	],
});
