// Glyph coverage masks for the social images (src/social-images/social-image.ts): each glyph is rasterised by
// resvg once per font, size and quarter-pixel position, then stamped into every image that shows
// it. Rasterising the title's outlines anew for each image cost more than everything else.
// https://github.com/yisibl/resvg-js
import { Resvg } from '@resvg/resvg-js';
import type { FontFace } from './text-layout.ts';

/**
 * Coverage levels of a mask (0 to 16). resvg anti-aliases with 16 samples a pixel, so its alpha
 * is a multiple of 16 (give or take 1): storing the level loses nothing.
 */
export const COVERAGE_LEVELS = 16;

/** Horizontal positions a glyph is rasterised at, per pixel. */
const SUBPIXEL_STEPS = 4;

/** Width of the atlas the missing glyphs are rasterised in at once, in px. */
const ATLAS_WIDTH = 1024;

/** A glyph's coverage, placed relative to its origin (pen position and baseline). */
export interface GlyphMask {
	left: number;
	top: number;
	width: number;
	height: number;
	/** Row after row, one level (0 to {@link COVERAGE_LEVELS}) a pixel. */
	coverage: Uint8Array;
}

/** A glyph to draw, its origin at (`x`, `y`) px, y down; `x` may fall between pixels. */
export interface GlyphRequest {
	face: FontFace;
	glyph: number;
	fontSize: number;
	x: number;
	y: number;
}

/** A mask ready to stamp: its top-left pixel in the image. */
export interface PlacedMask {
	mask: GlyphMask;
	x: number;
	y: number;
}

interface Pending {
	key: string;
	request: GlyphRequest;
	step: number;
	bounds: { left: number; top: number; right: number; bottom: number };
	path: string;
	atlasX: number;
	atlasY: number;
}

/** A cache of glyph masks; one per process is enough. */
export interface GlyphMaskCache {
	/** The masks of `requests`, in order; the missing ones are rasterised together. */
	place(requests: GlyphRequest[]): PlacedMask[];
}

/** An empty cache of glyph masks. */
export function createGlyphMaskCache(): GlyphMaskCache {
	const masks = new Map<string, GlyphMask>();
	const outlines = new Map<string, { path: string; box: number[] }>();

	const getOutline = (face: FontFace, glyph: number) => {
		const key = `${face.id}:${glyph}`;
		let outline = outlines.get(key);
		if (!outline) {
			const path = face.getGlyphPath(glyph);
			outline = { path, box: getControlBox(path) };
			outlines.set(key, outline);
		}
		return outline;
	};

	const place = (requests: GlyphRequest[]): PlacedMask[] => {
		const pending = new Map<string, Pending>();
		const placed = requests.map((request) => {
			const quarters = Math.round(request.x * SUBPIXEL_STEPS);
			const x = Math.floor(quarters / SUBPIXEL_STEPS);
			const step = quarters - x * SUBPIXEL_STEPS;
			const y = Math.round(request.y);
			const key = `${request.face.id}:${request.glyph}:${request.fontSize}:${step}`;
			if (!masks.has(key) && !pending.has(key)) {
				const { path, box } = getOutline(request.face, request.glyph);
				const scale = request.fontSize / request.face.unitsPerEm;
				const shift = step / SUBPIXEL_STEPS;
				const [minX, minY, maxX, maxY] = box;
				pending.set(key, {
					key,
					request,
					step,
					path,
					// One pixel of margin: anti-aliasing reaches the pixels the outline only touches.
					bounds:
						minX === undefined
							? { left: 0, right: 0, top: 0, bottom: 0 }
							: {
									left: Math.floor(minX * scale + shift) - 1,
									right: Math.ceil(maxX! * scale + shift) + 1,
									top: Math.floor(-maxY! * scale) - 1,
									bottom: Math.ceil(-minY! * scale) + 1,
								},
					atlasX: 0,
					atlasY: 0,
				});
			}
			return { key, x, y };
		});
		if (pending.size > 0) rasterise([...pending.values()], masks);
		return placed.map(({ key, x, y }) => {
			const mask = masks.get(key)!;
			return { mask, x: x + mask.left, y: y + mask.top };
		});
	};

	return { place };
}

/** Rasterises glyphs side by side in one SVG, then cuts their masks out. */
function rasterise(glyphs: Pending[], masks: Map<string, GlyphMask>) {
	let x = 0;
	let y = 0;
	let rowHeight = 0;
	for (const glyph of glyphs) {
		const width = glyph.bounds.right - glyph.bounds.left;
		const height = glyph.bounds.bottom - glyph.bounds.top;
		if (x + width > ATLAS_WIDTH) {
			x = 0;
			y += rowHeight;
			rowHeight = 0;
		}
		glyph.atlasX = x;
		glyph.atlasY = y;
		x += width;
		rowHeight = Math.max(rowHeight, height);
	}
	const atlasHeight = Math.max(1, y + rowHeight);
	const paths = glyphs
		.filter((glyph) => glyph.path)
		.map(({ request, step, bounds, path, atlasX, atlasY }) => {
			const scale = request.fontSize / request.face.unitsPerEm;
			const left = atlasX - bounds.left + step / SUBPIXEL_STEPS;
			const top = atlasY - bounds.top;
			return `<path transform="matrix(${scale} 0 0 ${-scale} ${left} ${top})" d="${path}"/>`;
		});
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${ATLAS_WIDTH}" height="${atlasHeight}">` +
		`${paths.join('')}</svg>`;
	const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
	for (const { key, bounds, atlasX, atlasY } of glyphs) {
		const width = bounds.right - bounds.left;
		const height = bounds.bottom - bounds.top;
		const coverage = new Uint8Array(width * height);
		for (let row = 0; row < height; row++) {
			for (let column = 0; column < width; column++) {
				const alpha = pixels[((atlasY + row) * ATLAS_WIDTH + atlasX + column) * 4 + 3]!;
				coverage[row * width + column] = Math.round((alpha * COVERAGE_LEVELS) / 255);
			}
		}
		masks.set(key, { left: bounds.left, top: bounds.top, width, height, coverage });
	}
}

/**
 * The box around an outline's points, control points included: `[minX, minY, maxX, maxY]` in
 * font units, or `[]` for an empty outline. A Bézier curve stays inside its control points.
 */
function getControlBox(path: string): number[] {
	const numbers = path.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
	if (numbers.length < 2) return [];
	const box = [Infinity, Infinity, -Infinity, -Infinity];
	for (let index = 0; index + 1 < numbers.length; index += 2) {
		box[0] = Math.min(box[0]!, numbers[index]!);
		box[1] = Math.min(box[1]!, numbers[index + 1]!);
		box[2] = Math.max(box[2]!, numbers[index]!);
		box[3] = Math.max(box[3]!, numbers[index + 1]!);
	}
	return box;
}
