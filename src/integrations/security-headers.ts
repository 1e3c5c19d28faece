// Astro integration: completes `<outDir>/_headers` (copied from public/_headers) after the build.
// Its Content-Security-Policy becomes the union of the policies Astro wrote into the pages' <meta>
// elements (so the header allows exactly the hashed inline scripts and styles the pages carry)
// plus the directives a <meta> policy cannot carry (frame-ancestors); every path gets the `base`.
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

/** Directives only an HTTP header can carry; browsers ignore them in a <meta> policy. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];
/** How much of each page is read to find its <meta> policy (it sits at the top of <head>). */
const HEAD_BYTES = 16_384;
const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Parses a policy into directive name → sources, keeping their order. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** The union of several policies: each directive lists every source any of them allows. */
export function mergePolicies(policies: Iterable<string>, extra: string[] = []): string {
	const merged = new Map<string, Set<string>>();
	for (const policy of [...policies, ...extra]) {
		for (const [name, sources] of parsePolicy(policy)) {
			const set = merged.get(name) ?? new Set<string>();
			for (const source of sources) set.add(source);
			merged.set(name, set);
		}
	}
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

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

function readHead(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(HEAD_BYTES);
		const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
		return buffer.subarray(0, length).toString('utf8');
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
				if (!existsSync(headersFile)) return;
				const policies = new Set<string>();
				for (const file of htmlFiles(outDir)) {
					const match = META_POLICY.exec(readHead(file));
					if (match?.[1]) policies.add(match[1].replace(/&#39;/g, "'"));
				}
				const policy = policies.size ? mergePolicies(policies, HEADER_ONLY_DIRECTIVES) : undefined;
				writeFileSync(headersFile, rewriteHeaders(readFileSync(headersFile, 'utf8'), base, policy));
				logger.info(`_headers written (${policies.size} distinct page policies merged)`);
			},
		},
	};
}
