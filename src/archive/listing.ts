import { formatMonthHeading, padMonth } from '../i18n/dates.ts';
import { paths } from '../urls/urls.ts';
import { groupByYearAndMonth, type ArticleLike } from './grouping.ts';

/**
 * How a list of articles is divided under month headings: `always` (a year page, even with a
 * single month), `when-several` (tag and company pages: only when the list spans months) or
 * `never` (a month page, the home page).
 */
export type MonthGrouping = 'always' | 'when-several' | 'never';

/** A month heading of a list: its label, the month's archive page and a `<time>` value. */
export interface MonthHeading {
	/** E.g. `Janvier 2025`: a label standing alone, so capitalised (src/i18n/dates.ts). */
	label: string;
	/** Root-relative path of the month's archive page, e.g. `/archives/2025/01/`. */
	href: string;
	/** `YYYY-MM`, for `<time datetime>`. */
	datetime: string;
}

/** One run of a list of articles: under a month heading, or the whole list without one. */
export interface ArticleListSection<A> {
	month?: MonthHeading;
	articles: A[];
}

/**
 * Divides articles (already newest first) into the sections a list shows: one per month, each
 * with a heading that links to the month's page, or a single section without a heading.
 * @example toListSections(articles, 'always') // [{ month: { label: 'Janvier 2025', … }, articles }]
 */
export function toListSections<A extends ArticleLike>(
	articles: readonly A[],
	grouping: MonthGrouping,
): ArticleListSection<A>[] {
	if (articles.length === 0) return [];
	const months = groupByYearAndMonth(articles).flatMap((year) => year.months);
	const grouped = grouping === 'always' || (grouping === 'when-several' && months.length > 1);
	if (!grouped) return [{ articles: [...articles] }];
	return months.map(({ year, month, articles: list }) => ({
		month: {
			label: formatMonthHeading(year, month),
			href: paths.month(year, month),
			datetime: `${year}-${padMonth(month)}`,
		},
		articles: list,
	}));
}
