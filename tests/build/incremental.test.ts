// Incremental builds (experimental.incrementalBuild, `cacheKey` in src/archive/archive.ts): a rebuild
// after an edit restores the pages the edit cannot change and must produce exactly the site a
// build from scratch produces. Any input a page shows but its cache key forgets fails this test.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP, type BuildResult } from '../helpers/build.ts';

const CONTENT = join(TMP, 'incremental-content');
const ARTICLES = join(CONTENT, 'articles');

/** Every text file of a built site, by path; social images and the search index are left out. */
function textFiles(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(html|xml|json|txt)$/.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		if (relative(dir, path).startsWith('pagefind')) continue;
		files.set(relative(dir, path), readFileSync(path, 'utf8'));
	}
	return files;
}

function edit(file: string, change: (text: string) => string) {
	const path = join(ARTICLES, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('an incremental rebuild', () => {
	let first: BuildResult;
	let rebuilt: BuildResult;
	let scratch: BuildResult;

	beforeAll(async () => {
		rmSync(CONTENT, { recursive: true, force: true });
		cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
		first = await buildSite({ name: 'incremental', contentDir: CONTENT });
		// A new title shows on the article, its neighbours, related articles, listings and feeds; a
		// new paragraph only on the article and in the feeds.
		edit('kalray-offre-data-acceleration-platform.mdx', (text) =>
			text.replace(/^title: .*$/m, 'title: "Kalray présente sa plateforme (titre modifié)"'),
		);
		edit('eni-hpc6-supercalculateur.mdx', (text) => `${text}\nUn paragraphe ajouté.\n`);
		rebuilt = await buildSite({ name: 'incremental', contentDir: CONTENT, keep: true });
		scratch = await buildSite({ name: 'incremental-scratch', contentDir: CONTENT });
	}, 300_000);

	it('restores the pages the edit does not change', () => {
		expect(first.code, first.output.slice(-2000)).toBe(0);
		expect(rebuilt.code, rebuilt.output.slice(-2000)).toBe(0);
		const restored = rebuilt.output.match(/\(restored\)/g)?.length ?? 0;
		expect(restored).toBeGreaterThan(20);
		expect(rebuilt.output).not.toMatch(
			/articles\/carrefour-carrefouria-salaries\/index\.html \(\+/,
		);
	});

	it('parses and renders again only the two edited articles', () => {
		const count = readdirSync(ARTICLES).filter((name) => name.endsWith('.mdx')).length;
		expect(rebuilt.output).toContain(
			`${count - 2} of ${count} articles unchanged since the last content sync, reused`,
		);
	});

	it('produces exactly the site a build from scratch produces', () => {
		expect(scratch.code, scratch.output.slice(-2000)).toBe(0);
		const expected = textFiles(scratch.outDir);
		const actual = textFiles(rebuilt.outDir);
		expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
		const differing = [...expected]
			.filter(([path, text]) => actual.get(path) !== text)
			.map(([path]) => path);
		expect(differing).toEqual([]);
		expect(actual.get('articles/kalray-offre-data-acceleration-platform/index.html')).toContain(
			'titre modifié',
		);
		expect(actual.get('articles/eni-hpc6-supercalculateur/index.html')).toContain(
			'Un paragraphe ajouté.',
		);
	});
});
