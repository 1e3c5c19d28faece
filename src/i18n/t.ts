import { fr, type UiKey } from './fr.ts';
import { typesetFrench } from './typography.ts';

/** The strings of fr.ts set in French typography, each once, when first asked for. */
const typeset = /* @__PURE__ */ new Map<UiKey, string>();

/** A UI string as the site writes it: fr.ts's text in French typography (./typography.ts). */
function uiString(key: UiKey): string {
	let text = typeset.get(key);
	if (text === undefined) typeset.set(key, (text = typesetFrench(fr[key])));
	return text;
}

/**
 * Fills the `{placeholders}` of a UI string; unknown ones stay visible.
 * @example fill('{count} articles', { count: 3 }) // '3 articles'
 */
export function fill(text: string, values: Record<string, string | number> = {}): string {
	return text.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match,
	);
}

/**
 * Looks up a French UI string, set in French typography, and fills its `{placeholders}`. The
 * values go in as they are: text from the content is typeset already, by the content pipeline.
 * @example t('article.readingTime', { minutes: 3 }) // 'Lecture : 3 min' (U+00A0 before : and min)
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
	return fill(uiString(key), values);
}

/** The UI keys that start with `P`, e.g. `UiKeysStartingWith<'search.status.'>`. */
export type UiKeysStartingWith<P extends string> = Extract<UiKey, `${P}${string}`>;

/**
 * The strings whose key starts with `prefix`, set in French typography as `t` sets them, for a
 * page to hand to its browser code (in a `data-strings` attribute), so that code does not bundle
 * every string of fr.ts.
 * @example pickStrings('search.status.') // { 'search.status.loading': 'Chargement…', … }
 */
export function pickStrings<P extends string>(prefix: P): Record<UiKeysStartingWith<P>, string> {
	const keys = (Object.keys(fr) as UiKey[]).filter((key) => key.startsWith(prefix));
	return Object.fromEntries(keys.map((key) => [key, uiString(key)])) as Record<
		UiKeysStartingWith<P>,
		string
	>;
}

/** Picks the singular or plural form of a counted string, French style (0 and 1 are singular). */
export function tCount(key: 'list.count', count: number): string {
	return t(count > 1 ? `${key}.other` : `${key}.one`, { count });
}
