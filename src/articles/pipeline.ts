// The one way from the content folder to rendered entries, shared by `npm run check:content` and
// the build's content loaders (./loaders.ts): every file is read once (./files.ts), every article
// parsed once by the MDX parser (./mdx.ts), its frontmatter taken from that parse and read by the
// one strict YAML configuration (./yaml.ts), validated once by the zod schemas of src/schemas/, its
// body checked by the policy rules (./rules/) and rendered from the very tree they checked. The
// display text of the validated data is set in French typography here, once (`typesetData`).
// Problems that need every file (links, duplicate titles, editions) are settled at the end.
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { unknownSlugMessage, createSlugRef, type KnownSlugs } from '../content-check/references.ts';
import { internalErrorProblem, sortProblems, type Problem } from '../content-check/problem.ts';
import { validateWithSchema } from '../content-check/schema-issues.ts';
import { typesetFrench } from '../i18n/typography.ts';
import { readingMinutesOf } from './reading-time.ts';
import type { InTextNote } from './components.ts';
import type { Heading } from './toc.ts';
import { createArticleSchema, type ArticleData } from '../schemas/article.ts';
import { CompanySchema, type Company } from '../schemas/company.ts';
import { createEditionSchema, type EditionData } from '../schemas/edition.ts';
import { SLUG_PATTERN, type SchemaContext } from '../schemas/primitives.ts';
import type { PrimarySource } from '../schemas/source.ts';
import { TagSchema, type Tag } from '../schemas/tag.ts';
import { displayPathFrom, listTree, readContentFile, type DisplayPath } from './files.ts';
import { MdxSyntaxError, withParsedMdx, type Frontmatter, type ParsedMdx } from './mdx.ts';
import { createRenderData, renderPlugins } from './render.ts';
import { runRules, RULES, type Positioned, type Rule, type RuleContext } from './rules/index.ts';
import { parseStrictYaml, type ParsedYaml } from './yaml.ts';

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
}

/** An article that passed every check, rendered. */
export interface ArticleEntry {
	/** The slug: the file name without `.mdx`. */
	id: string;
	/** Path of the file as printed in messages. */
	file: string;
	/** The file's text, as read (for the entry's digest). */
	text: string;
	data: ArticleData;
	html: string;
	headings: Heading[];
	readingMinutes: number;
	/** The `<NoteDeVerification>` notes of the text, in order. */
	notes: InTextNote[];
}

/** An entry of a data collection (tags, companies, editions). */
export interface DataEntry<T> {
	id: string;
	file: string;
	data: T;
}

/** The whole content: every problem found, and the entries (complete only when there is none). */
export interface ContentResult {
	problems: Problem[];
	/** Every article that passed, drafts included, sorted by slug. */
	articles: ArticleEntry[];
	tags: DataEntry<Tag>[];
	companies: DataEntry<Company>[];
	editions: DataEntry<EditionData>[];
}

/** A link from an article to an article page, settled once every article is known. */
interface ArticleLink {
	file: string;
	slug: string;
	url: string;
	node: Positioned;
}

const FRONTMATTER_HINT = ` (quote a value that contains ": " or quotes, e.g. title: "L'IA : un bilan")`;

/** The text fields of a source, which readers read; its URLs and dates stay as read. */
const SOURCE_TEXT = ['publication', 'title', 'newsletter', 'dateLabel'] as const;

/** A source with its text fields typeset. */
function typesetSource<S extends PrimarySource>(source: S): S {
	const typeset: Partial<Record<(typeof SOURCE_TEXT)[number], string>> = {};
	for (const key of SOURCE_TEXT) {
		const value = (source as Partial<Record<(typeof SOURCE_TEXT)[number], string>>)[key];
		if (typeof value === 'string') typeset[key] = typesetFrench(value);
	}
	return { ...source, ...typeset };
}

/**
 * The display text of validated data, set in French typography (src/i18n/typography.ts). This is
 * the one place the content's text gets it, so pages, feeds, social images and JSON all show the
 * same text. Only what readers read: URLs, slugs, references, dates and enum values stay as read.
 */
const typesetData = {
	article: (data: ArticleData): ArticleData => ({
		...data,
		title: typesetFrench(data.title),
		description: typesetFrench(data.description),
		source: typesetSource(data.source),
		primarySources: data.primarySources.map(typesetSource),
		verification: data.verification.map((note) => ({
			...note,
			claim: typesetFrench(note.claim),
			fact: typesetFrench(note.fact),
		})),
		figures: data.figures.map((figure) => ({
			...figure,
			label: typesetFrench(figure.label),
			...(figure.unit === undefined ? {} : { unit: typesetFrench(figure.unit) }),
		})),
	}),
	tag: (data: Tag): Tag => ({
		...data,
		label: typesetFrench(data.label),
		description: typesetFrench(data.description),
	}),
	company: (data: Company): Company => ({
		...data,
		name: typesetFrench(data.name),
		description: typesetFrench(data.description),
	}),
	edition: (data: EditionData): EditionData => ({
		...data,
		title: typesetFrench(data.title),
		dateLabel: typesetFrench(data.dateLabel),
		publication: typesetFrench(data.publication),
	}),
};

/** The entries of a data collection file (`tags.yaml`): a list of `{ id, … }` or a map of id → entry. */
function collectionEntries(
	data: unknown,
): { id: string; path: (string | number)[]; entry: unknown }[] {
	if (Array.isArray(data)) {
		return data.map((item, index) => {
			const { id, ...rest } = (item !== null && typeof item === 'object' ? item : {}) as {
				id?: unknown;
			};
			return { id: typeof id === 'string' ? id : String(id ?? ''), path: [index], entry: rest };
		});
	}
	if (data !== null && typeof data === 'object') {
		return Object.entries(data).map(([id, entry]) => ({ id, path: [id], entry }));
	}
	return [];
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

/** Where the content is read from, for the readers below. */
interface Reading {
	contentDir: string;
	/** Every regular file of the content folder, relative to it. */
	contentTree: Set<string>;
	display: DisplayPath;
	problems: Problem[];
}

/**
 * Reads a vocabulary (`tags.yaml`, `companies.yaml`), validates each of its entries and typesets
 * their display text with `typeset`.
 */
function readVocabulary<S extends typeof TagSchema | typeof CompanySchema>(
	{ contentDir, contentTree, display, problems }: Reading,
	name: string,
	schema: S,
	typeset: (data: z.output<S>) => z.output<S>,
) {
	const absolute = join(contentDir, name);
	const file = display(absolute);
	const text = contentTree.has(name) ? readContentFile(absolute, display, problems) : undefined;
	if (!contentTree.has(name) && !problems.some((problem) => problem.file === file)) {
		problems.push({
			file,
			rule: 'file/missing',
			message: 'the file is missing; restore it from the main branch',
		});
	}
	if (text === undefined) return [];
	const parsed = guard(problems, file, 'yaml', () => parseStrictYaml(text, { file, firstLine: 1 }));
	if (!parsed) return [];
	if (parsed.problems) {
		problems.push(...parsed.problems);
		return [];
	}
	const entries: DataEntry<z.output<S>>[] = [];
	const seen = new Set<string>();
	for (const { id, path, entry } of collectionEntries(parsed.value.data)) {
		const line = parsed.value.lineOf(path);
		if (!SLUG_PATTERN.test(id)) {
			problems.push({
				file,
				line,
				field: typeof path[0] === 'number' ? `[${path[0]}].id` : id,
				rule: 'schema/slug',
				message: `"${id}" is not a slug; use lowercase ASCII letters, digits and hyphens, e.g. "ia-generative"`,
			});
			continue;
		}
		if (seen.has(id)) {
			problems.push({
				file,
				line,
				field: id,
				rule: 'schema/duplicate',
				message: `"${id}" is defined twice; keep one entry`,
			});
			continue;
		}
		seen.add(id);
		const lines = {
			lineOf: (sub: readonly PropertyKey[]) => parsed.value.lineOf([...path, ...sub]),
		};
		const result = validateWithSchema(schema, entry, lines, file, path);
		problems.push(...result.problems);
		if (result.value !== undefined) {
			entries.push({ id, file, data: typeset(result.value as z.output<S>) });
		}
	}
	return entries;
}

/** Runs one step; a failure inside it is reported against the file, never thrown. */
function guard<T>(problems: Problem[], file: string, rule: string, step: () => T): T | undefined {
	try {
		return step();
	} catch (error) {
		problems.push(internalErrorProblem(file, rule, error));
		return undefined;
	}
}

/**
 * The tags and companies of a content folder, read and checked as `loadContent` reads them (for
 * tools that need only the vocabularies, such as `npm run new`).
 */
export function loadVocabularies(options: Pick<ContentOptions, 'root' | 'contentDir'>) {
	const root = resolve(options.root);
	const contentDir = resolve(root, options.contentDir);
	const display = displayPathFrom(root);
	const problems: Problem[] = [];
	const contentTree = listTree(contentDir, display, problems);
	const reading: Reading = { contentDir, contentTree, display, problems };
	return {
		tags: readVocabulary(reading, 'tags.yaml', TagSchema, typesetData.tag),
		companies: readVocabulary(reading, 'companies.yaml', CompanySchema, typesetData.company),
		problems,
	};
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
	const titleLines = new Map<string, number | undefined>();
	const links: ArticleLink[] = [];

	for (const name of articleNames) {
		const absolute = join(contentDir, 'articles', name);
		const file = display(absolute);
		const slug = name.slice(0, -'.mdx'.length);
		const text = readContentFile(absolute, display, problems);
		if (text === undefined) continue;
		const article = guard(problems, file, 'pipeline', () =>
			processArticle({
				file,
				slug,
				text,
				today,
				base,
				rules,
				publicFiles,
				articleSchema,
				problems,
				links,
			}),
		);
		if (article?.entry) {
			articles.push(article.entry);
			titleLines.set(article.entry.id, article.titleLine);
		}
	}

	const editionSchema = createEditionSchema(context);
	const editions: DataEntry<EditionData>[] = [];
	for (const name of editionNames) {
		const absolute = join(contentDir, 'editions', name);
		const file = display(absolute);
		const id = name.slice(0, -'.yaml'.length);
		if (!SLUG_PATTERN.test(id)) {
			problems.push({
				file,
				rule: 'file/name',
				message: `the file name "${name}" is not a slug; rename it with lowercase ASCII letters, digits and hyphens`,
			});
		}
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

	problems.push(
		...crossFileProblems(articleNames, articles, titleLines, links, contentDir, display),
	);
	return { problems: sortProblems(problems), articles, tags, companies, editions };
}

interface ArticleInput {
	file: string;
	slug: string;
	text: string;
	today: Date;
	base: string;
	rules: readonly Rule[];
	publicFiles: Set<string>;
	articleSchema: ReturnType<typeof createArticleSchema>;
	problems: Problem[];
	links: ArticleLink[];
}

/**
 * One article: parse, frontmatter, schema, policy rules, then (if all passed) render. Returns the
 * entry when the article passed, and the line of its title for the duplicate-title check.
 */
function processArticle(input: ArticleInput): { entry?: ArticleEntry; titleLine?: number } {
	const { file, slug, text, problems } = input;
	const own: Problem[] = [];
	const ownLinks: ArticleLink[] = [];
	let entry: ArticleEntry | undefined;
	let titleLine: number | undefined;
	try {
		withParsedMdx(text, (parsed) => {
			const frontmatter = readFrontmatter(parsed.frontmatter, text, file, input.articleSchema, own);
			checkBody(parsed, input, own, ownLinks);
			const data = frontmatter?.data;
			titleLine = frontmatter?.lines.lineOf(['title']);
			if (own.length > 0 || !data || !parsed.frontmatter) return;
			const render = createRenderData();
			parsed.runHastPlugins(renderPlugins(input.base), render);
			entry = {
				id: slug,
				file,
				text,
				data: typesetData.article(data),
				// satteri ends the document with a newline; the page template places the HTML itself.
				html: parsed.toHtml().replace(/\n$/, ''),
				headings: render.astro.headings,
				readingMinutes: readingMinutesOf(render.words),
				notes: render.notes,
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
	return own.length === 0 ? { entry, titleLine } : {};
}

/** The fence lines of the frontmatter, exactly `---`, as the MDX parser reads them. */
function fenceProblems(
	frontmatter: Frontmatter | undefined,
	lines: string[],
	file: string,
): Problem[] {
	if (frontmatter?.kind === 'toml') {
		return [
			{
				file,
				line: frontmatter.openingLine,
				rule: 'file/frontmatter-format',
				message:
					'the frontmatter must be YAML between two "---" lines, not TOML between "+++" lines',
			},
		];
	}
	if (!frontmatter) {
		const opens = /^[-\s\u00a0]*---[-\s\u00a0]*$/.test(lines[0] ?? '');
		if (!opens) {
			return [
				{
					file,
					line: 1,
					rule: 'file/missing-frontmatter',
					message:
						'the file must start with a frontmatter block between two "---" lines (title, description, pubDate, tags, source); run `npm run new -- "Titre"` for a template',
				},
			];
		}
		const closing = lines.findIndex(
			(line, index) => index > 0 && /^\s*(---|\.\.\.)[\s\u00a0]*$/u.test(line),
		);
		const at = closing === -1 ? 1 : closing + 1;
		return [
			{
				file,
				line: at,
				rule: 'file/frontmatter-fence',
				message:
					closing === -1 || lines[0] !== '---'
						? 'the frontmatter must open on line 1 with a line that is exactly "---", and close with another such line'
						: `this line must be exactly "---" to close the frontmatter (it holds other characters, such as a tab or a no-break space, so the MDX parser reads the frontmatter as text); retype it`,
			},
		];
	}
	const fences: Problem[] = [];
	for (const line of [frontmatter.openingLine, frontmatter.closingLine]) {
		if (lines[line - 1] !== '---') {
			fences.push({
				file,
				line,
				rule: 'file/frontmatter-fence',
				message:
					'a frontmatter fence must be exactly "---" (no spaces after it, no "..."); retype the line',
			});
		}
	}
	return fences;
}

/** The validated frontmatter, or `undefined` after reporting why it is refused. */
function readFrontmatter(
	frontmatter: Frontmatter | undefined,
	text: string,
	file: string,
	schema: ReturnType<typeof createArticleSchema>,
	problems: Problem[],
): { data?: ArticleData; lines: ParsedYaml } | undefined {
	const fences = fenceProblems(frontmatter, text.split('\n'), file);
	problems.push(...fences);
	if (fences.length > 0 || !frontmatter) return undefined;
	const parsed = parseStrictYaml(frontmatter.value, {
		file,
		firstLine: frontmatter.openingLine + 1,
		hint: FRONTMATTER_HINT,
	});
	if (parsed.problems) {
		problems.push(...parsed.problems);
		return undefined;
	}
	const { data } = parsed.value;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		problems.push({
			file,
			line: frontmatter.openingLine,
			rule: 'schema',
			message:
				'the frontmatter must list fields such as `title:` and `pubDate:`; run `npm run new -- "Titre"` for a template',
		});
		return undefined;
	}
	const result = validateWithSchema(schema, data, parsed.value, file);
	problems.push(...result.problems);
	return { data: result.value, lines: parsed.value };
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
		linkToArticle: (slug, url, node) => links.push({ file: input.file, slug, url, node }),
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

/** Editions list published articles only. */
function draftItemProblems(
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
function crossFileProblems(
	names: readonly string[],
	articles: readonly ArticleEntry[],
	titleLines: ReadonlyMap<string, number | undefined>,
	links: readonly ArticleLink[],
	contentDir: string,
	display: DisplayPath,
): Problem[] {
	const problems: Problem[] = [];
	const slugOwners = new Map<string, string>();
	for (const name of names) {
		const slug = name.slice(0, -'.mdx'.length);
		const file = display(join(contentDir, 'articles', name));
		if (!SLUG_PATTERN.test(slug)) {
			problems.push({
				file,
				rule: 'file/name',
				message: `the file name "${name}" is not a slug; rename it with lowercase ASCII letters, digits and hyphens (npm run new does it for you)`,
			});
		}
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
				line: titleLines.get(article.id),
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
