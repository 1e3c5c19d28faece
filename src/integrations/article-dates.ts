// Last-modified dates of the articles, read from their frontmatter at config time, for the sitemap.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Maps each non-draft article slug to its `updatedDate`, else its `pubDate`. Files the content
 * check refuses are skipped here: that check fails the build with a clear message first.
 */
export function readArticleDates(contentDir: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	const folder = join(contentDir, 'articles');
	for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
		try {
			const match = FRONTMATTER.exec(readFileSync(join(folder, file), 'utf8'));
			const data = match ? parse(match[1]) : undefined;
			const date = new Date(data?.updatedDate ?? data?.pubDate);
			if (data && !data.draft && !Number.isNaN(date.getTime())) {
				dates.set(file.slice(0, -'.mdx'.length), date);
			}
		} catch {
			// Invalid YAML: reported by the content check.
		}
	}
	return dates;
}
