import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articleToMdx, createRandom, generateCorpus } from '../../../bench/corpus.ts';
import { loadContent } from '../../../src/articles/pipeline.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CONTENT = join(ROOT, 'content');
const dirs: string[] = [];

function corpus(n: number, seed?: number) {
	const dir = mkdtempSync(join(tmpdir(), 'veille-corpus-'));
	dirs.push(dir);
	const outDir = join(dir, 'content');
	const summary = generateCorpus({ n, outDir, vocabularyDir: CONTENT, seed });
	const files = readdirSync(join(outDir, 'articles')).sort();
	const read = (file: string) => readFileSync(join(outDir, 'articles', file), 'utf8');
	return { dir, outDir, summary, files, read };
}

afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('createRandom', () => {
	test('returns the same sequence for the same seed', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
	});

	test('returns floats in [0, 1)', () => {
		const random = createRandom(7);
		const values = Array.from({ length: 1000 }, random);
		expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...values)).toBeLessThan(1);
	});
});

describe('generateCorpus', () => {
	const small = corpus(12);
	const large = corpus(40);

	test('writes the same files for the same seed', () => {
		const again = corpus(12);
		expect(again.files).toEqual(small.files);
		expect(again.files.map(again.read)).toEqual(small.files.map(small.read));
	});

	test('writes a smaller corpus as the first articles of a larger one', () => {
		expect(large.summary.slugs.slice(0, 12)).toEqual(small.summary.slugs);
		for (const file of small.files) expect(large.read(file)).toBe(small.read(file));
	});

	test('writes a different corpus for another seed', () => {
		expect(corpus(12, 1).summary.slugs).not.toEqual(small.summary.slugs);
	});

	test('writes articles and editions that pass the content check with the real vocabularies', () => {
		const result = loadContent({ root: ROOT, contentDir: large.outDir, publicDir: 'public' });
		expect(result.problems).toEqual([]);
		expect(result.articles).toHaveLength(large.files.length);
		expect(result.editions).toHaveLength(large.summary.editions);
	});

	test('writes articles of about 700 words in ## sections', () => {
		for (const file of large.files) {
			const body = large.read(file).split(/^---$/m)[2]!;
			const words = body.split(/\s+/).filter(Boolean).length;
			expect(words).toBeGreaterThan(650);
			expect(words).toBeLessThan(850);
			expect(body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(3);
		}
	});
});

describe('articleToMdx', () => {
	test('returns frontmatter between --- lines, then the body', () => {
		expect(
			articleToMdx({ slug: 'a', frontmatter: { title: 'Titre' }, body: 'Texte.\n', words: 1 }),
		).toBe('---\ntitle: Titre\n---\n\nTexte.\n');
	});
});
