// Real builds for tests, through `npm run build`'s script (scripts/build.ts: Astro, then the Pagefind
// index): each build gets its own output and cache folders under tests/.tmp/, so builds never
// overwrite each other or the developer's dist/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, 'tests/.tmp');
const BUILD = join(ROOT, 'scripts/build.ts');

export interface BuildOptions {
	/** Folder name under tests/.tmp/. */
	name: string;
	/** Content folder (VEILLE_CONTENT_DIR); the real content/ by default. */
	contentDir?: string;
	/** Base path, e.g. `/veille-ia/`. */
	base?: string;
	/** More environment variables. */
	env?: Record<string, string>;
	/** Keep the output and cache of the previous build of this name (an incremental rebuild). */
	keep?: boolean;
}

export interface BuildResult {
	/** The built site. */
	outDir: string;
	code: number;
	/** stdout and stderr together. */
	output: string;
}

/** Paths of a named build, whether or not it has run. */
export function buildPaths(name: string) {
	const dir = join(TMP, name);
	return { dir, outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') };
}

// Vitest puts Vite's own variables (MODE=test, DEV=1, PROD='', BASE_URL…) into process.env; a
// child `astro build` would read them as import.meta.env and build in development mode.
const VITEST_VARIABLES = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** The environment without Vitest's variables. */
export function cleanEnv(): Record<string, string | undefined> {
	return Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)),
	);
}

/** Runs a real build and resolves with its exit code and log (it never throws). */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
	const { dir, outDir, cacheDir } = buildPaths(options.name);
	if (!options.keep) rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const env: Record<string, string | undefined> = {
		...cleanEnv(),
		VEILLE_OUT_DIR: outDir,
		VEILLE_CACHE_DIR: cacheDir,
		...(options.contentDir ? { VEILLE_CONTENT_DIR: options.contentDir } : {}),
		...(options.base ? { VEILLE_BASE: options.base } : {}),
		...options.env,
	};
	return new Promise((resolvePromise) => {
		const child = spawn(process.execPath, [BUILD], { cwd: ROOT, env });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => {
			writeFileSync(join(dir, 'build.log'), output);
			resolvePromise({ outDir, code: code ?? 1, output });
		});
	});
}

/**
 * Builds a named site once per test run (vitest's main process), for global setups shared by
 * several projects: the second caller finds the stamp of this process and skips the build.
 */
export async function buildOncePerRun(options: BuildOptions): Promise<BuildResult> {
	const { dir, outDir } = buildPaths(options.name);
	const stamp = join(dir, '.run');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(process.pid)) {
		return { outDir, code: 0, output: '' };
	}
	const result = await buildSite(options);
	if (result.code !== 0) {
		throw new Error(`the build of "${options.name}" failed:\n${result.output.slice(-4000)}`);
	}
	writeFileSync(stamp, String(process.pid));
	return result;
}
