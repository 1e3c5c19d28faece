import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { getArchive, type Article, type Company } from '../../../data/archive';
import { t } from '../../../i18n/t';
import { feedPaths, getFeedInfo, toRssOptions } from '../../../lib/feeds';
import { getFeedItems } from '../../../lib/render-article';
import { paths } from '../../../lib/urls';

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
	const feed = getFeedInfo(
		{
			title: `${SITE.title} · ${t('companies.itemTitle', { name })}`,
			description: t('companies.itemDescription', { name }),
			pagePath: paths.company(company.id),
			feedPath: feedPaths.companyRss(company.id),
			language: SITE.locale,
		},
		siteUrl,
	);
	return rss(toRssOptions(feed, items, siteUrl));
};
