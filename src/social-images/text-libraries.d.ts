// Types for the parts of harfbuzzjs and linebreak that src/social-images/text-layout.ts uses; neither
// package ships its own. https://github.com/harfbuzz/harfbuzzjs and
// https://github.com/foliojs/linebreak

declare module 'harfbuzzjs/hbjs.js' {
	export interface HbBlob {
		destroy(): void;
	}
	export interface HbFace {
		readonly upem: number;
		/** The bytes of a table, a view into HarfBuzz's memory: copy what you keep. */
		reference_table(tag: string): Uint8Array | undefined;
		collectUnicodes(): Uint32Array;
		destroy(): void;
	}
	export interface HbFont {
		setScale(xScale: number, yScale: number): void;
		/** The outline of a glyph as SVG path data, in font units with y up. */
		glyphToPath(glyph: number): string;
		destroy(): void;
	}
	export interface HbGlyph {
		/** Glyph id (after shaping). */
		codepoint: number;
		cluster: number;
		x_advance: number;
		y_advance: number;
		x_offset: number;
		y_offset: number;
	}
	export interface HbBuffer {
		addText(text: string): void;
		guessSegmentProperties(): void;
		getGlyphInfosAndPositions(): HbGlyph[];
		destroy(): void;
	}
	export interface HarfBuzz {
		createBlob(data: Uint8Array): HbBlob;
		createFace(blob: HbBlob, index: number): HbFace;
		createFont(face: HbFace): HbFont;
		createBuffer(): HbBuffer;
		shape(font: HbFont, buffer: HbBuffer, features?: string): void;
	}
	/** The API over an instance of the WebAssembly module. */
	export default function hbjs(instance: unknown): HarfBuzz;
}

declare module 'harfbuzzjs/hb.js' {
	/** Instantiates HarfBuzz's WebAssembly module (Emscripten's factory). */
	export default function createHarfBuzz(): Promise<unknown>;
}

declare module 'linebreak' {
	export default class LineBreaker {
		constructor(text: string);
		/** The next break opportunity: the break is before `position` (a UTF-16 index). */
		nextBreak(): { position: number; required: boolean } | null;
	}
}
