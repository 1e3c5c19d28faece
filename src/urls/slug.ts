import { slug } from 'github-slugger';

/**
 * The URL slug of a French title (an article's file name): accents folded to ASCII, ligatures
 * spelt out, apostrophes made word breaks, then GitHub's slugger; the result matches
 * `SLUG_PATTERN` of src/schemas/primitives.ts.
 * @example titleToSlug("L'Oréal s'offre une IA") // 'l-oreal-s-offre-une-ia'
 */
export function titleToSlug(title: string): string {
	const folded = title
		.replace(/[œŒ]/g, 'oe')
		.replace(/[æÆ]/g, 'ae')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		// Apostrophes separate words in French ("l'IA"), and so does a decimal comma ("1,1"):
		// make them spaces so the words and numbers stay apart.
		.replace(/['’]/g, ' ')
		.replace(/(\d)[,.](?=\d)/g, '$1 ');
	return slug(folded.trim().replace(/\s+/g, ' '))
		.replace(/[^a-z0-9-]/g, '')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
}
