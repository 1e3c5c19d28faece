// Text shaping and line breaking for the social images (src/social-images/social-image.ts): HarfBuzz shapes
// (kerning, ligatures, marks) and the Unicode line-breaking algorithm finds where lines may end.
// The rules are satori's, which drew these images before: same break opportunities, same widths,
// same ellipsis, same line boxes. https://github.com/harfbuzz/harfbuzzjs
// The module and its API are imported apart: harfbuzzjs's main export is a promise, which Vite's
// CommonJS interop cannot hand over.
import createHarfBuzz from 'harfbuzzjs/hb.js';
import hbjs, { type HarfBuzz, type HbFont } from 'harfbuzzjs/hbjs.js';
import LineBreaker from 'linebreak';

export type FontWeight = 400 | 700;

/** A font file given to {@link createTextShaper}. */
export interface FontSource {
	/** The font as OpenType/TrueType bytes (see src/social-images/woff.ts for WOFF). */
	data: Uint8Array;
	weight: FontWeight;
}

/** A loaded font: what layout and glyph drawing need from it. */
export interface FontFace {
	/** Position in the list given to {@link createTextShaper}: tells faces apart in cache keys. */
	id: number;
	weight: FontWeight;
	unitsPerEm: number;
	/** `hhea` ascender and descender (negative), in font units. */
	ascender: number;
	descender: number;
	/** The outline of a glyph as SVG path data, in font units with y up. */
	getGlyphPath(glyph: number): string;
}

/** A shaped glyph; positions in em (multiply by the font size), x from the run's start, y up. */
export interface ShapedGlyph {
	face: FontFace;
	glyph: number;
	x: number;
	y: number;
}

/** Shaped text: its glyphs and its advance, in em. */
export interface ShapedText {
	glyphs: ShapedGlyph[];
	advance: number;
}

/** How a block of text is set. */
export interface TextStyle {
	fontSize: number;
	weight: FontWeight;
	/** A multiple of the font size, or `normal` (the font's ascender to descender). */
	lineHeight: number | 'normal';
}

/** A piece of a line shaped at once: the text up to a space, at `x` px from the line's start. */
export interface TextRun {
	text: string;
	x: number;
}

/** Text set in lines. Every line is `lineHeight` px tall, its baseline `baseline` px down. */
export interface TextBlock {
	lines: TextRun[][];
	/** Width of each line, trailing spaces left out, in px. */
	widths: number[];
	lineHeight: number;
	baseline: number;
}

/** Shapes and sets text in the fonts it was given, caching what it shaped. */
export interface TextShaper {
	/** Shapes `text` in the faces of `weight`, each character in the first face that has it. */
	shape(text: string, weight: FontWeight): ShapedText;
	/** Width of `text` in px. */
	measure(text: string, style: TextStyle): number;
	/**
	 * Sets `text` in lines of at most `width` px, breaking at Unicode line-break opportunities, and
	 * cuts it after `maxLines` lines with an ellipsis (CSS `line-clamp`).
	 */
	setText(text: string, style: TextStyle, width: number, maxLines?: number): TextBlock;
	/** Height and baseline of a line of `style`, in px. */
	getLineBox(style: TextStyle): { lineHeight: number; baseline: number };
}

const ELLIPSIS = '\u2026';
/** Shaped texts kept: words recur from title to title, names mostly do not. */
const SHAPED_CACHE_SIZE = 10_000;
// What satori draws apart: shaping stops at these spaces, so there is no kerning across them.
const RUN_END = /(?<=[ \u00a0])/;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

let loading: Promise<HarfBuzz> | undefined;

/** Loads HarfBuzz (WebAssembly) once, then the faces of `sources`. */
export async function createTextShaper(sources: FontSource[]): Promise<TextShaper> {
	loading ??= createHarfBuzz().then(hbjs);
	const hb = await loading;
	const faces = sources.map((source, id) => loadFace(hb, source, id));
	const cache = new Map<string, ShapedText>();

	const shapeRun = (text: string, face: LoadedFace): ShapedText => {
		const buffer = hb.createBuffer();
		try {
			buffer.addText(text);
			buffer.guessSegmentProperties();
			hb.shape(face.font, buffer);
			const em = face.unitsPerEm;
			let pen = 0;
			const glyphs = buffer.getGlyphInfosAndPositions().map((info) => {
				const glyph = {
					face,
					glyph: info.codepoint,
					x: (pen + info.x_offset) / em,
					y: info.y_offset / em,
				};
				pen += info.x_advance;
				return glyph;
			});
			return { glyphs, advance: pen / em };
		} finally {
			buffer.destroy();
		}
	};

	const shape = (text: string, weight: FontWeight): ShapedText => {
		const key = `${weight}\0${text}`;
		let shaped = cache.get(key);
		if (shaped) return shaped;
		const candidates = faces.filter((face) => face.weight === weight);
		if (candidates.length === 0) throw new Error(`text layout: no font of weight ${weight}`);
		shaped = { glyphs: [], advance: 0 };
		for (const [run, face] of splitByFace(text, candidates)) {
			const part = shapeRun(run, face);
			for (const glyph of part.glyphs) {
				shaped.glyphs.push({ ...glyph, x: glyph.x + shaped.advance });
			}
			shaped.advance += part.advance;
		}
		// The oldest entry goes first, so a build of any size keeps a bounded cache.
		if (cache.size >= SHAPED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
		cache.set(key, shaped);
		return shaped;
	};

	const measure = (text: string, style: TextStyle) =>
		shape(text, style.weight).advance * style.fontSize;

	const setText = (
		text: string,
		style: TextStyle,
		width: number,
		maxLines = Infinity,
	): TextBlock => {
		const { lineHeight, baseline } = lineBox(style);
		// CSS `white-space: normal`: runs of spaces, tabs and line breaks are one space.
		const content = text.replace(/[ \t\n\r\f]+/g, ' ');
		const lines: Word[][] = [];
		const widths: number[] = [];
		let line: Word[] = [];
		let lineWidth = 0;
		let trailingSpaces = 0;
		for (const word of splitAtBreakOpportunities(content)) {
			const wordWidth = measure(word, style);
			const trimmed = word.trimEnd();
			const spaces = trimmed === word ? 0 : wordWidth - measure(trimmed, style);
			// Spaces at the end of a line do not count: the words may touch the end edge.
			if (line.length > 0 && lineWidth + wordWidth > width + spaces) {
				lines.push(line);
				widths.push(lineWidth - trailingSpaces);
				line = [];
				lineWidth = 0;
			}
			line.push({ text: word, start: lineWidth });
			lineWidth += wordWidth;
			trailingSpaces = spaces;
		}
		if (line.length > 0) {
			lines.push(line);
			widths.push(lineWidth - trailingSpaces);
		}

		if (lines.length > maxLines) {
			lines.length = maxLines;
			widths.length = maxLines;
			const last = lines[maxLines - 1]!;
			const lastText = last
				.map((word) => word.text)
				.join('')
				.trimEnd();
			// Like CSS block-ellipsis: the last line keeps its words, and characters are only removed
			// when the ellipsis does not fit after them (keeping at least one).
			const room = width - measure(ELLIPSIS, style);
			const kept = [...graphemes.segment(lastText)].map((part) => part.segment);
			while (kept.length > 1 && measure(kept.join(''), style) > room) kept.pop();
			const cut = kept.join('');
			let remaining = cut.length;
			const clamped: Word[] = [];
			for (const word of last) {
				if (remaining <= 0) break;
				clamped.push({ text: word.text.slice(0, remaining), start: word.start });
				remaining -= word.text.length;
			}
			clamped.at(-1)!.text += ELLIPSIS;
			lines[maxLines - 1] = clamped;
			widths[maxLines - 1] = measure(cut + ELLIPSIS, style);
		}

		return {
			lines: lines.map((words) => toRuns(words, style, lines.length > 1)),
			widths,
			lineHeight,
			baseline,
		};
	};

	/**
	 * A line's words cut into runs that end at spaces, as satori shaped them; with several lines,
	 * each run starts at a whole pixel.
	 */
	const toRuns = (words: Word[], style: TextStyle, round: boolean): TextRun[] => {
		const runs: TextRun[] = [];
		let word = 0;
		let wordOffset = 0;
		let offset = 0;
		for (const run of words
			.map((part) => part.text)
			.join('')
			.split(RUN_END)) {
			// The word the run starts in: a run starts mid-word after a no-break space.
			while (offset >= wordOffset + words[word]!.text.length) {
				wordOffset += words[word]!.text.length;
				word++;
			}
			const { text, start } = words[word]!;
			const x = start + measure(text.slice(0, offset - wordOffset), style);
			runs.push({ text: run, x: round ? Math.round(x) : x });
			offset += run.length;
		}
		return runs;
	};

	const lineBox = (style: TextStyle) => {
		const face = faces.find((candidate) => candidate.weight === style.weight);
		if (!face) throw new Error(`text layout: no font of weight ${style.weight}`);
		return getLineBox(face, style);
	};

	return { shape, measure, setText, getLineBox: lineBox };
}

/** A word of a line (up to a break opportunity) and where it starts, in px. */
interface Word {
	text: string;
	start: number;
}

interface LoadedFace extends FontFace {
	font: HbFont;
	has(codePoint: number): boolean;
}

function loadFace(hb: HarfBuzz, source: FontSource, id: number): LoadedFace {
	const blob = hb.createBlob(source.data);
	const face = hb.createFace(blob, 0);
	const font = hb.createFont(face);
	const unitsPerEm = face.upem;
	// Shaped positions in font units.
	font.setScale(unitsPerEm, unitsPerEm);
	const hhea = face.reference_table('hhea');
	if (!hhea) throw new Error(`text layout: font ${id} has no hhea table`);
	const metrics = new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength);
	const ascender = metrics.getInt16(4);
	const descender = metrics.getInt16(6);
	const codePoints = new Set(face.collectUnicodes());
	face.destroy();
	blob.destroy();
	return {
		id,
		weight: source.weight,
		unitsPerEm,
		ascender,
		descender,
		getGlyphPath: (glyph) => font.glyphToPath(glyph),
		font,
		has: (codePoint) => codePoints.has(codePoint),
	};
}

/**
 * `text` cut where the font changes: each character goes to the first face that has it (the
 * first face draws what none has), spaces stay with the face before them when it has them.
 */
function splitByFace(text: string, faces: LoadedFace[]): [string, LoadedFace][] {
	const runs: [string, LoadedFace][] = [];
	for (const char of text) {
		const codePoint = char.codePointAt(0)!;
		const previous = runs.at(-1);
		const face =
			previous && /\s/.test(char) && previous[1].has(codePoint)
				? previous[1]
				: (faces.find((candidate) => candidate.has(codePoint)) ?? faces[0]!);
		if (previous?.[1] === face) previous[0] += char;
		else runs.push([char, face]);
	}
	return runs;
}

/** Words as UAX #14 cuts them: each ends at a break opportunity, spaces after it included. */
function splitAtBreakOpportunities(text: string): string[] {
	const breaker = new LineBreaker(text);
	const words: string[] = [];
	let last = 0;
	for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
		words.push(text.slice(last, next.position));
		last = next.position;
	}
	return words;
}

/**
 * Height and baseline of a line box, in whole pixels like Chrome (and satori): the ascent and
 * descent are rounded, and half the leading is floored.
 */
function getLineBox(face: FontFace, style: TextStyle): { lineHeight: number; baseline: number } {
	const ascent = (face.ascender / face.unitsPerEm) * style.fontSize;
	const descent = (-face.descender / face.unitsPerEm) * style.fontSize;
	const height =
		style.lineHeight === 'normal' ? ascent + descent : style.lineHeight * style.fontSize;
	const rounded = Math.round(ascent) + Math.round(descent);
	return {
		lineHeight: Math.round(height),
		baseline: Math.round(ascent) + Math.floor((height - rounded) / 2),
	};
}
