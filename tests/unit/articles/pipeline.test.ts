// The content check, in process: every class of input the pipeline refuses, with the exact lines a
// contributor reads, and the inputs at the edge of what it accepts. The same cases are built in
// tests/build/contributors.test.ts to prove the build agrees.
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/articles/rules/index.ts';
import { loadContent } from '../../../src/articles/pipeline.ts';
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
