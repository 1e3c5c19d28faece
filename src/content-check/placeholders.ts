/** Marks text the scaffold (`npm run new`) leaves for the author to replace. */
export const PLACEHOLDER_PATTERN = /\bTODO\b|[àÀa]\s+compl[ée]ter|a-completer/i;

/** The text `npm run new` writes where the author must write something. */
export const PLACEHOLDER = 'À compléter';

/**
 * The placeholder marker in `text`, or `undefined` when there is none.
 * @example findPlaceholder('À compléter : le chapô') // 'À compléter'
 */
export function findPlaceholder(text: string): string | undefined {
	return PLACEHOLDER_PATTERN.exec(text)?.[0];
}
