import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import path from 'node:path';
import { createArticleSchema } from '../schemas/article.ts';
import { CompanySchema } from '../schemas/company.ts';
import { createEditionSchema } from '../schemas/edition.ts';
import { TagSchema } from '../schemas/tag.ts';
import { findFrontmatter, parseYaml, type ParsedYaml, type YamlError } from './frontmatter.ts';
import { checkMdxPolicy } from './mdx-policy.ts';
import { findPlaceholder } from './placeholders.ts';
import { pathToField, sortProblems, type Problem } from './problem.ts';
import { createSlugRef, type KnownSlugs } from './references.ts';
import { validateWithSchema } from './schema-issues.ts';

/** Where the content lives and what day it is. */
export interface CheckOptions {
	/** Project root; printed paths are relative to it. */
	root: string;
	/** Content folder (absolute, or relative to `root`), e.g. `content`. */
	contentDir: string;
	/** Folder served as the site root (absolute, or relative to `root`), e.g. `public`. */
	publicDir: string;
	/** "Today" for the future-date rule; defaults to now. Compared in UTC. */
	now?: Date;
	/** Called with the validated frontmatter of every article whose frontmatter passes the schema. */
	onArticle?: (slug: string, data: z.output<ReturnType<typeof createArticleSchema>>) => void;
}

/** A file name that is already a URL slug: lowercase ASCII letters and digits joined by hyphens. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface YamlFile {
	file: string;
	parsed?: ParsedYaml;
}

/** One `file/yaml-syntax` problem per YAML error, pointing at its line and column. */
function yamlProblems(
	file: string,
	errors: readonly YamlError[],
	what: string,
	hint: string,
): Problem[] {
	return errors.map((error) => ({
		file,
		line: error.line,
		column: error.column,
		rule: 'file/yaml-syntax',
		message: `${what}: ${error.message}; check the quotes and indentation of this line${hint}`,
	}));
}

function readYamlFile(absolute: string, file: string, problems: Problem[]): YamlFile {
	if (!existsSync(absolute)) {
		problems.push({
			file,
			rule: 'file/missing',
			message: 'the file is missing; restore it from the main branch',
		});
		return { file };
	}
	const result = parseYaml(readFileSync(absolute, 'utf8'));
	if (!result.ok) {
		problems.push(...yamlProblems(file, result.errors, 'invalid YAML', ''));
		return { file };
	}
	return { file, parsed: result.value };
}

/** The entries of a data collection file (`tags.yaml`): a list of `{ id, … }` or a map of id → entry. */
function collectionEntries(
	data: unknown,
): { id: string; path: (string | number)[]; entry: unknown }[] {
	if (Array.isArray(data)) {
		return data.map((entry, index) => {
			const { id, ...rest } = (entry ?? {}) as { id?: unknown };
			return { id: String(id ?? ''), path: [index], entry: rest };
		});
	}
	if (data !== null && typeof data === 'object') {
		return Object.entries(data).map(([id, entry]) => ({ id, path: [id], entry }));
	}
	return [];
}

function checkDataCollection(
	yaml: YamlFile,
	schema: typeof TagSchema | typeof CompanySchema,
	problems: Problem[],
): string[] {
	if (!yaml.parsed) return [];
	const ids: string[] = [];
	for (const { id, path: entryPath, entry } of collectionEntries(yaml.parsed.data)) {
		const line = yaml.parsed.lineOf(entryPath);
		if (!SLUG_PATTERN.test(id)) {
			problems.push({
				file: yaml.file,
				line,
				field: pathToField(entryPath),
				rule: 'schema/slug',
				message: `"${id}" is not a slug; use lowercase ASCII letters, digits and hyphens, e.g. "ia-generative"`,
			});
		} else if (ids.includes(id)) {
			problems.push({
				file: yaml.file,
				line,
				field: pathToField(entryPath),
				rule: 'schema/duplicate',
				message: `"${id}" is defined twice; keep one entry`,
			});
		}
		ids.push(id);
		const parsed: ParsedYaml = {
			data: entry,
			lineOf: (p) => yaml.parsed?.lineOf([...entryPath, ...p]),
		};
		problems.push(...validateWithSchema(schema, parsed, yaml.file, entryPath).problems);
	}
	return ids;
}

function listFiles(folder: string, extension: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith(extension))
		.sort();
}

function isRealDate(value: string): boolean {
	const match = DATE_PATTERN.exec(value);
	if (!match) return false;
	const date = new Date(value);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Problems for every string of the frontmatter that still holds a scaffold placeholder. */
function placeholderProblems(
	value: unknown,
	keyPath: (string | number)[],
	parsed: ParsedYaml,
	file: string,
): Problem[] {
	if (typeof value === 'string') {
		const marker = findPlaceholder(value);
		if (!marker) return [];
		return [
			{
				file,
				line: parsed.lineOf(keyPath),
				field: pathToField(keyPath),
				rule: 'schema/placeholder',
				message: `unfilled placeholder "${marker}"; replace it with the real value`,
			},
		];
	}
	if (Array.isArray(value))
		return value.flatMap((item, index) =>
			placeholderProblems(item, [...keyPath, index], parsed, file),
		);
	if (value !== null && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) =>
			placeholderProblems(item, [...keyPath, key], parsed, file),
		);
	}
	return [];
}

interface ArticleFile {
	slug: string;
	file: string;
	source: string;
}

/**
 * Checks the whole content folder without running Astro: tags, companies, every article (file name,
 * frontmatter against the schemas of src/schemas/, MDX policy) and every edition. Returns every
 * problem found, sorted by file and line; an empty list means the content is valid.
 */
export function checkContent(options: CheckOptions): Problem[] {
	const root = path.resolve(options.root);
	const contentDir = path.resolve(root, options.contentDir);
	const publicDir = path.resolve(root, options.publicDir);
	const display = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
	const problems: Problem[] = [];

	const tagsFile = readYamlFile(
		path.join(contentDir, 'tags.yaml'),
		display(path.join(contentDir, 'tags.yaml')),
		problems,
	);
	const companiesFile = readYamlFile(
		path.join(contentDir, 'companies.yaml'),
		display(path.join(contentDir, 'companies.yaml')),
		problems,
	);
	const tags = checkDataCollection(tagsFile, TagSchema, problems);
	const companies = checkDataCollection(companiesFile, CompanySchema, problems);

	const articlesDir = path.join(contentDir, 'articles');
	const articles: ArticleFile[] = listFiles(articlesDir, '.mdx').map((name) => {
		const absolute = path.join(articlesDir, name);
		return {
			slug: name.slice(0, -'.mdx'.length),
			file: display(absolute),
			source: readFileSync(absolute, 'utf8'),
		};
	});
	for (const name of listFiles(articlesDir, '.md')) {
		problems.push({
			file: display(path.join(articlesDir, name)),
			rule: 'file/name',
			message: 'articles must be .mdx files; rename it to .mdx',
		});
	}

	const known: KnownSlugs = { tags, companies, articles: articles.map((article) => article.slug) };
	const ref = createSlugRef(known);
	const articleSchema = createArticleSchema(ref);
	const now = options.now ?? new Date();
	const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	const slugOwners = new Map<string, string>();
	const titleOwners = new Map<string, string>();
	const imageExists = (publicPath: string) => {
		const absolute = path.join(publicDir, publicPath);
		return existsSync(absolute) && statSync(absolute).isFile();
	};

	for (const article of articles) {
		const { file, slug } = article;
		if (!SLUG_PATTERN.test(slug)) {
			problems.push({
				file,
				rule: 'file/name',
				message: `the file name "${slug}.mdx" is not a slug; rename it with lowercase ASCII letters, digits and hyphens (npm run new does it for you)`,
			});
		}
		const firstOwner = slugOwners.get(slug.toLowerCase());
		if (firstOwner) {
			problems.push({
				file,
				rule: 'file/duplicate-slug',
				message: `same slug as ${firstOwner} (names differing only in case collide); rename one of them`,
			});
		} else {
			slugOwners.set(slug.toLowerCase(), file);
		}

		problems.push(
			...checkMdxPolicy(article.source, { file, articleSlugs: known.articles, imageExists }),
		);

		const block = findFrontmatter(article.source);
		if (!block) {
			problems.push({
				file,
				line: 1,
				rule: 'file/missing-frontmatter',
				message:
					'the file must start with a frontmatter block between two "---" lines (title, description, pubDate, tags, source); run `npm run new -- "Titre"` for a template',
			});
			continue;
		}
		const result = parseYaml(block.yaml, block.firstLine);
		if (!result.ok) {
			problems.push(
				...yamlProblems(
					file,
					result.errors,
					'invalid YAML in the frontmatter',
					` (quote a value that contains ": " or quotes, e.g. title: "L'IA : un bilan")`,
				),
			);
			continue;
		}
		const parsed = result.value;
		const { problems: schemaProblems, value } = validateWithSchema(articleSchema, parsed, file);
		problems.push(...schemaProblems);
		problems.push(...placeholderProblems(parsed.data, [], parsed, file));
		const raw = (parsed.data ?? {}) as Record<string, unknown>;
		for (const field of ['pubDate', 'updatedDate'] as const) {
			const rawDate = raw[field];
			const date = value?.[field];
			if (typeof rawDate === 'string' && value && !isRealDate(rawDate)) {
				problems.push({
					file,
					line: parsed.lineOf([field]),
					field,
					rule: 'schema',
					message: `"${rawDate}" is not a calendar date; write it as YYYY-MM-DD, e.g. 2025-01-08`,
				});
			} else if (date && date.getTime() > today) {
				problems.push({
					file,
					line: parsed.lineOf([field]),
					field,
					rule: 'schema/future-date',
					message: `${date.toISOString().slice(0, 10)} is in the future (dates are compared in UTC); use the date the news happened or was updated`,
				});
			}
		}
		if (value) {
			options.onArticle?.(slug, value);
			const title = value.title.toLowerCase().replace(/\s+/g, ' ');
			const titleOwner = titleOwners.get(title);
			if (titleOwner) {
				problems.push({
					file,
					line: parsed.lineOf(['title']),
					field: 'title',
					rule: 'schema/duplicate-title',
					message: `same title as ${titleOwner}; make the headline specific`,
				});
			} else {
				titleOwners.set(title, file);
			}
		}
	}

	const editionSchema = createEditionSchema(ref);
	const editionsDir = path.join(contentDir, 'editions');
	for (const name of listFiles(editionsDir, '.yaml')) {
		const absolute = path.join(editionsDir, name);
		const edition = readYamlFile(absolute, display(absolute), problems);
		if (edition.parsed)
			problems.push(...validateWithSchema(editionSchema, edition.parsed, edition.file).problems);
	}

	return sortProblems(problems);
}
