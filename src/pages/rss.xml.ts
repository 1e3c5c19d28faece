import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../consts';
import { getFeed } from '../feeds/get-feed';
import { t } from '../i18n/t';
import { feedPaths, toRssOptions } from '../feeds/feeds';
import { paths } from '../urls/urls';

/** Every published article, newest first, with its full HTML. */
export const GET: APIRoute = async ({ site }) => {
	const { feed, items } = await getFeed(site!, {
		title: SITE.title,
		description: t('site.description'),
		pagePath: paths.home(),
		feedPath: feedPaths.rss(),
	});
	return rss(toRssOptions(feed, items, site!));
};
