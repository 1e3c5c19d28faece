import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	createTextShaper,
	type TextShaper,
	type TextStyle,
} from '../../../src/social-images/text-layout.ts';
import { woffToSfnt } from '../../../src/social-images/woff.ts';

const require = createRequire(import.meta.url);
const font = (subset: string, weight: 400 | 700) => ({
	data: woffToSfnt(
		readFileSync(
			require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
		),
	),
	weight,
});

const TITLE: TextStyle = { fontSize: 64, weight: 700, lineHeight: 1.2 };
const BODY: TextStyle = { fontSize: 28, weight: 400, lineHeight: 'normal' };
const text = (runs: { text: string }[][]) =>
	runs.map((line) => line.map((run) => run.text).join(''));

let shaper: TextShaper;
beforeAll(async () => {
	shaper = await createTextShaper([font('latin', 700), font('latin', 400), font('latin-ext', 700)]);
});

describe('setText', () => {
	it('breaks lines at spaces, within the width', () => {
		const block = shaper.setText(
			'Une start-up parisienne lève 40 millions d’euros pour ses agents',
			TITLE,
			1056,
		);
		expect(text(block.lines)).toMatchInlineSnapshot(`
			[
			  "Une start-up parisienne lève 40 ",
			  "millions d’euros pour ses agents",
			]
		`);
		for (const width of block.widths) expect(width).toBeLessThanOrEqual(1056);
	});

	it('breaks after a hyphen when the word does not fit', () => {
		const width = shaper.measure('Une start-', TITLE) + 1;
		expect(text(shaper.setText('Une start-up', TITLE, width).lines)).toEqual(['Une start-', 'up']);
	});

	it('never breaks at a no-break space (French punctuation)', () => {
		const width = shaper.measure('Une question', TITLE) + 1;
		expect(text(shaper.setText('Une question\u00a0?', TITLE, width).lines)).toEqual([
			'Une ',
			'question\u00a0?',
		]);
	});

	it('cuts the text after maxLines lines and ends it with an ellipsis', () => {
		const long = 'Un mot après l’autre, encore et encore, '.repeat(8);
		const block = shaper.setText(long, TITLE, 1056, 4);
		expect(block.lines).toHaveLength(4);
		expect(text(block.lines).at(-1)).toMatch(/[^ ]…$/);
		expect(block.widths[3]).toBeLessThanOrEqual(1056);
	});

	it('starts the runs of several lines on whole pixels, and ends them after spaces', () => {
		const block = shaper.setText(
			'Les assistants de code gagnent les grandes entreprises',
			TITLE,
			700,
		);
		for (const runs of block.lines) {
			for (const run of runs.slice(0, -1)) expect(run.text).toMatch(/ $/);
			for (const run of runs) expect(Number.isInteger(run.x)).toBe(true);
		}
	});

	it.each([
		[TITLE, { lineHeight: 77, baseline: 62 }],
		[
			{ ...TITLE, fontSize: 52 },
			{ lineHeight: 62, baseline: 51 },
		],
		[BODY, { lineHeight: 38, baseline: 30 }],
	])('gives %j the line box satori gave it', (style, box) => {
		expect(shaper.getLineBox(style)).toEqual(box);
		expect(shaper.setText('Texte', style, 1000)).toMatchObject(box);
	});
});

describe('shape', () => {
	it('draws each character from the first font that has it', () => {
		const glyphs = shaper.shape('Wałęsa', 700).glyphs;
		expect(glyphs.map((glyph) => glyph.face.id)).toEqual([0, 0, 2, 2, 0, 0]);
		expect(glyphs.every((glyph) => glyph.glyph !== 0)).toBe(true);
	});

	it('kerns pairs: « AV » is narrower than « A » plus « V »', () => {
		const width = (text: string) => shaper.measure(text, TITLE);
		expect(width('AV')).toBeLessThan(width('A') + width('V'));
	});
});
