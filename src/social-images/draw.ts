// Draws the social images (src/social-images/social-image.ts) with Takumi, a Rust renderer of
// HTML/CSS-like node trees for Open Graph images (flex layout, text shaping and line breaking,
// rasterising and a palette PNG encoder when the colours fit). The picture is a flex column
// spread with `justify-content: space-between`: site name; kicker chip and title; footer.
// https://takumi.kane.tw/docs/ and https://github.com/kane50613/takumi
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Renderer, type Node } from '@takumi-rs/core';
import type { SocialImageInput } from './social-image.ts';
import { SOCIAL_IMAGE_SIZE } from './social-image.ts';

const { width: WIDTH, height: HEIGHT } = SOCIAL_IMAGE_SIZE;

const COLOURS = {
	paper: '#ffffff',
	ink: '#1b1f24',
	muted: '#57606a',
	accent: '#0b57d0',
	chip: '#f6f8fa',
	line: '#d8dee4',
};

const FONT_FAMILY = 'Noto Sans';
const PADDING_X = 72;
const CONTENT_WIDTH = WIDTH - 2 * PADDING_X;
/** Titles longer than this (in UTF-16 code units) are set smaller. */
const LONG_TITLE = 90;
const TITLE_MAX_LINES = 4;

/** The node tree of one image. */
function toNode(input: SocialImageInput): Node {
	const long = input.title.length > LONG_TITLE;
	const text = (style: Node['style'], content: string): Node => ({
		type: 'text',
		style,
		text: content,
	});
	return {
		type: 'container',
		style: {
			width: WIDTH,
			height: HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: `64px ${PADDING_X}px`,
			boxSizing: 'border-box',
			borderTop: `16px solid ${COLOURS.accent}`,
			backgroundColor: COLOURS.paper,
			color: COLOURS.ink,
			fontFamily: FONT_FAMILY,
		},
		children: [
			text({ fontSize: 32, fontWeight: 700, color: COLOURS.accent }, input.siteName),
			{
				type: 'container',
				style: { display: 'flex', flexDirection: 'column', gap: 24, width: CONTENT_WIDTH },
				children: [
					...(input.kicker
						? [
								text(
									{
										alignSelf: 'flex-start',
										padding: '6px 18px',
										fontSize: 28,
										color: COLOURS.muted,
										backgroundColor: COLOURS.chip,
										border: `2px solid ${COLOURS.line}`,
										borderRadius: 8,
									},
									input.kicker,
								),
							]
						: []),
					text(
						{
							width: CONTENT_WIDTH,
							fontSize: long ? 52 : 64,
							fontWeight: 700,
							lineHeight: 1.2,
							lineClamp: TITLE_MAX_LINES,
							textOverflow: 'ellipsis',
							overflow: 'hidden',
						},
						input.title,
					),
				],
			},
			text(
				{
					width: CONTENT_WIDTH,
					fontSize: 28,
					color: COLOURS.muted,
					borderTop: `2px solid ${COLOURS.line}`,
					paddingTop: 20,
				},
				input.footer ?? '',
			),
		],
	};
}

/** `U+0000-00FF,U+0131` (a CSS `unicode-range`, as @fontsource's unicode.json has them) as pairs. */
function toRanges(unicodeRange: string): [number, number][] {
	return unicodeRange.split(',').map((range) => {
		const [start, end = start] = range.trim().replace(/^U\+/i, '').split('-');
		return [Number.parseInt(start!, 16), Number.parseInt(end!, 16)];
	});
}

/**
 * A renderer with Noto Sans from @fontsource (latin and latin-ext, regular and bold), each
 * subset serving the characters of its `unicode-range`.
 */
async function createRenderer(): Promise<Renderer> {
	// Resolved from the project root: the built endpoint runs from a chunk inside outDir.
	const require = createRequire(join(process.cwd(), 'package.json'));
	const ranges = JSON.parse(
		readFileSync(require.resolve('@fontsource/noto-sans/unicode.json'), 'utf8'),
	) as Record<string, string>;
	const renderer = new Renderer();
	for (const subset of ['latin', 'latin-ext'])
		for (const weight of [400, 700]) {
			const file = `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`;
			await renderer.registerFont({
				name: FONT_FAMILY,
				data: readFileSync(require.resolve(file)),
				weight,
				style: 'normal',
				unicodeRange: toRanges(ranges[subset]!),
			});
		}
	return renderer;
}

let loading: Promise<Renderer> | undefined;

/**
 * Draws one social image as PNG bytes. The first call loads the fonts; later ones reuse the
 * renderer and its glyph cache.
 */
export async function drawSocialImagePng(
	input: SocialImageInput,
): Promise<Uint8Array<ArrayBuffer>> {
	loading ??= createRenderer();
	const renderer = await loading;
	const png = await renderer.render(toNode(input), {
		width: WIDTH,
		height: HEIGHT,
		format: 'png',
		lang: 'fr',
	});
	// A plain view of the bytes, as the cache reads them back: a Buffer compares unequal to it.
	return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
