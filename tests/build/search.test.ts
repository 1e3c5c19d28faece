// The Pagefind index of the real site: what it holds, and real queries against it in Node.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../helpers/content.ts';
import { openIndex, type PagefindClient } from '../helpers/pagefind.ts';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_DIR } from '../helpers/site.ts';

const content = readContent();
const published = content.articles.filter((article) => !article.draft);
const publishedSlugs = new Set(published.map((article) => article.slug));
const articleUrl = (slug: string) => `/articles/${slug}/`;
const editionLabels = content.editions.flatMap((edition) => {
	const used = edition.items.some((slug) => publishedSlugs.has(slug));
	return used ? [`${edition.title} — ${edition.dateLabel}`] : [];
});

let index: PagefindClient;
beforeAll(async () => {
	index = await openIndex(SITE_DIR);
});
afterAll(async () => {
	await index?.close();
});

describe('the search index', () => {
	it('is written to <outDir>/pagefind/ with its French entry point', () => {
		for (const file of ['pagefind.js', 'pagefind-entry.json', 'pagefind-highlight.js']) {
			expect(existsSync(join(SITE_DIR, 'pagefind', file)), file).toBe(true);
		}
		const entry = JSON.parse(readFileSync(join(SITE_DIR, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages)).toEqual(['fr']);
	});

	it('holds exactly the published articles', async () => {
		const entry = JSON.parse(readFileSync(join(SITE_DIR, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.fr.page_count).toBe(published.length);
		const { hits } = await index.search(null, { sort: { date: 'desc' } });
		expect(hits.map((hit) => hit.url).sort()).toEqual(
			published.map((article) => articleUrl(article.slug)).sort(),
		);
	});

	it('gives every result a title, standfirst, date and tags', async () => {
		const { hits } = await index.search(null, { sort: { date: 'desc' } });
		for (const hit of hits) {
			const article = published.find((a) => articleUrl(a.slug) === hit.url);
			expect(hit.meta.title).toBe(article?.title);
			expect(hit.meta.standfirst?.length).toBeGreaterThan(0);
			expect(hit.meta.date).toBe(article?.pubDate.toISOString().slice(0, 10));
			expect(hit.meta.tags?.length).toBeGreaterThan(0);
		}
		const dates = hits.map((hit) => hit.meta.date ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('offers every tag, company, year and edition in use as a filter', async () => {
		const filters = await index.filters();
		const label = (id: string) => content.tags.find((tag) => tag.id === id)?.label;
		const name = (id: string) => content.companies.find((company) => company.id === id)?.name;
		const expected = {
			tag: new Set(published.flatMap((a) => a.tags.map(label))),
			entreprise: new Set(published.flatMap((a) => a.companies.map(name))),
			annee: new Set(published.map((a) => String(a.pubDate.getUTCFullYear()))),
			edition: new Set(editionLabels),
		};
		for (const [filter, values] of Object.entries(expected)) {
			expect(Object.keys(filters[filter] ?? {}).sort(), filter).toEqual([...values].sort());
		}
	});
});

describe('queries against the index', () => {
	// Each query comes from content/articles/; the named article must come first.
	it.each([
		['Eni supercalculateur', 'eni-hpc6-supercalculateur', 'a company name and a word of the title'],
		['salaries', 'carrefour-carrefouria-salaries', 'no accent, matching « salariés »'],
		[
			'amende donnees personnelles',
			'italie-amende-openai-chatgpt',
			'no accents, matching « données »',
		],
		['supercalculateurs', 'eni-hpc6-supercalculateur', 'a plural, matching « supercalculateur »'],
		['revendre cadeau', 'leboncoin-ia-revente-cadeaux', 'a singular, matching « cadeaux »'],
		['lève', 'kobold-metals-leve-537-millions', 'a conjugated verb from the title'],
		['Rainbow Robotics', 'samsung-rainbow-robotics', 'a company name'],
		['Kalray', 'kalray-offre-data-acceleration-platform', 'a company name'],
		['WhatsApp', 'club-med-copilot-whatsapp', 'a product name'],
		['capteurs acoustiques', 'wavely-capteurs-acoustiques', 'words of the body'],
		['Coca-Cola', 'coca-cola-microsoft-1-1-milliard', 'a hyphenated company name'],
		['Las Vegas', 'ces-2025-ia-partout', 'a place named in the standfirst'],
	])('finds « %s » → %s first (%s)', async (query, slug) => {
		const { hits } = await index.search(query);
		expect(hits[0]?.url).toBe(articleUrl(slug));
	});

	it('marks the matched words in the excerpt', async () => {
		const { hits } = await index.search('supercalculateur');
		expect(hits[0]?.excerpt).toMatch(/<mark>supercalculateur<\/mark>/i);
	});

	it('narrows results with a filter', async () => {
		const all = await index.search('IA');
		const commerce = await index.search('IA', { filters: { tag: ['Commerce'] } });
		expect(commerce.hits.length).toBeLessThan(all.hits.length);
		expect(commerce.hits.map((hit) => hit.url).sort()).toEqual([
			articleUrl('carrefour-carrefouria-salaries'),
			articleUrl('leboncoin-ia-revente-cadeaux'),
		]);
		const year = await index.search('Microsoft', { filters: { annee: ['2024'] } });
		expect(year.hits.map((hit) => hit.url)).toEqual([
			articleUrl('coca-cola-microsoft-1-1-milliard'),
		]);
	});

	it('orders results newest first on the date sort key', async () => {
		const { hits } = await index.search('Microsoft', { sort: { date: 'desc' } });
		expect(hits.map((hit) => hit.url)).toEqual([
			articleUrl('microsoft-80-milliards-centres-de-donnees'),
			articleUrl('coca-cola-microsoft-1-1-milliard'),
		]);
	});
});

describe('the search index under a sub-path', () => {
	it('returns result URLs under the base path', async () => {
		const subpath = await openIndex(SUBPATH_DIR, SUBPATH_BASE);
		try {
			const { hits } = await subpath.search('Kalray');
			expect(hits[0]?.url).toBe(`${SUBPATH_BASE}articles/kalray-offre-data-acceleration-platform/`);
		} finally {
			await subpath.close();
		}
	});
});

describe('the search code of an article page', () => {
	const html = readFileSync(join(SITE_DIR, articleUrl(published[0]!.slug), 'index.html'), 'utf8');
	/** The page's own scripts: inline bodies and the files they name. */
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes]) => !/application\/(ld\+)?json/.test(attributes!))
		.map(([, attributes, body]) => {
			const src = /src="([^"]+)"/.exec(attributes!)?.[1];
			return src ? readFileSync(join(SITE_DIR, src), 'utf8') : body!;
		})
		.join('\n');

	it('leaves the dialog, its search code and Vite’s preload helper out of the page', () => {
		expect(html).not.toContain('<dialog');
		expect(html).not.toMatch(/modulepreload|preload-helper/);
		expect(scripts).not.toContain('__vitePreload');
	});

	it('names a dialog bundle, an ES module that defines the dialog without a preload helper', () => {
		const url = /["'`](\/_astro\/search-dialog-[\w-]+\.js)["'`]/.exec(scripts)?.[1];
		expect(url).toBeDefined();
		const bundle = readFileSync(join(SITE_DIR, url!), 'utf8');
		expect(bundle).toContain('vi-search-dialog');
		expect(bundle).toMatch(/\bimport\(/);
		expect(bundle).not.toMatch(/__vitePreload|modulepreload/);
	});
});
