// The articles collection's loader: Astro's glob loader over `<content>/articles/*.mdx`, with the
// `.mdx` entry type replaced by one that renders the body to HTML at content sync (./render.ts)
// instead of handing the file to Vite as a module. The glob loader keeps what it does well: file
// discovery, ids, watching in `astro dev`, and skipping files whose digest has not changed, so a
// rebuild renders only the articles that changed (the data store is kept in Astro's cacheDir).
// https://docs.astro.build/en/reference/content-loader-reference/
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { findFrontmatter } from '../content-check/frontmatter.ts';
import { renderMdx } from './render.ts';

/** Splits an MDX file into its frontmatter (YAML, as the schemas expect it) and its body. */
function getEntryInfo({ contents }: { contents: string }) {
	const block = findFrontmatter(contents);
	if (!block) return { data: {}, rawData: '', body: contents, slug: '' };
	const lines = contents.replace(/^\uFEFF/, '').split(/\r?\n/);
	// The body starts after the closing fence: the YAML's lines plus the two `---` lines.
	const bodyStart = block.yaml.split('\n').length + 2;
	return {
		data: (parse(block.yaml) ?? {}) as Record<string, unknown>,
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
			return { html, metadata: { headings } };
		};
	},
};

/**
 * What Astro passes the glob loader besides the public context: the entry types by extension, from
 * which it takes each file's frontmatter parser and renderer (not in the public `LoaderContext` type).
 */
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/** Loads `<base>/*.mdx` as articles rendered to HTML at content sync. */
export function articlesLoader({ base }: { base: string }): Loader {
	const loader = glob({ pattern: '*.mdx', base });
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
			} as GlobContext);
		},
	};
}
