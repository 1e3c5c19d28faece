// The hast plugins that turn a checked article into its HTML: components and inline elements
// become plain elements, root-relative links and images (those of components included, since this
// plugin runs after them) get the site's base, and headings get ids
// from Astro's own heading plugin (github-slugger, as every Astro Markdown page). They run only on
// trees every policy rule accepted, so they may trust what the rules checked.
import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import type { ElementContent } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import { countWords } from './reading-time.ts';
import type { Heading } from './toc.ts';
import { withBase } from '../urls/urls.ts';
import { COMPONENTS, h, INLINE_HTML, type InTextNote } from './components.ts';
import { attributesOf, type JsxNode } from './rules/rule.ts';

/** A root-relative URL (`/articles/x/`), which must be placed under the site's base. */
function isRootRelative(url: unknown): url is string {
	return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//');
}

function jsxToElement(node: JsxNode, data: RenderData) {
	const props = new Map(attributesOf(node).map(({ name, value }) => [name, value ?? '']));
	const children = node.children as ElementContent[];
	const component = COMPONENTS.get(node.name ?? '');
	if (component) return component.render({ props, children, notes: data.notes });
	if (!INLINE_HTML.has(node.name ?? ''))
		throw new Error(`<${node.name}> reached the renderer unchecked`);
	return h(node.name!, Object.fromEntries(props), children);
}

/** The render plugins for a site served under `base`. */
export function renderPlugins(base: string): HastPluginEntry[] {
	const prefix = (path: string) => (isRootRelative(path) ? withBase(path, base) : path);
	const jsx = {
		filter: [],
		visit: (node: unknown, ctx: { data: unknown }) =>
			jsxToElement(node as JsxNode, ctx.data as RenderData),
	};
	const components: HastPluginDefinition = {
		name: 'veille:components',
		mdxJsxFlowElement: jsx,
		mdxJsxTextElement: jsx,
	};
	const links: HastPluginDefinition = {
		name: 'veille:base',
		element: {
			filter: ['a', 'img'],
			visit: (node, ctx) => {
				const key = node.tagName === 'a' ? 'href' : 'src';
				const url = node.properties[key];
				if (isRootRelative(url)) ctx.setProperty(node, key, prefix(url));
			},
		},
	};
	const text: HastPluginDefinition = {
		name: 'veille:words',
		text: (node, ctx) => {
			(ctx.data as unknown as RenderData).words += countWords(node.value);
		},
	};
	return [components, links, satteriHeadingIdsPlugin(), text];
}

/** What the render plugins leave in the shared data (satteri's `ctx.data`). */
export interface RenderData extends Record<string, unknown> {
	/** Astro's Markdown data; its heading plugin fills `headings`, for the table of contents. */
	astro: SatteriAstroData & { headings: Heading[] };
	/** How many words the article's text holds, for the reading time. */
	words: number;
	/** The article's in-text verification notes, in order, for the list of every note. */
	notes: InTextNote[];
}

/** The shared data the render plugins fill. */
export function createRenderData(): RenderData {
	const astro = {
		headings: [],
		frontmatter: {},
		localImagePaths: new Set<string>(),
		remoteImagePaths: new Set<string>(),
	};
	return { astro, words: 0, notes: [] };
}
