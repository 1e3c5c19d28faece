import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { getArchive, type Article, type Company } from '../../../data/archive';
import { t } from '../../../i18n/t';
import { feedPaths, getFeedUrl, toRssOptions } from '../../../lib/feeds';
import { getFeedItems } from '../../../lib/render-article';
import { paths, toAbsoluteUrl } from '../../../lib/urls';

export const getStaticPaths = (async () => {
	const { companies } = await getArchive();
	return companies.map(({ entry, articles }) => ({
		params: { company: entry.id },
		props: { company: entry, articles },
	}));
}) satisfies GetStaticPaths;

interface Props {
	company: Company;
	articles: Article[];
}

/** The articles about one company, newest first. */
export const GET: APIRoute<Props> = async ({ site, props }) => {
	const siteUrl = site!;
	const { company, articles } = props;
	const { tagById } = await getArchive();
	const items = await getFeedItems(articles, { tagById, site: siteUrl });
	const { name } = company.data;
	const feed = {
		title: `${SITE.title} · ${t('companies.itemTitle', { name })}`,
		description: t('companies.itemDescription', { name }),
		homePageUrl: toAbsoluteUrl(paths.company(company.id), siteUrl),
		feedUrl: getFeedUrl(feedPaths.companyRss(company.id), siteUrl),
		language: SITE.locale,
	};
	return rss(toRssOptions(feed, items, siteUrl));
};
