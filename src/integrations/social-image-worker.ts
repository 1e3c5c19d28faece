// Worker thread of src/integrations/social-images.ts: reads the articles' frontmatter itself and
// draws their social images into the cache, off Astro's rendering thread. Runs as plain Node
// (type stripping), so every import is a relative `.ts` path or a package.
// https://nodejs.org/api/worker_threads.html
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'yaml';
import { SITE } from '../consts.ts';
import { formatDate } from '../lib/dates.ts';
import { renderAsync } from '@resvg/resvg-js';
import {
	drawSocialImageSvg,
	getSocialImageKey,
	RESVG_OPTIONS,
	type SocialImageInput,
} from '../lib/og-image.ts';

/** What the integration gives each worker. */
export interface SocialImageWorkerData {
	/** Absolute path of the content folder (VEILLE_CONTENT_DIR or `content/`). */
	contentDir: string;
	/** Absolute path of the image cache, `<cacheDir>/social-images/`. */
	cacheDir: string;
	/** This worker's share: the files whose index modulo `workers` is `index`. */
	index: number;
	workers: number;
}

/** What each worker answers: the images of its share, by article slug, and its counts. */
export interface SocialImageWorkerResult {
	/** `[slug, cache key]` of every published article of the share. */
	images: [string, string][];
	drawn: number;
	cached: number;
}

/** Images rasterised at once on libuv's thread pool (4 threads by default). */
const RASTERS_IN_FLIGHT = 2;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Tag labels by id, as the `tags` collection reads content/tags.yaml (labels trimmed). */
function readTagLabels(contentDir: string): Map<string, string> {
	const entries = parse(readFileSync(join(contentDir, 'tags.yaml'), 'utf8')) as {
		id: string;
		label: string;
	}[];
	return new Map(entries.map((entry) => [String(entry.id), String(entry.label).trim()]));
}

/**
 * The social image of one article file, as src/pages/og/articles/[slug].png.ts draws it in dev:
 * undefined for drafts and for files the content check refuses (it fails the build first).
 */
function readInput(file: string, tagLabels: Map<string, string>): SocialImageInput | undefined {
	const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
	const data = match ? (parse(match[1]!) as Record<string, unknown> | null) : undefined;
	if (!data || data.draft === true || typeof data.title !== 'string') return undefined;
	const mainTag = Array.isArray(data.tags) ? String(data.tags[0]) : undefined;
	const pubDate = new Date(data.pubDate as string);
	if (!mainTag || Number.isNaN(pubDate.getTime())) return undefined;
	return {
		siteName: SITE.title,
		kicker: tagLabels.get(mainTag) ?? mainTag,
		title: data.title.trim(),
		footer: formatDate(pubDate),
	};
}

function failure(file: string, cause: unknown): Error {
	return new Error(`could not draw the social image of ${file}`, { cause });
}

async function run({
	contentDir,
	cacheDir,
	index,
	workers,
}: SocialImageWorkerData): Promise<SocialImageWorkerResult> {
	const folder = join(contentDir, 'articles');
	const files = readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.filter((_, position) => position % workers === index);
	const tagLabels = readTagLabels(contentDir);
	mkdirSync(cacheDir, { recursive: true });
	const result: SocialImageWorkerResult = { images: [], drawn: 0, cached: 0 };
	const rasterising = new Set<Promise<void>>();
	for (const name of files) {
		const input = readInput(join(folder, name), tagLabels);
		if (!input) continue;
		const key = getSocialImageKey(input);
		result.images.push([name.slice(0, -'.mdx'.length), key]);
		const target = join(cacheDir, `${key}.png`);
		if (existsSync(target)) {
			result.cached++;
			continue;
		}
		let svg: string;
		try {
			svg = await drawSocialImageSvg(input);
		} catch (error) {
			throw failure(join(folder, name), error);
		}
		// resvg rasterises on libuv's thread pool while this thread lays out the next images, so the
		// worker uses the cores Astro leaves free. RASTERS_IN_FLIGHT images at most.
		if (rasterising.size >= RASTERS_IN_FLIGHT) await Promise.race(rasterising);
		const raster: Promise<void> = renderAsync(svg, RESVG_OPTIONS).then(
			(image) => {
				// Write then rename, so a build running beside this one never reads half a file.
				const partial = `${target}.${process.pid}-${index}.tmp`;
				writeFileSync(partial, image.asPng());
				renameSync(partial, target);
				result.drawn++;
			},
			(error: unknown) => {
				throw failure(join(folder, name), error);
			},
		);
		rasterising.add(raster);
		void raster.then(
			() => rasterising.delete(raster),
			() => {},
		);
		// resvg's native images are freed by finalizers that only run on a later turn of the event
		// loop: without this, a loop of awaits keeps every 3 MB pixmap (3 GB per 1,000 images).
		await nextTurn();
	}
	await Promise.all(rasterising);
	return result;
}

parentPort!.postMessage(await run(workerData as SocialImageWorkerData));
