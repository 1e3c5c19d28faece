// Characters no content file may contain, wherever they appear: in the raw file, in a YAML value
// decoded from an escape (`"\x07"`), or in MDX text decoded from a character reference (`&#x202E;`).

/**
 * C0 controls other than tab and line feed (carriage returns included: files use LF line
 * endings), DEL and C1 controls, the bidirectional embedding, override and isolate controls
 * (which make text read differently from how it is stored), and U+FFFD, the mark of a text that
 * was decoded from the wrong encoding.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]/;

const NAMES = new Map<number, string>([
	[0x0d, 'a carriage return (Windows line ending): save the file with LF line endings'],
	[
		0xfffd,
		'U+FFFD, the replacement character (left by a wrong encoding or an invalid character reference such as &#7;): retype the text',
	],
]);

/** The first forbidden character of `text`, with its index, or `undefined` when there is none. */
export function findForbiddenCharacter(
	text: string,
): { index: number; codePoint: number } | undefined {
	const match = FORBIDDEN.exec(text);
	return match ? { index: match.index, codePoint: match[0].codePointAt(0)! } : undefined;
}

/**
 * What a forbidden character is and how to get rid of it, for messages.
 * @example describeForbiddenCharacter(0x202e) // 'U+202E (a bidirectional control character): delete it'
 */
export function describeForbiddenCharacter(codePoint: number): string {
	const named = NAMES.get(codePoint);
	if (named) return named;
	const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
	const kind = codePoint >= 0x2000 ? 'a bidirectional control character' : 'a control character';
	return `${hex} (${kind}, invisible in most editors): delete it`;
}

/** 1-based line and column of an index of `text`. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
		line++;
		lineStart = at + 1;
	}
	return { line, column: index - lineStart + 1 };
}
