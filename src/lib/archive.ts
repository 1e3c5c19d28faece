import { getMonth, getYear } from './dates.ts';

/** A reference to another entry, as Astro's `reference()` returns it. */
export interface Ref {
	id: string;
}

/** The fields of an article that the archive's structure depends on. */
export interface ArticleLike {
	id: string;
	data: { title: string; pubDate: Date; tags: Ref[]; companies: Ref[]; draft: boolean };
}

/** One month of the archive, newest articles first. */
export interface MonthGroup<A> {
	year: number;
	month: number;
	articles: A[];
}

/** One year of the archive: its months, newest first. */
export interface YearGroup<A> {
	year: number;
	count: number;
	months: MonthGroup<A>[];
}

/** Articles newest first; equal dates fall back to the title so the order is stable. */
export function sortByDateDesc<A extends ArticleLike>(articles: readonly A[]): A[] {
	return [...articles].sort(
		(a, b) =>
			b.data.pubDate.getTime() - a.data.pubDate.getTime() ||
			a.data.title.localeCompare(b.data.title, 'fr'),
	);
}

/** Leaves drafts out, unless `includeDrafts` (the dev server) asks for them. */
export function getPublishedArticles<A extends ArticleLike>(
	articles: readonly A[],
	includeDrafts = false,
): A[] {
	return articles.filter((article) => includeDrafts || !article.data.draft);
}

/** Groups articles (already newest first) by year, then month; both newest first. */
export function groupByYearAndMonth<A extends ArticleLike>(sorted: readonly A[]): YearGroup<A>[] {
	const years: YearGroup<A>[] = [];
	for (const article of sorted) {
		const year = getYear(article.data.pubDate);
		const month = getMonth(article.data.pubDate);
		let yearGroup = years.at(-1);
		if (yearGroup?.year !== year) {
			yearGroup = { year, count: 0, months: [] };
			years.push(yearGroup);
		}
		let monthGroup = yearGroup.months.at(-1);
		if (monthGroup?.month !== month) {
			monthGroup = { year, month, articles: [] };
			yearGroup.months.push(monthGroup);
		}
		monthGroup.articles.push(article);
		yearGroup.count += 1;
	}
	return years;
}

/** Groups articles under each referenced id (tags or companies), keeping the input order. */
export function groupByReference<A extends ArticleLike>(
	articles: readonly A[],
	field: 'tags' | 'companies',
): Map<string, A[]> {
	const groups = new Map<string, A[]>();
	for (const article of articles) {
		for (const ref of article.data[field]) {
			const group = groups.get(ref.id);
			if (group) group.push(article);
			else groups.set(ref.id, [article]);
		}
	}
	return groups;
}

/** The older and newer neighbours of an article in date order. */
export interface Neighbours<A> {
	prev?: A;
	next?: A;
}

/** Previous (older) and next (newer) article for each article, from a newest-first list. */
export function getNeighbours<A extends ArticleLike>(
	sorted: readonly A[],
): Map<string, Neighbours<A>> {
	const neighbours = new Map<string, Neighbours<A>>();
	sorted.forEach((article, index) => {
		neighbours.set(article.id, { prev: sorted[index + 1], next: sorted[index - 1] });
	});
	return neighbours;
}

/** How many related articles an article shows, at least and at most. */
export const RELATED_MIN = 2;
export const RELATED_MAX = 4;

/**
 * Related articles for every article: most shared tags first, then nearest date; topped up with
 * the nearest articles by date when fewer than RELATED_MIN share a tag. Works through a tag index,
 * so each article only meets the articles it shares a tag with.
 */
export function getRelatedArticles<A extends ArticleLike>(
	sorted: readonly A[],
	byTag: Map<string, A[]> = groupByReference(sorted, 'tags'),
): Map<string, A[]> {
	const related = new Map<string, A[]>();
	const position = new Map(sorted.map((article, index) => [article.id, index]));
	for (const article of sorted) {
		const shared = new Map<A, number>();
		for (const tag of article.data.tags) {
			for (const other of byTag.get(tag.id) ?? []) {
				if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
			}
		}
		const time = article.data.pubDate.getTime();
		const distance = (other: A) => Math.abs(other.data.pubDate.getTime() - time);
		const picks = [...shared.entries()]
			.sort(([a, sa], [b, sb]) => sb - sa || distance(a) - distance(b))
			.slice(0, RELATED_MAX)
			.map(([other]) => other);
		if (picks.length < RELATED_MIN) {
			const index = position.get(article.id) ?? 0;
			const nearby = [sorted[index - 1], sorted[index + 1], sorted[index - 2], sorted[index + 2]]
				.filter((other): other is A => other !== undefined && !picks.includes(other))
				.sort((a, b) => distance(a) - distance(b));
			picks.push(...nearby.slice(0, RELATED_MIN - picks.length));
		}
		related.set(article.id, picks);
	}
	return related;
}
