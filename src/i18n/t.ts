import { fr, type UiKey } from './fr.ts';

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
 * Looks up a French UI string and fills its `{placeholders}`.
 * @example t('article.readingTime', { minutes: 3 }) // 'Lecture : 3 min'
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
	return fill(fr[key], values);
}

/** The UI keys that start with `P`, e.g. `UiKeysStartingWith<'search.status.'>`. */
export type UiKeysStartingWith<P extends string> = Extract<UiKey, `${P}${string}`>;

/**
 * The strings whose key starts with `prefix`, for a page to hand to its browser code (in a
 * `data-strings` attribute), so that code does not bundle every string of fr.ts.
 * @example pickStrings('search.status.') // { 'search.status.loading': 'Chargement…', … }
 */
export function pickStrings<P extends string>(prefix: P): Record<UiKeysStartingWith<P>, string> {
	return Object.fromEntries(Object.entries(fr).filter(([key]) => key.startsWith(prefix))) as Record<
		UiKeysStartingWith<P>,
		string
	>;
}

/** Picks the singular or plural form of a counted string, French style (0 and 1 are singular). */
export function tCount(key: 'list.count', count: number): string {
	return t(count > 1 ? `${key}.other` : `${key}.one`, { count });
}
