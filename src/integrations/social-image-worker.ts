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
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'yaml';
import { SITE } from '../consts.ts';
import { formatDate } from '../lib/dates.ts';
import { drawSocialImage, getSocialImageKey, type SocialImageInput } from '../lib/og-image.ts';

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
	/** CPU time of the worker thread, from its start to its answer (Node 23.9 and later). */
	cpuSeconds?: number;
}

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
		let png: Uint8Array;
		try {
			png = await drawSocialImage(input);
		} catch (error) {
			throw new Error(`could not draw the social image of ${join(folder, name)}`, {
				cause: error,
			});
		}
		// Write then rename, so a build running beside this one never reads half a file.
		const partial = `${target}.${process.pid}-${index}.tmp`;
		writeFileSync(partial, png);
		renameSync(partial, target);
		result.drawn++;
	}
	// Optional chaining: process.threadCpuUsage is younger than the oldest Node the project runs on.
	const usage = process.threadCpuUsage?.();
	if (usage) result.cpuSeconds = (usage.user + usage.system) / 1e6;
	return result;
}

parentPort!.postMessage(await run(workerData as SocialImageWorkerData));
