import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../consts';
import { getArchive } from '../data/archive';
import { t } from '../i18n/t';
import { feedPaths, getFeedInfo, toRssOptions } from '../lib/feeds';
import { getFeedItems } from '../lib/render-article';
import { paths } from '../lib/urls';

/** Every published article, newest first, with its full HTML. */
export const GET: APIRoute = async ({ site }) => {
	const siteUrl = site!;
	const { articles, tagById } = await getArchive();
	const items = await getFeedItems(articles, { tagById, site: siteUrl });
	const feed = getFeedInfo(
		{
			title: SITE.title,
			description: t('site.description'),
			pagePath: paths.home(),
			feedPath: feedPaths.rss(),
			language: SITE.locale,
		},
		siteUrl,
	);
	return rss(toRssOptions(feed, items, siteUrl));
};
