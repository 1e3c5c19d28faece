/** Site-wide constants. `site` and `base` come from astro.config.mjs (env-overridable). */
export const SITE = {
	title: 'Veille IA',
	lang: 'fr',
	locale: 'fr-FR',
	ogLocale: 'fr_FR',
	/** Repository used for "edit this page" links; override with VEILLE_REPO_URL. */
	repoUrl: process.env.VEILLE_REPO_URL ?? 'https://github.com/veille-ia/veille-ia',
	/** Branch used for "edit this page" links. */
	repoBranch: 'main',
} as const;

/** Articles per page on tag and company listings. */
export const PAGE_SIZE = 20;
