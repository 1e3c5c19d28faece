// The Pagefind index of the real site: what it holds, and real queries against it in Node.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { searchAcronymFirst } from '../../src/search/acronyms.ts';
import { excerptToSegments, toFrenchApostrophes } from '../../src/search/excerpt.ts';
import { buildSearchIndex, INDEX_CHUNK_SIZE } from '../../src/search/pagefind.ts';
import { ROOT, TMP } from '../helpers/build.ts';
import { readContent } from '../helpers/content.ts';
import { fileToUrl, listFiles, readPage } from '../helpers/html.ts';
import { openIndex, type PagefindClient, type SearchHit } from '../helpers/pagefind.ts';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_DIR } from '../helpers/site.ts';

const content = readContent();
const published = content.articles.filter((article) => !article.draft);
const publishedSlugs = new Set(published.map((article) => article.slug));
const articleUrl = (slug: string) => `/articles/${slug}/`;
const editionLabels = content.editions.flatMap((edition) => {
	const used = edition.items.some((slug) => publishedSlugs.has(slug));
	return used ? [`${edition.title} — ${edition.dateLabel}`] : [];
});

/** Text as a reader sees it: French apostrophes, plain spaces, white space folded. */
const readable = (text: string) =>
	toFrenchApostrophes(text)
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.trim();

/** Each article page's parts as built: its URL, headline and body text. */
const pages = listFiles(join(SITE_DIR, 'articles')).map((file) => {
	const page = readPage(join(SITE_DIR, 'articles'), file);
	return {
		url: fileToUrl(`articles/${file}`),
		page,
		text: readable(
			['h1', '.standfirst', '.prose'].map((part) => page.querySelector(part)?.text).join(' '),
		),
	};
});

/** The indexed text of a result (`data().content`, which the helper's type leaves out). */
const contentOf = (hit: SearchHit) => readable((hit as SearchHit & { content: string }).content);

let index: PagefindClient;
beforeAll(async () => {
	index = await openIndex(SITE_DIR);
});
afterAll(async () => {
	await index?.close();
});

/** A query searched as the dialog and the search page search it (acronyms first). */
const searchLikeTheSite = (query: string) =>
	searchAcronymFirst(
		query,
		{},
		(options) => index.search(query, options),
		(response) => response.hits.length,
	);

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
			expect(toFrenchApostrophes(hit.meta.title ?? '')).toBe(toFrenchApostrophes(article!.title));
			expect(hit.meta.standfirst?.length).toBeGreaterThan(0);
			expect(hit.meta.date).toBe(article?.pubDate.toISOString().slice(0, 10));
			expect(hit.meta.tags?.length).toBeGreaterThan(0);
		}
		const dates = hits.map((hit) => hit.meta.date ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('dates a result whose facts the source does not date by the source, said as such', async () => {
		const { hits } = await index.search('Kalray');
		const kalray = hits.find(
			(hit) => hit.url === articleUrl('kalray-offre-data-acceleration-platform'),
		);
		expect(kalray?.meta.dateLabel).toBe(
			`${t('article.reported')} semaine du 6\u00a0janvier\u00a02025`,
		);
		const coca = (await index.search('Coca-Cola')).hits.find((hit) =>
			hit.url.includes('coca-cola-microsoft'),
		);
		expect(coca?.meta.date).toBe('2024-04-23');
		expect(coca?.meta.dateLabel).toBeUndefined();
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

describe('the indexed text of an article', () => {
	it('holds none of the labels of the Sources box, the verification notes and the key figures', async () => {
		const labels = [
			`${t('article.source')} :`,
			t('article.sourceLink'),
			t('article.primarySources'),
			t('article.verification'),
			t('article.verification.claim'),
			t('article.verification.fact'),
			t('article.verification.later'),
			t('article.verification.all'),
			t('figures.box.title'),
		].map(readable);
		const { hits } = await index.search(null, { sort: { date: 'desc' } });
		expect(hits).toHaveLength(published.length);
		for (const hit of hits) {
			for (const label of labels) expect(contentOf(hit), hit.url).not.toContain(label);
		}
	});

	it('holds the key figures in words and not the company chips, with their label', async () => {
		const { hits } = await index.search('Coca-Cola');
		const coca = hits.find((hit) => hit.url.includes('coca-cola-microsoft'));
		const content = contentOf(coca!);
		expect(content).toContain('1,1 milliard de dollars');
		expect(content).not.toContain('Md$');
		expect(content).not.toContain(readable(t('article.companies')));
	});

	it('holds the claim and the fact of each verification note, without their labels', async () => {
		const notes = pages.flatMap(({ url, page }) =>
			page.querySelectorAll('aside.verification p:not(.title):not(.all)').map((paragraph) => ({
				url,
				text: readable(paragraph.text.replace(paragraph.querySelector('strong')?.text ?? '', '')),
			})),
		);
		expect(notes.length).toBeGreaterThan(0);
		const { hits } = await index.search(null, { sort: { date: 'desc' } });
		for (const note of notes) {
			const hit = hits.find((candidate) => candidate.url === note.url);
			expect(contentOf(hit!), note.url).toContain(note.text);
		}
	});

	it.each(['source', 'lire'])(
		'does not match « %s », a word of every Sources box, in every article',
		async (query) => {
			expect((await index.search(query)).hits.length).toBeLessThan(published.length);
		},
	);

	it.each([
		['intelligence', /’intelligence/],
		['entreprise', /’entreprise/],
	])(
		'finds « %s » in every article that writes it after an apostrophe, as in « l’%s »',
		async (query, elided) => {
			const expected = pages.filter(({ text }) => elided.test(text)).map(({ url }) => url);
			expect(expected.length).toBeGreaterThan(0);
			const { hits } = await index.search(query);
			expect(hits.map((hit) => hit.url)).toEqual(expect.arrayContaining(expected));
		},
	);

	it('gives excerpts whose marks, punctuated by Pagefind, show without their punctuation', async () => {
		const { hits } = await index.search('IA');
		const punctuated = /^\p{P}|\p{P}$/u;
		const raw = hits.flatMap((hit) => [...hit.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)]);
		expect(raw.some(([, word]) => punctuated.test(word!))).toBe(true);
		const shown = hits
			.flatMap((hit) => excerptToSegments(hit.excerpt))
			.filter((part) => part.marked);
		expect(shown.length).toBeGreaterThan(0);
		for (const mark of shown) expect(mark.text).not.toMatch(punctuated);
	});
});

describe('short queries and acronyms, searched as the site does', () => {
	/** The articles whose headline or body writes `word` in capitals, as a word of its own. */
	const writing = (word: string) =>
		pages
			.filter(({ text }) =>
				new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(text),
			)
			.map(({ url }) => url);

	it.each(['CES', 'ces'])(
		'finds « %s » → the CES article first, and only articles that write CES in capitals',
		async (query) => {
			const { hits } = await searchLikeTheSite(query);
			expect(hits[0]?.url).toBe(articleUrl('ces-2025-ia-partout'));
			expect(hits.map((hit) => hit.url).sort()).toEqual(writing('CES').sort());
			// Pagefind alone matches « ce », « cette », « centres »…: every article.
			expect((await index.search(query)).hits.length).toBe(published.length);
		},
	);

	it('finds « IA » in every article that writes it, l’IA included, with the word marked', async () => {
		const { hits } = await searchLikeTheSite('IA');
		const expected = writing('IA');
		expect(expected.length).toBeGreaterThan(published.length / 2);
		expect(hits.map((hit) => hit.url)).toEqual(expect.arrayContaining(expected));
		for (const hit of hits) expect(hit.excerpt, hit.url).toMatch(/<mark>[^<]*IA[^<]*<\/mark>/i);
	});

	it('searches a short word that no article writes in capitals as words', async () => {
		const { hits } = await searchLikeTheSite('eau');
		expect(hits.length).toBeGreaterThan(0);
		expect(hits).toEqual((await index.search('eau')).hits);
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

describe('the index chunks', () => {
	/** Index files of the site's articles indexed again with `indexChunkSize` word positions a chunk. */
	const chunksAt = async (indexChunkSize: number) => {
		const site = join(TMP, 'search-chunks', String(indexChunkSize));
		rmSync(site, { recursive: true, force: true });
		cpSync(join(SITE_DIR, 'articles'), join(site, 'articles'), { recursive: true });
		await buildSearchIndex(site, { indexChunkSize }, () => {});
		return readdirSync(join(site, 'pagefind', 'index')).length;
	};

	it('follows the chunk size the build sets through PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE', async () => {
		// Twelve articles hold about 8,000 word positions: a chunk or two at the site's size, many at 500.
		const [small, site] = [await chunksAt(500), await chunksAt(INDEX_CHUNK_SIZE)];
		expect(small).toBeGreaterThanOrEqual(8);
		expect(site).toBeLessThan(small);
		expect(readdirSync(join(SITE_DIR, 'pagefind', 'index'))).toHaveLength(site);
	});

	it('pins the Pagefind release whose undocumented variable it relies on', () => {
		const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
		const installed = JSON.parse(
			readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8'),
		);
		expect(manifest.devDependencies.pagefind).toMatch(/^\d+\.\d+\.\d+$/);
		expect(installed.version).toBe(manifest.devDependencies.pagefind);
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
