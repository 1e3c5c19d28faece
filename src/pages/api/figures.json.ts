// /api/figures.json: every figure of every published article (see README, "Open data").
import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { toApiFigureEntry, jsonResponse } from '../../lib/open-data';
import { paths, toAbsoluteUrl } from '../../lib/urls';
import type { FiguresFile } from '../../schemas/api';

export const GET: APIRoute = async ({ site }) => {
	const { figures, tagById, companyById } = await getArchive();
	const context = {
		site: site!,
		tagLabel: (id: string) => tagById.get(id)?.data.label ?? id,
		companyName: (id: string) => companyById.get(id)?.data.name ?? id,
	};
	const file: FiguresFile = {
		$schema: toAbsoluteUrl(paths.apiSchema(), site!),
		site: toAbsoluteUrl(paths.home(), site!),
		count: figures.length,
		figures: figures.map((row) => toApiFigureEntry(row, context)),
	};
	return jsonResponse(file);
};
