import { getMonth, getYear, padMonth } from '../i18n/dates.ts';
import type { FigureRow } from '../figures/figures.ts';

/** The fields of an article the timeline shows. */
export interface TimelineArticle {
	id: string;
	data: { title: string; description: string; pubDate: Date; tags: { id: string }[] };
}

/** One article on the timeline, with its tags (slug and label) and its figures. */
export interface TimelineItem<A> {
	article: A;
	tags: { id: string; label: string }[];
	figures: FigureRow[];
}

/** One month of the timeline, newest first. */
export interface TimelineMonth<A> {
	/** `YYYY-MM`, usable as an element id suffix. */
	key: string;
	year: number;
	month: number;
	items: TimelineItem<A>[];
}

/** A tag of the filter, with how many timeline items carry it. */
export interface TimelineTag {
	id: string;
	label: string;
	count: number;
}

/**
 * Builds the timeline: articles (already newest first) grouped by month, each with its tags and
 * figures. Every article appears exactly once.
 */
export function buildTimeline<A extends TimelineArticle>(
	sorted: readonly A[],
	tagLabel: (id: string) => string,
	figuresByArticle: Map<string, FigureRow[]>,
): TimelineMonth<A>[] {
	const months: TimelineMonth<A>[] = [];
	for (const article of sorted) {
		const year = getYear(article.data.pubDate);
		const month = getMonth(article.data.pubDate);
		const key = `${year}-${padMonth(month)}`;
		let group = months.at(-1);
		if (group?.key !== key) {
			group = { key, year, month, items: [] };
			months.push(group);
		}
		group.items.push({
			article,
			tags: article.data.tags.map((ref) => ({ id: ref.id, label: tagLabel(ref.id) })),
			figures: figuresByArticle.get(article.id) ?? [],
		});
	}
	return months;
}

/** The tags used on the timeline, by French label, with their counts: the filter's options. */
export function listTimelineTags<A>(months: readonly TimelineMonth<A>[]): TimelineTag[] {
	const tags = new Map<string, TimelineTag>();
	for (const item of months.flatMap((month) => month.items)) {
		for (const tag of item.tags) {
			const entry = tags.get(tag.id);
			if (entry) entry.count += 1;
			else tags.set(tag.id, { ...tag, count: 1 });
		}
	}
	return [...tags.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}
