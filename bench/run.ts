// `npm run bench`: builds the real site from synthetic corpora (bench/corpus.ts) of 1,000 and 5,000
// articles (or `--n 20000`, repeatable), measures build, index, memory, page weight, search cost and
// Lighthouse scores, writes bench/results/<date>-<N>.json and prints the figures against the budgets
// of issue 6. Flags: --n N (repeatable), --no-lighthouse, --no-browser, --no-warm, --query WORD (repeatable),
// --keep-images (the cold build keeps the social-image cache of the last run, to measure all but
// the drawing), --seed S, --timeout MINUTES, --report (print the latest stored figures), --index-chunk-size N
// (repeatable: index the build again at each size and measure its first queries). See README.md,
// "Performance" and "Search".
import { spawn } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	symlinkSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/serve.ts';
import { buildSearchIndex, INDEX_CHUNK_SIZE } from '../src/search/pagefind.ts';
import { generateCorpus } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = join(ROOT, 'bench/.tmp');
const RESULTS = join(ROOT, 'bench/results');

/** Budgets of issue 6. */
export const BUDGETS = {
	coldMsPerArticle: 8,
	warmMsPerArticle: 5,
	/** ms/article at 5,000 over ms/article at 1,000. */
	scalingRatio: 1.1,
	peakRssBytes5000: 3 * 1024 ** 3,
	peakRssBytes20000: 9 * 1024 ** 3,
	articlePageGzipBytes: 11 * 1024,
	articleJsBytes: 0,
	/** First search on a word found in at most `commonWordShare` of the articles. */
	firstQueryBytes: 170 * 1024,
	/** First search on a near-stopword, found in more (« données »). */
	firstQueryBytesCommonWord: 210 * 1024,
	commonWordShare: 0.15,
	lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
} as const;

interface Args {
	sizes: number[];
	lighthouse: boolean;
	browser: boolean;
	warm: boolean;
	/** The cold build keeps `<cache>/social-images/`: everything is rebuilt but the images. */
	keepImages: boolean;
	queries: string[];
	seed: number;
	timeoutMinutes: number;
	/** Print the latest stored figures for 1,000, 5,000 and 20,000 articles; build nothing. */
	report: boolean;
	/** Index chunk sizes to compare: the build is indexed again at each, and searched. */
	indexChunkSizes: number[];
}

function parseArgs(argv: string[]): Args {
	const args: Args = {
		sizes: [],
		lighthouse: true,
		browser: true,
		warm: true,
		keepImages: false,
		queries: [],
		seed: 20250106,
		timeoutMinutes: 120,
		report: false,
		indexChunkSizes: [],
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const value = () => {
			const next = argv[++i];
			if (next === undefined) throw new Error(`${arg} needs a value, e.g. ${arg} 5000`);
			return next;
		};
		if (arg === '--n') args.sizes.push(...value().split(',').map(Number));
		else if (arg === '--no-lighthouse') args.lighthouse = false;
		else if (arg === '--lighthouse') args.lighthouse = true;
		else if (arg === '--no-browser') args.browser = false;
		else if (arg === '--no-warm') args.warm = false;
		else if (arg === '--keep-images') args.keepImages = true;
		else if (arg === '--query') args.queries.push(value());
		else if (arg === '--seed') args.seed = Number(value());
		else if (arg === '--timeout') args.timeoutMinutes = Number(value());
		else if (arg === '--report') args.report = true;
		else if (arg === '--index-chunk-size')
			args.indexChunkSizes.push(...value().split(',').map(Number));
		else throw new Error(`unknown flag ${arg}; see the header of bench/run.ts`);
	}
	if (args.sizes.length === 0) args.sizes = [1000, 5000];
	// A word in most articles, and a company named in about one article in twelve.
	// Company names and topics found in about one article in ten, and a word of almost every
	// synthetic article (the worst case: its index chunks list nearly every page). What a query
	// downloads depends mostly on the index chunk that holds its word (see README, "Performance").
	if (args.queries.length === 0) {
		args.queries = ['kalray', 'microsoft', 'robotique', 'agriculture', 'santé', 'données'];
	}
	if (args.indexChunkSizes.some((size) => !Number.isInteger(size) || size < 1)) {
		throw new Error(
			'--index-chunk-size expects a positive whole number, e.g. --index-chunk-size 10000',
		);
	}
	if (args.indexChunkSizes.length > 0 && process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE) {
		throw new Error(
			'unset PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE to compare sizes with --index-chunk-size',
		);
	}
	if (args.sizes.some((n) => !Number.isInteger(n) || n < 1)) {
		throw new Error('--n expects a positive whole number of articles, e.g. --n 20000');
	}
	return args;
}

// --- Build and memory ------------------------------------------------------------------------

/** Sum of the resident memory of `pid` and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): { total: number; largest: number } {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name may hold spaces and parentheses: fields start after the last ')'.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(name));
			children.set(ppid, list);
		} catch {
			// The process ended while we read it.
		}
	}
	let total = 0;
	let largest = 0;
	const queue = [pid];
	while (queue.length > 0) {
		const current = queue.pop()!;
		try {
			const status = readFileSync(`/proc/${current}/status`, 'utf8');
			const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
			total += kb * 1024;
			largest = Math.max(largest, kb * 1024);
		} catch {
			// Ended.
		}
		queue.push(...(children.get(current) ?? []));
	}
	return { total, largest };
}

interface BuildRun {
	ok: boolean;
	seconds: number;
	peakRssBytes: number;
	peakProcessRssBytes: number;
	/** Seconds into the build when the tree's RSS peaked, and the log line printed just before. */
	peakAt: { seconds: number; lastLine: string };
	/** The tree's RSS every 2 s: [seconds, MB]. */
	rssTimeline: [number, number][];
	logFile: string;
	/** Log lines with the second they arrived at. */
	lines: { t: number; line: string }[];
}

// Astro writes content-modules.mjs into `<root>/.astro/`, whatever cacheDir says: two builds of one
// root at once (a bench and a test run) swap each other's list of MDX modules and fail or build
// the wrong content. Each bench build therefore runs from its own copy of the project's sources,
// with node_modules linked.
const PROJECT_FILES = [
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'src',
	'public',
	'scripts',
];

/** A private copy of the project to build from (`<dir>/project`), refreshed from the sources. */
function prepareProject(dir: string): string {
	const project = join(dir, 'project');
	rmSync(project, { recursive: true, force: true });
	mkdirSync(project, { recursive: true });
	for (const name of PROJECT_FILES) {
		cpSync(join(ROOT, name), join(project, name), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
	return project;
}

/** The figures stored for one build: outcome, load, time, memory and what its log says. */
function buildFigures(
	run: BuildRun,
	loadBefore: string,
	n: number,
	log: ReturnType<typeof parseLog>,
) {
	return {
		ok: run.ok,
		loadBefore,
		loadAfter: load(),
		seconds: Number(run.seconds.toFixed(2)),
		msPerArticle: Number(((run.seconds * 1000) / n).toFixed(2)),
		peakRssBytes: run.peakRssBytes,
		peakAt: run.peakAt,
		...log,
	};
}

/** Runs `node scripts/build.ts` (the staged `npm run build`) with the bench folders. */
async function runBuild(
	dirs: Dirs,
	logName: string,
	timeoutMinutes: number,
	extraEnv: Record<string, string> = {},
): Promise<BuildRun> {
	const logFile = join(dirs.root, `${logName}.log`);
	writeFileSync(logFile, '');
	const started = performance.now();
	const child = spawn(process.execPath, [join(dirs.project, 'scripts/build.ts')], {
		cwd: dirs.project,
		env: {
			...process.env,
			VEILLE_CONTENT_DIR: relative(dirs.project, dirs.content),
			VEILLE_OUT_DIR: dirs.dist,
			VEILLE_CACHE_DIR: dirs.cache,
			...extraEnv,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const lines: BuildRun['lines'] = [];
	const collect = (chunk: Buffer) => {
		const t = (performance.now() - started) / 1000;
		const text = chunk.toString();
		appendFileSync(logFile, text);
		for (const line of text.split('\n')) if (line.trim()) lines.push({ t, line });
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	let peak = 0;
	let peakSeconds = 0;
	let peakProcess = 0;
	const timeline: [number, number][] = [];
	const sample = () => {
		if (child.pid === undefined) return;
		const { total, largest } = treeRss(child.pid);
		const seconds = (performance.now() - started) / 1000;
		if (total > peak) {
			peak = total;
			peakSeconds = seconds;
		}
		peakProcess = Math.max(peakProcess, largest);
		if (seconds >= (timeline.at(-1)?.[0] ?? -2) + 2) {
			timeline.push([Number(seconds.toFixed(1)), Math.round(total / 1024 ** 2)]);
		}
	};
	const sampler = setInterval(sample, 250);
	const timer = setTimeout(() => {
		appendFileSync(logFile, `\n[bench] timed out after ${timeoutMinutes} min\n`);
		child.kill('SIGTERM');
	}, timeoutMinutes * 60_000);
	const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
	clearInterval(sampler);
	clearTimeout(timer);
	return {
		ok: code === 0,
		seconds: (performance.now() - started) / 1000,
		peakRssBytes: peak,
		peakProcessRssBytes: peakProcess,
		peakAt: {
			seconds: Number(peakSeconds.toFixed(1)),
			lastLine: lines.findLast(({ t }) => t <= peakSeconds)?.line.slice(0, 160) ?? '',
		},
		rssTimeline: timeline,
		logFile,
		lines,
	};
}

/** Phase markers of the Astro 7 log, each timed by the first line that matches. */
const PHASES: [string, RegExp][] = [
	['contentCheck', /content check passed/],
	['contentSynced', /Synced content|content config loaded|\[content\].*(synced|Synced)/],
	['viteServerBuilt', /\[vite\].*built in|built in [\d.]+m?s/],
	['staticRoutesStart', /generating static routes/],
	['staticRoutesDone', /✓ Completed in/],
	['pagefindStart', /Waiting for integration "veille:pagefind"|veille:pagefind/],
	['complete', /Complete!|Build succeeded/],
];

function parseLog(run: BuildRun) {
	const text = run.lines.map(({ line }) => line).join('\n');
	const phases: Record<string, number> = {};
	// Each marker is looked for after the previous one (several steps print "✓ Completed in").
	let from = 0;
	for (const [name, pattern] of PHASES) {
		const at = run.lines.findIndex(({ line }, index) => index >= from && pattern.test(line));
		if (at === -1) continue;
		phases[name] = Number(run.lines[at]!.t.toFixed(2));
		from = at + 1;
	}
	const indexed = /indexed (\d+) pages in ([\d.]+) s/.exec(text);
	const social = /(\d+) social image\(s\) drawn, (\d+) from the cache/.exec(text);
	// Since the worker threads (src/social-images/integration.ts): their time, beside Astro's.
	const socialWorkers = /worker\(s\) done in ([\d.]+) s(?:, ([\d.]+) s of CPU)?/.exec(text);
	// Astro prints each generated route with its time: `├─ /articles/x/index.html (+3ms)`.
	const routes: Record<string, { pages: number; ms: number }> = {};
	for (const { line } of run.lines) {
		const match = /[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/.exec(line);
		if (!match) continue;
		const segments = match[1]!.split('/').filter(Boolean);
		const group =
			segments[0] === 'og' ? `og/${segments[1]}` : segments.length > 1 ? segments[0]! : match[1]!;
		const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
		const entry = (routes[group] ??= { pages: 0, ms: 0 });
		entry.pages++;
		entry.ms += ms;
	}
	const warnings = run.lines.filter(({ line }) => /\[WARN\]|\bwarn(ing)?\b/i.test(line)).length;
	return {
		phases,
		indexedPages: indexed ? Number(indexed[1]) : undefined,
		indexSeconds: indexed ? Number(indexed[2]) : undefined,
		socialImages: social
			? {
					drawn: Number(social[1]),
					cached: Number(social[2]),
					...(socialWorkers ? { workerSeconds: Number(socialWorkers[1]) } : {}),
					...(socialWorkers?.[2] ? { workerCpuSeconds: Number(socialWorkers[2]) } : {}),
				}
			: undefined,
		warningLines: warnings,
		routes,
		logLines: run.lines.length,
	};
}

// --- Output ----------------------------------------------------------------------------------

function walk(dir: string, files: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path, files);
		else files.push(path);
	}
	return files;
}

const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

interface PageWeight {
	url: string;
	htmlBytes: number;
	htmlGzip: number;
	cssBytes: number;
	cssGzip: number;
	jsBytes: number;
	jsGzip: number;
	totalBytes: number;
	totalGzip: number;
	scripts: string[];
}

/**
 * HTML plus the CSS and JS it loads (stylesheets, scripts, module preloads, inline code). Inline
 * script bodies count as JS, and so are left out of the HTML figure, not counted twice.
 */
function pageWeight(dist: string, htmlFile: string): PageWeight {
	const text = readFileSync(htmlFile, 'utf8');
	const local = (href: string) => {
		const path = href.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0]!;
		const file = join(dist, path);
		return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
	};
	const css: Buffer[] = [];
	const js: Buffer[] = [];
	const scripts: string[] = [];
	const inlineScripts: string[] = [];
	for (const [tag] of text.matchAll(/<link\b[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (!href) continue;
		if (/rel="?stylesheet/.test(tag)) {
			const file = local(href);
			if (file) css.push(file);
		} else if (/rel="?modulepreload/.test(tag)) {
			const file = local(href);
			if (file) js.push(file);
			scripts.push(href);
		}
	}
	for (const [tag, attrs, body] of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/type="?application\/(ld\+)?json/.test(attrs!)) continue;
		const src = /src="([^"]+)"/.exec(attrs!)?.[1];
		if (src) {
			const file = local(src);
			if (file) js.push(file);
			scripts.push(src);
		} else if (body!.trim()) {
			js.push(Buffer.from(body!));
			scripts.push(`inline: ${tag.slice(0, 60)}…`);
			inlineScripts.push(body!);
		}
	}
	const html = Buffer.from(inlineScripts.reduce((rest, body) => rest.replace(body, ''), text));
	// Static imports of the loaded modules load at once too (`import "./x.js"`, `from "./x.js"`);
	// dynamic `import()` (e.g. the search dialog on click) does not.
	const seen = new Set(scripts);
	for (let i = 0; i < scripts.length; i++) {
		const src = scripts[i]!;
		if (src.startsWith('inline:')) continue;
		const code = local(src)?.toString() ?? '';
		for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
			const resolved = new URL(spec!, `http://x${src.startsWith('/') ? src : `/${src}`}`).pathname;
			if (seen.has(resolved)) continue;
			seen.add(resolved);
			const file = local(resolved);
			if (file) js.push(file);
			scripts.push(resolved);
		}
	}
	const gz = (list: Buffer[]) => list.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
	const raw = (list: Buffer[]) => list.reduce((sum, b) => sum + b.length, 0);
	const result = {
		url: `/${relative(dist, htmlFile).replace(/index\.html$/, '')}`,
		htmlBytes: html.length,
		htmlGzip: gzipSync(html, { level: 9 }).length,
		cssBytes: raw(css),
		cssGzip: gz(css),
		jsBytes: raw(js),
		jsGzip: gz(js),
		scripts,
	};
	return {
		...result,
		totalBytes: result.htmlBytes + result.cssBytes + result.jsBytes,
		totalGzip: result.htmlGzip + result.cssGzip + result.jsGzip,
	};
}

function measureOutput(dist: string) {
	const files = walk(dist);
	const html = files.filter((file) => file.endsWith('.html'));
	const articleDir = join(dist, 'articles');
	const articles = readdirSync(articleDir)
		.map((slug) => join(articleDir, slug, 'index.html'))
		.filter((file) => existsSync(file))
		.map((file) => ({ file, size: statSync(file).size }))
		.sort((a, b) => a.size - b.size);
	const median = articles[Math.floor(articles.length / 2)]!;
	const pagefindFiles = walk(join(dist, 'pagefind'));
	// The chunk size the build used: the one the environment forces (to compare sizes), else ours.
	const indexChunkSize = Number(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? INDEX_CHUNK_SIZE);
	return {
		pages: html.length,
		articlePages: articles.length,
		outputBytes: sizeOf(files),
		files: files.length,
		socialImageBytes: sizeOf(files.filter((file) => file.endsWith('.png'))),
		medianArticle: pageWeight(dist, median.file),
		pagefindBytes: sizeOf(pagefindFiles),
		pagefindFiles: pagefindFiles.length,
		indexChunkSize,
		indexChunks: readdirSync(join(dist, 'pagefind', 'index')).length,
	};
}

// --- Browser ---------------------------------------------------------------------------------

const TEXT_TYPES = /text|javascript|json|css|html|xml|svg/;

/** Share of the corpus's articles whose text contains `word` (case-insensitive), from 0 to 1. */
function articleShare(contentDir: string, word: string): number {
	const folder = join(contentDir, 'articles');
	const files = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
	const needle = word.toLocaleLowerCase('fr');
	const hits = files.filter((name) =>
		readFileSync(join(folder, name), 'utf8').toLocaleLowerCase('fr').includes(needle),
	).length;
	return files.length ? hits / files.length : 0;
}

/** Bytes a first search downloads and the time to its first results, in a fresh Chromium context. */
async function measureSearch(dist: string, queries: string[], articleUrl: string) {
	const server = await serveStatic(dist);
	const browser = await launchBrowser();
	try {
		// JS an article page loads before any interaction.
		const readContext = await browser.newContext();
		const readPage = await readContext.newPage();
		const loadedScripts: { url: string; bytes: number }[] = [];
		readPage.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			loadedScripts.push({ url: response.url(), bytes: body.length });
		});
		const articleHref = new URL(articleUrl.slice(1), server.url).href;
		await readPage.goto(articleHref, { waitUntil: 'load' });
		await readPage.waitForLoadState('networkidle');
		// Module code Astro inlined into the page runs too.
		const inlineScripts = await readPage.$$eval('script:not([src])', (elements) =>
			(elements as HTMLScriptElement[])
				.filter((element) => !/json/.test(element.type))
				.map((element) => element.text),
		);
		for (const body of inlineScripts.filter((text) => text.trim())) {
			loadedScripts.push({ url: 'inline', bytes: Buffer.byteLength(body) });
		}
		const textWithScripts = await readPage.locator('article[data-pagefind-body]').innerText();
		await readContext.close();
		// JS *needed* to read: none when the article reads the same with scripts turned off.
		const noScriptContext = await browser.newContext({ javaScriptEnabled: false });
		const noScriptPage = await noScriptContext.newPage();
		await noScriptPage.goto(articleHref, { waitUntil: 'load' });
		const textWithoutScripts = await noScriptPage
			.locator('article[data-pagefind-body]')
			.innerText();
		await noScriptContext.close();
		const readsWithoutScripts =
			textWithoutScripts.length > 0 && textWithoutScripts === textWithScripts;

		const searches: {
			query: string;
			results: number;
			requests: number;
			firstQueryRawBytes: number;
			firstQueryBytes: number;
			firstQueryBytesByKind: Record<string, number>;
			firstResultMs: number;
			articleShare?: number;
		}[] = [];
		for (const query of queries) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			const requests = new Map<string, { url: string; type: string; bytes: number }>();
			cdp.on('Network.responseReceived', (event) => {
				requests.set(event.requestId, {
					url: event.response.url,
					type: event.response.mimeType,
					bytes: 0,
				});
			});
			const finished: string[] = [];
			cdp.on('Network.loadingFinished', (event) => {
				const request = requests.get(event.requestId);
				if (request) request.bytes = event.encodedDataLength;
				finished.push(event.requestId);
			});
			// Time of the first result in the list, by the page's own clock.
			await page.addInitScript(() => {
				const observer = new MutationObserver(() => {
					if (document.querySelector('vi-search-page ol.list > li, .pagefind-ui__result')) {
						(window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
						observer.disconnect();
					}
				});
				document.addEventListener('DOMContentLoaded', () =>
					observer.observe(document.body, { childList: true, subtree: true }),
				);
			});
			const url = new URL(`recherche/?q=${encodeURIComponent(query)}`, server.url).href;
			await page.goto(url, { waitUntil: 'load' });
			await page.waitForFunction(() => 'firstResultAt' in window, undefined, { timeout: 30_000 });
			await page.waitForLoadState('networkidle');
			const firstResultMs = await page.evaluate(
				() => (window as unknown as { firstResultAt: number }).firstResultAt,
			);
			const results = await page.locator('vi-search-page ol.list > li').count();
			// Transfer size as a compressing server would send it: text types gzipped, Pagefind's
			// binary chunks (already gzipped by Pagefind) as they are.
			let rawBytes = 0;
			let gzipBytes = 0;
			const byKind: Record<string, number> = {};
			for (const id of finished) {
				const request = requests.get(id);
				if (!request) continue;
				rawBytes += request.bytes;
				let bytes = request.bytes;
				if (TEXT_TYPES.test(request.type)) {
					const body = (await cdp
						.send('Network.getResponseBody', { requestId: id })
						.catch(() => undefined)) as { body: string; base64Encoded: boolean } | undefined;
					if (body) {
						const buffer = Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8');
						bytes = gzipSync(buffer, { level: 6 }).length;
					}
				}
				gzipBytes += bytes;
				const kind = /\/pagefind\//.test(request.url)
					? `pagefind ${request.url.split('?')[0]!.split('.').pop()}`
					: (request.type.split('/').pop() ?? 'other');
				byKind[kind] = (byKind[kind] ?? 0) + bytes;
			}
			await context.close();
			searches.push({
				query,
				results,
				requests: finished.length,
				firstQueryRawBytes: rawBytes,
				firstQueryBytes: gzipBytes,
				firstQueryBytesByKind: byKind,
				firstResultMs: Math.round(firstResultMs),
			});
		}
		return {
			...searches[0]!,
			queries: searches,
			articleLoadScripts: loadedScripts,
			articleLoadJsBytes: loadedScripts.reduce((sum, script) => sum + script.bytes, 0),
			readsWithoutScripts,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Chromium for Lighthouse: the system's, else @sparticuz/chromium's (as tests/helpers/browser.ts). */
async function chromePath(): Promise<string> {
	const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
		existsSync(path),
	);
	if (system) return system;
	const { default: sparticuz } = await import('@sparticuz/chromium');
	return sparticuz.executablePath();
}

async function runLighthouse(dist: string, urls: string[], reportDir: string) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const server = await serveStatic(dist);
	const chrome = await chromeLauncher.launch({
		chromePath: await chromePath(),
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});
	const pages: {
		url: string;
		scores: Record<string, number>;
		failed: { id: string; category: string; score: number | null; title: string }[];
	}[] = [];
	try {
		for (const path of urls) {
			const url = new URL(path.slice(1), server.url).href;
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			const { lhr } = result;
			writeFileSync(
				join(
					reportDir,
					`lighthouse-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.json`,
				),
				JSON.stringify(lhr),
			);
			const scores: Record<string, number> = {};
			const failed: (typeof pages)[number]['failed'] = [];
			for (const [id, category] of Object.entries(lhr.categories)) {
				scores[id] = Math.round((category.score ?? 0) * 100);
				for (const ref of category.auditRefs) {
					const audit = lhr.audits[ref.id];
					if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
						failed.push({ id: ref.id, category: id, score: audit.score, title: audit.title });
					}
				}
			}
			pages.push({ url: path, scores, failed });
		}
	} finally {
		await chrome.kill();
		await server.close();
	}
	return pages;
}

/**
 * The first queries at each index chunk size: the build's output is indexed again at each size
 * (scripts/build.ts's step, without Astro) and searched in Chromium. Leaves the last size's index.
 */
async function compareChunkSizes(dirs: Dirs, args: Args, articleUrl: string) {
	const runs = [];
	for (const indexChunkSize of args.indexChunkSizes) {
		// Pagefind leaves the files of a previous index beside the new one's.
		rmSync(join(dirs.dist, 'pagefind'), { recursive: true, force: true });
		await buildSearchIndex(dirs.dist, { indexChunkSize }, (line) =>
			console.log(`index at ${indexChunkSize} positions a chunk: ${line}`),
		);
		const search = await measureSearch(dirs.dist, args.queries, articleUrl);
		const pagefindFiles = walk(join(dirs.dist, 'pagefind'));
		runs.push({
			indexChunkSize,
			indexChunks: readdirSync(join(dirs.dist, 'pagefind', 'index')).length,
			pagefindBytes: sizeOf(pagefindFiles),
			queries: search.queries.map((query) => ({
				query: query.query,
				articleShare: articleShare(dirs.content, query.query),
				results: query.results,
				firstQueryBytes: query.firstQueryBytes,
				firstQueryBytesByKind: query.firstQueryBytesByKind,
			})),
		});
		console.log(
			`  ${indexChunkSize}: ${runs.at(-1)!.indexChunks} chunks; ${search.queries.map((query) => `«${query.query}» ${kb(query.firstQueryBytes)}`).join(', ')}`,
		);
	}
	return runs;
}

// --- Main ------------------------------------------------------------------------------------

interface Dirs {
	root: string;
	/** The copy of the project that is built (see prepareProject). */
	project: string;
	content: string;
	dist: string;
	cache: string;
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (share: number) => `${Math.round(share * 100)} %`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const load = () =>
	loadavg()
		.map((value) => value.toFixed(2))
		.join(' ');

async function benchSize(n: number, args: Args) {
	const root = join(TMP, `n${n}`);
	const dirs: Dirs = {
		root,
		project: join(root, 'project'),
		content: join(root, 'content'),
		dist: join(root, 'dist'),
		cache: join(root, 'cache'),
	};
	console.log(`\n== ${n} articles (load ${load()}) ==`);
	mkdirSync(root, { recursive: true });
	let started = performance.now();
	const corpus = generateCorpus({
		n,
		outDir: dirs.content,
		vocabularyDir: join(ROOT, 'content'),
		seed: args.seed,
	});
	const generateSeconds = (performance.now() - started) / 1000;
	console.log(
		`corpus: ${corpus.articles} articles, ${corpus.editions} editions, ${Math.round(corpus.words / n)} words/article (${generateSeconds.toFixed(1)} s)`,
	);

	prepareProject(root);
	// Cold: no Astro cache (content layer store, incremental copies, social-image cache unless
	// --keep-images), no output.
	for (const dir of [dirs.dist, `${dirs.dist}.staging`])
		rmSync(dir, { recursive: true, force: true });
	const cacheEntries = existsSync(dirs.cache) ? readdirSync(dirs.cache) : [];
	for (const name of cacheEntries) {
		if (args.keepImages && name === 'social-images') continue;
		rmSync(join(dirs.cache, name), { recursive: true, force: true });
	}
	const coldLoad = load();
	const cold = await runBuild(dirs, 'build-cold', args.timeoutMinutes);
	const coldLog = parseLog(cold);
	console.log(
		`cold build: ${cold.ok ? 'ok' : 'FAILED'} in ${cold.seconds.toFixed(1)} s, peak RSS ${gb(cold.peakRssBytes)} (log ${relative(ROOT, cold.logFile)})`,
	);
	const result: Record<string, unknown> = {
		n,
		date: new Date().toISOString(),
		machine: { cpus: cpus().length, memoryBytes: totalmem(), node: process.version },
		corpus: { articles: corpus.articles, editions: corpus.editions, words: corpus.words },
		cold: {
			...buildFigures(cold, coldLoad, n, coldLog),
			socialImageCacheKept: args.keepImages,
			peakProcessRssBytes: cold.peakProcessRssBytes,
			rssTimeline: cold.rssTimeline,
		},
	};
	if (!cold.ok) {
		console.log(
			cold.lines
				.slice(-30)
				.map(({ line }) => line)
				.join('\n'),
		);
		return result;
	}
	const output = measureOutput(dirs.dist);
	result.output = output;

	if (args.warm) {
		// Warm: the caches stay; one article changes.
		const file = join(dirs.content, 'articles', `${corpus.slugs[Math.floor(n / 2)]}.mdx`);
		appendFileSync(file, `\nMise à jour du ${new Date().toISOString().slice(0, 10)}.\n`);
		const warmLoad = load();
		const warm = await runBuild(dirs, 'build-warm', args.timeoutMinutes);
		console.log(
			`warm rebuild: ${warm.ok ? 'ok' : 'FAILED'} in ${warm.seconds.toFixed(1)} s, peak RSS ${gb(warm.peakRssBytes)}`,
		);
		result.warm = buildFigures(warm, warmLoad, n, parseLog(warm));
	}

	if (args.browser) {
		started = performance.now();
		const search = await measureSearch(dirs.dist, args.queries, output.medianArticle.url);
		for (const query of search.queries) {
			query.articleShare = articleShare(dirs.content, query.query);
		}
		result.search = search;
		console.log(`browser measures (${((performance.now() - started) / 1000).toFixed(1)} s)`);
	}
	if (args.browser && args.indexChunkSizes.length > 0) {
		result.searchByChunkSize = await compareChunkSizes(dirs, args, output.medianArticle.url);
	}
	if (args.lighthouse && n === Math.min(...args.sizes)) {
		const tag = readdirSync(join(dirs.dist, 'tags')).find((name) =>
			existsSync(join(dirs.dist, 'tags', name, 'index.html')),
		);
		const urls = ['/', output.medianArticle.url, `/tags/${tag}/`, '/recherche/'];
		started = performance.now();
		result.lighthouse = await runLighthouse(dirs.dist, urls, dirs.root);
		console.log(`lighthouse (${((performance.now() - started) / 1000).toFixed(1)} s)`);
	}
	mkdirSync(RESULTS, { recursive: true });
	const resultFile = join(RESULTS, `${new Date().toISOString().slice(0, 10)}-${n}.json`);
	writeFileSync(resultFile, `${JSON.stringify(result, null, '\t')}\n`);
	console.log(`figures written to ${relative(ROOT, resultFile)}`);
	return result;
}

/** The latest stored result for `n` articles, for the scaling ratio when only one size ran. */
function latestResult(n: number): Record<string, any> | undefined {
	if (!existsSync(RESULTS)) return undefined;
	const file = readdirSync(RESULTS)
		.filter((name) => name.endsWith(`-${n}.json`))
		.sort()
		.pop();
	return file ? JSON.parse(readFileSync(join(RESULTS, file), 'utf8')) : undefined;
}

function printTable(results: Record<string, any>[]) {
	const queryCount = Math.max(0, ...results.map((r) => r.search?.queries?.length ?? 0));
	const queryIndexes = Array.from({ length: queryCount }, (_, i) => i);
	const rows: [string, (r: Record<string, any>) => string][] = [
		['load average (before cold build)', (r) => r.cold.loadBefore],
		['cold build + index (s)', (r) => r.cold.seconds.toFixed(1)],
		['  of which Pagefind indexing (s)', (r) => r.cold.indexSeconds?.toFixed(1) ?? '?'],
		[
			'  of which social images drawn (s)',
			(r) =>
				r.cold.socialImages?.workerSeconds !== undefined
					? `${r.cold.socialImages.workerSeconds.toFixed(1)} (in parallel)`
					: ((r.cold.routes?.['og/articles']?.ms ?? 0) / 1000).toFixed(1),
		],
		[
			'  social images: worker CPU per image (ms)',
			(r) =>
				r.cold.socialImages?.workerCpuSeconds !== undefined && r.cold.socialImages.drawn > 0
					? ((r.cold.socialImages.workerCpuSeconds * 1000) / r.cold.socialImages.drawn).toFixed(2)
					: '-',
		],
		[
			'  config+check / sync / Vite done at (s)',
			(r) =>
				['contentCheck', 'contentSynced', 'viteServerBuilt']
					.map((phase) => r.cold.phases?.[phase]?.toFixed(0) ?? '?')
					.join(' / '),
		],
		['cold ms per article', (r) => r.cold.msPerArticle.toFixed(2)],
		[
			'cold ms per article without social images',
			// Drawn in worker threads beside Astro, they no longer add up to the build time.
			(r) =>
				r.cold.socialImages?.workerSeconds !== undefined
					? '-'
					: (r.cold.msPerArticle - (r.cold.routes?.['og/articles']?.ms ?? 0) / r.n).toFixed(2),
		],
		['warm rebuild, 1 article changed (s)', (r) => r.warm?.seconds.toFixed(1) ?? '-'],
		['warm ms per article', (r) => r.warm?.msPerArticle.toFixed(2) ?? '-'],
		['peak RSS, build process tree', (r) => gb(r.cold.peakRssBytes)],
		['peak RSS, largest process', (r) => gb(r.cold.peakProcessRssBytes)],
		['pages built (HTML)', (r) => String(r.output?.pages ?? '-')],
		['output size', (r) => (r.output ? mb(r.output.outputBytes) : '-')],
		[
			'median article: HTML+CSS+JS raw',
			(r) => (r.output ? kb(r.output.medianArticle.totalBytes) : '-'),
		],
		['median article: gzip', (r) => (r.output ? kb(r.output.medianArticle.totalGzip) : '-')],
		[
			'JS loaded with an article, before any search (bytes)',
			(r) => String(r.search?.articleLoadJsBytes ?? r.output?.medianArticle.jsBytes ?? '-'),
		],
		['Pagefind index size', (r) => (r.output ? mb(r.output.pagefindBytes) : '-')],
		[
			'Pagefind index chunks (word positions each)',
			(r) =>
				r.output?.indexChunks === undefined
					? '-'
					: `${r.output.indexChunks} (${r.output.indexChunkSize})`,
		],
		...queryIndexes.flatMap((i): [string, (r: Record<string, any>) => string][] => [
			[
				`first query download, gzip (query ${i + 1})`,
				(r) => {
					const q = r.search?.queries?.[i];
					if (!q) return '-';
					const share =
						q.articleShare === undefined ? '' : `, in ${pct(q.articleShare)} of articles`;
					return `${kb(q.firstQueryBytes)} «${q.query}»${share}`;
				},
			],
			[
				`  raw / time to first results (query ${i + 1})`,
				(r) => {
					const q = r.search?.queries?.[i];
					return q ? `${kb(q.firstQueryRawBytes)} / ${q.firstResultMs} ms` : '-';
				},
			],
		]),
		// Astro 7 printed one MODULE_LEVEL_DIRECTIVE warning per MDX module (5,000 at 5,000 articles)
		// while Vite bundled the articles; they no longer are, so the log should hold none.
		['warning lines in the cold build log', (r) => String(r.cold.warningLines ?? '-')],
	];
	const header = ['', ...results.map((r) => `${r.n} articles`)];
	const lines = [header, ...rows.map(([label, get]) => [label, ...results.map((r) => get(r))])];
	const widths = header.map((_, i) => Math.max(...lines.map((line) => line[i]!.length)));
	const format = (line: string[]) =>
		`| ${line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
	console.log(`\n${format(header)}`);
	console.log(
		`|${widths.map((w, i) => (i === 0 ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`,
	);
	for (const line of lines.slice(1)) console.log(format(line));
}

function printBudgets(results: Record<string, any>[]) {
	const checks: [string, string, boolean | undefined][] = [];
	const at = (n: number) => results.find((r) => r.n === n) ?? latestResult(n);
	const r1 = at(1000);
	const r5 = at(5000);
	const r20 = results.find((r) => r.n === 20000);
	if (r5?.cold) {
		checks.push([
			'cold build ≤ 8 ms/article at 5,000',
			`${r5.cold.msPerArticle.toFixed(2)} ms`,
			r5.cold.ok && r5.cold.msPerArticle <= BUDGETS.coldMsPerArticle,
		]);
		if (r5.warm) {
			checks.push([
				'warm rebuild ≤ 5 ms/article at 5,000',
				`${r5.warm.msPerArticle.toFixed(2)} ms`,
				r5.warm.ok && r5.warm.msPerArticle <= BUDGETS.warmMsPerArticle,
			]);
		}
		checks.push([
			'peak memory < 3 GB at 5,000',
			gb(r5.cold.peakRssBytes),
			r5.cold.peakRssBytes < BUDGETS.peakRssBytes5000,
		]);
	}
	if (r1?.cold && r5?.cold) {
		const ratio = r5.cold.msPerArticle / r1.cold.msPerArticle;
		checks.push([
			'ms/article at 5,000 ≤ 1.1 × at 1,000',
			`${ratio.toFixed(2)} ×`,
			ratio <= BUDGETS.scalingRatio,
		]);
	}
	if (r20?.cold) {
		checks.push([
			'20,000 articles build under 9 GB',
			`${r20.cold.ok ? 'built' : 'FAILED'}, ${gb(r20.cold.peakRssBytes)}`,
			r20.cold.ok && r20.cold.peakRssBytes < BUDGETS.peakRssBytes20000,
		]);
	}
	const page = (r5 ?? r1)?.output?.medianArticle;
	if (page) {
		checks.push([
			'article page ≤ 11 KB gzip (HTML+CSS+JS)',
			kb(page.totalGzip),
			page.totalGzip <= BUDGETS.articlePageGzipBytes,
		]);
	}
	const search5 = r5?.search;
	const js = (search5 ?? r1?.search)?.articleLoadJsBytes ?? page?.jsBytes;
	const readsWithoutScripts = (search5 ?? r1?.search)?.readsWithoutScripts;
	if (readsWithoutScripts !== undefined) {
		checks.push([
			'no JS needed to read an article (same text with scripts off)',
			`${readsWithoutScripts ? 0 : 'some'} B needed; ${js ?? '-'} B of search code loaded`,
			readsWithoutScripts,
		]);
	}
	for (const query of search5?.queries ?? []) {
		// A word in more than 15 % of the articles (a near-stopword) has the larger budget.
		const common = (query.articleShare ?? 0) > BUDGETS.commonWordShare;
		const budget = common ? BUDGETS.firstQueryBytesCommonWord : BUDGETS.firstQueryBytes;
		checks.push([
			`first search ≤ ${budget / 1024} KB at 5,000 (gzip), «${query.query}»${query.articleShare === undefined ? '' : ` (${pct(query.articleShare)} of articles)`}`,
			kb(query.firstQueryBytes),
			query.firstQueryBytes <= budget,
		]);
	}
	const lighthouse = results.find((r) => r.lighthouse)?.lighthouse as
		{ url: string; scores: Record<string, number> }[] | undefined;
	for (const page of lighthouse ?? []) {
		for (const [category, minimum] of Object.entries(BUDGETS.lighthouse)) {
			const score = page.scores[category];
			checks.push([
				`Lighthouse ${category} ≥ ${minimum}: ${page.url}`,
				String(score),
				score !== undefined && score >= minimum,
			]);
		}
	}
	console.log('\nBudgets (issue 6):');
	for (const [name, value, pass] of checks) {
		console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${name.padEnd(60)} ${value}`);
	}
}

const args = parseArgs(process.argv.slice(2));
console.log(
	`bench: sizes ${args.sizes.join(', ')}; ${cpus().length} CPUs, ${gb(totalmem())}; load ${load()}`,
);
const results: Record<string, any>[] = [];
if (args.report) {
	for (const n of [1000, 5000, 20000]) {
		const stored = latestResult(n);
		if (stored) results.push(stored);
	}
} else {
	for (const n of args.sizes) results.push(await benchSize(n, args));
}
printTable(results);
printBudgets(results);
