import type { APIRoute } from 'astro';
import { SITE } from '../consts';
import { getFeed } from '../feeds/get-feed';
import { t } from '../i18n/t';
import { feedPaths, toJsonFeed } from '../feeds/feeds';
import { paths } from '../urls/urls';

/** JSON Feed 1.1 of every published article, newest first (https://www.jsonfeed.org/version/1.1/). */
export const GET: APIRoute = async ({ site }) => {
	const { feed, items } = await getFeed(site!, {
		title: SITE.title,
		description: t('site.description'),
		pagePath: paths.home(),
		feedPath: feedPaths.json(),
	});
	return new Response(JSON.stringify(toJsonFeed(feed, items, SITE.title)), {
		headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
	});
};
