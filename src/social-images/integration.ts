// Astro integration: the social images of the articles, drawn off Astro's rendering thread.
// In a build it starts a small pool of worker threads once the content is synced (what each image
// shows comes from the manifest the content loaders write, src/articles/manifest.ts; the workers
// draw into the on-disk cache, `<cacheDir>/social-images/`, while Vite bundles and Astro renders),
// then copies the images into `<outDir>/og/articles/` at `astro:build:done`. The dev server draws
// them on request through src/pages/og/. https://docs.astro.build/en/reference/integrations-reference/
import { constants, mkdirSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { readManifest, type ManifestArticle } from '../articles/manifest.ts';
import { getSocialImageStats } from './social-image.ts';
import type { SocialImageWorkerData, SocialImageWorkerResult } from './worker.ts';

/** Files copied at once into the output. */
const COPY_CONCURRENCY = 64;

/** Runs one worker to its answer; any failure rejects with a message naming the worker. */
function runWorker(data: SocialImageWorkerData): Promise<SocialImageWorkerResult> {
	return new Promise((resolvePromise, reject) => {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), {
			workerData: data,
		});
		let answered = false;
		worker.once('message', (result: SocialImageWorkerResult) => {
			answered = true;
			resolvePromise(result);
		});
		worker.once('error', (error) =>
			reject(
				new Error(`social images: worker ${data.index} failed: ${error.message}`, { cause: error }),
			),
		);
		worker.once('exit', (code) => {
			if (!answered)
				reject(new Error(`social images: worker ${data.index} exited with code ${code}`));
		});
	});
}

/** Draws (or finds in the cache) every article's image with a pool of workers. */
async function drawArticleImages(articles: ManifestArticle[], cacheDir: string) {
	const started = performance.now();
	// Leave one core to Astro: it renders pages while the workers draw.
	const workers = Math.max(1, availableParallelism() - 1);
	const results = await Promise.all(
		Array.from({ length: workers }, (_, index) =>
			runWorker({
				articles: articles.filter((_, position) => position % workers === index),
				cacheDir,
				index,
			}),
		),
	);
	return {
		images: new Map(results.flatMap((result) => result.images)),
		drawn: results.reduce((sum, result) => sum + result.drawn, 0),
		cached: results.reduce((sum, result) => sum + result.cached, 0),
		seconds: (performance.now() - started) / 1000,
		workers,
	};
}

type Drawing = Awaited<ReturnType<typeof drawArticleImages>>;

/**
 * Puts the cached images at `<outDir>/og/articles/<slug>.png` as hard links: thousands of files
 * appear without copying a byte. Safe because a cache file is named after what it shows and is only
 * ever written whole, by a rename (social-image-worker.ts), so a published image never changes
 * under the site. Falls back to a copy where linking fails (cache and output on different disks).
 */
async function copyImages(images: Map<string, string>, cacheDir: string, outDir: string) {
	const target = join(outDir, 'og', 'articles');
	mkdirSync(target, { recursive: true });
	const queue = [...images];
	const copyNext = async (): Promise<void> => {
		for (let entry = queue.pop(); entry; entry = queue.pop()) {
			const [slug, key] = entry;
			const source = join(cacheDir, `${key}.png`);
			const destination = join(target, `${slug}.png`);
			await link(source, destination).catch(() =>
				copyFile(source, destination, constants.COPYFILE_FICLONE),
			);
		}
	};
	await Promise.all(Array.from({ length: COPY_CONCURRENCY }, copyNext));
}

/** The social-image integration. */
export default function socialImages(): AstroIntegration {
	let started = 0;
	let cacheDir = '';
	let imageCacheDir = '';
	let drawing: Promise<Drawing> | undefined;
	return {
		name: 'veille:social-images',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				imageCacheDir = fileURLToPath(new URL('social-images/', config.cacheDir));
				updateConfig({
					vite: {
						define: { 'import.meta.env.VEILLE_SOCIAL_IMAGE_CACHE': JSON.stringify(imageCacheDir) },
					},
				});
			},
			// Right after the content sync, so the drawing overlaps Vite and page rendering.
			'astro:build:start': () => {
				started = performance.now();
				Object.assign(getSocialImageStats(), { drawn: 0, cached: 0 });
				drawing = drawArticleImages(readManifest(cacheDir).articles, imageCacheDir);
				// Awaited at astro:build:done; this only keeps an early failure from going unhandled.
				drawing.catch(() => {});
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				if (!drawing) throw new Error('social images: the drawing workers never started');
				const result = await drawing;
				await copyImages(result.images, imageCacheDir, fileURLToPath(dir));
				const missing = pages
					.map(({ pathname }) => /^articles\/([^/]+)\/$/.exec(pathname)?.[1])
					.filter((slug): slug is string => slug !== undefined && !result.images.has(slug));
				if (missing.length > 0) {
					throw new Error(
						`social images: no image drawn for ${missing.length} article page(s), e.g. ` +
							`articles/${missing[0]}/: the workers draw the articles of the content manifest ` +
							`(src/articles/manifest.ts); check that the content loaders wrote it`,
					);
				}
				// The site image is still drawn by its route (src/pages/og/site.png.ts).
				const route = getSocialImageStats();
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				logger.info(
					`${result.drawn + route.drawn} social image(s) drawn, ${result.cached + route.cached} ` +
						`from the cache (build ${seconds} s; ${result.workers} worker(s) ` +
						`done in ${result.seconds.toFixed(2)} s)`,
				);
			},
		},
	};
}
