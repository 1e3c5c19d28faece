// The content check, in process: every class of input the pipeline refuses, with the exact lines a
// contributor reads, and the inputs at the edge of what it accepts. The same cases are built in
// tests/build/contributors.test.ts to prove the build agrees.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/articles/rules/index.ts';
import { loadContent, type ContentResult } from '../../../src/articles/pipeline.ts';
import { formatProblem } from '../../../src/content-check/problem.ts';
import { CASES_TODAY, INVALID_CASES, VALID_CASES } from '../../fixtures/content-cases.ts';
import { checkFiles, writeContentFolder } from '../../helpers/content.ts';
import { TMP } from '../../helpers/build.ts';
import { join } from 'node:path';

describe('loadContent refuses', () => {
	it.each(INVALID_CASES.map((c) => [c.shows, c] as const))('%s', (_, { files, expected }) => {
		expect(expected.length).toBeGreaterThan(0);
		expect(checkFiles(files).lines).toEqual(expected);
	});
});

describe('loadContent accepts', () => {
	it.each(VALID_CASES.map((c) => [c.shows, c] as const))(
		'%s, and renders it',
		(_, { name, files }) => {
			const { lines, result } = checkFiles(files);
			expect(lines).toEqual([]);
			const article = result.articles.find((entry) => entry.id === name);
			expect(article?.html.length).toBeGreaterThan(0);
		},
	);
});

describe('loadContent on a rule that fails', () => {
	const throwing: Rule = {
		id: 'test/throws',
		description: 'a rule that breaks on every text node',
		create: () => ({
			text: () => {
				throw new Error('boom');
			},
		}),
	};

	it('reports an internal error naming the file and the rule, and refuses the file', () => {
		const dir = join(TMP, 'content-cases', `internal-${process.pid}`);
		const { contentDir, publicDir } = writeContentFolder(dir, {});
		const result = loadContent({
			root: dir,
			contentDir,
			publicDir,
			now: CASES_TODAY,
			rules: [throwing],
		});
		expect(result.problems.map(formatProblem)).toEqual([
			"content/articles/article-valide.mdx: internal error in rule test/throws: boom (the file is refused; please report this at the project's issue tracker)",
		]);
		expect(result.articles).toEqual([]);
	});
});

describe('loadContent on the real content', () => {
	it('finds no problem and renders every article', () => {
		const result = loadContent({ root: process.cwd(), contentDir: 'content', publicDir: 'public' });
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.articles.length).toBeGreaterThanOrEqual(12);
		for (const article of result.articles) expect(article.html).toMatch(/^<p>/);
	});
});

describe('loadContent with the articles of an earlier run', () => {
	const dir = join(TMP, 'content-cases', `reuse-${process.pid}`);
	const articles = join(dir, 'content', 'articles');
	const run = (passed?: ContentResult, version = 'v1') =>
		loadContent({
			root: dir,
			contentDir: 'content',
			publicDir: join(process.cwd(), 'public'),
			now: new Date('2026-12-01'),
			passed: passed && {
				version,
				get: (id) => passed.articles.find((article) => article.id === id),
			},
		});
	const edit = (name: string, change: (text: string) => string) => {
		const file = join(articles, `${name}.mdx`);
		writeFileSync(file, change(readFileSync(file, 'utf8')));
	};

	beforeEach(() => {
		rmSync(dir, { recursive: true, force: true });
		cpSync(join(process.cwd(), 'content'), join(dir, 'content'), { recursive: true });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reuses every unchanged article as it was, and renders again only the edited one', () => {
		const first = run(undefined);
		expect(first.problems.map(formatProblem)).toEqual([]);
		const again = run(run(first));
		expect(again.reused).toBe(first.articles.length);
		expect(again.articles).toEqual(
			run(undefined).articles.map((article) => ({
				...article,
				digest: again.articles.find(({ id }) => id === article.id)!.digest,
			})),
		);
		edit('eni-hpc6-supercalculateur', (text) => `${text}\nUn paragraphe ajouté.\n`);
		const edited = run(again);
		expect(edited.reused).toBe(first.articles.length - 1);
		const eni = edited.articles.find(({ id }) => id === 'eni-hpc6-supercalculateur');
		expect(eni?.html).toContain('Un paragraphe ajouté.');
	});

	it('reuses nothing when the pipeline version changes', () => {
		const first = run(undefined);
		expect(run(first, 'v1').reused).toBe(0);
		const versioned = run(first, 'v1');
		expect(run(versioned, 'v1').reused).toBe(first.articles.length);
		expect(run(versioned, 'v2').reused).toBe(0);
	});

	it('still refuses a reused article whose link now points to a draft', () => {
		const linked = 'kalray-offre-data-acceleration-platform';
		edit('eni-hpc6-supercalculateur', (text) => `${text}\nVoir [Kalray](/articles/${linked}/).\n`);
		const first = run(run(undefined));
		expect(first.problems).toEqual([]);
		edit(linked, (text) => text.replace(/^title:/m, 'draft: true\ntitle:'));
		const drafted = run(first);
		expect(drafted.reused).toBe(first.articles.length - 1);
		expect(drafted.problems.map(formatProblem)).toEqual([
			`content/articles/eni-hpc6-supercalculateur.mdx:42:6: mdx/broken-article-link: link to /articles/${linked}/: "${linked}" is a draft (draft: true) and has no page; remove the link or publish the article first`,
			`content/editions/lessentiel-actu-ia-2025-01-06.yaml:8: edition/draft-item: items[1]: "${linked}" is a draft (draft: true); an edition lists published articles only: remove it or publish the article`,
		]);
	});
});
