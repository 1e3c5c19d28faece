import type { APIRoute } from 'astro';
import { SITE } from '../consts';
import { getArchive } from '../data/archive';
import { t } from '../i18n/t';
import { feedPaths, getFeedInfo, toJsonFeed } from '../lib/feeds';
import { getFeedItems } from '../lib/render-article';
import { paths } from '../lib/urls';

/** JSON Feed 1.1 of every published article, newest first (https://www.jsonfeed.org/version/1.1/). */
export const GET: APIRoute = async ({ site }) => {
	const siteUrl = site!;
	const { articles, tagById } = await getArchive();
	const items = await getFeedItems(articles, { tagById, site: siteUrl });
	const feed = getFeedInfo(
		{
			title: SITE.title,
			description: t('site.description'),
			pagePath: paths.home(),
			feedPath: feedPaths.json(),
			language: SITE.locale,
		},
		siteUrl,
	);
	return new Response(JSON.stringify(toJsonFeed(feed, items, SITE.title)), {
		headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
	});
};
