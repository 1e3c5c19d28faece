// A feed's identity and items, built from the archive: shared by every feed route.
import { SITE } from '../consts';
import { getFeedInfo, type FeedInfo, type FeedItem, type FeedSpec } from './feeds';
import { getFeedItems } from './feed-items';
import { getArchive, type Article } from '../archive/archive';

/** What a feed route says about its feed; the language is the site's. */
export type FeedRouteSpec = Omit<FeedSpec, 'language'>;

/**
 * The feed described by `spec`, with absolute URLs on `site`, holding `articles` (every published
 * article, newest first, by default). Article HTML is rendered once per build and shared.
 */
export async function getFeed(
	site: URL,
	spec: FeedRouteSpec,
	articles?: Article[],
): Promise<{ feed: FeedInfo; items: FeedItem[] }> {
	const archive = await getArchive();
	const items = await getFeedItems(articles ?? archive.articles, {
		tagById: archive.tagById,
		site,
	});
	return { feed: getFeedInfo({ ...spec, language: SITE.locale }, site), items };
}
