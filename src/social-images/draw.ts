// Draws the social images (src/social-images/social-image.ts) straight into palette PNG scanlines. What every
// image shares (page, accent bar, site name, footer rule) is drawn once, each kicker chip once per
// tag, and each glyph is rasterised once per size and quarter-pixel position (glyph-masks.ts);
// an image is then a copy of the shared part, a chip, stamped glyph masks and a deflate. The
// design and its layout are the ones satori drew before: a flex column (site name; kicker chip
// and title; footer) spread with `justify-content: space-between`.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
	COVERAGE_LEVELS,
	createGlyphMaskCache,
	type GlyphRequest,
	type PlacedMask,
} from './glyph-masks.ts';
import type { SocialImageInput } from './social-image.ts';
import { encodeIndexedPng } from './png.ts';
import { SOCIAL_IMAGE_SIZE } from './social-image.ts';
import {
	createTextShaper,
	type FontSource,
	type TextBlock,
	type TextShaper,
	type TextStyle,
} from './text-layout.ts';
import { woffToSfnt } from './woff.ts';

const { width: WIDTH, height: HEIGHT } = SOCIAL_IMAGE_SIZE;

const COLOURS = {
	paper: 0xffffff,
	ink: 0x1b1f24,
	muted: 0x57606a,
	accent: 0x0b57d0,
	chip: 0xf6f8fa,
	line: 0xd8dee4,
};

const ACCENT_BAR = 16;
const PADDING_X = 72;
const PADDING_Y = 64;
const CONTENT_WIDTH = WIDTH - 2 * PADDING_X;
const CONTENT_TOP = ACCENT_BAR + PADDING_Y;
const CONTENT_BOTTOM = HEIGHT - PADDING_Y;
/** Space between the kicker chip and the title. */
const GAP = 24;

const SITE_NAME: TextStyle = { fontSize: 32, weight: 700, lineHeight: 'normal' };
const KICKER: TextStyle = { fontSize: 28, weight: 400, lineHeight: 'normal' };
const CHIP = { paddingX: 18, paddingY: 6, border: 2, radius: 8 };
const TITLE: TextStyle = { fontSize: 64, weight: 700, lineHeight: 1.2 };
/** Titles longer than this (in UTF-16 code units) are set smaller. */
const LONG_TITLE = 90;
const LONG_TITLE_SIZE = 52;
const TITLE_MAX_LINES = 4;
const FOOTER: TextStyle = { fontSize: 28, weight: 400, lineHeight: 'normal' };
const FOOTER_RULE = 2;
const FOOTER_PADDING_TOP = 20;

/** Palette indexes in a rectangle of pixels: the image's scanlines, or a tile such as a chip. */
interface Surface {
	pixels: Uint8Array;
	width: number;
	height: number;
	/** Bytes from one row to the next. */
	stride: number;
	/** Bytes before the first pixel of a row (the PNG filter-type byte). */
	offset: number;
}

/** An ink on a paper colour: the palette index of each coverage level, and back. */
interface Ink {
	/** Palette index of each level, from 0 (the paper) to {@link COVERAGE_LEVELS} (the ink). */
	levels: Uint8Array;
	/** Level of each palette index, or -1 for colours that are not this ink on this paper. */
	levelOf: Int8Array;
}

/** The colours of the images, numbered in the order they were first needed. */
class Palette {
	private readonly colours: number[] = [];
	private readonly indexes = new Map<number, number>();

	indexOf(colour: number): number {
		let index = this.indexes.get(colour);
		if (index === undefined) {
			index = this.colours.length;
			if (index === 256) throw new Error('social images: more than 256 colours in the palette');
			this.colours.push(colour);
			this.indexes.set(colour, index);
		}
		return index;
	}

	createInk(ink: number, paper: number): Ink {
		const levels = new Uint8Array(COVERAGE_LEVELS + 1);
		const levelOf = new Int8Array(256).fill(-1);
		for (let level = 0; level <= COVERAGE_LEVELS; level++) {
			levels[level] = this.indexOf(blend(ink, paper, level / COVERAGE_LEVELS));
			levelOf[levels[level]!] = level;
		}
		return { levels, levelOf };
	}

	toBytes(): Uint8Array {
		return Uint8Array.from(
			this.colours.flatMap((colour) => [colour >> 16, (colour >> 8) & 255, colour & 255]),
		);
	}
}

/** `ink` over `paper` with `alpha` (0 to 1) coverage, each channel rounded. */
function blend(ink: number, paper: number, alpha: number): number {
	let colour = 0;
	for (const shift of [16, 8, 0]) {
		const channel = ((ink >> shift) & 255) * alpha + ((paper >> shift) & 255) * (1 - alpha);
		colour |= Math.round(channel) << shift;
	}
	return colour;
}

let drawing: Promise<(input: SocialImageInput) => Uint8Array<ArrayBuffer>> | undefined;

/**
 * Draws one social image as PNG bytes. The first call loads the fonts and HarfBuzz; later ones
 * reuse them, with the glyphs and chips already drawn.
 */
export async function drawSocialImagePng(
	input: SocialImageInput,
): Promise<Uint8Array<ArrayBuffer>> {
	drawing ??= createDrawer();
	return (await drawing)(input);
}

async function createDrawer(): Promise<(input: SocialImageInput) => Uint8Array<ArrayBuffer>> {
	const shaper = await createTextShaper(loadFonts());
	const { place } = createGlyphMaskCache();
	const palette = new Palette();
	const paper = palette.indexOf(COLOURS.paper);
	const inks = {
		title: palette.createInk(COLOURS.ink, COLOURS.paper),
		footer: palette.createInk(COLOURS.muted, COLOURS.paper),
		kicker: palette.createInk(COLOURS.muted, COLOURS.chip),
		siteName: palette.createInk(COLOURS.accent, COLOURS.paper),
	};
	const siteNameBox = shaper.getLineBox(SITE_NAME);
	const footerBox = shaper.getLineBox(FOOTER);
	const footerTop = CONTENT_BOTTOM - (FOOTER_RULE + FOOTER_PADDING_TOP + footerBox.lineHeight);
	const footerTextTop = footerTop + FOOTER_RULE + FOOTER_PADDING_TOP;
	const middleSpace = footerTop - CONTENT_TOP - siteNameBox.lineHeight;
	const chipHeight = shaper.getLineBox(KICKER).lineHeight + 2 * (CHIP.paddingY + CHIP.border);
	// Chips of every width have the colours of this one: numbered now, the palette is the same
	// whichever image a process draws first, and so are the bytes of an image.
	drawChipBox(100, chipHeight, palette);

	const bases = new Map<string, Uint8Array>();
	const getBase = (siteName: string) => {
		let base = bases.get(siteName);
		if (!base) {
			const surface = createScanlines(paper);
			fillRect(surface, 0, 0, WIDTH, ACCENT_BAR, palette.indexOf(COLOURS.accent));
			fillRect(
				surface,
				PADDING_X,
				footerTop,
				CONTENT_WIDTH,
				FOOTER_RULE,
				palette.indexOf(COLOURS.line),
			);
			const text = shaper.setText(siteName, SITE_NAME, Infinity);
			stamp(
				surface,
				place(toGlyphs(shaper, text, SITE_NAME, PADDING_X, CONTENT_TOP)),
				inks.siteName,
			);
			base = surface.pixels;
			bases.set(siteName, base);
		}
		return base;
	};

	const chips = new Map<string, Surface>();
	const getChip = (kicker: string) => {
		let chip = chips.get(kicker);
		if (!chip) {
			const text = shaper.setText(kicker, KICKER, Infinity);
			const inset = CHIP.paddingX + CHIP.border;
			chip = drawChipBox(Math.ceil(text.widths[0] ?? 0) + 2 * inset, chipHeight, palette);
			const glyphs = toGlyphs(shaper, text, KICKER, inset, CHIP.paddingY + CHIP.border);
			stamp(chip, place(glyphs), inks.kicker);
			chips.set(kicker, chip);
		}
		return chip;
	};

	// One buffer for every image, the shared part copied in: encoding is done with it before the
	// next image, and 750 KB less garbage an image keeps the garbage collector quiet.
	const image = createScanlines(paper);
	return (input) => {
		image.pixels.set(getBase(input.siteName));
		const titleStyle =
			input.title.length > LONG_TITLE ? { ...TITLE, fontSize: LONG_TITLE_SIZE } : TITLE;
		const title = shaper.setText(input.title, titleStyle, CONTENT_WIDTH, TITLE_MAX_LINES);
		const titleHeight = title.lines.length * title.lineHeight;
		const chip = input.kicker ? getChip(input.kicker) : undefined;
		const middleHeight = chip ? chip.height + GAP + titleHeight : titleHeight;
		// Centred between the site name and the footer, on a whole pixel.
		const middleTop =
			CONTENT_TOP + siteNameBox.lineHeight + Math.round((middleSpace - middleHeight) / 2);
		if (chip) paste(image, chip, PADDING_X, middleTop);
		const titleTop = chip ? middleTop + chip.height + GAP : middleTop;
		stamp(image, place(toGlyphs(shaper, title, titleStyle, PADDING_X, titleTop)), inks.title);
		if (input.footer) {
			const footer = shaper.setText(input.footer, FOOTER, Infinity);
			stamp(image, place(toGlyphs(shaper, footer, FOOTER, PADDING_X, footerTextTop)), inks.footer);
		}
		return encodeIndexedPng({
			width: WIDTH,
			height: HEIGHT,
			palette: palette.toBytes(),
			scanlines: image.pixels,
		});
	};
}

/** Noto Sans (latin and latin-ext, regular and bold) from @fontsource, as sfnt. */
function loadFonts(): FontSource[] {
	// Resolved from the project root: the built endpoint runs from a chunk inside outDir.
	const require = createRequire(join(process.cwd(), 'package.json'));
	const read = (subset: string, weight: 400 | 700): FontSource => ({
		data: woffToSfnt(
			readFileSync(
				require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
			),
		),
		weight,
	});
	return [read('latin', 400), read('latin', 700), read('latin-ext', 400), read('latin-ext', 700)];
}

/** The glyphs of a block of text whose first line box starts at (`left`, `top`). */
function toGlyphs(
	shaper: TextShaper,
	block: TextBlock,
	style: TextStyle,
	left: number,
	top: number,
): GlyphRequest[] {
	const { fontSize, weight } = style;
	return block.lines.flatMap((runs, line) => {
		const baseline = top + line * block.lineHeight + block.baseline;
		return runs.flatMap((run) =>
			shaper.shape(run.text, weight).glyphs.map((glyph) => ({
				face: glyph.face,
				glyph: glyph.glyph,
				fontSize,
				x: left + run.x + glyph.x * fontSize,
				y: baseline - glyph.y * fontSize,
			})),
		);
	});
}

/** Scanlines of the image size filled with one colour, each row's filter type 0 (none). */
function createScanlines(colour: number): Surface {
	const stride = WIDTH + 1;
	const pixels = new Uint8Array(stride * HEIGHT).fill(colour);
	for (let row = 0; row < HEIGHT; row++) pixels[row * stride] = 0;
	return { pixels, width: WIDTH, height: HEIGHT, stride, offset: 1 };
}

function fillRect(
	surface: Surface,
	x: number,
	y: number,
	width: number,
	height: number,
	colour: number,
) {
	for (let row = y; row < y + height; row++) {
		const start = row * surface.stride + surface.offset + x;
		surface.pixels.fill(colour, start, start + width);
	}
}

/** Copies `tile` into `surface` with its top-left pixel at (`x`, `y`). */
function paste(surface: Surface, tile: Surface, x: number, y: number) {
	for (let row = 0; row < tile.height; row++) {
		const from = row * tile.stride + tile.offset;
		surface.pixels.set(
			tile.pixels.subarray(from, from + tile.width),
			(y + row) * surface.stride + surface.offset + x,
		);
	}
}

/**
 * Stamps glyph masks in `ink`. Coverage adds up where glyphs overlap, as it does where one path
 * holds them all. Pixels of other colours are painted over, as if they were the paper (the design
 * keeps text off them); pixels outside the surface are left out.
 */
function stamp(surface: Surface, masks: PlacedMask[], ink: Ink) {
	const { pixels, width, height, stride, offset } = surface;
	const { levels, levelOf } = ink;
	for (const { mask, x, y } of masks) {
		const columns = Math.min(mask.width, width - x);
		for (let row = Math.max(0, -y); row < mask.height && y + row < height; row++) {
			let target = (y + row) * stride + offset + x;
			let source = row * mask.width;
			for (let column = 0; column < columns; column++, target++, source++) {
				const level = mask.coverage[source]!;
				if (level === 0 || x + column < 0) continue;
				const sum = Math.max(0, levelOf[pixels[target]!]!) + level;
				pixels[target] = levels[Math.min(sum, COVERAGE_LEVELS)]!;
			}
		}
	}
}

/**
 * A chip's box (fill, border, rounded corners) drawn by resvg, as satori drew it: the border is a
 * stroke twice as wide, clipped to the box. Its colours go into the palette.
 */
function drawChipBox(width: number, height: number, palette: Palette): Surface {
	const { radius: r, border } = CHIP;
	const inner = `h${width - 2 * r} a${r},${r} 0 0 1 ${r},${r} v${height - 2 * r} a${r},${r} 0 0 1 -${r},${r} h-${width - 2 * r} a${r},${r} 0 0 1 -${r},-${r} v-${height - 2 * r}`;
	const corner = r - r / Math.SQRT2;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
		`<clipPath id="box"><path d="M${r},0 ${inner} a${r},${r} 0 0 1 ${r},-${r}"/></clipPath>` +
		`<path fill="${hex(COLOURS.chip)}" d="M${r},0 ${inner} a${r},${r} 0 0 1 ${r},-${r}"/>` +
		`<path clip-path="url(#box)" fill="none" stroke="${hex(COLOURS.line)}" stroke-width="${2 * border}" ` +
		`d="M${corner},${corner} A${r},${r} 0 0 1 ${r},0 ${inner} A${r},${r} 0 0 1 ${corner},${corner}"/></svg>`;
	const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
	const pixels = new Uint8Array(width * height);
	for (let index = 0; index < pixels.length; index++) {
		// Premultiplied RGBA over the paper.
		const alpha = rgba[index * 4 + 3]!;
		let colour = 0;
		for (const [channel, shift] of [
			[0, 16],
			[1, 8],
			[2, 0],
		] as const) {
			const paper = (COLOURS.paper >> shift) & 255;
			colour |= Math.round(rgba[index * 4 + channel]! + (paper * (255 - alpha)) / 255) << shift;
		}
		pixels[index] = palette.indexOf(colour);
	}
	return { pixels, width, height, stride: width, offset: 0 };
}

const hex = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;
