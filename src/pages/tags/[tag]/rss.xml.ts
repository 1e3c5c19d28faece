import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { getArchive, type Article, type Tag } from '../../../data/archive';
import { t } from '../../../i18n/t';
import { feedPaths, getFeedUrl, toRssOptions } from '../../../lib/feeds';
import { getFeedItems } from '../../../lib/render-article';
import { paths, toAbsoluteUrl } from '../../../lib/urls';

export const getStaticPaths = (async () => {
	const { tags } = await getArchive();
	return tags.map(({ entry, articles }) => ({
		params: { tag: entry.id },
		props: { tag: entry, articles },
	}));
}) satisfies GetStaticPaths;

interface Props {
	tag: Tag;
	articles: Article[];
}

/** The articles of one tag, newest first. */
export const GET: APIRoute<Props> = async ({ site, props }) => {
	const siteUrl = site!;
	const { tag, articles } = props;
	const { tagById } = await getArchive();
	const items = await getFeedItems(articles, { tagById, site: siteUrl });
	const feed = {
		title: `${SITE.title} · ${t('tags.itemTitle', { label: tag.data.label })}`,
		description: tag.data.description,
		homePageUrl: toAbsoluteUrl(paths.tag(tag.id), siteUrl),
		feedUrl: getFeedUrl(feedPaths.tagRss(tag.id), siteUrl),
		language: SITE.locale,
	};
	return rss(toRssOptions(feed, items, siteUrl));
};
