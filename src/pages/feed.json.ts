import type { APIRoute } from 'astro';
import { SITE } from '../consts';
import { getArchive } from '../data/archive';
import { t } from '../i18n/t';
import { feedPaths, getFeedUrl, toJsonFeed } from '../lib/feeds';
import { getFeedItems } from '../lib/render-article';
import { paths, toAbsoluteUrl } from '../lib/urls';

/** JSON Feed 1.1 of every published article, newest first (https://www.jsonfeed.org/version/1.1/). */
export const GET: APIRoute = async ({ site }) => {
	const siteUrl = site!;
	const { articles, tagById } = await getArchive();
	const items = await getFeedItems(articles, { tagById, site: siteUrl });
	const feed = {
		title: SITE.title,
		description: t('site.description'),
		homePageUrl: toAbsoluteUrl(paths.home(), siteUrl),
		feedUrl: getFeedUrl(feedPaths.json(), siteUrl),
		language: SITE.locale,
	};
	return new Response(JSON.stringify(toJsonFeed(feed, items, SITE.title)), {
		headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
	});
};
