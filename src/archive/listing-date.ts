// How an article is dated where it is listed (cards, the timeline, related articles, search
// results): by the date of its facts; or, when its source does not date them
// (`pubDateKind: signalement`, where `pubDate` only repeats the day the data use), by when the
// source reported them, said as such and in the source's own words where it has them.
import { formatDate } from '../i18n/dates.ts';
import { t } from '../i18n/t.ts';
import type { ArticleData } from '../schemas/article.ts';

/** The words before the date and the date as shown, when it is the source's date. */
export interface ReportedDate {
	/** « Source : » before a label, « Source du » before a day. */
	prefix: string;
	/** `source.dateLabel` (« semaine du 6 janvier 2025 »), else the day in French. */
	text: string;
}

/**
 * The source's date of an article whose facts are not dated, or `undefined` when the list shows
 * the date of the facts (`pubDate`).
 * @example reportedDate({ pubDateKind: 'signalement', pubDate, source: { dateLabel: 'semaine du 6 janvier 2025', … } })
 * // { prefix: 'Source :', text: 'semaine du 6 janvier 2025' }
 */
export function reportedDate(
	data: Pick<ArticleData, 'pubDateKind' | 'pubDate' | 'source'>,
): ReportedDate | undefined {
	if (data.pubDateKind !== 'signalement') return undefined;
	const label = data.source.dateLabel;
	return label
		? { prefix: t('article.reported'), text: label }
		: { prefix: t('article.reportedOn'), text: formatDate(data.pubDate) };
}
