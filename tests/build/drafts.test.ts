import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { listFiles } from '../helpers/html.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/draft-site');
const DRAFT_SLUG = 'brouillon-secret';
const DRAFT_TEXT = /brouillon (secret|confidentiel)/i;

/** Every file of the output as text; Pagefind's gzipped files are unpacked. */
function readOutput(outDir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const file of listFiles(outDir, '')) {
		const bytes = readFileSync(join(outDir, file));
		const unpacked = file.startsWith('pagefind/') && bytes[0] === 0x1f ? gunzipSync(bytes) : bytes;
		files.set(file, unpacked.toString('utf8'));
	}
	return files;
}

describe('a draft article', () => {
	let build: BuildResult;
	let output: Map<string, string>;

	beforeAll(async () => {
		build = await buildSite({ name: 'draft-site', contentDir: FIXTURE });
		output = build.code === 0 ? readOutput(build.outDir) : new Map();
	});

	it('does not stop the build', () => {
		expect(build.code, build.output.slice(-2000)).toBe(0);
	});

	it('gets no page while the published article does', () => {
		expect(output.has('articles/publie/index.html')).toBe(true);
		expect([...output.keys()].filter((file) => file.includes(DRAFT_SLUG))).toEqual([]);
	});

	it('appears in no file of the output: no link, no sitemap line, no index entry', () => {
		expect(output.size).toBeGreaterThan(10);
		const leaks = [...output].filter(
			([, text]) => text.includes(DRAFT_SLUG) || DRAFT_TEXT.test(text),
		);
		expect(leaks.map(([file]) => file)).toEqual([]);
	});
});
