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

/**
 * Finds every internal link (`href`/`src` on the site's origin) that points to no built file, and
 * every `#fragment` that names no id on its target page. `base` is the site's base path.
 */
export function findBrokenLinks(outDir: string, base = '/'): BrokenLink[] {
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
	for (const [file, doc] of docs) {
		const pageUrl = new URL(fileToUrl(file, base), origin);
		for (const element of doc.querySelectorAll('a[href], link[href], img[src], script[src]')) {
			const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
			if (/^(mailto|tel|data):/.test(raw)) continue;
			const target = new URL(raw, pageUrl);
			if (target.origin !== origin) continue;
			const path = decodeURIComponent(target.pathname);
			if (!path.startsWith(base)) {
				broken.push({ page: file, href: raw, reason: `outside the base ${base}` });
				continue;
			}
			const local = join(outDir, path.slice(base.length));
			const exists =
				(existsSync(local) && statSync(local).isFile()) || existsSync(join(local, 'index.html'));
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
