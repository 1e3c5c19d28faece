// The hast plugins that turn a checked article into its HTML: components and inline elements
// become plain elements, root-relative links and images (those of components included, since this
// plugin runs after them) get the site's base, headings get ids from Astro's own heading plugin
// (github-slugger, as every Astro Markdown page), and the text is set in French typography. They
// run only on trees every policy rule accepted, so they may trust what the rules checked.
import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import type { ElementContent, Text } from 'hast';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from 'satteri';
import { splitOrdinals, typesetFrench } from '../i18n/typography.ts';
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

/** Elements whose text is kept as typed: code, keyboard input, sample output. */
const VERBATIM_ELEMENTS = new Set(['code', 'kbd', 'pre', 'samp', 'var', 'script', 'style']);

/**
 * Whether a text node sits inside a verbatim element. satteri hands out one object per parent
 * within a walk, so each parent's answer is kept and siblings share it.
 */
function isVerbatim(node: Text, ctx: HastVisitorContext, known: WeakMap<object, boolean>): boolean {
	const chain: object[] = [];
	let verbatim = false;
	for (let parent = ctx.parent(node); parent?.type === 'element'; parent = ctx.parent(parent)) {
		const cached = known.get(parent);
		if (cached !== undefined) {
			verbatim = cached;
			break;
		}
		chain.push(parent);
		if (VERBATIM_ELEMENTS.has(parent.tagName)) {
			verbatim = true;
			break;
		}
	}
	for (const parent of chain) known.set(parent, verbatim);
	return verbatim;
}

/**
 * A text node set in French typography (src/i18n/typography.ts), its ordinals (« 1er ») in
 * superscript; `undefined` when nothing changes.
 */
function typesetText(value: string): ElementContent[] | undefined {
	const parts = splitOrdinals(typesetFrench(value));
	if (parts.length === 1)
		return parts[0] === value ? undefined : [{ type: 'text', value: parts[0]! }];
	return parts.flatMap((part, index): ElementContent[] => {
		if (index % 2 === 1) return [h('sup', {}, [part])];
		return part ? [{ type: 'text', value: part }] : [];
	});
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
	// After the heading ids, which stay those of the text as typed (github-slugger drops no-break
	// spaces where it turns spaces into hyphens), and after the word count.
	return [components, links, satteriHeadingIdsPlugin(), text, typographyPlugin()];
}

/**
 * The hast plugin that sets the text of a page in French typography: every text node but those
 * of code, keyboard input and samples, its ordinals in superscript, and the headings collected so
 * far. Articles get it last in `renderPlugins`; the project's own MDX pages get it through
 * @astrojs/mdx's processor (astro.config.mjs), so every text the site writes is set alike.
 */
export function typographyPlugin(): HastPluginDefinition {
	const verbatimParents = new WeakMap<object, boolean>();
	return {
		name: 'veille:typography',
		text: (node, ctx) => {
			const typeset = isVerbatim(node, ctx, verbatimParents) ? undefined : typesetText(node.value);
			if (typeset) ctx.replaceNode(node, typeset);
		},
		after: (_root, ctx) => {
			const headings = (ctx.data as Partial<RenderData>).astro?.headings ?? [];
			for (const heading of headings) heading.text = typesetFrench(heading.text);
		},
	};
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
