// The content collections' loaders, on Astro's public Content Loader API: the four collections
// share one run of the content pipeline (./pipeline.ts) per content sync, so each file is read,
// parsed, validated and rendered once, by the same functions `npm run check:content` calls. A
// build with any problem stops here, before a page is rendered, with the check's report. The
// pipeline validates with the zod schemas itself (with the messages and lines contributors see), so
// the loaders store its output as it is instead of validating it again through `parseData`. The
// articles stored by the previous build go back to the pipeline (`passed`), which reuses those
// whose digest has not changed, as Astro's glob loader does with an unchanged file.
// https://docs.astro.build/en/reference/content-loader-reference/
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { formatReport } from '../content-check/problem.ts';
import { createArticleSchema } from '../schemas/article.ts';
import { CompanySchema } from '../schemas/company.ts';
import { createEditionSchema } from '../schemas/edition.ts';
import type { ReferencedCollection, SchemaContext } from '../schemas/primitives.ts';
import { TagSchema } from '../schemas/tag.ts';
import { manifestPath, toManifest } from './manifest.ts';
import { loadContent, type ArticleEntry, type ContentResult } from './pipeline.ts';

/**
 * The source of everything that shapes an article's entry. It is part of each article's digest, so
 * a change to the pipeline, its rules, components, schemas or strings re-renders every article
 * (the data store is kept between builds, and would otherwise serve entries made by the old code).
 */
const PIPELINE_SOURCES = Object.values(
	import.meta.glob(
		[
			'./**/*.ts',
			'../content-check/*.ts',
			'../i18n/*.ts',
			'../schemas/*.ts',
			'../urls/urls.ts',
			'/node_modules/satteri/package.json',
			'/node_modules/@astrojs/markdown-satteri/package.json',
		],
		{ query: '?raw', import: 'default', eager: true },
	),
).join('\n');

/** The schemas' output types, for Astro's generated types only: the pipeline does the validating. */
const typeContext: SchemaContext = {
	today: new Date(),
	ref: <C extends ReferencedCollection>(collection: C) =>
		z.string().transform((id) => ({ collection, id })),
};

/** How long the other loaders wait for the articles' loader (see `load`). */
const WAIT_FOR_ARTICLES_MS = 5_000;

/** Thrown when the content has problems: its message is the check's whole report. */
class ContentCheckError extends Error {
	override name = 'ContentCheckError';
	constructor(report: string) {
		super(report);
		// The report names every file, line and fix; a stack trace would only bury it.
		this.stack = report;
	}
}

type CollectionName = 'articles' | 'tags' | 'companies' | 'editions';

/** Options of the content loaders. */
export interface ContentLoaderOptions {
	/** The content folder (VEILLE_CONTENT_DIR or `content`), relative to the project root. */
	contentDir: string;
}

/**
 * One loader per collection over a shared pipeline run. In `astro dev` the content folder is
 * watched: a change runs the pipeline again and updates every collection; problems are logged and
 * the files that have them left out, so an author can preview the rest.
 */
export function contentLoaders({ contentDir }: ContentLoaderOptions) {
	let run: { generation: number; result: ContentResult } | undefined;
	let generation = 0;
	const loadedIn = new Map<CollectionName, number>();
	const contexts = new Map<CollectionName, LoaderContext>();
	let watching = false;
	let articlesArrived: (() => void) | undefined;
	let articlesArrival: Promise<void> | undefined;
	/** Resolves once the articles' loader has its context, or after WAIT_FOR_ARTICLES_MS. */
	const waitForArticles = () =>
		contexts.has('articles')
			? undefined
			: (articlesArrival ??= new Promise<void>((resolve) => {
					articlesArrived = resolve;
					setTimeout(resolve, WAIT_FOR_ARTICLES_MS).unref();
				}));

	function runPipeline(context: LoaderContext): ContentResult {
		const root = fileURLToPath(context.config.root);
		const result = loadContent({
			root,
			contentDir,
			publicDir: fileURLToPath(context.config.publicDir),
			base: context.config.base,
			// The articles' store, which every loader has been handed by now (see `load`); without
			// it nothing would be reused, and every article parsed again.
			passed: {
				version: PIPELINE_SOURCES,
				get: (id) => fromStore(contexts.get('articles')?.store.get(id)),
			},
		});
		if (result.reused > 0) {
			(contexts.get('articles') ?? context).logger.info(
				`${result.reused} of ${result.articles.length} articles unchanged since the last content sync, reused`,
			);
		}
		return result;
	}

	/** This sync's pipeline result: a collection loading twice means a new sync has begun. */
	function resultFor(name: CollectionName, context: LoaderContext): ContentResult {
		if (loadedIn.get(name) === generation) generation++;
		loadedIn.set(name, generation);
		if (run?.generation !== generation) run = { generation, result: runPipeline(context) };
		return run.result;
	}

	function fill(name: CollectionName, context: LoaderContext, result: ContentResult) {
		const { store, generateDigest, config } = context;
		const ids = new Set<string>();
		const set = (id: string, data: Record<string, unknown>, digest: string, extra = {}) => {
			ids.add(id);
			store.set({ id, data, digest, ...extra });
		};
		if (name === 'articles') {
			for (const article of result.articles) {
				set(article.id, article.data, article.digest, {
					filePath: article.file,
					rendered: {
						html: article.html,
						metadata: {
							headings: article.headings,
							readingMinutes: article.readingMinutes,
							notes: article.notes,
							titleLine: article.titleLine,
							links: article.links,
						},
					},
				});
			}
			writeManifest(fileURLToPath(config.cacheDir), result);
		} else {
			for (const entry of result[name]) {
				set(entry.id, entry.data, generateDigest({ file: entry.file, data: entry.data }), {
					filePath: entry.file,
				});
			}
		}
		for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
	}

	function report(context: LoaderContext, result: ContentResult) {
		if (result.problems.length === 0) return;
		const text = formatReport(result.problems);
		if (!context.watcher) throw new ContentCheckError(text);
		context.logger.error(`${text}\nThese files are left out until they are fixed.`);
	}

	function watch(context: LoaderContext) {
		const { watcher } = context;
		if (!watcher || watching) return;
		watching = true;
		const folder = fileURLToPath(
			new URL(`${contentDir.replace(/\/?$/, '/')}`, context.config.root),
		);
		watcher.add(folder);
		let timer: ReturnType<typeof setTimeout> | undefined;
		const changed = (path: string) => {
			if (!path.startsWith(folder)) return;
			clearTimeout(timer);
			timer = setTimeout(() => {
				const result = runPipeline(context);
				try {
					report(context, result);
				} finally {
					for (const [name, collectionContext] of contexts) fill(name, collectionContext, result);
				}
			}, 50);
		};
		for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
	}

	// Each loader carries its collection's schema, from which Astro generates the entries' types.
	const loader = <S extends z.ZodType>(
		name: CollectionName,
		schema: S,
	): Loader & { schema: S } => ({
		name: `veille-${name}`,
		schema,
		load: async (context) => {
			contexts.set(name, context);
			if (name === 'articles') articlesArrived?.();
			// Astro starts the four loaders together, in no set order. The first to run the pipeline
			// needs the articles' store to reuse what the last build made, so the others wait for
			// the articles' loader (milliseconds); a sync that never calls it (an integration
			// refreshing one loader) goes on after WAIT_FOR_ARTICLES_MS without reusing anything.
			else await waitForArticles();
			const result = resultFor(name, context);
			report(context, result);
			fill(name, context, result);
			if (name === 'articles') watch(context);
		},
	});

	return {
		articles: loader('articles', createArticleSchema(typeContext)),
		tags: loader('tags', TagSchema),
		companies: loader('companies', CompanySchema),
		editions: loader('editions', createEditionSchema(typeContext)),
	};
}

/** An entry of the articles' store. */
type StoredEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;

/** An article entry of the data store as the pipeline made it (`fill` stores every field). */
function fromStore(entry: StoredEntry | undefined): ArticleEntry | undefined {
	const metadata = entry?.rendered?.metadata as Partial<ArticleEntry> | undefined;
	if (!entry?.rendered || !entry.filePath || typeof entry.digest !== 'string' || !metadata?.links)
		return undefined;
	return {
		id: entry.id,
		file: entry.filePath,
		digest: entry.digest,
		data: entry.data as ArticleEntry['data'],
		html: entry.rendered.html,
		headings: metadata.headings ?? [],
		readingMinutes: metadata.readingMinutes ?? 0,
		notes: metadata.notes ?? [],
		titleLine: metadata.titleLine,
		links: metadata.links,
	};
}

/** Writes the manifest whole (a rename), so no reader ever sees half of it. */
function writeManifest(cacheDir: string, result: ContentResult) {
	const file = manifestPath(cacheDir);
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(toManifest(result)));
	renameSync(`${file}.${process.pid}.tmp`, file);
}
