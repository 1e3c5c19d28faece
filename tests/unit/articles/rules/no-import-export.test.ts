import { describe, expect, it } from 'vitest';
import { noImportExport } from '../../../../src/articles/rules/no-import-export.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/no-import-export', () => {
	it.each([
		["import fs from 'node:fs'"],
		['export const x = 1'],
		["export { default } from './x.js'"],
	])('refuses %s at its line', (source) => {
		expect(checkBody(`Texte.\n\n${source}`, noImportExport).problems).toEqual([
			'3:1 mdx/no-import-export: import and export statements are not allowed; remove the line (Encadre, Chiffre, Citation, NoteDeVerification and Figure need no import)',
		]);
	});

	it('accepts the words import and export in prose', () => {
		expect(
			checkBody('On importe et on exporte : import, export.', noImportExport).problems,
		).toEqual([]);
	});
});
