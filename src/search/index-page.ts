// A built page as Pagefind indexes it (src/search/pagefind.ts hands it the result; the file on disk
// never changes). Two fixes to what Pagefind would read:
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

/** Where Pagefind reads filters whatever `data-pagefind-body` says: anywhere in the page. */
function addAcronymFilter(html: string, acronyms: string[]): string {
	const spans = acronyms
		.filter((acronym) => ACRONYM.test(acronym))
		.map((acronym) => `<span data-pagefind-filter="${ACRONYM_FILTER}">${acronym}</span>`)
		.join('');
	if (!spans) return html;
	const list = `<div hidden data-pagefind-ignore>${spans}</div>`;
	const end = html.lastIndexOf('</body>');
	return end === -1 ? html + list : html.slice(0, end) + list + html.slice(end);
}

/**
 * The page as Pagefind should read it: in the text it indexes (the first `data-pagefind-body`
 * element, without its `data-pagefind-ignore` elements) the French apostrophe becomes ASCII, and
 * that text's acronyms are added as the `sigle` filter. A light tokenizer, not an HTML parser (a
 * parser costs 4 ms a page, 20 s at 5,000 articles): it expects the well-formed markup Astro
 * writes, and a mistake only costs an apostrophe or an acronym.
 * @example preparePageForIndex('<body><article data-pagefind-body>Au CES, l’IA</article></body>')
 * // '<body><article data-pagefind-body>Au CES, l\'IA</article><div hidden data-pagefind-ignore>
 * // <span data-pagefind-filter="sigle">CES</span><span …>IA</span></div></body>'
 */
export function preparePageForIndex(html: string): string {
	const body = BODY_START.exec(html);
	if (!body) return html;
	const parts = [html.slice(0, body.index)];
	const indexedText: string[] = [];
	const open: { name: string; indexed: boolean }[] = [];
	let end = html.length;
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
			if (at === 0) {
				end = TOKEN.lastIndex;
				break;
			}
			if (at > 0) open.length = at;
		} else if (!VOID_ELEMENTS.has(name) && !attributes.endsWith('/')) {
			const ignored = attributes.includes('data-pagefind-ignore') || UNINDEXED_ELEMENTS.has(name);
			open.push({ name, indexed: indexed && !ignored });
		}
	}
	parts.push(html.slice(end));
	return addAcronymFilter(parts.join(''), findAcronyms(indexedText.join('')));
}
