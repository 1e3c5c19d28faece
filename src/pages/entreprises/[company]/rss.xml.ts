import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { getArchive, type Article, type Company } from '../../../archive/archive';
import { getFeed } from '../../../feeds/get-feed';
import { t } from '../../../i18n/t';
import { feedPaths, toRssOptions } from '../../../feeds/feeds';
import { paths } from '../../../urls/urls';

export const getStaticPaths = (async () => {
	const { companies, cacheKey } = await getArchive();
	return companies.map(({ entry, articles }) => ({
		params: { company: entry.id },
		props: { company: entry, articles },
		cacheKey: cacheKey(entry, articles),
	}));
}) satisfies GetStaticPaths;

interface Props {
	company: Company;
	articles: Article[];
}

/** The articles about one company, newest first. */
export const GET: APIRoute<Props> = async ({ site, props }) => {
	const { company, articles } = props;
	const { name } = company.data;
	const { feed, items } = await getFeed(
		site!,
		{
			title: `${SITE.title} · ${t('companies.itemTitle', { name })}`,
			description: t('companies.itemDescription', { name }),
			pagePath: paths.company(company.id),
			feedPath: feedPaths.companyRss(company.id),
		},
		articles,
	);
	return rss(toRssOptions(feed, items, site!));
};
