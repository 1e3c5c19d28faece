// /api/articles.json: every published article with its metadata (see README, "Open data").
import type { APIRoute } from 'astro';
import { getArchive } from '../../archive/archive';
import { toApiArticle, jsonResponse } from '../../open-data/open-data';
import { paths, toAbsoluteUrl } from '../../urls/urls';
import type { ArticlesFile } from '../../schemas/api';

export const GET: APIRoute = async ({ site }) => {
	const { articles, figuresByArticle, tagById, companyById } = await getArchive();
	const context = {
		site: site!,
		tagLabel: (id: string) => tagById.get(id)?.data.label ?? id,
		companyName: (id: string) => companyById.get(id)?.data.name ?? id,
	};
	const file: ArticlesFile = {
		$schema: toAbsoluteUrl(paths.apiSchema(), site!),
		site: toAbsoluteUrl(paths.home(), site!),
		count: articles.length,
		articles: articles.map((article) =>
			toApiArticle(article, figuresByArticle.get(article.id) ?? [], context),
		),
	};
	return jsonResponse(file);
};
