import { describe, expect, it } from 'vitest';
import {
	formatProblem,
	formatReport,
	internalErrorProblem,
	pathToField,
} from '../../../src/content-check/problem.ts';
import { unknownSlugMessage } from '../../../src/content-check/references.ts';

describe('pathToField', () => {
	it.each([
		[['tags', 1], 'tags[1]'],
		[['source', 'url'], 'source.url'],
		[['figures', 0, 'currency'], 'figures[0].currency'],
		[[], ''],
	] as const)('formats %j as %s', (path, expected) => {
		expect(pathToField(path)).toBe(expected);
	});
});

describe('formatProblem', () => {
	it('names file, line, rule and field for frontmatter problems', () => {
		expect(
			formatProblem({
				file: 'content/articles/a.mdx',
				line: 4,
				field: 'tags[1]',
				rule: 'schema',
				message: 'unknown tag "ia"',
			}),
		).toBe('content/articles/a.mdx:4: schema: tags[1]: unknown tag "ia"');
	});

	it('names file, line, column and rule for body problems', () => {
		expect(
			formatProblem({
				file: 'content/articles/a.mdx',
				line: 12,
				column: 3,
				rule: 'mdx/no-expression',
				message: 'remove it',
			}),
		).toBe('content/articles/a.mdx:12:3: mdx/no-expression: remove it');
	});

	it('prints an internal error as the file and the message naming the rule that failed', () => {
		expect(
			formatProblem(internalErrorProblem('content/articles/a.mdx', 'mdx/depth', new Error('boom'))),
		).toBe(
			"content/articles/a.mdx: internal error in rule mdx/depth: boom (the file is refused; please report this at the project's issue tracker)",
		);
	});

	it('omits the line when it is unknown', () => {
		expect(
			formatProblem({ file: 'content/tags.yaml', rule: 'file/missing', message: 'restore it' }),
		).toBe('content/tags.yaml: file/missing: restore it');
	});
});

describe('formatReport', () => {
	it('says so when there is nothing to fix', () => {
		expect(formatReport([])).toBe('Content check passed: no problems found.');
	});

	it('lists every problem, sorted by file and line, between a count and a pointer to the docs', () => {
		expect(
			formatReport([
				{
					file: 'content/articles/b.mdx',
					line: 2,
					field: 'title',
					rule: 'schema',
					message: 'missing',
				},
				{
					file: 'content/articles/a.mdx',
					line: 9,
					rule: 'mdx/no-expression',
					message: 'remove it',
				},
				{
					file: 'content/articles/a.mdx',
					line: 3,
					field: 'tags',
					rule: 'schema',
					message: 'add a tag',
				},
			]),
		).toMatchInlineSnapshot(`
			"Content check failed: 3 problems to fix.
			content/articles/a.mdx:3: schema: tags: add a tag
			content/articles/a.mdx:9: mdx/no-expression: remove it
			content/articles/b.mdx:2: schema: title: missing
			See CONTRIBUTING.md ("What the checks say") for how to fix each one."
		`);
	});
});

describe('unknownSlugMessage', () => {
	it('suggests the nearest value and lists the known ones, nearest first', () => {
		expect(unknownSlugMessage('tags', 'ia', ['robotique', 'ia-generative'])).toBe(
			'unknown tag "ia" — did you mean "ia-generative"? Known tags: ia-generative, robotique',
		);
	});

	it('lists at most twelve values and says where the rest are', () => {
		const known = Array.from({ length: 15 }, (_, index) => `entreprise-${index}`);
		expect(unknownSlugMessage('companies', 'zzz', known)).toMatch(
			/… and 3 more in content\/companies\.yaml$/,
		);
	});

	it('says when the collection is empty', () => {
		expect(unknownSlugMessage('articles', 'x', [])).toBe(
			'unknown article "x": content/articles/ defines none yet',
		);
	});
});
