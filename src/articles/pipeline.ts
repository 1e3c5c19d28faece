// The one way from the content folder to rendered entries, shared by `npm run check:content` and
// the build's content loaders (./loaders.ts): every file is read once (./files.ts), every article
// parsed once by the MDX parser (./mdx.ts), its frontmatter taken from that parse and read by the
// one strict YAML configuration (./yaml.ts), validated once by the zod schemas of src/schemas/, its
// body checked by the policy rules (./rules/) and rendered from the very tree they checked. The
// display text of the validated data is set in French typography once (./typeset.ts). Problems
// that need every file (links, duplicate titles, editions) are settled at the end (./integrity.ts).
//
// A build may hand over the articles that passed in its previous run (`passed`, the content
// loaders' data store): an article whose digest (its text and everything else its outcome depends
// on, see `contextDigest`) has not changed is not parsed again, as Astro's own loaders skip an
// entry whose digest is unchanged. `npm run check:content` always reads everything afresh.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createSlugRef, type KnownSlugs } from '../content-check/references.ts';
import { internalErrorProblem, sortProblems, type Problem } from '../content-check/problem.ts';
import { validateWithSchema } from '../content-check/schema-issues.ts';
import { createArticleSchema, type ArticleData } from '../schemas/article.ts';
import { CompanySchema, type Company } from '../schemas/company.ts';
import { createEditionSchema, type EditionData } from '../schemas/edition.ts';
import { SLUG_PATTERN, type SchemaContext } from '../schemas/primitives.ts';
import { TagSchema, type Tag } from '../schemas/tag.ts';
import type { InTextNote } from './components.ts';
import { displayPathFrom, listTree, readContentFile, type DisplayPath } from './files.ts';
import { readFrontmatter } from './frontmatter.ts';
import { crossFileProblems, draftItemProblems, notASlug, type ArticleLink } from './integrity.ts';
import { MdxSyntaxError, withParsedMdx, type ParsedMdx } from './mdx.ts';
import { readingMinutesOf } from './reading-time.ts';
import { createRenderData, renderPlugins } from './render.ts';
import { runRules, RULES, type Rule, type RuleContext } from './rules/index.ts';
import type { Heading } from './toc.ts';
import { typesetData } from './typeset.ts';
import { guard, readVocabulary, type DataEntry, type Reading } from './vocabularies.ts';
import { parseStrictYaml } from './yaml.ts';

export { loadVocabularies, type DataEntry } from './vocabularies.ts';

/** Where the content is, what day it is, and how articles are rendered. */
export interface ContentOptions {
	/** Project root; printed paths are relative to it. */
	root: string;
	/** Content folder (absolute, or relative to `root`), e.g. `content`. */
	contentDir: string;
	/** Folder served as the site root (absolute, or relative to `root`), e.g. `public`. */
	publicDir: string;
	/** "Today" for the date rules; defaults to now. Compared in UTC. */
	now?: Date;
	/** The site's base path, which root-relative links of articles get; `/` by default. */
	base?: string;
	/** The policy rules run over every article body; all of src/articles/rules/ by default. */
	rules?: readonly Rule[];
	/** Articles that passed in an earlier run, reused where their digest is unchanged. */
	passed?: PassedArticles;
}

/** The articles of an earlier run (the content loaders' data store between builds). */
export interface PassedArticles {
	/**
	 * What every article's outcome depends on besides the content and the options: the pipeline's
	 * own source (the loaders pass it), so that new code never reuses what old code made.
	 */
	version: string;
	/** The article with this slug as it passed then, if it did. */
	get(id: string): ArticleEntry | undefined;
}

/** An article that passed every check, rendered. */
export interface ArticleEntry {
	/** The slug: the file name without `.mdx`. */
	id: string;
	/** Path of the file as printed in messages. */
	file: string;
	/** Digest of the file's text and of everything else the entry depends on (`contextDigest`). */
	digest: string;
	data: ArticleData;
	html: string;
	headings: Heading[];
	readingMinutes: number;
	/** The `<NoteDeVerification>` notes of the text, in order. */
	notes: InTextNote[];
	/** Line of the title in the file, for the duplicate-title check. */
	titleLine?: number;
	/** The article's links to article pages, settled once every article is known. */
	links: ArticleLink[];
}

/** The whole content: every problem found, and the entries (complete only when there is none). */
export interface ContentResult {
	problems: Problem[];
	/** Every article that passed, drafts included, sorted by slug. */
	articles: ArticleEntry[];
	/** How many of them were reused from `passed` rather than read again. */
	reused: number;
	tags: DataEntry<Tag>[];
	companies: DataEntry<Company>[];
	editions: DataEntry<EditionData>[];
}

/** Files of one content sub-folder with one extension; anything else there is reported. */
function filesOf(
	tree: Set<string>,
	folder: string,
	extension: string,
	contentDir: string,
	display: DisplayPath,
	problems: Problem[],
): string[] {
	const names: string[] = [];
	for (const path of tree) {
		if (!path.startsWith(`${folder}/`)) continue;
		const name = path.slice(folder.length + 1);
		if (name.startsWith('.')) continue;
		if (!name.includes('/') && name.endsWith(extension)) {
			names.push(name);
			continue;
		}
		const md = folder === 'articles' && name.endsWith('.md') && !name.includes('/');
		problems.push({
			file: display(join(contentDir, path)),
			rule: 'file/name',
			message: md
				? 'articles must be .mdx files; rename it to .mdx'
				: `only ${extension} files belong directly in ${display(join(contentDir, folder))}/; move or rename it`,
		});
	}
	return names.sort();
}

/** SHA-256 of the parts, each ended by a NUL (no part holds one: the files refuse U+0000). */
function sha256(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
}

/**
 * What an article's outcome depends on besides its text: the code, the base path, the day (the
 * date rules), the slugs its references may name, the files of `public/` its images may name.
 * Any change to them changes every article's digest.
 */
function contextDigest(
	version: string,
	base: string,
	today: Date,
	known: KnownSlugs,
	publicFiles: Set<string>,
) {
	return sha256(
		version,
		base,
		today.toISOString().slice(0, 10),
		JSON.stringify(known),
		[...publicFiles].sort().join('\n'),
	);
}

/**
 * Reads, checks and renders the whole content folder. An empty `problems` list means every file
 * is valid and every entry is complete; otherwise the entries are those that passed so far.
 */
export function loadContent(options: ContentOptions): ContentResult {
	const root = resolve(options.root);
	const contentDir = resolve(root, options.contentDir);
	const publicDir = resolve(root, options.publicDir);
	const display = displayPathFrom(root);
	const base = options.base ?? '/';
	const today = options.now ?? new Date();
	const rules = options.rules ?? RULES;
	const problems: Problem[] = [];

	const contentTree = listTree(contentDir, display, problems);
	const publicFiles = listTree(publicDir, display, problems);

	const reading: Reading = { contentDir, contentTree, display, problems };
	const tags = readVocabulary(reading, 'tags.yaml', TagSchema, typesetData.tag);
	const companies = readVocabulary(reading, 'companies.yaml', CompanySchema, typesetData.company);
	const articleNames = filesOf(contentTree, 'articles', '.mdx', contentDir, display, problems);
	const editionNames = filesOf(contentTree, 'editions', '.yaml', contentDir, display, problems);

	const slugs = articleNames.map((name) => name.slice(0, -'.mdx'.length));
	const known: KnownSlugs = {
		tags: tags.map((entry) => entry.id),
		companies: companies.map((entry) => entry.id),
		articles: slugs,
	};
	const context: SchemaContext = { ref: createSlugRef(known), today };
	const articleSchema = createArticleSchema(context);
	const articles: ArticleEntry[] = [];
	const links: ArticleLink[] = [];
	// Only the default rules' outcome can be reused: a custom rule list (tests) always runs.
	const passed = options.rules ? undefined : options.passed;
	const shared = contextDigest(passed?.version ?? '', base, today, known, publicFiles);
	let reused = 0;

	for (const name of articleNames) {
		const absolute = join(contentDir, 'articles', name);
		const file = display(absolute);
		const slug = name.slice(0, -'.mdx'.length);
		const text = readContentFile(absolute, display, problems);
		if (text === undefined) continue;
		const digest = sha256(shared, file, text);
		const before = passed?.get(slug);
		if (before?.digest === digest) {
			articles.push(before);
			links.push(...before.links);
			reused++;
			continue;
		}
		const entry = guard(problems, file, 'pipeline', () =>
			processArticle({
				file,
				slug,
				text,
				digest,
				today,
				base,
				rules,
				publicFiles,
				articleSchema,
				problems,
				links,
			}),
		);
		if (entry) articles.push(entry);
	}

	const editionSchema = createEditionSchema(context);
	const editions: DataEntry<EditionData>[] = [];
	for (const name of editionNames) {
		const absolute = join(contentDir, 'editions', name);
		const file = display(absolute);
		const id = name.slice(0, -'.yaml'.length);
		if (!SLUG_PATTERN.test(id)) problems.push(notASlug(file, name));
		const text = readContentFile(absolute, display, problems);
		if (text === undefined) continue;
		const parsed = guard(problems, file, 'yaml', () =>
			parseStrictYaml(text, { file, firstLine: 1 }),
		);
		if (!parsed) continue;
		if (parsed.problems) {
			problems.push(...parsed.problems);
			continue;
		}
		const result = validateWithSchema(editionSchema, parsed.value.data, parsed.value, file);
		problems.push(...result.problems);
		if (result.value) editions.push({ id, file, data: typesetData.edition(result.value) });
		else continue;
		problems.push(...draftItemProblems(result.value, articles, parsed.value, file));
	}

	problems.push(...crossFileProblems(articleNames, articles, links, contentDir, display));
	return { problems: sortProblems(problems), articles, reused, tags, companies, editions };
}

interface ArticleInput {
	file: string;
	slug: string;
	text: string;
	digest: string;
	today: Date;
	base: string;
	rules: readonly Rule[];
	publicFiles: Set<string>;
	articleSchema: ReturnType<typeof createArticleSchema>;
	problems: Problem[];
	links: ArticleLink[];
}

/** One article: parse, frontmatter, schema, policy rules, then (if all passed) render. */
function processArticle(input: ArticleInput): ArticleEntry | undefined {
	const { file, slug, text, problems } = input;
	const own: Problem[] = [];
	const ownLinks: ArticleLink[] = [];
	let entry: ArticleEntry | undefined;
	try {
		withParsedMdx(text, (parsed) => {
			const frontmatter = readFrontmatter(parsed.frontmatter, text, file, input.articleSchema, own);
			checkBody(parsed, input, own, ownLinks);
			const data = frontmatter?.data;
			if (own.length > 0 || !data || !parsed.frontmatter) return;
			const render = createRenderData();
			parsed.runHastPlugins(renderPlugins(input.base), render);
			entry = {
				id: slug,
				file,
				digest: input.digest,
				data: typesetData.article(data),
				// satteri ends the document with a newline; the page template places the HTML itself.
				html: parsed.toHtml().replace(/\n$/, ''),
				headings: render.astro.headings,
				readingMinutes: readingMinutesOf(render.words),
				notes: render.notes,
				titleLine: frontmatter.lines.lineOf(['title']),
				links: ownLinks,
			};
		});
	} catch (error) {
		if (!(error instanceof MdxSyntaxError)) throw error;
		own.push({
			file,
			line: error.line,
			column: error.column,
			rule: 'mdx/syntax',
			message: `${error.message} — this is not valid MDX; write plain Markdown, escape a literal "<" as "\\<" and "{" as "\\{"`,
		});
	}
	problems.push(...own);
	input.links.push(...ownLinks);
	return own.length === 0 ? entry : undefined;
}

/** Runs every policy rule over the article's tree; a rule that fails is reported, not thrown. */
function checkBody(
	parsed: ParsedMdx,
	input: ArticleInput,
	problems: Problem[],
	links: ArticleLink[],
) {
	const contextFor = (rule: Rule): RuleContext => ({
		today: input.today,
		imageExists: (path) => input.publicFiles.has(path),
		// Only the position of the node is kept: the link outlives the tree (and goes to the store).
		linkToArticle: (slug, url, { position }) =>
			links.push({
				file: input.file,
				slug,
				url,
				node: position
					? { position: { start: { line: position.start.line, column: position.start.column } } }
					: {},
			}),
		report: (node, message) =>
			problems.push({
				file: input.file,
				line: node?.position?.start.line,
				column: node?.position?.start.column,
				rule: rule.id,
				message,
			}),
	});
	const onError = (rule: Rule, error: unknown) =>
		problems.push(internalErrorProblem(input.file, rule.id, error));
	runRules((plugin) => parsed.runHastPlugins([plugin]), input.rules, contextFor, onError);
}
