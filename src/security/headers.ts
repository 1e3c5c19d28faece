// Astro integration: the pages' Content Security Policy at build time.
// - While Astro renders, a worker thread trims each page's <meta> policy to the hashes of its own
//   inline scripts and styles (src/security/csp.ts): src/middleware.ts hands every page over through
//   `PAGE_POLICY_TRIMMER`. Parsing a page as the browser does costs about a millisecond, as much as
//   rendering it, so it runs beside Astro's thread rather than in it (the dev server, which has no
//   worker, trims in the middleware itself).
// - After the build it completes `<outDir>/_headers` (copied from public/_headers): its
//   Content-Security-Policy becomes the union of the pages' <meta> policies (so the header allows
//   exactly the hashed inline scripts and styles the pages carry) plus the directives a <meta>
//   policy cannot carry (frame-ancestors); every path gets the `base`.
// https://docs.astro.build/en/reference/configuration-reference/#securitycsp
import {
	closeSync,
	existsSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import {
	getPagePolicy,
	mergePolicies,
	PAGE_POLICY_TRIMMER,
	type PagePolicyTrimmer,
} from './csp.ts';
import type { TrimRequest, TrimResponse } from './csp-worker.ts';

/** Directives only an HTTP header can carry; browsers ignore them in a <meta> policy. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];
/**
 * Bytes read from the top of each page to find its <meta> policy (it comes early in <head>). The
 * parser stops at the policy or at <body>; a page whose policy does not end within these bytes is
 * read whole (a cut never yields part of a policy: see `getPagePolicy`).
 */
const HEAD_BYTES = 16 * 1024;

/**
 * Rewrites a `_headers` file: prefixes every path rule with `base` and sets the value of every
 * `Content-Security-Policy` line to `policy`.
 */
export function rewriteHeaders(text: string, base: string, policy: string | undefined): string {
	const prefix = base.replace(/\/$/, '');
	return text
		.split('\n')
		.map((line) => {
			if (line.startsWith('/')) return `${prefix}${line}`;
			if (policy && /^\s+Content-Security-Policy:/i.test(line)) {
				return `${line.slice(0, line.indexOf(':') + 1)} ${policy}`;
			}
			return line;
		})
		.join('\n');
}

/** The first bytes of a file, as text. */
function readHead(file: string): string {
	const buffer = Buffer.alloc(HEAD_BYTES);
	const fd = openSync(file, 'r');
	try {
		return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
	} finally {
		closeSync(fd);
	}
}

/** A running `PagePolicyTrimmer` and how to stop it. */
export interface TrimmerWorker {
	trim: PagePolicyTrimmer;
	stop(): Promise<void>;
}

/**
 * Starts the worker thread of src/security/csp-worker.ts. It holds the process open only while
 * a page is being trimmed, so a build that fails before `stop` still exits; a failing worker
 * rejects every page it was given, which fails the build naming the error.
 */
export function startTrimmerWorker(): TrimmerWorker {
	const worker = new Worker(new URL('./csp-worker.ts', import.meta.url));
	worker.unref();
	const pending = new Map<number, { resolve(html: string): void; reject(error: Error): void }>();
	let nextId = 0;
	let failure: Error | undefined;
	const failAll = (error: Error) => {
		failure ??= error;
		for (const { reject } of pending.values()) reject(failure);
		pending.clear();
	};
	worker.on('message', (response: TrimResponse) => {
		const request = pending.get(response.id);
		if (!request) return;
		pending.delete(response.id);
		if (pending.size === 0) worker.unref();
		if ('error' in response) request.reject(new Error(`CSP worker: ${response.error}`));
		else request.resolve(response.html);
	});
	worker.on('error', (error) => failAll(new Error(`CSP worker failed: ${error.message}`)));
	worker.on('exit', (code) => failAll(new Error(`CSP worker exited with code ${code}`)));
	return {
		trim: (html) =>
			new Promise((resolve, reject) => {
				if (failure) return reject(failure);
				const id = nextId++;
				if (pending.size === 0) worker.ref();
				pending.set(id, { resolve, reject });
				worker.postMessage({ id, html } satisfies TrimRequest);
			}),
		stop: async () => {
			await worker.terminate();
		},
	};
}

/** The global through which src/middleware.ts finds the build's trimmer. */
const trimmerSlot = globalThis as { [PAGE_POLICY_TRIMMER]?: PagePolicyTrimmer };

function* htmlFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

/** The security-headers integration. */
export default function securityHeaders(): AstroIntegration {
	let base = '/';
	let trimmer: TrimmerWorker | undefined;
	return {
		name: 'veille:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:start': () => {
				trimmer = startTrimmerWorker();
				trimmerSlot[PAGE_POLICY_TRIMMER] = trimmer.trim;
			},
			// Every page is rendered (and trimmed) by now.
			'astro:build:generated': async () => {
				delete trimmerSlot[PAGE_POLICY_TRIMMER];
				await trimmer?.stop();
				trimmer = undefined;
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const headersFile = join(outDir, '_headers');
				const policies = new Set<string>();
				for (const file of htmlFiles(outDir)) {
					const policy = getPagePolicy(readHead(file)) ?? getPagePolicy(readFileSync(file, 'utf8'));
					if (policy) policies.add(policy);
				}
				if (!existsSync(headersFile)) return;
				const policy = policies.size ? mergePolicies(policies, HEADER_ONLY_DIRECTIVES) : undefined;
				writeFileSync(headersFile, rewriteHeaders(readFileSync(headersFile, 'utf8'), base, policy));
				logger.info(`_headers written (${policies.size} distinct page policies merged)`);
			},
		},
	};
}
