import { fr, type UiKey } from './fr.ts';

/**
 * Looks up a French UI string and fills its `{placeholders}`.
 * @example t('article.readingTime', { minutes: 3 }) // 'Lecture : 3 min'
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
	return fr[key].replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match,
	);
}

/** Picks the singular or plural form of a counted string, French style (0 and 1 are singular). */
export function tCount(key: 'list.count', count: number): string {
	return t(count > 1 ? `${key}.other` : `${key}.one`, { count });
}
