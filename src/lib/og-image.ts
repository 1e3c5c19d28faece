// Social images (1200×630 PNG) drawn at build time with satori (layout to SVG) and resvg (SVG to
// PNG), cached on disk by a hash of what they show, so a rebuild only draws what changed.
// https://github.com/vercel/satori and https://github.com/yisibl/resvg-js
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SOCIAL_IMAGE_SIZE } from './seo.ts';

declare global {
	interface ImportMetaEnv {
		/** Folder of the social-image cache, set by src/integrations/social-images.ts. */
		readonly VEILLE_SOCIAL_IMAGE_CACHE?: string;
	}
}

/** Bump when the drawing changes, so every cached image is drawn again. */
export const SOCIAL_IMAGE_TEMPLATE_VERSION = 1;

/** What a social image shows. */
export interface SocialImageInput {
	/** Large headline: the article title, or the site's tagline. */
	title: string;
	/** Small line above the headline, e.g. the main tag. */
	kicker?: string;
	/** Line under the headline, e.g. the formatted date. */
	footer?: string;
	/** Site name, shown top left. */
	siteName: string;
}

/** The cache key of an image: a hash of the template version and everything the image shows. */
export function getSocialImageKey(input: SocialImageInput): string {
	const shown = [
		SOCIAL_IMAGE_TEMPLATE_VERSION,
		input.siteName,
		input.kicker,
		input.title,
		input.footer,
	];
	return createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 32);
}

/** Counts of a build: images drawn and images read from the cache. */
export interface SocialImageStats {
	drawn: number;
	cached: number;
}

const STATS_KEY = Symbol.for('veille-ia.social-image-stats');

/**
 * This build's counts. Kept on `globalThis` because the endpoints run from a bundled copy of this
 * module while the integration that logs them (src/integrations/social-images.ts) runs from source.
 */
export function getSocialImageStats(): SocialImageStats {
	const store = globalThis as { [STATS_KEY]?: SocialImageStats };
	store[STATS_KEY] ??= { drawn: 0, cached: 0 };
	return store[STATS_KEY];
}

/**
 * The PNG of a social image: read from `cacheDir` when an image with the same key is there,
 * drawn (and stored) otherwise. Without `cacheDir` it always draws.
 */
export async function getSocialImage(
	input: SocialImageInput,
	cacheDir: string | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
	const file = cacheDir ? join(cacheDir, `${getSocialImageKey(input)}.png`) : undefined;
	if (file && existsSync(file)) {
		getSocialImageStats().cached++;
		return new Uint8Array(readFileSync(file));
	}
	const png = await drawSocialImage(input);
	getSocialImageStats().drawn++;
	if (file && cacheDir) {
		mkdirSync(cacheDir, { recursive: true });
		// Write then rename, so a build running beside this one never reads half a file.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, png);
		renameSync(partial, file);
	}
	return png;
}

interface FontOptions {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

let fonts: FontOptions[] | undefined;

/** Noto Sans (latin and latin-ext, regular and bold) from @fontsource, read once. */
function loadFonts(): FontOptions[] {
	if (fonts) return fonts;
	// Resolved from the project root: the built endpoint runs from a chunk inside outDir.
	const require = createRequire(join(process.cwd(), 'package.json'));
	const read = (subset: string, weight: 400 | 700): FontOptions => ({
		name: 'Noto Sans',
		data: readFileSync(
			require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
		),
		weight,
		style: 'normal',
	});
	fonts = [read('latin', 400), read('latin', 700), read('latin-ext', 400), read('latin-ext', 700)];
	return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };

function element(type: string, style: Record<string, unknown>, children?: unknown): Node {
	return { type, props: { style, children } };
}

/** The layout: light page, accent rule, site name, kicker chip, headline, footer line. */
function layout(input: SocialImageInput): Node {
	const { width, height } = SOCIAL_IMAGE_SIZE;
	const long = input.title.length > 90;
	const inner = width - 2 * 72;
	return element(
		'div',
		{
			width,
			height,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 72px',
			backgroundColor: '#ffffff',
			color: '#1b1f24',
			fontFamily: 'Noto Sans',
			boxSizing: 'border-box',
			borderTop: '16px solid #0b57d0',
		},
		[
			element(
				'div',
				{ display: 'flex', fontSize: 32, fontWeight: 700, color: '#0b57d0' },
				input.siteName,
			),
			element('div', { display: 'flex', flexDirection: 'column', gap: 24, width: inner }, [
				input.kicker
					? element(
							'div',
							{
								display: 'flex',
								alignSelf: 'flex-start',
								padding: '6px 18px',
								fontSize: 28,
								color: '#57606a',
								backgroundColor: '#f6f8fa',
								border: '2px solid #d8dee4',
								borderRadius: 8,
							},
							input.kicker,
						)
					: null,
				element(
					'div',
					{
						display: 'block',
						width: inner,
						fontSize: long ? 52 : 64,
						fontWeight: 700,
						lineHeight: 1.2,
						lineClamp: 4,
					},
					input.title,
				),
			]),
			element(
				'div',
				{
					display: 'flex',
					width: inner,
					fontSize: 28,
					color: '#57606a',
					borderTop: '2px solid #d8dee4',
					paddingTop: 20,
				},
				input.footer ?? '',
			),
		],
	);
}

/** Lays a social image out as SVG with satori (text already turned into paths). */
export async function drawSocialImageSvg(input: SocialImageInput): Promise<string> {
	// Loaded on first draw only: a fully cached build never pays for it.
	const { default: satori } = await import('satori');
	return satori(layout(input) as Parameters<typeof satori>[0], {
		...SOCIAL_IMAGE_SIZE,
		fonts: loadFonts(),
	});
}

/**
 * How resvg rasterises the SVG: at the image's width, without fonts (satori has already turned
 * the text into paths, so the system font scan is skipped).
 */
export const RESVG_OPTIONS = {
	fitTo: { mode: 'width', value: SOCIAL_IMAGE_SIZE.width },
	font: { loadSystemFonts: false },
} as const;

/** Draws one social image: satori lays it out as SVG, resvg rasterises it to PNG. */
export async function drawSocialImage(input: SocialImageInput): Promise<Uint8Array<ArrayBuffer>> {
	const [svg, { Resvg }] = await Promise.all([
		drawSocialImageSvg(input),
		import('@resvg/resvg-js'),
	]);
	return new Uint8Array(new Resvg(svg, RESVG_OPTIONS).render().asPng());
}
