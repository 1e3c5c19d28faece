// A small per-article manifest the content loaders write at each content sync, for the build steps
// that run outside the content layer: the social-image workers (what each image shows) and the
// sitemap (each page's last change). They read it instead of reading the content files again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toIsoDate } from '../i18n/dates.ts';
import type { ContentResult } from './pipeline.ts';

/** What the manifest says of one published article. */
export interface ManifestArticle {
	slug: string;
	title: string;
	/** French label of the article's first tag. */
	mainTag: string;
	/** `YYYY-MM-DD`. */
	pubDate: string;
	/** The updatedDate, else the pubDate, `YYYY-MM-DD`. */
	lastModified: string;
}

/** The manifest of one build: every published article, by slug. */
export interface ContentManifest {
	articles: ManifestArticle[];
}

/** Where the manifest of a build lives, in its cache folder. */
export function manifestPath(cacheDir: string): string {
	return join(cacheDir, 'veille-content-manifest.json');
}

/** The manifest of a pipeline result: published articles only. */
export function toManifest(result: Pick<ContentResult, 'articles' | 'tags'>): ContentManifest {
	const labels = new Map(result.tags.map((tag) => [tag.id, tag.data.label]));
	return {
		articles: result.articles
			.filter((article) => !article.data.draft)
			.map(({ id, data }) => ({
				slug: id,
				title: data.title,
				mainTag: labels.get(data.tags[0]!.id) ?? data.tags[0]!.id,
				pubDate: toIsoDate(data.pubDate),
				lastModified: toIsoDate(data.updatedDate ?? data.pubDate),
			})),
	};
}

/**
 * The manifest the last content sync of a build wrote into `cacheDir`.
 * @throws when there is none: the build steps that read it run after the content sync.
 */
export function readManifest(cacheDir: string): ContentManifest {
	return JSON.parse(readFileSync(manifestPath(cacheDir), 'utf8')) as ContentManifest;
}

/**
 * The last change of each published article, for the sitemap's `lastmod`; the manifest is read on
 * the first call (the sitemap is written after the content sync that writes it).
 */
export function lastModifiedOf(cacheDir: string): (slug: string) => string | undefined {
	let dates: Map<string, string> | undefined;
	return (slug) => {
		dates ??= new Map(
			readManifest(cacheDir).articles.map((article) => [article.slug, article.lastModified]),
		);
		return dates.get(slug);
	};
}
