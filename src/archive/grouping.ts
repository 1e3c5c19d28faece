import { getMonth, getYear } from '../i18n/dates.ts';

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
 * Related articles for every article: most shared tags first, then nearest date, then first met
 * (tags in the article's order, each tag's articles newest first); topped up with the nearest
 * articles by date when fewer than RELATED_MIN share a tag. Works through a tag index, so each
 * article only meets the articles it shares a tag with.
 */
export function getRelatedArticles<A extends ArticleLike>(
	sorted: readonly A[],
	byTag: Map<string, A[]> = groupByReference(sorted, 'tags'),
): Map<string, A[]> {
	// Every article meets a share of the whole archive through its tags, so this loop is quadratic
	// in the number of articles: counts live in typed arrays and only the best RELATED_MAX are kept
	// (no Map and no sort per article), which keeps 20,000 articles under a second (see bench/).
	const items: A[] = [...sorted];
	const slot = new Map<A, number>(items.map((article, index) => [article, index]));
	const slotOf = (article: A) => {
		let index = slot.get(article);
		if (index === undefined) {
			index = items.push(article) - 1;
			slot.set(article, index);
		}
		return index;
	};
	const slotsByTag = new Map<string, Int32Array>();
	for (const [tag, list] of byTag) slotsByTag.set(tag, Int32Array.from(list, slotOf));
	const times = Float64Array.from(items, (article) => article.data.pubDate.getTime());
	const shared = new Int32Array(items.length);
	const firstMet = new Int32Array(items.length);
	const met: number[] = [];
	const related = new Map<string, A[]>();
	sorted.forEach((article, self) => {
		met.length = 0;
		for (const tag of article.data.tags) {
			for (const other of slotsByTag.get(tag.id) ?? []) {
				if (other === self) continue;
				if (shared[other] === 0) {
					firstMet[other] = met.length;
					met.push(other);
				}
				shared[other]!++;
			}
		}
		const time = times[self]!;
		const distance = (other: number) => Math.abs(times[other]! - time);
		const before = (a: number, b: number) =>
			shared[a]! - shared[b]! || distance(b) - distance(a) || firstMet[b]! - firstMet[a]!;
		const best: number[] = [];
		for (const other of met) {
			if (best.length === RELATED_MAX) {
				if (before(other, best[RELATED_MAX - 1]!) <= 0) continue;
				best.pop();
			}
			let at = best.length;
			while (at > 0 && before(other, best[at - 1]!) > 0) at--;
			best.splice(at, 0, other);
		}
		for (const other of met) shared[other] = 0;
		const picks = best.map((index) => items[index]!);
		if (picks.length < RELATED_MIN) {
			const nearby = [sorted[self - 1], sorted[self + 1], sorted[self - 2], sorted[self + 2]]
				.filter((other): other is A => other !== undefined && !picks.includes(other))
				.sort(
					(a, b) =>
						Math.abs(a.data.pubDate.getTime() - time) - Math.abs(b.data.pubDate.getTime() - time),
				);
			picks.push(...nearby.slice(0, RELATED_MIN - picks.length));
		}
		related.set(article.id, picks);
	});
	return related;
}
