// Feed items for articles. An article's body is rendered to HTML once, at content sync
// (src/articles/render.ts); the feeds take that HTML with root-relative links made absolute, and each
// item is built once per build, whatever number of feeds (site, tags, companies, JSON) include it.
import type { CollectionEntry } from 'astro:content';
import { absolutiseUrls, type FeedItem } from './feeds.ts';
import { paths, socialImagePaths, toAbsoluteUrl } from '../urls/urls.ts';

/**
 * The body of an article as HTML, with root-relative links made absolute against `site` (feed
 * readers have no base URL).
 */
function articleHtml(article: CollectionEntry<'articles'>, site: URL | string): string {
	const html = article.rendered?.html;
	if (html === undefined) throw new Error(`article ${article.id} has no rendered body`);
	return absolutiseUrls(html, site);
}

const feedItems = new Map<string, Promise<FeedItem>>();

/** What a feed item needs besides the article: tag labels and the site's address. */
export interface FeedItemContext {
	tagById: Map<string, CollectionEntry<'tags'>>;
	site: URL | string;
}

/** Feed items for articles, in the given order; each is built (and rendered) once per build. */
export function getFeedItems(
	articles: readonly CollectionEntry<'articles'>[],
	context: FeedItemContext,
): Promise<FeedItem[]> {
	return Promise.all(
		articles.map((article) => {
			let item = feedItems.get(article.id);
			if (!item) {
				item = toFeedItem(article, context);
				feedItems.set(article.id, item);
			}
			return item;
		}),
	);
}

async function toFeedItem(
	article: CollectionEntry<'articles'>,
	{ tagById, site }: FeedItemContext,
): Promise<FeedItem> {
	const { data } = article;
	const url = toAbsoluteUrl(paths.article(article.id), site);
	return {
		id: url,
		url,
		title: data.title,
		summary: data.description,
		contentHtml: articleHtml(article, site),
		published: data.pubDate,
		modified: data.updatedDate,
		tags: data.tags.map((ref) => tagById.get(ref.id)?.data.label ?? ref.id),
		image: toAbsoluteUrl(socialImagePaths.article(article.id), site),
		externalUrl: data.source.url,
	};
}
