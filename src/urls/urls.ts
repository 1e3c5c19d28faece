import { padMonth } from '../i18n/dates.ts';

/**
 * Prefixes a root-relative path with the site's base (`/` or a sub-path such as `/veille-ia/`).
 * @example withBase('/tags/', '/veille-ia/') // '/veille-ia/tags/'
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Root-relative paths of every kind of page; pages prefix them with `withBase`. */
export const paths = {
	home: () => '/',
	article: (slug: string) => `/articles/${slug}/`,
	tags: () => '/tags/',
	tag: (slug: string) => `/tags/${slug}/`,
	companies: () => '/entreprises/',
	company: (slug: string) => `/entreprises/${slug}/`,
	archives: () => '/archives/',
	year: (year: number) => `/archives/${year}/`,
	month: (year: number, month: number) => `/archives/${year}/${padMonth(month)}/`,
	editions: () => '/editions/',
	edition: (slug: string) => `/editions/${slug}/`,
	search: () => '/recherche/',
	figures: () => '/chiffres/',
	timeline: () => '/chronologie/',
	verifications: () => '/verifications/',
	apiArticles: () => '/api/articles.json',
	apiFigures: () => '/api/figures.json',
	apiSchema: () => '/api/schema.json',
} as const;

/** Root-relative paths of the generated social images (1200×630 PNG). */
export const socialImagePaths = {
	site: () => '/og/site.png',
	article: (slug: string) => `/og/articles/${slug}.png`,
} as const;

/** Absolute URL of a root-relative path on the site, for canonical links and feeds. */
export function toAbsoluteUrl(path: string, site: URL | string, base?: string): string {
	return new URL(withBase(path, base), site).href;
}
