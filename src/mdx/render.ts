// Renders an article's MDX body to HTML without compiling it to JavaScript. Articles may only use
// Markdown, the components of ./components.ts with string props, and a few inline HTML elements
// (src/content-check/ refuses anything else before the build starts), so the body is parsed with
// satteri, the MDX parser of @astrojs/mdx 8, and its tree turned into HTML here, once per changed
// file, at content sync. Nothing a contributor writes is ever executed, and Vite never bundles the
// articles (at thousands of articles, that bundling was the largest cost of a build in time and memory).
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { INLINE_HTML } from '../content-check/components.ts';
import type { Heading } from '../lib/toc.ts';
import { withBase } from '../lib/urls.ts';
import { COMPONENTS, h } from './components.ts';

/** An article body as HTML, with the headings a table of contents needs. */
export interface RenderedMdx {
	html: string;
	headings: Heading[];
}

/** Thrown for MDX the renderer will not output; the content check reports it earlier, with advice. */
export class MdxRenderError extends Error {
	override name = 'MdxRenderError';
}

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

interface JsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: JsxAttribute[];
	children: RootContent[];
}

const HEADING = /^h[1-6]$/;

/** A root-relative URL (`/articles/x/`), which must be placed under the site's base. */
function isRootRelative(url: unknown): url is string {
	return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//');
}

function textOf(node: ElementContent | Root): string {
	if (node.type === 'text') return node.value;
	return 'children' in node
		? node.children.map((child) => textOf(child as ElementContent)).join('')
		: '';
}

/**
 * Renders the MDX body of an article (frontmatter removed or not) for a site served under `base`.
 * Root-relative links and image sources get the base prefix; headings get ids (GitHub's slugs, as
 * Astro gives them) and are returned for the table of contents.
 * @throws {MdxRenderError} on an expression, an import/export, an unknown component or element.
 */
export function renderMdx(source: string, { base = '/' }: { base?: string } = {}): RenderedMdx {
	const tree = mdxToHast(source, {
		features: { gfm: true, smartPunctuation: true, frontmatter: true },
		position: false,
	}) as Root;
	const slugger = new GithubSlugger();
	const headings: Heading[] = [];
	const prefix = (path: string) => (isRootRelative(path) ? withBase(path, base) : path);

	function jsxProps(node: JsxElement): Record<string, string | undefined> {
		const props: Record<string, string | undefined> = {};
		for (const attribute of node.attributes) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
				throw new MdxRenderError(`<${node.name}>: attribute spreads are not allowed`);
			}
			if (attribute.value !== null && typeof attribute.value !== 'string') {
				throw new MdxRenderError(`<${node.name} ${attribute.name}>: only text values are allowed`);
			}
			props[attribute.name] = attribute.value ?? '';
		}
		return props;
	}

	function renderJsx(node: JsxElement): ElementContent[] {
		const name = node.name ?? '';
		const children = renderChildren(node.children);
		const component = COMPONENTS[name];
		if (component) {
			return [component.render({ props: jsxProps(node), children, withBase: prefix })];
		}
		const allowed = INLINE_HTML[name];
		if (!allowed)
			throw new MdxRenderError(`<${name || '>'}> is not an allowed component or element`);
		const props = jsxProps(node);
		for (const attribute of Object.keys(props)) {
			if (!allowed.includes(attribute)) {
				throw new MdxRenderError(`<${name} ${attribute}>: attribute not allowed`);
			}
		}
		return [h(name, props, children)];
	}

	function renderElement(node: Element): Element {
		node.children = renderChildren(node.children);
		const { properties } = node;
		if (node.tagName === 'a' && isRootRelative(properties.href))
			properties.href = prefix(properties.href);
		if (node.tagName === 'img' && isRootRelative(properties.src))
			properties.src = prefix(properties.src);
		if (HEADING.test(node.tagName)) {
			const text = textOf(node);
			const slug = typeof properties.id === 'string' ? properties.id : slugger.slug(text);
			properties.id = slug;
			headings.push({ depth: Number(node.tagName[1]), slug, text });
		}
		return node;
	}

	function renderChildren(nodes: readonly (RootContent | ElementContent)[]): ElementContent[] {
		return nodes.flatMap((node): ElementContent[] => {
			switch (node.type) {
				case 'text':
					return [node];
				case 'element':
					return [renderElement(node)];
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement':
					return renderJsx(node as unknown as JsxElement);
				case 'comment':
				case 'doctype':
					return [];
				default:
					throw new MdxRenderError(`${node.type} is not allowed in an article`);
			}
		});
	}

	const html = toHtml({ type: 'root', children: renderChildren(tree.children) });
	return { html, headings };
}
