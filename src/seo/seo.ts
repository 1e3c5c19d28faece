// Search-engine and social metadata: the page meta model that Head.astro prints, and the
// schema.org JSON-LD builders (https://schema.org/NewsArticle, BreadcrumbList, CollectionPage).
import type { FeedLink } from '../feeds/feeds.ts';
import { paths, socialImagePaths, toAbsoluteUrl } from '../urls/urls.ts';

/** Article facts that Open Graph (`article:*`) and JSON-LD describe. */
export interface ArticleMeta {
	published: Date;
	modified?: Date;
	/** Tag labels, most important first. */
	tags: string[];
	/** Section: the main tag's label. */
	section?: string;
}

/** Everything Head.astro prints beyond title and description. All optional. */
export interface PageMeta {
	/** `article` on article pages, `website` elsewhere (the default). */
	type?: 'website' | 'article';
	/** Root-relative path of the social image (without base); the site image by default. */
	image?: string;
	/** Alternative text of the social image. */
	imageAlt?: string;
	article?: ArticleMeta;
	/** Feeds about this page's topic, announced before the site-wide feeds. */
	feeds?: FeedLink[];
	/** JSON-LD objects (each gets its own `<script type="application/ld+json">`). */
	jsonLd?: JsonLd[];
	/** Keeps the page out of search indexes (`robots: noindex`); the 404 page by default. */
	noindex?: boolean;
}

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** A breadcrumb as the page shows it: the last one (the current page) has no link. */
export interface CrumbLike {
	label: string;
	/** Absolute URL (the caller resolves paths and base). */
	url?: string;
}

/**
 * The piece an article is written from, for `isBasedOn`: the piece's own address only when it is
 * known; otherwise the piece is named and its publisher linked.
 */
export interface SourceWork {
	/** The piece's title, or the newsletter's name, else the publication's. */
	name: string;
	/** Address of the piece itself, when known. */
	url?: string;
	/** When the source published it. */
	published?: Date;
	/** The publication, with its address when known. */
	publisher: { name: string; url?: string };
}

/** A schema.org `CreativeWork` for a source. */
export function toSourceWorkJsonLd(source: SourceWork): JsonLd {
	return {
		'@type': 'CreativeWork',
		name: source.name,
		...(source.url ? { url: source.url } : {}),
		...(source.published ? { datePublished: source.published.toISOString() } : {}),
		publisher: {
			'@type': 'Organization',
			name: source.publisher.name,
			...(source.publisher.url ? { url: source.publisher.url } : {}),
		},
	};
}

/** The publisher named in every NewsArticle. */
export interface Publisher {
	name: string;
	url: string;
	/** Absolute URL of a logo image. */
	logo?: string;
}

/** The fields of a NewsArticle. URLs are absolute. */
export interface NewsArticleInput {
	url: string;
	headline: string;
	description: string;
	published: Date;
	modified?: Date;
	keywords: string[];
	section?: string;
	image: string;
	/** The source the article is written from. */
	source: SourceWork;
	publisher: Publisher;
	inLanguage: string;
}

/**
 * A schema.org `NewsArticle`; `dateModified` falls back to the publication date, as Google asks.
 * @example toNewsArticleJsonLd({ headline: 'Titre', … })['@type'] // 'NewsArticle'
 */
export function toNewsArticleJsonLd(input: NewsArticleInput): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
		url: input.url,
		headline: input.headline,
		description: input.description,
		datePublished: input.published.toISOString(),
		dateModified: (input.modified ?? input.published).toISOString(),
		inLanguage: input.inLanguage,
		keywords: input.keywords,
		...(input.section ? { articleSection: input.section } : {}),
		image: [input.image],
		isBasedOn: toSourceWorkJsonLd(input.source),
		author: toOrganization(input.publisher),
		publisher: toOrganization(input.publisher),
	};
}

/** A schema.org `BreadcrumbList` from the crumbs a page shows; the last crumb is the page itself. */
export function toBreadcrumbJsonLd(crumbs: readonly CrumbLike[], pageUrl: string): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: crumb.url ?? pageUrl,
		})),
	};
}

/** The fields of a CollectionPage (tag, company or archive page). */
export interface CollectionPageInput {
	url: string;
	name: string;
	description: string;
	inLanguage: string;
	/** Absolute URLs of the articles listed on the page, in order. */
	itemUrls: string[];
	/** The site, as `isPartOf`. */
	site: { name: string; url: string };
}

/** A schema.org `CollectionPage` whose main entity lists the page's articles. */
export function toCollectionPageJsonLd(input: CollectionPageInput): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'CollectionPage',
		url: input.url,
		name: input.name,
		description: input.description,
		inLanguage: input.inLanguage,
		isPartOf: { '@type': 'WebSite', name: input.site.name, url: input.site.url },
		mainEntity: {
			'@type': 'ItemList',
			numberOfItems: input.itemUrls.length,
			itemListElement: input.itemUrls.map((url, index) => ({
				'@type': 'ListItem',
				position: index + 1,
				url,
			})),
		},
	};
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` are escaped as
 * Unicode escapes so no text (e.g. a headline holding `</script>`) can close the element.
 * @example serializeJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(value: JsonLd): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

function toOrganization(publisher: Publisher): JsonLd {
	return {
		'@type': 'Organization',
		name: publisher.name,
		url: publisher.url,
		...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}),
	};
}

/** A breadcrumb as Breadcrumbs.astro takes it: a root-relative path, none on the last crumb. */
export interface Crumb {
	label: string;
	href?: string;
}

/** Resolves breadcrumb paths against the site and base. */
export function resolveCrumbs(crumbs: readonly Crumb[], site: URL | string): CrumbLike[] {
	return crumbs.map((crumb) => ({
		label: crumb.label,
		...(crumb.href ? { url: toAbsoluteUrl(crumb.href, site) } : {}),
	}));
}

/** What an article page knows that its metadata needs. */
export interface ArticlePageInput {
	slug: string;
	title: string;
	description: string;
	published: Date;
	modified?: Date;
	/** Tag labels, main tag first. */
	tags: string[];
	/** The source the article is written from. */
	source: SourceWork;
	crumbs: readonly Crumb[];
	site: URL | string;
	siteName: string;
	inLanguage: string;
	/** Alternative text of the social image. */
	imageAlt: string;
}

/** The metadata of an article page: Open Graph article, NewsArticle and BreadcrumbList. */
export function getArticlePageMeta(input: ArticlePageInput): PageMeta {
	const url = toAbsoluteUrl(paths.article(input.slug), input.site);
	const image = socialImagePaths.article(input.slug);
	return {
		type: 'article',
		image,
		imageAlt: input.imageAlt,
		article: {
			published: input.published,
			modified: input.modified,
			tags: input.tags,
			section: input.tags[0],
		},
		jsonLd: [
			toNewsArticleJsonLd({
				url,
				headline: input.title,
				description: input.description,
				published: input.published,
				modified: input.modified,
				keywords: input.tags,
				section: input.tags[0],
				image: toAbsoluteUrl(image, input.site),
				source: input.source,
				publisher: { name: input.siteName, url: toAbsoluteUrl(paths.home(), input.site) },
				inLanguage: input.inLanguage,
			}),
			toBreadcrumbJsonLd(resolveCrumbs(input.crumbs, input.site), url),
		],
	};
}

/** What a listing page (tag, company, archive) knows that its metadata needs. */
export interface CollectionPageMetaInput {
	title: string;
	description: string;
	/** Absolute URL of the page. */
	url: string;
	crumbs?: readonly Crumb[];
	/** Slugs of the articles the page lists, in order. */
	articleSlugs: string[];
	/** The page's own topic feed, if it has one. */
	feed?: FeedLink;
	site: URL | string;
	siteName: string;
	inLanguage: string;
}

/** The metadata of a listing page: CollectionPage (+ BreadcrumbList) and its topic feed first. */
export function getCollectionPageMeta(input: CollectionPageMetaInput): PageMeta {
	const jsonLd = [
		toCollectionPageJsonLd({
			url: input.url,
			name: input.title,
			description: input.description,
			inLanguage: input.inLanguage,
			itemUrls: input.articleSlugs.map((slug) => toAbsoluteUrl(paths.article(slug), input.site)),
			site: { name: input.siteName, url: toAbsoluteUrl(paths.home(), input.site) },
		}),
	];
	if (input.crumbs?.length) {
		jsonLd.push(toBreadcrumbJsonLd(resolveCrumbs(input.crumbs, input.site), input.url));
	}
	return { type: 'website', jsonLd, ...(input.feed ? { feeds: [input.feed] } : {}) };
}
