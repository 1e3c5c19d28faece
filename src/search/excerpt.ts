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
 * Splits a Pagefind excerpt (text with `<mark>` around matched words) into plain segments, so the
 * browser builds `<mark>` elements and text nodes itself and never parses index content as HTML.
 * Any other tag is dropped.
 * @example excerptToSegments('le <mark>cloud</mark> &amp; l’IA')
 * // [{ text: 'le ', marked: false }, { text: 'cloud', marked: true }, { text: ' & l’IA', marked: false }]
 */
export function excerptToSegments(excerpt: string): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	let marked = false;
	for (const part of excerpt.split(/(<\/?mark>)/i)) {
		if (/^<mark>$/i.test(part)) marked = true;
		else if (/^<\/mark>$/i.test(part)) marked = false;
		else {
			const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
			if (text) segments.push({ text, marked });
		}
	}
	return segments;
}
