// The two kinds of MDX. The project's own editorial pages (src/pages/a-propos.mdx and
// methodologie.mdx) are trusted: @astrojs/mdx compiles them, they import components and render in
// the site's layout. Contributors' articles (content/articles/*.mdx) are data: the content loaders
// read and render them (src/articles/), and none of them ever becomes a Vite module, which Astro
// would list in .astro/content-modules.mjs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/consts.ts';
import { buildPaths, buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { readContent } from '../helpers/content.ts';
import { listFiles, readPage, textOf } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/site.ts';

const EDITORIAL = [
	{ path: 'a-propos', title: 'À propos' },
	{ path: 'methodologie', title: 'Méthodologie' },
];
const FOOTER_LINKS = ['/a-propos/', '/methodologie/', '/verifications/', '/rss.xml', '/feed.json'];
const published = readContent().articles.filter((article) => !article.draft);
const page = (path: string) => readPage(SITE_DIR, join(path, 'index.html'));

describe('the editorial pages', () => {
	it.each(EDITORIAL)(
		'renders /$path/ from MDX in the site layout, with its heading, text and table of contents',
		({ path, title }) => {
			const doc = page(path);
			expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
			expect(doc.querySelector('header.site-header')).not.toBeNull();
			expect(doc.querySelector('.sidebar nav')).not.toBeNull();
			expect(doc.querySelector('footer.site-footer')).not.toBeNull();
			expect(textOf(doc.querySelector('main h1'))).toBe(title);
			expect(textOf(doc.querySelector('title'))).toContain(title);
			const headings = doc.querySelectorAll('main .prose h2');
			expect(headings.length).toBeGreaterThanOrEqual(3);
			const toc = doc.querySelectorAll('.toc-column a').map((a) => a.getAttribute('href'));
			expect(toc).toEqual(headings.map((heading) => `#${heading.id}`));
		},
	);

	it('renders the component À propos imports: the site feeds', () => {
		const feeds = page('a-propos')
			.querySelectorAll('main .prose .feed-links a')
			.map((a) => a.getAttribute('href'));
		expect(feeds).toEqual(['/rss.xml', '/feed.json']);
	});

	it('shows in Méthodologie a verification note of the archive, drawn by its component', () => {
		const note = page('methodologie').querySelector('main .prose aside.verification');
		expect(note).not.toBeNull();
		expect(textOf(note)).toContain('Le texte source indiquait');
		const example = page('methodologie').querySelector('main .prose figure.example figcaption a');
		const slug = example?.getAttribute('href')?.match(/^\/articles\/([^/]+)\/$/)?.[1];
		expect(published.map((article) => article.slug)).toContain(slug);
	});

	it('links CONTRIBUTING.md on the repository and /verifications/ from Méthodologie', () => {
		const links = page('methodologie')
			.querySelectorAll('main a')
			.map((a) => a.getAttribute('href'));
		expect(links).toContain(`${SITE.repoUrl}/blob/${SITE.repoBranch}/CONTRIBUTING.md`);
		expect(links).toContain('/verifications/');
	});

	it('are linked, with the verification notes and the feeds, from the footer of every page', () => {
		for (const file of listFiles(SITE_DIR)) {
			const links = readPage(SITE_DIR, file)
				.querySelectorAll('footer.site-footer a')
				.map((a) => a.getAttribute('href'));
			expect(links, file).toEqual(expect.arrayContaining(FOOTER_LINKS));
		}
	});
});

describe('contributors’ articles in a build with @astrojs/mdx', () => {
	const MODULES = join(ROOT, '.astro/content-modules.mjs');
	// Astro rewrites the list on every content sync, unless it is unchanged: a list that this build
	// must replace, still valid JavaScript for any other build reading it meanwhile.
	const BEFORE = 'export default new Map(); // tests/build/editorial.test.ts, before its build\n';
	let build: BuildResult;

	beforeAll(async () => {
		mkdirSync(dirname(MODULES), { recursive: true });
		writeFileSync(MODULES, BEFORE);
		build = await buildSite({ name: 'editorial' });
	});

	it('build, and the editorial pages with them', () => {
		expect(build.code, build.output.slice(-2000)).toBe(0);
		for (const { path } of EDITORIAL) {
			expect(existsSync(join(build.outDir, path, 'index.html')), path).toBe(true);
		}
	});

	it('stay out of Astro’s content-modules list: no article becomes a Vite module', () => {
		const modules = readFileSync(MODULES, 'utf8');
		expect(modules, 'the list was not written by this build').not.toBe(BEFORE);
		const listed = [...modules.matchAll(/\[\s*("(?:[^"\\]|\\.)*")\s*,/g)].map(
			(match) => JSON.parse(match[1]!) as string,
		);
		expect(listed).toEqual([]);
		expect(modules.trim()).toBe('export default new Map();');
	});

	it('are stored as data with their rendered HTML, none left for Vite to render later', () => {
		const store = readFileSync(join(buildPaths('editorial').cacheDir, 'data-store.json'), 'utf8');
		// Booleans, not `toContain`: a failure would print the whole store.
		expect(store.includes('"deferredRender"'), 'an entry is deferred to Vite').toBe(false);
		expect(store.includes('"rendered"'), 'no entry holds its HTML').toBe(true);
		for (const { slug } of published) expect(store.includes(`"${slug}"`), slug).toBe(true);
	});
});
