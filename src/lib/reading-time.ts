/** Average silent reading speed for French prose, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/** Counts the words of an MDX body, leaving out Markdown syntax, tags and URLs. */
export function countWords(body: string): number {
	const text = body
		.replace(/^---[\s\S]*?---/, ' ')
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[#*_>`[\]|-]+/g, ' ');
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes needed to read a body, at least one. @example getReadingMinutes('un deux') // 1 */
export function getReadingMinutes(body: string): number {
	return Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
}
