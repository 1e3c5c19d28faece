// /api/figures.json: every figure of every published article (see README, "Open data").
import type { APIRoute } from 'astro';
import { getArchive } from '../../archive/archive';
import { toApiFigureEntry, jsonResponse } from '../../open-data/open-data';
import { paths, toAbsoluteUrl } from '../../urls/urls';
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
