// The articles collection's loader: Astro's glob loader over `<content>/articles/*.mdx`, with the
// `.mdx` entry type replaced by one that renders the body to HTML at content sync (./render.ts)
// instead of handing the file to Vite as a module. The glob loader keeps what it does well: file
// discovery, ids, watching in `astro dev`, and skipping files whose digest has not changed, so a
// rebuild renders only the articles that changed (the data store is kept in Astro's cacheDir).
// https://docs.astro.build/en/reference/content-loader-reference/
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { load } from 'js-yaml';
import { findFrontmatter } from '../content-check/frontmatter.ts';
import { getReadingMinutes } from '../lib/reading-time.ts';
import { renderMdx } from './render.ts';

/**
 * Splits an MDX file into its frontmatter and its body. The content check has already read the YAML
 * with `yaml` (for line numbers); js-yaml, the parser Astro itself uses for frontmatter, is about
 * seven times faster, which counts at thousands of articles.
 */
function getEntryInfo({ contents }: { contents: string }) {
	const block = findFrontmatter(contents);
	if (!block) return { data: {}, rawData: '', body: contents, slug: '' };
	const lines = contents.replace(/^\uFEFF/, '').split(/\r?\n/);
	// The body starts after the closing fence: the YAML's lines plus the two `---` lines.
	const bodyStart = block.yaml.split('\n').length + 2;
	return {
		data: (load(block.yaml) ?? {}) as Record<string, unknown>,
		rawData: block.yaml,
		body: lines.slice(bodyStart).join('\n'),
		slug: '',
	};
}

const mdxEntryType: ContentEntryType = {
	extensions: ['.mdx'],
	getEntryInfo,
	async getRenderFunction(config) {
		return async ({ body = '' }) => {
			const { html, headings } = renderMdx(body, { base: config.base });
			return { html, metadata: { headings, readingMinutes: getReadingMinutes(body) } };
		};
	},
};

/**
 * The source of everything that shapes an article's rendered HTML. It is part of each file's digest,
 * so a change to the renderer or its components re-renders every article (the data store is kept
 * between builds, and would otherwise serve HTML rendered by the old code).
 */
const RENDERER_SOURCES = Object.values(
	import.meta.glob(
		[
			'./*.ts',
			'../content-check/components.ts',
			'../i18n/*.ts',
			'../lib/dates.ts',
			'../lib/reading-time.ts',
			'../lib/urls.ts',
		],
		{ query: '?raw', import: 'default', eager: true },
	),
).join('\n');

/**
 * What Astro passes the glob loader besides the public context: the entry types by extension, from
 * which it takes each file's frontmatter parser and renderer (not in the public `LoaderContext` type).
 */
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/**
 * Loads `<base>/*.mdx` as articles rendered to HTML at content sync; `rendered.metadata` holds the
 * headings and `readingMinutes`.
 */
export function articlesLoader({ base }: { base: string }): Loader {
	// The body is not kept in the data store, which Astro bundles into the build: the rendered HTML and
	// the reading time are all pages need, and the store is about half as large without it.
	const loader = glob({ pattern: '*.mdx', base, retainBody: false });
	return {
		name: 'veille-articles',
		load: (context: GlobContext) => {
			if (!(context.entryTypes instanceof Map)) {
				throw new Error(
					'Astro no longer hands loaders its entry types: src/mdx/loader.ts cannot render articles; update it',
				);
			}
			return loader.load({
				...context,
				entryTypes: new Map([...context.entryTypes, ['.mdx', mdxEntryType]]),
				generateDigest: (data) =>
					context.generateDigest(typeof data === 'string' ? RENDERER_SOURCES + data : data),
			} as GlobContext);
		},
	};
}
