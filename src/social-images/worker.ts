// Worker thread of src/social-images/integration.ts: draws the social images of its share of the
// articles into the cache, off Astro's rendering thread. What each image shows comes from the
// content manifest (src/articles/manifest.ts); the worker reads no content file. Runs as plain
// Node (type stripping), so every import is a relative `.ts` path or a package.
// https://nodejs.org/api/worker_threads.html
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ManifestArticle } from '../articles/manifest.ts';
import { SITE } from '../consts.ts';
import { formatDate } from '../i18n/dates.ts';
import { drawSocialImage, getSocialImageKey, type SocialImageInput } from './social-image.ts';

/** What the integration gives each worker. */
export interface SocialImageWorkerData {
	/** This worker's share of the published articles. */
	articles: ManifestArticle[];
	/** Absolute path of the image cache, `<cacheDir>/social-images/`. */
	cacheDir: string;
	/** The worker's number, for messages and temporary file names. */
	index: number;
}

/** What each worker answers: the images of its share, by article slug, and its counts. */
export interface SocialImageWorkerResult {
	/** `[slug, cache key]` of every article of the share. */
	images: [string, string][];
	drawn: number;
	cached: number;
}

/** The social image of one article, as src/pages/og/articles/[slug].png.ts draws it in dev. */
function toInput(article: ManifestArticle): SocialImageInput {
	return {
		siteName: SITE.title,
		kicker: article.mainTag,
		title: article.title,
		footer: formatDate(new Date(article.pubDate)),
	};
}

async function run({
	articles,
	cacheDir,
	index,
}: SocialImageWorkerData): Promise<SocialImageWorkerResult> {
	mkdirSync(cacheDir, { recursive: true });
	const result: SocialImageWorkerResult = { images: [], drawn: 0, cached: 0 };
	for (const article of articles) {
		const input = toInput(article);
		const key = getSocialImageKey(input);
		result.images.push([article.slug, key]);
		const target = join(cacheDir, `${key}.png`);
		if (existsSync(target)) {
			result.cached++;
			continue;
		}
		let png: Uint8Array;
		try {
			png = await drawSocialImage(input);
		} catch (error) {
			throw new Error(`could not draw the social image of the article "${article.slug}"`, {
				cause: error,
			});
		}
		// Write then rename, so a build running beside this one never reads half a file.
		const partial = `${target}.${process.pid}-${index}.tmp`;
		writeFileSync(partial, png);
		renameSync(partial, target);
		result.drawn++;
	}
	// No CPU time: Takumi renders off this thread, so its usage would leave the drawing out
	// (bench/social-images.ts measures the CPU of an image).
	return result;
}

parentPort!.postMessage(await run(workerData as SocialImageWorkerData));
