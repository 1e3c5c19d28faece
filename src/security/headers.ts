// Astro integration: completes `<outDir>/_headers` (copied from public/_headers) after the build.
// Its Content-Security-Policy becomes the union of the policies Astro wrote into the pages' <meta>
// elements (so the header allows exactly the hashed inline scripts and styles the pages carry)
// plus the directives a <meta> policy cannot carry (frame-ancestors); every path gets the `base`.
// The pages' policies are already trimmed to their own hashes as they are rendered (src/middleware.ts).
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
import type { AstroIntegration } from 'astro';
import { getPagePolicy, mergePolicies } from './csp.ts';

/** Directives only an HTTP header can carry; browsers ignore them in a <meta> policy. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];
/** Bytes read from the top of each page to find its <meta> policy (it comes early in <head>). */
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
	return {
		name: 'veille:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
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
