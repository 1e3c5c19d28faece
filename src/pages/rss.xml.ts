import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../consts';
import { getArchive } from '../data/archive';
import { t } from '../i18n/t';
import { feedPaths, getFeedUrl, toRssOptions } from '../lib/feeds';
import { getFeedItems } from '../lib/render-article';
import { paths, toAbsoluteUrl } from '../lib/urls';

/** Every published article, newest first, with its full HTML. */
export const GET: APIRoute = async ({ site }) => {
	const siteUrl = site!;
	const { articles, tagById } = await getArchive();
	const items = await getFeedItems(articles, { tagById, site: siteUrl });
	const feed = {
		title: SITE.title,
		description: t('site.description'),
		homePageUrl: toAbsoluteUrl(paths.home(), siteUrl),
		feedUrl: getFeedUrl(feedPaths.rss(), siteUrl),
		language: SITE.locale,
	};
	return rss(toRssOptions(feed, items, siteUrl));
};
