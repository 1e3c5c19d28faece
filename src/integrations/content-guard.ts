// Astro integration: runs the content check (schema + MDX policy) before Astro syncs content or
// compiles any MDX, so contributor code never runs. https://docs.astro.build/en/reference/integrations-reference/
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-check/check-content.ts';
import { formatReport } from '../content-check/problem.ts';

/** Rules whose violation would run contributor code if Astro compiled the file: fatal even in dev. */
const CODE_RULES = new Set(['mdx/no-import-export', 'mdx/no-expression', 'mdx/syntax']);

/** Options of the content guard. */
export interface ContentGuardOptions {
	/** Content folder, relative to the project root; e.g. `content` or `VEILLE_CONTENT_DIR`. */
	contentDir: string;
}

/** The content guard, which also knows each article's last change once the check has run. */
export type ContentGuard = AstroIntegration & {
	/** The `updatedDate`, else the `pubDate`, of a non-draft article, for the sitemap's `lastmod`. */
	lastModified(slug: string): Date | undefined;
};

/**
 * Refuses invalid content at `astro:config:setup`: one error listing every problem, with the wording
 * of `npm run check:content`. In `astro dev` only problems that would run code stop the server; the
 * others are logged as warnings so an author can preview a draft.
 */
export default function contentGuard(options: ContentGuardOptions): ContentGuard {
	const dates = new Map<string, Date>();
	return {
		name: 'veille:content-guard',
		lastModified: (slug) => dates.get(slug),
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const problems = checkContent({
					root: process.cwd(),
					contentDir: fileURLToPath(
						new URL(`${options.contentDir.replace(/\/?$/, '/')}`, config.root),
					),
					publicDir: fileURLToPath(config.publicDir),
					onArticle: (slug, data) => {
						if (!data.draft) dates.set(slug, data.updatedDate ?? data.pubDate);
					},
				});
				if (problems.length === 0) {
					logger.info('content check passed');
					return;
				}
				const fatal =
					command === 'dev' ? problems.filter((problem) => CODE_RULES.has(problem.rule)) : problems;
				if (fatal.length === 0) {
					logger.warn(formatReport(problems));
					return;
				}
				const error = new Error(formatReport(fatal));
				// The report is the whole message; a stack trace would only bury it.
				error.stack = error.message;
				error.name = 'ContentCheckError';
				throw error;
			},
		},
	};
}
