/** Average silent reading speed for French prose, in words per minute. */
export const WORDS_PER_MINUTE = 200;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * Counts the words of a text as readers see it (an article's rendered text, without markup): runs
 * of characters between white space that hold at least one letter or digit. One pass over the
 * characters, ASCII decided without a regular expression (this runs over every article).
 * @example countWords('L’IA, en 2025 : 3 pistes.') // 5
 */
export function countWords(text: string): number {
	let count = 0;
	let inWord = false;
	let counted = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const lower = code | 32;
		const space =
			code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(text[index]!));
		if (space) {
			inWord = false;
			continue;
		}
		if (!inWord) ((inWord = true), (counted = false));
		if (counted) continue;
		const word =
			(code >= 48 && code <= 57) ||
			(lower >= 97 && lower <= 122) ||
			(code > 127 && LETTER_OR_DIGIT.test(text[index]!));
		if (word) ((counted = true), count++);
	}
	return count;
}

/** Minutes needed to read a number of words, at least one. @example readingMinutesOf(450) // 2 */
export function readingMinutesOf(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
