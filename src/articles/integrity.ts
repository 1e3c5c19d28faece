// What needs every file of the content: duplicate slugs and titles, links to articles that do not
// exist or are drafts, editions that list drafts. The pipeline settles them once it has read all.
import { join } from 'node:path';
import type { Problem } from '../content-check/problem.ts';
import { unknownSlugMessage } from '../content-check/references.ts';
import type { EditionData } from '../schemas/edition.ts';
import { SLUG_PATTERN } from '../schemas/primitives.ts';
import type { DisplayPath } from './files.ts';
import type { ArticleEntry } from './pipeline.ts';
import type { Positioned } from './rules/index.ts';
import type { ParsedYaml } from './yaml.ts';

/** A link from an article to an article page, settled once every article is known. */
export interface ArticleLink {
	file: string;
	slug: string;
	url: string;
	node: Positioned;
}

/** The problem of a content file whose name (its id in URLs) is not a slug. */
export function notASlug(file: string, name: string, hint = ''): Problem {
	return {
		file,
		rule: 'file/name',
		message: `the file name "${name}" is not a slug; rename it with lowercase ASCII letters, digits and hyphens${hint}`,
	};
}

/** Editions list published articles only. */
export function draftItemProblems(
	edition: EditionData,
	articles: readonly ArticleEntry[],
	lines: ParsedYaml,
	file: string,
): Problem[] {
	const drafts = new Set(
		articles.filter((article) => article.data.draft).map((article) => article.id),
	);
	return edition.items.flatMap(({ id }, index) =>
		drafts.has(id)
			? [
					{
						file,
						line: lines.lineOf(['items', index]),
						field: `items[${index}]`,
						rule: 'edition/draft-item',
						message: `"${id}" is a draft (draft: true); an edition lists published articles only: remove it or publish the article`,
					},
				]
			: [],
	);
}

/** Problems that need every article: duplicate slugs and titles, broken links to articles. */
export function crossFileProblems(
	names: readonly string[],
	articles: readonly ArticleEntry[],
	links: readonly ArticleLink[],
	contentDir: string,
	display: DisplayPath,
): Problem[] {
	const problems: Problem[] = [];
	const slugOwners = new Map<string, string>();
	for (const name of names) {
		const slug = name.slice(0, -'.mdx'.length);
		const file = display(join(contentDir, 'articles', name));
		if (!SLUG_PATTERN.test(slug))
			problems.push(notASlug(file, name, ' (npm run new does it for you)'));
		const owner = slugOwners.get(slug.toLowerCase());
		if (owner) {
			problems.push({
				file,
				rule: 'file/duplicate-slug',
				message: `same slug as ${owner} (names differing only in case collide); rename one of them`,
			});
		} else {
			slugOwners.set(slug.toLowerCase(), file);
		}
	}
	const titleOwners = new Map<string, string>();
	for (const article of articles) {
		const title = article.data.title.toLowerCase().replace(/\s+/g, ' ');
		const owner = titleOwners.get(title);
		if (owner) {
			problems.push({
				file: article.file,
				line: article.titleLine,
				field: 'title',
				rule: 'schema/duplicate-title',
				message: `same title as ${owner}; make the headline specific`,
			});
		} else {
			titleOwners.set(title, article.file);
		}
	}
	const slugs = new Set(names.map((name) => name.slice(0, -'.mdx'.length)));
	const drafts = new Set(
		articles.filter((article) => article.data.draft).map((article) => article.id),
	);
	const published = [...slugs].filter((slug) => !drafts.has(slug));
	for (const { file, slug, url, node } of links) {
		if (slugs.has(slug) && !drafts.has(slug)) continue;
		problems.push({
			file,
			line: node.position?.start.line,
			column: node.position?.start.column,
			rule: 'mdx/broken-article-link',
			message: drafts.has(slug)
				? `link to ${url}: "${slug}" is a draft (draft: true) and has no page; remove the link or publish the article first`
				: `link to ${url}: ${unknownSlugMessage('articles', slug, published)}`,
		});
	}
	return problems;
}
