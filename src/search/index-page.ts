// A built page as Pagefind indexes it (src/search/pagefind.ts hands it the result; the file on disk
// never changes). Pagefind is handed only what it reads of an article page: the `<html>` start tag
// (the language) and the `data-pagefind-body` element, which holds every `data-pagefind-meta`,
// `-filter` and `-sort` of the page (src/layouts/ArticleLayout.astro); the page's head, header and
// footer, some 70 % of its bytes, would only cross the pipe to Pagefind's process to be thrown
// away. Two fixes to what Pagefind would read:
// - Pagefind splits a word into parts only on ASCII punctuation, so « l’intelligence » (French
//   apostrophe, U+2019) was indexed as one word, « lintelligence », that « intelligence » does
//   not find; in the indexed text the apostrophe is written as ASCII « ' », and the results write
//   it back (`toFrenchApostrophes`, src/search/excerpt.ts).
// - The acronyms of the indexed text become the `sigle` filter (src/search/acronyms.ts).
import { ACRONYM, ACRONYM_FILTER, findAcronyms } from './acronyms.ts';

/** Void elements: no end tag. */
const VOID_ELEMENTS = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

/** Elements Pagefind never indexes (its REMOVE_SELECTORS, and raw text elements). */
const UNINDEXED_ELEMENTS = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'nav',
	'footer',
	'form',
	'label',
	'iframe',
	'textarea',
	'title',
]);

/** An attribute list, quoted values included (they may hold `>`). */
const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*`;

/** The start tag of the element Pagefind indexes. */
const BODY_START = new RegExp(`<[a-zA-Z][^\\s/>]*${ATTRIBUTES}?\\sdata-pagefind-body[\\s=>]`);

/** A comment, a start or end tag (closing slash, name, attributes), or text. */
const TOKEN = new RegExp(`<!--[\\s\\S]*?-->|<(/?)([a-zA-Z][^\\s/>]*)(${ATTRIBUTES})>|[^<]+|<`, 'g');

/** The page's `<html …>` start tag (its `lang`), or a bare one. */
const HTML_START = new RegExp(`<html(?:\\s${ATTRIBUTES})?>`, 'i');

/** The acronyms as `sigle` filters, which Pagefind reads anywhere in the page. */
function acronymFilter(acronyms: string[]): string {
	const spans = acronyms
		.filter((acronym) => ACRONYM.test(acronym))
		.map((acronym) => `<span data-pagefind-filter="${ACRONYM_FILTER}">${acronym}</span>`)
		.join('');
	return spans ? `<div hidden data-pagefind-ignore>${spans}</div>` : '';
}

/**
 * The page as Pagefind should read it: its `<html>` start tag and its first `data-pagefind-body`
 * element, in whose indexed text (without its `data-pagefind-ignore` elements) the French
 * apostrophe becomes ASCII; that text's acronyms are added as the `sigle` filter. A light
 * tokenizer, not an HTML parser (a parser costs 4 ms a page, 20 s at 5,000 articles): it expects the well-formed markup Astro
 * writes, and a mistake only costs an apostrophe or an acronym.
 * @example preparePageForIndex('<html lang="fr"><body><nav>…</nav><article data-pagefind-body>Au
 * // CES, l’IA</article></body></html>')
 * // '<html lang="fr"><body><article data-pagefind-body>Au CES, l\'IA</article><div hidden
 * // data-pagefind-ignore><span data-pagefind-filter="sigle">CES</span><span …>IA</span></div>
 * // </body></html>'
 */
export function preparePageForIndex(html: string): string {
	const body = BODY_START.exec(html);
	if (!body) return html;
	const parts = [HTML_START.exec(html)?.[0] ?? '<html>', '<body>'];
	const indexedText: string[] = [];
	const open: { name: string; indexed: boolean }[] = [];
	TOKEN.lastIndex = body.index;
	for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
		const [token, closing, rawName, attributes = ''] = match;
		const indexed = open.at(-1)?.indexed ?? true;
		if (rawName === undefined) {
			if (!indexed || token.startsWith('<!--')) parts.push(token);
			else {
				const text = token.replaceAll('’', "'");
				parts.push(text);
				indexedText.push(text);
			}
			continue;
		}
		parts.push(token);
		// Tags separate words, as Pagefind separates block elements.
		indexedText.push(' ');
		const name = rawName.toLowerCase();
		if (closing) {
			const at = open.findLastIndex((element) => element.name === name);
			if (at === 0) break;
			if (at > 0) open.length = at;
		} else if (!VOID_ELEMENTS.has(name) && !attributes.endsWith('/')) {
			const ignored = attributes.includes('data-pagefind-ignore') || UNINDEXED_ELEMENTS.has(name);
			open.push({ name, indexed: indexed && !ignored });
		}
	}
	parts.push(acronymFilter(findAcronyms(indexedText.join(''))), '</body></html>');
	return parts.join('');
}
