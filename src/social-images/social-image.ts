// Social images (1200×630 PNG) drawn at build time with Takumi (src/social-images/draw.ts), cached
// on disk by a hash of what they show, so a rebuild only draws what changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

declare global {
	interface ImportMetaEnv {
		/** Folder of the social-image cache, set by src/social-images/integration.ts. */
		readonly VEILLE_SOCIAL_IMAGE_CACHE?: string;
	}
}

/** Size of every social image, in pixels. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Bump when the drawing changes, so every cached image is drawn again. */
export const SOCIAL_IMAGE_TEMPLATE_VERSION = 3;

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

/**
 * The cache key of an image: a hash of the template version (this one unless told) and everything
 * the image shows.
 */
export function getSocialImageKey(
	input: SocialImageInput,
	templateVersion: number = SOCIAL_IMAGE_TEMPLATE_VERSION,
): string {
	const shown = [templateVersion, input.siteName, input.kicker, input.title, input.footer];
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
 * module while the integration that logs them (src/social-images/integration.ts) runs from source.
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

/**
 * Draws one social image as PNG. The drawing code (Takumi and the fonts) is loaded on the first
 * draw only: a fully cached build never pays for it.
 */
export async function drawSocialImage(input: SocialImageInput): Promise<Uint8Array<ArrayBuffer>> {
	drawing ??= import('./draw.ts');
	const { drawSocialImagePng } = await drawing;
	return drawSocialImagePng(input);
}

let drawing: Promise<typeof import('./draw.ts')> | undefined;
