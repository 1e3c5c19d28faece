import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { getArchive, type Article, type Tag } from '../../../archive/archive';
import { getFeed } from '../../../feeds/get-feed';
import { t } from '../../../i18n/t';
import { feedPaths, toRssOptions } from '../../../feeds/feeds';
import { paths } from '../../../urls/urls';

export const getStaticPaths = (async () => {
	const { tags, cacheKey } = await getArchive();
	return tags.map(({ entry, articles }) => ({
		params: { tag: entry.id },
		props: { tag: entry, articles },
		cacheKey: cacheKey(entry, articles),
	}));
}) satisfies GetStaticPaths;

interface Props {
	tag: Tag;
	articles: Article[];
}

/** The articles of one tag, newest first. */
export const GET: APIRoute<Props> = async ({ site, props }) => {
	const { tag, articles } = props;
	const { feed, items } = await getFeed(
		site!,
		{
			title: `${SITE.title} · ${t('tags.itemTitle', { label: tag.data.label })}`,
			description: tag.data.description,
			pagePath: paths.tag(tag.id),
			feedPath: feedPaths.tagRss(tag.id),
		},
		articles,
	);
	return rss(toRssOptions(feed, items, site!));
};
