// Reading a built site: its HTML pages, parsed, and the link integrity check.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under `dir` whose name ends with `suffix`, as paths relative to `dir`. */
export function listFiles(dir: string, suffix = '.html'): string[] {
	const files: string[] = [];
	const walk = (current: string) => {
		for (const name of readdirSync(current)) {
			const path = join(current, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith(suffix)) files.push(relative(dir, path));
		}
	};
	walk(dir);
	return files.sort();
}

/** Parses one built page. */
export function readPage(outDir: string, file: string): HTMLElement {
	return parse(readFileSync(join(outDir, file), 'utf8'));
}

/** The root-relative URL of a built file: `tags/cloud/index.html` → `/tags/cloud/`. */
export function fileToUrl(file: string, base = '/'): string {
	return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The text of an element, with its white space folded. */
export function textOf(element: HTMLElement | null | undefined): string {
	return (element?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/** Every URL an element points to: `href`, `src`, each `srcset` candidate, a meta's `content`. */
function linksOf(element: HTMLElement): string[] {
	const urls = ['href', 'src', 'poster']
		.map((name) => element.getAttribute(name))
		.filter((value): value is string => value !== undefined);
	const srcset = element.getAttribute('srcset');
	if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]));
	if (element.tagName === 'META') urls.push(element.getAttribute('content') ?? '');
	return urls.filter((url) => url !== '');
}

/** Elements whose URLs are checked: links, feeds, icons, media, and social-image metadata. */
const LINKING = [
	'a[href]',
	'area[href]',
	'link[href]',
	'img[src]',
	'img[srcset]',
	'source[src]',
	'source[srcset]',
	'video[poster]',
	'script[src]',
	'iframe[src]',
	'meta[property="og:image"]',
	'meta[property="og:url"]',
	'meta[name="twitter:image"]',
].join(', ');

/**
 * Finds every internal link that points to no built file, and every `#fragment` that names no id
 * on its target page. Internal means relative, root-relative, or absolute on the configured site
 * (canonical, `og:image`…): `site` is its origin, by default the origin of the home page's
 * `<link rel="canonical">`. `base` is the site's base path.
 */
export function findBrokenLinks(outDir: string, base = '/', site?: string): BrokenLink[] {
	const pages = listFiles(outDir);
	const idsByUrl = new Map<string, Set<string>>();
	const docs = new Map<string, HTMLElement>();
	for (const file of pages) {
		const doc = readPage(outDir, file);
		docs.set(file, doc);
		idsByUrl.set(
			fileToUrl(file, base),
			new Set(doc.querySelectorAll('[id]').map((element) => element.id)),
		);
	}
	const broken: BrokenLink[] = [];
	const origin = 'http://site.invalid';
	const canonical = docs.get('index.html')?.querySelector('link[rel="canonical"]');
	const siteOrigin = site ?? new URL(canonical?.getAttribute('href') ?? origin).origin;
	for (const [file, doc] of docs) {
		const pageUrl = new URL(fileToUrl(file, base), origin);
		for (const raw of doc.querySelectorAll(LINKING).flatMap(linksOf)) {
			if (/^(mailto|tel|data):/.test(raw)) continue;
			const absolute = new URL(raw, pageUrl);
			// An absolute URL on the configured site is a file of this build too.
			const target =
				absolute.origin === siteOrigin
					? new URL(`${absolute.pathname}${absolute.search}${absolute.hash}`, origin)
					: absolute;
			if (target.origin !== origin) continue;
			const path = decodeURIComponent(target.pathname);
			if (!path.startsWith(base)) {
				broken.push({ page: file, href: raw, reason: `outside the base ${base}` });
				continue;
			}
			const local = join(outDir, path.slice(base.length));
			// The 404 page names itself `/404/` (canonical, og:url) but is built as 404.html.
			const exists =
				(existsSync(local) && statSync(local).isFile()) ||
				existsSync(join(local, 'index.html')) ||
				(path === `${base}404/` && existsSync(join(outDir, '404.html')));
			if (!exists) {
				broken.push({ page: file, href: raw, reason: 'no such file' });
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && !idsByUrl.get(path)?.has(fragment)) {
				broken.push({ page: file, href: raw, reason: `no id "${fragment}"` });
			}
		}
	}
	return broken;
}
