import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	displayPathFrom,
	listTree,
	MAX_FILE_BYTES,
	readContentFile,
} from '../../../src/articles/files.ts';
import type { Problem } from '../../../src/content-check/problem.ts';
import { TMP } from '../../helpers/build.ts';

const DIR = join(TMP, `files-${process.pid}`);
const display = displayPathFrom(DIR);

beforeAll(() => {
	rmSync(DIR, { recursive: true, force: true });
	mkdirSync(join(DIR, 'tree/sub'), { recursive: true });
	writeFileSync(join(DIR, 'tree/a.txt'), 'a');
	writeFileSync(join(DIR, 'tree/sub/b.txt'), 'b');
	symlinkSync('../a.txt', join(DIR, 'tree/sub/lien.txt'));
	symlinkSync('..', join(DIR, 'tree/dossier-lie'));
	writeFileSync(join(DIR, 'bom.txt'), '\uFEFFTexte');
	writeFileSync(join(DIR, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
	writeFileSync(join(DIR, 'big.txt'), 'x'.repeat(MAX_FILE_BYTES + 1));
	symlinkSync('bom.txt', join(DIR, 'link.txt'));
});

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('listTree', () => {
	it('lists regular files and reports every symbolic link without following it', () => {
		const problems: Problem[] = [];
		expect([...listTree(join(DIR, 'tree'), display, problems)].sort()).toEqual([
			'a.txt',
			'sub/b.txt',
		]);
		expect(problems.map((problem) => `${problem.file}: ${problem.rule}`).sort()).toEqual([
			'tree/dossier-lie: file/symlink',
			'tree/sub/lien.txt: file/symlink',
		]);
	});

	it('refuses a folder that is itself a symbolic link', () => {
		const problems: Problem[] = [];
		expect(listTree(join(DIR, 'tree/dossier-lie'), display, problems).size).toBe(0);
		expect(problems.map((problem) => problem.rule)).toEqual(['file/symlink']);
	});
});

describe('readContentFile', () => {
	it('drops a byte order mark', () => {
		expect(readContentFile(join(DIR, 'bom.txt'), display, [])).toBe('Texte');
	});

	it.each([
		['link.txt', 'file/symlink'],
		['latin1.txt', 'file/encoding'],
		['big.txt', 'file/too-large'],
		['absent.txt', 'file/missing'],
		['tree', 'file/not-a-file'],
	])('refuses %s (%s)', (name, rule) => {
		const problems: Problem[] = [];
		expect(readContentFile(join(DIR, name), display, problems)).toBeUndefined();
		expect(problems.map((problem) => problem.rule)).toEqual([rule]);
	});
});
