import { articleSlugFromUrl } from '../links.ts';
import { onElement, type Rule } from './rule.ts';

/**
 * Records every link to an article page; the pipeline reports those whose article does not exist
 * or is a draft once every article is known (rule `mdx/broken-article-link`).
 */
export const articleLink: Rule = {
	id: 'mdx/broken-article-link',
	description: 'links to /articles/<slug>/ whose article does not exist or is a draft',
	create: (context) =>
		onElement(['a'], (node) => {
			const href = node.properties.href;
			if (typeof href !== 'string') return;
			const slug = articleSlugFromUrl(href);
			if (slug !== undefined) context.linkToArticle(slug, href, node);
		}),
};
