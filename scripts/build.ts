// `npm run build`, the one way the site is built (tests and the benchmark call it too): builds the
// site into a staging folder and replaces dist/ only when the whole build (content check, Astro,
// integrations, then the Pagefind index) succeeded, so a failed build never leaves partial output
// to deploy. Extra arguments are passed to `astro build`. The search index is built here once Astro
// has exited, so Pagefind's process never runs beside Astro's heap.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/search/pagefind.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = path.resolve(root, process.env.VEILLE_OUT_DIR ?? 'dist');
const stagingDir = `${outDir}.staging`;
const previousDir = `${outDir}.previous`;
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Deletes a folder in a detached Node process, after renaming it out of the way so no later build
 * ever sees it half-deleted.
 */
function removeInBackground(dir: string) {
	if (!existsSync(dir)) return;
	const doomed = `${dir}.${process.pid}.${Date.now()}.delete`;
	renameSync(dir, doomed);
	const script = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";
	spawn(process.execPath, ['-e', script, doomed], { detached: true, stdio: 'ignore' }).unref();
}

rmSync(stagingDir, { recursive: true, force: true });
const child = spawn(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
	cwd: root,
	env: { ...process.env, VEILLE_OUT_DIR: stagingDir },
	stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => child.kill(signal));
}
const exitCode = await new Promise<number>((resolve) => {
	child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
if (exitCode !== 0 || !existsSync(stagingDir)) {
	rmSync(stagingDir, { recursive: true, force: true });
	console.error(
		`Build failed (exit code ${exitCode || 1}): ${path.relative(root, outDir) || outDir} was left as it was.`,
	);
	process.exit(exitCode || 1);
}

try {
	console.log('[veille:pagefind] building the search index');
	await buildSearchIndex(stagingDir, {}, (line) => console.log(`[veille:pagefind] ${line}`));
} catch (error) {
	rmSync(stagingDir, { recursive: true, force: true });
	console.error(error);
	console.error(
		`Build failed: the search index could not be built; ${path.relative(root, outDir) || outDir} was left as it was.`,
	);
	process.exit(1);
}

// Swap in two renames so dist/ is never half-written; the previous output (thousands of files at
// scale, a second or more to delete) is removed by a detached process once the build has returned.
removeInBackground(previousDir);
if (existsSync(outDir)) renameSync(outDir, previousDir);
renameSync(stagingDir, outDir);
removeInBackground(previousDir);
console.log(`Build succeeded: ${path.relative(root, outDir) || outDir} replaced.`);
