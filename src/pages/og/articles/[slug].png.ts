import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { getArchive, type Article } from '../../../archive/archive';
import { formatDate } from '../../../i18n/dates';
import { getSocialImage } from '../../../social-images/social-image';

export const getStaticPaths = (async () => {
	// A build draws these in worker threads and copies them into the output itself
	// (src/social-images/integration.ts); only the dev server renders them here.
	if (!import.meta.env.DEV) return [];
	const { articles, tagById } = await getArchive();
	return articles.map((article) => ({
		params: { slug: article.id },
		props: {
			article,
			mainTag: tagById.get(article.data.tags[0]!.id)?.data.label ?? article.data.tags[0]!.id,
		},
	}));
}) satisfies GetStaticPaths;

interface Props {
	article: Article;
	mainTag: string;
}

/** The social image of an article in dev: its title, main tag and date (drawn once, then cached). */
export const GET: APIRoute<Props> = async ({ props }) => {
	const { article, mainTag } = props;
	const png = await getSocialImage(
		{
			siteName: SITE.title,
			kicker: mainTag,
			title: article.data.title,
			footer: formatDate(article.data.pubDate),
		},
		import.meta.env.VEILLE_SOCIAL_IMAGE_CACHE,
	);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
