/** A run of excerpt text, marked when it holds a searched word. */
export interface ExcerptSegment {
	text: string;
	marked: boolean;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** Decodes the HTML entities Pagefind may leave in an excerpt. */
function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) {
			return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		}
		if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
		return ENTITIES[name.toLowerCase()] ?? match;
	});
}

/**
 * Text from the index with French apostrophes: the index writes them as ASCII « ' » so that
 * Pagefind splits elisions such as « l’IA » (src/search/index-page.ts).
 * @example toFrenchApostrophes("l'IA d'OpenAI") // 'l’IA d’OpenAI'
 */
export function toFrenchApostrophes(text: string): string {
	return text.replaceAll("'", '’');
}

/**
 * What stays outside a mark: punctuation and spaces at either end, and a French elision before
 * the word (« l’ », « d’ », « qu’ », « jusqu’ »…).
 */
const EDGES =
	/^([\p{P}\s]*(?:(?:\p{L}|qu|jusqu|lorsqu|puisqu)’(?=\p{L}))?)([\s\S]*?)([\p{P}\s]*)$/iu;

/** Appends a segment, merged with the previous one when both are marked or both are not. */
function push(segments: ExcerptSegment[], text: string, marked: boolean): void {
	if (!text) return;
	const last = segments.at(-1);
	if (last && last.marked === marked) last.text += text;
	else segments.push({ text, marked });
}

/**
 * Splits a Pagefind excerpt (text with `<mark>` around matched words) into plain segments, so the
 * browser builds `<mark>` elements and text nodes itself and never parses index content as HTML.
 * Any other tag is dropped, and apostrophes are French (`toFrenchApostrophes`). Pagefind marks
 * whole space-separated words, punctuation included (`<mark>Sources.</mark>`, `<mark>l’IA,</mark>`):
 * the punctuation at either end of a mark, and an elision before its word, are moved out of it.
 * @example excerptToSegments('le <mark>cloud,</mark> &amp; l’IA')
 * // [{ text: 'le ', marked: false }, { text: 'cloud', marked: true }, { text: ', & l’IA', marked: false }]
 */
export function excerptToSegments(excerpt: string): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	let marked = false;
	for (const part of excerpt.split(/(<\/?mark>)/i)) {
		if (/^<mark>$/i.test(part)) marked = true;
		else if (/^<\/mark>$/i.test(part)) marked = false;
		else {
			const text = toFrenchApostrophes(decodeEntities(part.replace(/<[^>]*>/g, '')));
			const [, before = '', word = '', after = ''] = marked ? (EDGES.exec(text) ?? []) : [];
			if (marked && word) {
				push(segments, before, false);
				push(segments, word, true);
				push(segments, after, false);
			} else push(segments, text, false);
		}
	}
	return segments;
}
