import type { ApiArticle, ApiFigure, ApiFigureEntry } from '../schemas/api.ts';
import type { PubDateKind } from '../schemas/article.ts';
import type { Source } from '../schemas/source.ts';
import { toIsoDate } from '../i18n/dates.ts';
import { formatFigure, type FigureRow } from '../figures/figures.ts';
import { paths, toAbsoluteUrl } from '../urls/urls.ts';

/** The fields of an article the open data exposes. */
export interface OpenDataArticle {
	id: string;
	data: {
		title: string;
		description: string;
		pubDate: Date;
		pubDateKind: PubDateKind;
		updatedDate?: Date;
		tags: { id: string }[];
		companies: { id: string }[];
		source: Source;
	};
}

/** Site facts and lookups the converters need. */
export interface OpenDataContext {
	site: URL | string;
	base?: string;
	tagLabel: (id: string) => string;
	companyName: (id: string) => string;
}

/** A figure row as published: no internal ids, plus the French display form. */
export function toApiFigure(row: FigureRow): ApiFigure {
	return {
		amount: row.amount,
		...(row.currency ? { currency: row.currency } : {}),
		...(row.unit ? { unit: row.unit } : {}),
		kind: row.kind,
		label: row.label,
		date: row.date,
		...(row.approx ? { approx: row.approx } : {}),
		formatted: formatFigure(row),
		companies: row.companies.map((company) => ({ slug: company.id, name: company.name })),
	};
}

/** A figure row of /api/figures.json, with its article. */
export function toApiFigureEntry(row: FigureRow, context: OpenDataContext): ApiFigureEntry {
	return {
		id: row.id,
		...toApiFigure(row),
		article: {
			slug: row.article.id,
			url: toAbsoluteUrl(paths.article(row.article.id), context.site, context.base),
			title: row.article.title,
		},
	};
}

/** An article of /api/articles.json. */
export function toApiArticle(
	article: OpenDataArticle,
	figures: FigureRow[],
	context: OpenDataContext,
): ApiArticle {
	const { data } = article;
	return {
		slug: article.id,
		url: toAbsoluteUrl(paths.article(article.id), context.site, context.base),
		title: data.title,
		standfirst: data.description,
		pubDate: toIsoDate(data.pubDate),
		pubDateKind: data.pubDateKind,
		...(data.updatedDate ? { updatedDate: toIsoDate(data.updatedDate) } : {}),
		tags: data.tags.map((ref) => ({ slug: ref.id, label: context.tagLabel(ref.id) })),
		companies: data.companies.map((ref) => ({ slug: ref.id, name: context.companyName(ref.id) })),
		source: {
			publication: data.source.publication,
			...(data.source.title ? { title: data.source.title } : {}),
			...(data.source.newsletter ? { newsletter: data.source.newsletter } : {}),
			...(data.source.url ? { url: data.source.url } : {}),
			...(data.source.publicationUrl ? { publicationUrl: data.source.publicationUrl } : {}),
			...(data.source.date ? { date: toIsoDate(data.source.date) } : {}),
			...(data.source.dateLabel ? { dateLabel: data.source.dateLabel } : {}),
		},
		figures: figures.map(toApiFigure),
	};
}

/** A JSON response, indented for readers. */
export function jsonResponse(data: unknown): Response {
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
}
