import { describe, expect, it } from 'vitest';
import {
	COVERAGE_LEVELS,
	createGlyphMaskCache,
	type GlyphRequest,
} from '../../../src/social-images/glyph-masks.ts';
import type { FontFace } from '../../../src/social-images/text-layout.ts';

// A font of two glyphs in a 1000-unit em: 1 is a square 500 units wide on the baseline, 2 is empty.
const face: FontFace = {
	id: 0,
	weight: 400,
	unitsPerEm: 1000,
	ascender: 1000,
	descender: -200,
	getGlyphPath: (glyph) => (glyph === 1 ? 'M0,0L500,0L500,500L0,500Z' : ''),
};
const square = (x: number, y = 100): GlyphRequest => ({ face, glyph: 1, fontSize: 20, x, y });

/** Coverage summed over a mask: the glyph's area in sixteenths of a pixel. */
const area = (coverage: Uint8Array) => coverage.reduce((sum, level) => sum + level, 0);

describe('createGlyphMaskCache', () => {
	it('rasterises a glyph at its size, with levels from 0 to 16', () => {
		const [{ mask, x, y }] = createGlyphMaskCache().place([square(10)]);
		// A 10×10 px square whose bottom-left corner is the origin (10, 100).
		expect(area(mask.coverage)).toBe(100 * COVERAGE_LEVELS);
		expect(Math.max(...mask.coverage)).toBe(COVERAGE_LEVELS);
		const row = (index: number) => [
			...mask.coverage.subarray(index * mask.width, (index + 1) * mask.width),
		];
		const inked = Array.from({ length: mask.height }, (_, index) => index).filter((index) =>
			row(index).some(Boolean),
		);
		expect({ top: y + inked[0]!, bottom: y + inked.at(-1)! }).toEqual({ top: 90, bottom: 99 });
		expect(x + row(inked[0]!).findIndex(Boolean)).toBe(10);
	});

	it('reuses the mask of a glyph drawn again at the same quarter-pixel position', () => {
		const cache = createGlyphMaskCache();
		const [first] = cache.place([square(10.25)]);
		const [second] = cache.place([square(37.25, 300)]);
		expect(second!.mask).toBe(first!.mask);
		expect(second!.x - first!.x).toBe(27);
		expect(second!.y - first!.y).toBe(200);
	});

	it('rasterises a glyph half a pixel over with half-covered edge columns', () => {
		const [{ mask }] = createGlyphMaskCache().place([square(10.5)]);
		expect(area(mask.coverage)).toBe(100 * COVERAGE_LEVELS);
		const levels = new Set(mask.coverage);
		expect(levels).toContain(COVERAGE_LEVELS / 2);
	});

	it('gives an empty glyph an empty mask', () => {
		const [{ mask }] = createGlyphMaskCache().place([{ ...square(10), glyph: 2 }]);
		expect(mask.coverage).toHaveLength(0);
	});
});
