// French typography for every text the site writes: applied once where text enters the site (the
// display text of the content pipeline's validated data, the text nodes of article bodies, the UI
// strings read through t()), so pages, feeds, social images and JSON all get the same text.
//
// The spaces, after the Imprimerie nationale's Lexique des règles typographiques, and as the
// site's figures (src/figures/figures.ts) and Intl's fr-FR number format already write them:
//
// | where                                          | space                 | example          |
// | ---------------------------------------------- | --------------------- | ---------------- |
// | before ; ! ?                                   | U+202F (narrow, fine) | Pourquoi ?       |
// | inside « »                                     | U+202F                | « CarrefourIA »  |
// | before :                                       | U+00A0 (word width)   | CES 2025 : l’IA  |
// | number and unit, scale word, currency or %     | U+00A0                | 15 millions, 35 % |
// | between groups of three digits                 | U+202F                | 14 000           |
// | inside a date (day, month, year)               | U+00A0                | 1er janvier 2025 |
//
// A straight apostrophe between two letters becomes ’. URLs and e-mail addresses are left as they
// are; so is everything the rules do not name (straight double quotes, ellipses, dashes).

/** U+00A0, the no-break space of word width: before a colon, after a number, inside dates. */
export const NBSP = '\u00a0';
/** U+202F, the narrow no-break space: before ; ! ?, inside « », between thousands. */
export const NNBSP = '\u202f';

/** A space of any of the three kinds, as contributors type them. */
const SPACE = '[ \\u00a0\\u202f]';
const MONTHS =
	'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/**
 * What may follow a number and stays with it: scale words, currencies (names and signs, with a
 * multiplier: M€, Md$), units of measure, of data and of time.
 */
const UNITS = /* @__PURE__ */ [
	'milliers?|millions?|milliards?|billions?|trillions?',
	'euros?|dollars?|livres?|francs?|yens?|yuans?|wons?',
	'(?:k|M|Mds?|G)?[€$£¥₩]|M|Mds?|%|‰|°C?',
	'[kmcM]?m|[km]?g|t|[kMGT]?W|[kMGT]?Wh|[kMGT]?Hz|[KMGTP]?o|[KMGTP]?b/s',
	'[kMGTPE]?flops|(?:téra|péta|exa)flops|octets?|bits?|qubits?',
	'ms|s|min|h|heures?|minutes?|secondes?|jours?|semaines?|mois|ans?|années',
].join('|');

/** Where a mark may get a space that was not typed: after a letter, a digit, » ) or ]. */
const AFTER_WORD = '(?<=[\\p{L}\\p{N}»)\\]])';

/** A number's first group of digits: not after a digit, a decimal mark, or number and space. */
const FIRST_GROUP = `(?<![\\p{N},.]|\\p{N}${SPACE})\\p{N}{1,3}`;

/**
 * A rule: what to find, what to put in its place (the text of `String.replace`), and a cheap test
 * that must pass for the rule to have anything to find (this runs over every text node of 5,000
 * articles, and most rules find nothing in most of them).
 */
type Rule = readonly [RegExp, string, (text: string) => boolean];

const has = (character: string) => (text: string) => text.includes(character);
const DIGIT_THEN_SPACE = /\d[ \u00a0\u202f]/;
const digitThenSpace = (text: string) => DIGIT_THEN_SPACE.test(text);

/**
 * The rules, in order: each sees the text the previous ones made. Built on first use, so browser
 * bundles that import t.ts without calling it leave them out.
 */
const createRules = (): readonly Rule[] => [
	[/(?<=\p{L})'(?=\p{L})/gu, '’', has("'")],
	// Groups of three digits after a first group of one to three (14 000, 1 000 000), that first
	// group not itself after a number (2025 100 stays as it is).
	[
		new RegExp(`(?<=${FIRST_GROUP}(?:${SPACE}\\p{N}{3})*)[ \\u00a0](?=\\p{N}{3}(?!\\p{N}))`, 'gu'),
		NNBSP,
		digitThenSpace,
	],
	[
		new RegExp(
			`(?<=(?<![\\p{L}\\p{N}])(?:\\d{1,2}|1er))${SPACE}+(?=(?:${MONTHS})(?!\\p{L}))`,
			'giu',
		),
		NBSP,
		(text) => /\d/.test(text),
	],
	[
		new RegExp(`(?<=(?<!\\p{L})(?:${MONTHS}))${SPACE}+(?=\\d{4}(?!\\p{N}))`, 'giu'),
		NBSP,
		(text) => /\d{4}/.test(text),
	],
	[new RegExp(`(?<=\\d)${SPACE}+(?=(?:${UNITS})(?![\\p{L}\\p{N}'’]))`, 'gu'), NBSP, digitThenSpace],
	// A sign written against its number (35%, 15€) is moved off it.
	[/(?<=\d)(?=[%‰€£](?![\p{L}\p{N}]))/gu, NBSP, (text) => /\d[%‰€£]/.test(text)],
	// Before : and ; ! ?, the spaces typed become the right one; where none was typed after a word,
	// one is put when the mark ends a phrase (not in 10:30, https: or ?!).
	[new RegExp(`(?<!\\s)${SPACE}+(?=:)|${AFTER_WORD}(?=:(?:\\s|$))`, 'gu'), NBSP, has(':')],
	[
		new RegExp(`(?<!\\s)${SPACE}+(?=[;!?])|${AFTER_WORD}(?=[;!?]+(?:\\s|$))`, 'gu'),
		NNBSP,
		(text) => /[;!?]/.test(text),
	],
	[new RegExp(`«${SPACE}*`, 'g'), `«${NNBSP}`, has('«')],
	[new RegExp(`${SPACE}*»`, 'g'), `${NNBSP}»`, has('»')],
];

let rules: readonly Rule[] | undefined;

/** URLs and e-mail addresses, which no rule may change. */
const VERBATIM = /(?:https?:\/\/|www\.)[^\s<>«»"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
/** What every URL or e-mail address holds, tested before the costlier search for them. */
const MAY_HOLD_VERBATIM = /:\/\/|www\.|@/i;
/** Stands in for a verbatim part while the rules run: a character no rule matches. */
const HOLE = '\ue000';

/**
 * Sets a French text in French typography: the no-break spaces of the table above, typographic
 * apostrophes. Idempotent (running it again changes nothing), and for plain text: HTML is set
 * through its text nodes (src/articles/render.ts), never as a string.
 * @example typesetFrench("L'Usine : 15 millions") // 'L’Usine : 15 millions' (two U+00A0)
 */
export function typesetFrench(text: string): string {
	if (!/[\s'%‰€£«»:;!?]/.test(text)) return text;
	const verbatim: string[] = [];
	let result =
		text.includes(HOLE) || !MAY_HOLD_VERBATIM.test(text)
			? text
			: text.replace(VERBATIM, (part) => (verbatim.push(part), HOLE));
	for (const [pattern, replacement, applies] of (rules ??= createRules())) {
		if (applies(result)) result = result.replace(pattern, replacement);
	}
	let index = 0;
	return verbatim.length === 0 ? result : result.replace(/\ue000/g, () => verbatim[index++]!);
}

/** `1er` and `1re` as ordinals, not inside a word or a number. */
const ORDINAL = /(?<=(?<![\p{L}\p{N}])1)(er|re)(?![\p{L}\p{N}])/u;

/**
 * Splits a text around its ordinal suffixes, for HTML to set them in superscript (`1<sup>er</sup>`):
 * the parts at odd indexes are the suffixes. A text with none gives a one-element array.
 * @example splitOrdinals('le 1er janvier') // ['le 1', 'er', ' janvier']
 */
export function splitOrdinals(text: string): string[] {
	return text.split(new RegExp(ORDINAL, 'gu'));
}
