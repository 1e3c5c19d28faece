// Content for tests, through the one content pipeline (src/articles/pipeline.ts): folders written
// from a table of files (tests/fixtures/content-cases.ts) and checked in process, and the real
// content as the pipeline reads it, for build tests to compare pages with.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent, type ContentResult } from '../../src/articles/pipeline.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { BASE, CASES_TODAY, type Files } from '../fixtures/content-cases.ts';
import { ROOT, TMP } from './build.ts';

/**
 * Writes `files` over the base into `<dir>/content/` and `<dir>/public/` (paths starting with
 * `public/`), after emptying `dir`. Returns the two folders.
 */
export function writeContentFolder(dir: string, files: Files, { base = true } = {}) {
	rmSync(dir, { recursive: true, force: true });
	const contentDir = join(dir, 'content');
	const publicDir = join(dir, 'public');
	mkdirSync(contentDir, { recursive: true });
	mkdirSync(publicDir, { recursive: true });
	for (const [path, content] of Object.entries(base ? { ...BASE, ...files } : files)) {
		const target = path.startsWith('public/') ? join(dir, path) : join(contentDir, path);
		mkdirSync(dirname(target), { recursive: true });
		if (typeof content === 'string') writeFileSync(target, content);
		else if ('symlink' in content) symlinkSync(content.symlink, target);
		else writeFileSync(target, content.bytes);
	}
	return { contentDir, publicDir };
}

let folders = 0;

/**
 * Checks `files` (over the base) in process with the pipeline, as `npm run check:content` would,
 * and returns the problem lines with paths as contributors see them (`content/articles/x.mdx:4: …`).
 */
export function checkFiles(
	files: Files,
	{ now = CASES_TODAY } = {},
): { lines: string[]; result: ContentResult } {
	const dir = join(TMP, 'content-cases', `${process.pid}-${folders++}`);
	const { contentDir, publicDir } = writeContentFolder(dir, files);
	const result = loadContent({ root: dir, contentDir, publicDir, now });
	rmSync(dir, { recursive: true, force: true });
	return { lines: result.problems.map(formatProblem), result };
}

export interface RawArticle {
	slug: string;
	title: string;
	pubDate: Date;
	tags: string[];
	companies: string[];
	draft: boolean;
	/** The figures as the pipeline validated them (dates as written, `YYYY-MM-DD` or `YYYY-MM`). */
	figures: Record<string, unknown>[];
}

export interface RawContent {
	articles: RawArticle[];
	tags: { id: string; label: string }[];
	companies: { id: string; name: string; description: string }[];
	editions: {
		id: string;
		title: string;
		dateLabel: string;
		/** `YYYY-MM-DD`. */
		date: string;
		publication: string;
		items: string[];
	}[];
}

/**
 * The content folder (the real `content/` by default) as the pipeline reads it, for build tests
 * to compare the pages with. Throws if the content has problems.
 */
export function readContent(dir = join(ROOT, 'content')): RawContent {
	const result = loadContent({ root: ROOT, contentDir: dir, publicDir: join(ROOT, 'public') });
	if (result.problems.length > 0) {
		throw new Error(
			`the content of ${dir} has problems:\n${result.problems.map(formatProblem).join('\n')}`,
		);
	}
	return {
		articles: result.articles.map(({ id, data }) => ({
			slug: id,
			title: data.title,
			pubDate: data.pubDate,
			tags: data.tags.map((ref) => ref.id),
			companies: data.companies.map((ref) => ref.id),
			draft: data.draft,
			figures: data.figures.map((figure) => ({
				...figure,
				companies: figure.companies.map((ref) => ref.id),
			})),
		})),
		tags: result.tags.map(({ id, data }) => ({ id, label: data.label })),
		companies: result.companies.map(({ id, data }) => ({
			id,
			name: data.name,
			description: data.description,
		})),
		editions: result.editions.map(({ id, data }) => ({
			id,
			title: data.title,
			dateLabel: data.dateLabel,
			date: data.date.toISOString().slice(0, 10),
			publication: data.publication,
			items: data.items.map((ref) => ref.id),
		})),
	};
}
