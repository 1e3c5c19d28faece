// Feed models and serialisers shared by the RSS and JSON feeds. Plain TS: the pages gather the
// articles, src/feeds/feed-items.ts builds their items from the HTML rendered at content sync, and
// these functions shape the output.
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { toAbsoluteUrl } from '../urls/urls.ts';

/** Root-relative paths of every feed; prefix them with the base through `toAbsoluteUrl`/`withBase`. */
export const feedPaths = {
	rss: () => '/rss.xml',
	json: () => '/feed.json',
	tagRss: (slug: string) => `/tags/${slug}/rss.xml`,
	companyRss: (slug: string) => `/entreprises/${slug}/rss.xml`,
} as const;

/** A feed's identity: what a reader subscribes to. */
export interface FeedInfo {
	/** Feed title, e.g. "Veille IA · Thème : Cloud". */
	title: string;
	/** One French sentence about the feed. */
	description: string;
	/** Absolute URL of the HTML page the feed follows. */
	homePageUrl: string;
	/** Absolute URL of the feed itself. */
	feedUrl: string;
	/** BCP 47 language tag, e.g. `fr-FR`. */
	language: string;
}

/** What describes a feed before its URLs are made absolute. */
export interface FeedSpec {
	title: string;
	description: string;
	/** Root-relative path of the HTML page the feed follows, e.g. `/tags/cloud/`. */
	pagePath: string;
	/** Root-relative path of the feed, e.g. `/tags/cloud/rss.xml`. */
	feedPath: string;
	language: string;
}

/** A feed's identity with absolute URLs on `site` (and the site's base). */
export function getFeedInfo(spec: FeedSpec, site: URL | string): FeedInfo {
	return {
		title: spec.title,
		description: spec.description,
		homePageUrl: toAbsoluteUrl(spec.pagePath, site),
		feedUrl: toAbsoluteUrl(spec.feedPath, site),
		language: spec.language,
	};
}

/** One article as every feed format sees it. URLs are absolute. */
export interface FeedItem {
	/** Stable id: the article's absolute URL. */
	id: string;
	url: string;
	title: string;
	/** The standfirst. */
	summary: string;
	/** The full article body as HTML. */
	contentHtml: string;
	published: Date;
	modified?: Date;
	/** Tag labels, most important first. */
	tags: string[];
	/** Absolute URL of the article's social image. */
	image?: string;
	/** Absolute URL of the source the article is written from. */
	externalUrl?: string;
}

/** The JSON Feed 1.1 version URL (https://www.jsonfeed.org/version/1.1/). */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
	version: typeof JSON_FEED_VERSION;
	title: string;
	home_page_url: string;
	feed_url: string;
	description: string;
	language: string;
	authors: { name: string; url: string }[];
	items: JsonFeedItem[];
}

/** One item of a JSON Feed 1.1 document. */
export interface JsonFeedItem {
	id: string;
	url: string;
	external_url?: string;
	title: string;
	summary: string;
	content_html: string;
	date_published: string;
	date_modified?: string;
	tags: string[];
	image?: string;
}

/** A start tag that may carry a URL: `<a …>`, `<img …>`. */
const URL_TAG = /<(?:a|img)\s[^>]*>/g;
/** A root-relative `href`/`src` attribute inside such a tag. */
const ROOT_RELATIVE = /(\s(?:href|src)=")(\/(?!\/)[^"]*)"/g;

/**
 * Makes the root-relative `href`/`src` attributes of an article's HTML absolute against `site`
 * (feed readers resolve nothing). Paths must already carry the base, as the site's own links do.
 * The HTML is the content pipeline's (src/articles/render.ts), whose serialiser escapes `<` in text
 * and `"` in attribute values: an attribute is only ever found inside a real start tag, never in
 * text an article wrote.
 * @example absolutiseUrls('<a href="/tags/cloud/">', 'https://x.org') // '<a href="https://x.org/tags/cloud/">'
 */
export function absolutiseUrls(html: string, site: URL | string): string {
	return html.replace(URL_TAG, (tag) =>
		tag.replace(
			ROOT_RELATIVE,
			(_, attribute: string, path: string) => `${attribute}${new URL(path, site).href}"`,
		),
	);
}

/** RSS 2.0 items for @astrojs/rss, in the given order. */
export function toRssItems(items: readonly FeedItem[]): RSSFeedItem[] {
	return items.map((item) => ({
		title: item.title,
		link: item.url,
		pubDate: item.published,
		description: item.summary,
		content: item.contentHtml,
		categories: item.tags,
	}));
}

/** The options of @astrojs/rss for a feed: French language tag and an Atom self link. */
export function toRssOptions(
	feed: FeedInfo,
	items: readonly FeedItem[],
	site: URL | string,
): RSSOptions {
	return {
		title: feed.title,
		description: feed.description,
		site: feed.homePageUrl || String(site),
		items: toRssItems(items),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			`<language>${escapeXml(feed.language)}</language>`,
			`<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
			items[0] ? `<lastBuildDate>${items[0].published.toUTCString()}</lastBuildDate>` : '',
		].join(''),
		trailingSlash: true,
	};
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export function toJsonFeed(feed: FeedInfo, items: readonly FeedItem[], author: string): JsonFeed {
	return {
		version: JSON_FEED_VERSION,
		title: feed.title,
		home_page_url: feed.homePageUrl,
		feed_url: feed.feedUrl,
		description: feed.description,
		language: feed.language,
		authors: [{ name: author, url: feed.homePageUrl }],
		items: items.map((item) => ({
			id: item.id,
			url: item.url,
			...(item.externalUrl ? { external_url: item.externalUrl } : {}),
			title: item.title,
			summary: item.summary,
			content_html: item.contentHtml,
			date_published: item.published.toISOString(),
			...(item.modified ? { date_modified: item.modified.toISOString() } : {}),
			tags: item.tags,
			...(item.image ? { image: item.image } : {}),
		})),
	};
}

/** A link in a page head announcing a feed (`<link rel="alternate">`). */
export interface FeedLink {
	title: string;
	/** Root-relative path, without the base. */
	path: string;
	type: 'application/rss+xml' | 'application/feed+json';
}

/** The site-wide feeds every page announces, after the page's own topic feed if any. */
export function getSiteFeedLinks(siteTitle: string): FeedLink[] {
	return [
		{ title: `${siteTitle} (RSS)`, path: feedPaths.rss(), type: 'application/rss+xml' },
		{ title: `${siteTitle} (JSON Feed)`, path: feedPaths.json(), type: 'application/feed+json' },
	];
}

function escapeXml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
