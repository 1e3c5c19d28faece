// Runs parts of the content pipeline over an MDX text in process: one policy rule, or the render
// plugins, the way src/articles/pipeline.ts runs them.
import { withParsedMdx } from '../../src/articles/mdx.ts';
import { createRenderData, renderPlugins } from '../../src/articles/render.ts';
import { runRules, type Rule, type RuleContext } from '../../src/articles/rules/index.ts';
import { CASES_TODAY } from '../fixtures/content-cases.ts';

/** Images that exist under public/ for the rules' tests. */
const PUBLIC_FILES = new Set(['images/existe.png']);

/**
 * The problems `rules` report for an MDX text, as `line:column rule: message`, and the article
 * links they record (`slug`).
 */
export function checkBody(source: string, rules: Rule | readonly Rule[]) {
	const problems: string[] = [];
	const links: string[] = [];
	const contextFor = (rule: Rule): RuleContext => ({
		today: CASES_TODAY,
		imageExists: (path) => PUBLIC_FILES.has(path),
		linkToArticle: (slug) => links.push(slug),
		report: (node, message) =>
			problems.push(
				`${node?.position?.start.line ?? '-'}:${node?.position?.start.column ?? '-'} ${rule.id}: ${message}`,
			),
	});
	withParsedMdx(source, (parsed) =>
		runRules(
			(plugin) => parsed.runHastPlugins([plugin]),
			[rules].flat(),
			contextFor,
			(rule, error) => problems.push(`internal error in ${rule.id}: ${String(error)}`),
		),
	);
	return { problems, links };
}

/** The HTML, headings, word count and in-text notes the render plugins make of an MDX text. */
export function renderBody(source: string, base = '/') {
	return withParsedMdx(source, (parsed) => {
		const data = createRenderData();
		parsed.runHastPlugins(renderPlugins(base), data);
		return {
			html: parsed.toHtml().replace(/\n$/, ''),
			headings: data.astro.headings,
			words: data.words,
			notes: data.notes,
		};
	});
}
