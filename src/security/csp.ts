// Content Security Policy helpers. Astro (`security.csp` in astro.config.mjs) lists the hash of every
// inline script and style of the whole site in every page's <meta> policy; `trimPagePolicy` keeps in
// a page only the hashes of the inline scripts and styles it really carries (files are allowed by
// 'self'), which saves about 1.2 KB gzipped per page. src/middleware.ts applies it to every page as
// it is rendered; src/security/headers.ts merges the pages' policies into `_headers`.
//
// Pages are read with parse5, which follows the WHATWG parsing algorithm, so this module sees the
// elements the browser builds and nothing else. Never a regex over the page: Astro leaves `<`
// unescaped in attribute values, so contributor text such as an article titled `Le <style> des
// patrons` reaches `content="…"`, `data-pagefind-meta="…"` and the like, where a regex would take it
// for markup. https://html.spec.whatwg.org/multipage/parsing.html
//
// Parsing a page costs about as much as rendering it (some 0.8 ms for a 30 KB page), so in a build
// the middleware hands pages to a worker thread (src/security/csp-worker.ts).
import { createHash } from 'node:crypto';
import {
	defaultTreeAdapter,
	html as spec,
	parse,
	type DefaultTreeAdapterMap,
	type DefaultTreeAdapterTypes as Tree,
	type TreeAdapter,
} from 'parse5';

const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;
const { NS } = spec;

/**
 * Script types whose inline text the browser checks against the policy: classic scripts (a
 * JavaScript MIME type), modules, import maps and speculation rules. Every other type is a data
 * block (JSON-LD, `application/json`, templates…), which never runs and needs no hash.
 * https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element
 */
const CHECKED_SCRIPT_TYPES = new Set([
	'application/ecmascript',
	'application/javascript',
	'application/x-ecmascript',
	'application/x-javascript',
	'text/ecmascript',
	'text/javascript',
	'text/javascript1.0',
	'text/javascript1.1',
	'text/javascript1.2',
	'text/javascript1.3',
	'text/javascript1.4',
	'text/javascript1.5',
	'text/jscript',
	'text/livescript',
	'text/x-ecmascript',
	'text/x-javascript',
	'module',
	'importmap',
	'speculationrules',
]);

/** A CSP <meta> element the browser applies: a child of <head>, with a content attribute. */
export interface MetaPolicy {
	/** The policy, as the browser reads it (the attribute value, character references decoded). */
	policy: string;
	/** Offset in the page of the first character of the `content="…"` attribute. */
	start: number;
	/** Offset in the page just after the `content="…"` attribute. */
	end: number;
}

/** What a page's policy depends on, as the browser parses the page. */
export interface PageCsp {
	/** The hash sources (`'sha256-…'`) of the inline scripts and styles the policy must allow. */
	hashes: Set<string>;
	/** The page's CSP <meta> elements, in document order. */
	metas: MetaPolicy[];
}

/** The value of an attribute (without namespace), or `undefined` when the element has none. */
function getAttribute(element: Tree.Element, name: string): string | undefined {
	return element.attrs.find((attribute) => attribute.name === name && !attribute.namespace)?.value;
}

/** HTML's "ASCII lowercase": only A-Z change, as in the specification's keyword matching. */
function asciiLowercase(text: string): string {
	return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** The text the browser hashes: the element's "child text content" (its own text nodes). */
function childTextContent(element: Tree.Element): string {
	let text = '';
	for (const child of element.childNodes) {
		if (defaultTreeAdapter.isTextNode(child)) text += child.value;
	}
	return text;
}

/** The CSP hash source of a script's or style's text, as the browser computes it. */
function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * Whether a <script> (HTML or SVG) carries inline code the policy checks: no file (`src`, or
 * `href` in SVG), and a type that is not a data block (see `CHECKED_SCRIPT_TYPES`).
 */
function isCheckedInlineScript(element: Tree.Element): boolean {
	const external =
		element.namespaceURI === NS.HTML
			? getAttribute(element, 'src') !== undefined
			: element.attrs.some(({ name }) => name === 'href');
	if (external) return false;
	const type = getAttribute(element, 'type');
	const language = getAttribute(element, 'language');
	if (type === '' || (type === undefined && !language)) return true;
	// https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element (steps 8-9).
	const typeString =
		type === undefined ? `text/${language}` : type.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
	return CHECKED_SCRIPT_TYPES.has(asciiLowercase(typeString));
}

/** Whether a <style> (HTML or SVG) makes a style sheet: no type, or `text/css`. */
function isCheckedInlineStyle(element: Tree.Element): boolean {
	const type = getAttribute(element, 'type');
	return type === undefined || type === '' || asciiLowercase(type) === 'text/css';
}

/**
 * Whether an element is a CSP <meta> the browser applies: `http-equiv` is
 * `content-security-policy` (any case), it has a content attribute and its parent is <head>.
 * https://html.spec.whatwg.org/multipage/semantics.html#attr-meta-http-equiv-content-security-policy
 */
function isPolicyMeta(node: Tree.ChildNode): node is Tree.Element {
	if (node.nodeName !== 'meta' || !('namespaceURI' in node) || node.namespaceURI !== NS.HTML) {
		return false;
	}
	const parent = node.parentNode;
	if (!parent || parent.nodeName !== 'head' || !('namespaceURI' in parent)) return false;
	const httpEquiv = getAttribute(node, 'http-equiv');
	return (
		httpEquiv !== undefined &&
		asciiLowercase(httpEquiv) === 'content-security-policy' &&
		getAttribute(node, 'content') !== undefined
	);
}

/**
 * 1 when the text starts with a byte order mark, else 0. The browser's decoder drops it before
 * parsing (`response.text()` does too, `readFileSync` does not); parse5 would take it for text,
 * which opens <body> before <head>.
 */
function byteOrderMarkLength(html: string): number {
	return html.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** What a full parse of a page finds. */
interface Found {
	hashes: Set<string>;
	/** The policies of its CSP <meta> elements, in document order. */
	policies: string[];
	noscript: boolean;
}

/**
 * Walks a parsed document, template contents included (the page's scripts may insert them), adding
 * the hashes of its inline code and the policies of its CSP <meta> elements to `found`. Scripts
 * count only when `scripting` is on: a page parsed as without JavaScript adds only its styles.
 */
function collect(root: Tree.Document, found: Found, scripting: boolean): void {
	const stack: Tree.ParentNode[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if ('tagName' in node) {
			const { tagName, namespaceURI } = node;
			const code = namespaceURI === NS.HTML || namespaceURI === NS.SVG;
			if (tagName === 'script' && code && scripting && isCheckedInlineScript(node)) {
				found.hashes.add(hashSource(childTextContent(node)));
			} else if (tagName === 'style' && code && isCheckedInlineStyle(node)) {
				found.hashes.add(hashSource(childTextContent(node)));
			} else if (scripting && isPolicyMeta(node)) {
				found.policies.push(getAttribute(node, 'content')!);
			} else if (tagName === 'noscript' && namespaceURI === NS.HTML) {
				found.noscript = true;
			}
			if (tagName === 'template' && namespaceURI === NS.HTML) {
				stack.push((node as Tree.Template).content);
			}
		}
		const children = node.childNodes;
		for (let index = children.length - 1; index >= 0; index--) {
			const child = children[index];
			if ('childNodes' in child) stack.push(child);
		}
	}
}

/** Thrown from the tree adapter of `parseHead` to end the parse once its answer is known. */
const STOP = Symbol('stop parsing');

/**
 * Parses the <head> of a page only, calling `onPolicyMeta` with each of its CSP <meta> elements in
 * order until it returns `true`. The parse ends there, or as soon as <body> (or <frameset>) opens,
 * after which no <meta> can be a child of <head>. What a parse of the start of a page finds is what
 * the whole page has there: the parser never looks ahead, and a tag cut short is dropped.
 */
function parseHead(
	text: string,
	sourceCodeLocationInfo: boolean,
	onPolicyMeta: (meta: Tree.Element) => boolean,
): void {
	// parse5's own tree adapter, watching what it appends and opens (its public extension point).
	const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
		...defaultTreeAdapter,
		appendChild(parent, child) {
			defaultTreeAdapter.appendChild(parent, child);
			if (isPolicyMeta(child) && onPolicyMeta(child)) throw STOP;
		},
		onItemPush({ tagName, namespaceURI }) {
			if ((tagName === 'body' || tagName === 'frameset') && namespaceURI === NS.HTML) throw STOP;
		},
	};
	try {
		parse(text, { treeAdapter, sourceCodeLocationInfo });
	} catch (error) {
		if (error !== STOP) throw error;
	}
}

/**
 * Parses a page as the browser does and returns the hashes of the inline scripts and styles its
 * policy must allow and its CSP <meta> elements. What counts is what the browser runs:
 * - inline <script> (HTML or SVG) of a checked type, not data blocks nor `src` files;
 * - <style> (HTML or SVG) that makes a style sheet; the hash is over the element's own text as the
 *   parser builds it (raw text in HTML, line breaks normalised; references decoded in SVG);
 * - code inside <template> counts, since the page's scripts may insert it;
 * - a page with <noscript> is parsed a second time as without JavaScript, where the content of
 *   <noscript> is markup: its styles count too (its scripts never run). The <meta> elements are
 *   those of the page as parsed with JavaScript (one only a browser without JavaScript would apply
 *   is left as written, untrimmed: it then allows more, never less).
 * The whole page is parsed without source locations, which cost a third more; only <head> is parsed
 * again with them, to locate the <meta> elements.
 */
export function readPageCsp(html: string): PageCsp {
	const shift = byteOrderMarkLength(html);
	const text = html.slice(shift);
	const found: Found = { hashes: new Set(), policies: [], noscript: false };
	collect(parse(text), found, true);
	if (found.noscript) collect(parse(text, { scriptingEnabled: false }), found, false);
	const metas: MetaPolicy[] = [];
	if (found.policies.length > 0) {
		parseHead(text, true, (meta) => {
			const { startOffset, endOffset } = meta.sourceCodeLocation!.attrs!.content;
			const policy = getAttribute(meta, 'content')!;
			metas.push({ policy, start: startOffset + shift, end: endOffset + shift });
			return metas.length === found.policies.length;
		});
	}
	const same = metas.every(({ policy }, index) => policy === found.policies[index]);
	if (metas.length !== found.policies.length || !same) {
		throw new Error('CSP: the <head> of the page parsed differently twice (a parse5 bug?)');
	}
	return { hashes: found.hashes, metas };
}

/** The CSP hash sources (`'sha256-…'`) of the inline scripts and styles of a page. */
export function getInlineHashes(html: string): Set<string> {
	return readPageCsp(html).hashes;
}

/** Keeps, among the hash sources of a policy, only those in `keep`; other sources stay. */
export function keepHashes(policy: string, keep: Set<string>): string {
	return policy
		.split(';')
		.map((part) =>
			part
				.split(' ')
				.filter((source) => !HASH_SOURCE.test(source) || keep.has(source))
				.join(' '),
		)
		.join(';');
}

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
 * The policy of the page's first CSP <meta> (character references decoded), or `undefined` when
 * its <head> has none. Only <head> is parsed, so `html` may be the start of the page: a start that
 * ends before the <meta> is complete gives `undefined`, never part of a policy.
 */
export function getPagePolicy(html: string): string | undefined {
	let policy: string | undefined;
	parseHead(html.slice(byteOrderMarkLength(html)), false, (meta) => {
		policy = getAttribute(meta, 'content');
		return true;
	});
	return policy;
}

/** `trimPagePolicy` run elsewhere: in a build, by a worker thread. */
export type PagePolicyTrimmer = (html: string) => Promise<string>;

/**
 * Where a build puts its `PagePolicyTrimmer` on `globalThis` (src/security/headers.ts)
 * for src/middleware.ts, which runs in the same process but is bundled apart from the integrations.
 */
export const PAGE_POLICY_TRIMMER: unique symbol = Symbol.for('veille-ia.pagePolicyTrimmer');

/** An attribute value escaped for a double-quoted attribute. */
function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The page with each of its CSP <meta> policies trimmed to the hashes of its own inline scripts and
 * styles. Only the `content="…"` attributes the parser located change; every other byte stays.
 */
export function trimPagePolicy(html: string): string {
	const { hashes, metas } = readPageCsp(html);
	let trimmed = '';
	let offset = 0;
	for (const { policy, start, end } of metas) {
		trimmed += `${html.slice(offset, start)}content="${escapeAttribute(keepHashes(policy, hashes))}"`;
		offset = end;
	}
	return metas.length === 0 ? html : trimmed + html.slice(offset);
}
