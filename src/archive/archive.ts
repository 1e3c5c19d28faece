// The one module that reads the content collections. It builds the archive once per build
// (memoised), so every page reads precomputed groups instead of walking the collections again.
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PaginateFunction } from 'astro';
import { PAGE_SIZE, SITE } from '../consts.ts';
import {
	getNeighbours,
	getPublishedArticles,
	getRelatedArticles,
	groupByReference,
	groupByYearAndMonth,
	sortByDateDesc,
	type Neighbours,
	type YearGroup,
} from './grouping.ts';
import {
	collectFigures,
	groupFiguresByArticle,
	groupFiguresByCompany,
	type FigureRow,
} from '../figures/figures.ts';
import { buildTimeline, type TimelineMonth } from './timeline.ts';
import type { InTextNote } from '../articles/components.ts';
import { VERIFICATION_KINDS, type VerificationKind } from '../schemas/source.ts';
import {
	getArticleNotes,
	groupNotesByKind,
	type ArchiveNote,
	type ArticleNote,
	type NotesSource,
} from './verifications.ts';

export type Article = CollectionEntry<'articles'>;
export type Tag = CollectionEntry<'tags'>;
export type Company = CollectionEntry<'companies'>;
export type Edition = CollectionEntry<'editions'>;

/** A taxonomy term (tag or company) with its articles, newest first. */
export interface Term<E> {
	entry: E;
	articles: Article[];
}

/** A newsletter edition with its articles in the edition's order. */
export interface EditionWithItems {
	entry: Edition;
	articles: Article[];
}

export interface Archive {
	/** Published articles, newest first. */
	articles: Article[];
	byId: Map<string, Article>;
	neighbours: Map<string, Neighbours<Article>>;
	related: Map<string, Article[]>;
	years: YearGroup<Article>[];
	/** Every tag of the vocabulary, ordered by label, with its articles (possibly none). */
	tags: Term<Tag>[];
	tagById: Map<string, Tag>;
	/** Every company, ordered by name, with its articles (possibly none). */
	companies: Term<Company>[];
	companyById: Map<string, Company>;
	/** Editions, newest first. */
	editions: EditionWithItems[];
	/** The edition(s) each article appeared in. */
	editionsByArticle: Map<string, Edition[]>;
	/** Every figure of every article, newest first (issue 7). */
	figures: FigureRow[];
	/** The figures of each article, in the article's order. */
	figuresByArticle: Map<string, FigureRow[]>;
	/** The figures each company is concerned by (the figure's own companies), newest first. */
	figuresByCompany: Map<string, FigureRow[]>;
	/** Every article on the timeline, by month, with tag labels and figures. */
	timeline: TimelineMonth<Article>[];
	/** The verification notes of each article, in page order (in the text, then after it). */
	notesByArticle: Map<string, ArticleNote[]>;
	/** Every verification note of the archive, by kind (corrections, then follow-ups). */
	verifications: { kind: VerificationKind; notes: ArchiveNote[] }[];
	/**
	 * The `cacheKey` of a page for Astro's incremental builds (astro.config.mjs): a hash of what the
	 * page shows, given as `parts` (articles count by their digest, i.e. their whole file), and of
	 * what every page shows (the site settings, the vocabularies, the editions and the sidebar's
	 * counts). A rebuild re-renders a page only when its key, or the code it runs, changed.
	 */
	cacheKey(...parts: unknown[]): string;
}

/**
 * Code that shapes every page without being imported by it: Astro's incremental build hashes the
 * modules each page imports, not the middleware that rewrites every page, so its source goes into
 * every page's cache key.
 */
const MIDDLEWARE_SOURCES = import.meta.glob(['../middleware.ts', '../security/*.ts'], {
	query: '?raw',
	import: 'default',
	eager: true,
});

let archive: Promise<Archive> | undefined;

/**
 * The listing pages of each term (tag or company), `PAGE_SIZE` articles a page, for a route's
 * `getStaticPaths`. Each page's cache key is the term, the route's props (a company's figures), the
 * articles it lists and the page count.
 */
export function termPages<E extends Tag | Company, P extends Record<string, unknown>>(
	terms: readonly Term<E>[],
	paginate: PaginateFunction,
	cacheKey: Archive['cacheKey'],
	route: (entry: E) => { params: Record<string, string>; props: P },
) {
	return terms.flatMap(({ entry, articles }) => {
		const { params, props } = route(entry);
		return paginate(articles, { params, props, pageSize: PAGE_SIZE }).map((path) => ({
			...path,
			cacheKey: cacheKey(entry, props, path.props.page.data, path.props.page.lastPage),
		}));
	});
}

/** The whole archive, built once per build. Drafts appear only in the dev server. */
export function getArchive(): Promise<Archive> {
	archive ??= loadArchive();
	return archive;
}

async function loadArchive(): Promise<Archive> {
	const [allArticles, tagEntries, companyEntries, editionEntries] = await Promise.all([
		getCollection('articles'),
		getCollection('tags'),
		getCollection('companies'),
		getCollection('editions'),
	]);
	const articles = sortByDateDesc(getPublishedArticles(allArticles, import.meta.env.DEV));
	const byId = new Map(articles.map((article) => [article.id, article]));
	const byTag = groupByReference(articles, 'tags');
	const byCompany = groupByReference(articles, 'companies');

	const editions = sortEditions(editionEntries).map((entry) => ({
		entry,
		articles: entry.data.items.flatMap((ref) => byId.get(ref.id) ?? []),
	}));
	const editionsByArticle = new Map<string, Edition[]>();
	for (const edition of editions) {
		for (const article of edition.articles) {
			editionsByArticle.set(article.id, [
				...(editionsByArticle.get(article.id) ?? []),
				edition.entry,
			]);
		}
	}

	const companyName = new Map(companyEntries.map((entry) => [entry.id, entry.data.name]));
	const tagLabel = new Map(tagEntries.map((entry) => [entry.id, entry.data.label]));
	const figures = collectFigures(articles, (id) => companyName.get(id) ?? id);
	const figuresByArticle = groupFiguresByArticle(figures);
	const years = groupByYearAndMonth(articles);
	const noteSources = articles.map(toNotesSource);
	const siteKey = hashOf([
		MIDDLEWARE_SOURCES,
		SITE,
		tagEntries.map(({ id, data }) => [id, data, byTag.get(id)?.length ?? 0]),
		companyEntries.map(({ id, data }) => [id, data, byCompany.get(id)?.length ?? 0]),
		editionEntries.map(({ id, data }) => [id, data]),
		years.map(({ year, count, months }) => [year, count, months.length]),
	]);

	return {
		articles,
		byId,
		neighbours: getNeighbours(articles),
		related: getRelatedArticles(articles, byTag),
		years,
		tags: tagEntries
			.map((entry) => ({ entry, articles: byTag.get(entry.id) ?? [] }))
			.sort((a, b) => a.entry.data.label.localeCompare(b.entry.data.label, 'fr')),
		tagById: new Map(tagEntries.map((entry) => [entry.id, entry])),
		companies: companyEntries
			.map((entry) => ({ entry, articles: byCompany.get(entry.id) ?? [] }))
			.sort((a, b) => a.entry.data.name.localeCompare(b.entry.data.name, 'fr')),
		companyById: new Map(companyEntries.map((entry) => [entry.id, entry])),
		editions,
		editionsByArticle,
		figures,
		figuresByArticle,
		figuresByCompany: groupFiguresByCompany(figures),
		timeline: buildTimeline(articles, (id) => tagLabel.get(id) ?? id, figuresByArticle),
		notesByArticle: new Map(noteSources.map((source) => [source.id, getArticleNotes(source)])),
		verifications: groupNotesByKind(noteSources, VERIFICATION_KINDS),
		cacheKey: (...parts) => hashOf([siteKey, parts]),
	};
}

/** A short hash of a JSON value in which content entries stand for their id and digest. */
function hashOf(value: unknown): string {
	const json = JSON.stringify(value, (_, item: unknown) =>
		item && typeof item === 'object' && 'collection' in item && 'id' in item && 'digest' in item
			? `${String(item.collection)}/${String(item.id)}@${String(item.digest)}`
			: item,
	);
	return createHash('sha1').update(json).digest('base64url');
}

/** What the notes of an article are read from: its frontmatter and the pipeline's render data. */
function toNotesSource(article: Article): NotesSource {
	return {
		id: article.id,
		title: article.data.title,
		pubDate: article.data.pubDate,
		verification: article.data.verification,
		// The content loaders (src/articles/loaders.ts) store the pipeline's in-text notes here.
		inText: (article.rendered?.metadata?.notes ?? []) as InTextNote[],
	};
}

function sortEditions(editions: Edition[]): Edition[] {
	return [...editions].sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}
