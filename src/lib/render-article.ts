// Renders an article's MDX body to a standalone HTML string for the feeds, through Astro's
// container API (https://docs.astro.build/en/reference/container-reference/). Each article is
// rendered once per build, whatever number of feeds (site, tags, companies, JSON) include it.
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { MDX_COMPONENTS } from '../components/mdx/index';
import { absolutiseUrls, type FeedItem } from './feeds.ts';
import { socialImagePaths } from './seo.ts';
import { paths, toAbsoluteUrl } from './urls.ts';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

function getContainer(): Promise<AstroContainer> {
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
		AstroContainer.create({ renderers }),
	);
	return container;
}

/**
 * The body of an article as HTML, with every MDX component rendered and root-relative links made
 * absolute against `site` (feed readers have no base URL). Memoised per article id.
 */
export function renderArticleHtml(
	article: CollectionEntry<'articles'>,
	site: URL | string,
): Promise<string> {
	let html = rendered.get(article.id);
	if (!html) {
		html = renderOnce(article, site);
		rendered.set(article.id, html);
	}
	return html;
}

async function renderOnce(article: CollectionEntry<'articles'>, site: URL | string) {
	const [astro, { Content }] = await Promise.all([getContainer(), render(article)]);
	const html = await astro.renderToString(Content, { props: { components: MDX_COMPONENTS } });
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
		contentHtml: await renderArticleHtml(article, site),
		published: data.pubDate,
		modified: data.updatedDate,
		tags: data.tags.map((ref) => tagById.get(ref.id)?.data.label ?? ref.id),
		image: toAbsoluteUrl(socialImagePaths.article(article.id), site),
		externalUrl: data.source.url,
	};
}
