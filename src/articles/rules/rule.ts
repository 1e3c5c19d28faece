// What a policy rule is: one job, an id used in messages and CONTRIBUTING.md, and a `create`
// that returns satteri hast visitors, the way an eslint rule returns AST visitors. The rules run
// over the very tree the renderer then turns into HTML (../mdx.ts).
import { htmlTagNames } from 'html-tag-names';
import type {
	HastPluginDefinition,
	HastVisitorContext,
	MdxJsxAttributeNode,
	MdxJsxExpressionAttributeNode,
} from 'satteri';
import { COMPONENTS, INLINE_HTML, UNSAFE_ELEMENTS } from '../components.ts';

/** A node with the position satteri gives it. */
export interface Positioned {
	position?: { start: { line: number; column: number } };
}

/** What a rule can ask and report while it visits one article. */
export interface RuleContext {
	/** Today, for the date props of components. */
	today: Date;
	/** Whether `public/<path>` is a regular file of the site. */
	imageExists(publicPath: string): boolean;
	/**
	 * Records a link to `/articles/<slug>/`: whether that article exists and is published is known
	 * once every article has been read, so the pipeline reports broken links at the end.
	 */
	linkToArticle(slug: string, url: string, node: Positioned): void;
	/** Reports a problem at the node's line and column. */
	report(node: Positioned | undefined, message: string): void;
}

/**
 * The visitors a rule returns: a satteri hast plugin without its name, plus `done`, called once
 * the walk is over (for rules that decide from what they did or did not see).
 */
export type RuleVisitors = Omit<HastPluginDefinition, 'name' | 'options' | 'before' | 'after'> & {
	done?: () => void;
};

/** A policy rule. */
export interface Rule {
	/** Rule id, e.g. `mdx/unsafe-url`, printed with every problem it reports. */
	id: string;
	/** What the rule refuses, in one line (CONTRIBUTING.md "What the checks say"). */
	description: string;
	create(context: RuleContext): RuleVisitors;
}

/** An MDX JSX element of the hast tree: a component or an inline HTML element. */
export interface JsxNode extends Positioned {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: (MdxJsxAttributeNode | MdxJsxExpressionAttributeNode)[];
	children: unknown[];
}

/** A JSX attribute as the rules read it. */
export interface JsxAttribute {
	/** The attribute name; empty for a spread (`{...props}`). */
	name: string;
	/** The text value; `null` for a bare attribute (`<x hidden>`) or an expression. */
	value: string | null;
	/** `{…}` value or spread: both are JavaScript, refused by mdx/no-expression. */
	expression: boolean;
}

/** The attributes of a JSX element. */
export function attributesOf(node: JsxNode): JsxAttribute[] {
	return node.attributes.map((attribute) => {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			return { name: '', value: null, expression: true };
		}
		const value = attribute.value;
		if (value !== null && typeof value === 'object') {
			return { name: attribute.name, value: null, expression: true };
		}
		return { name: attribute.name, value: value ?? null, expression: false };
	});
}

/** A plain element of the tree (one Markdown produced, e.g. `a`, `img`, `p`). */
export interface ElementNode extends Positioned {
	type: 'element';
	tagName: string;
	properties: Record<string, unknown>;
}

/** Visitors for every JSX element, flow and text alike. */
export function onJsxElement(
	visit: (node: JsxNode, ctx: HastVisitorContext) => void,
): RuleVisitors {
	const visitor = {
		filter: [],
		visit: (node: unknown, ctx: HastVisitorContext) => visit(node as JsxNode, ctx),
	};
	return { mdxJsxFlowElement: visitor, mdxJsxTextElement: visitor };
}

/**
 * Calls `check` with every piece of text an article shows: each text node (`where` is `the text`)
 * and each text value of a JSX attribute (`where` names the attribute and its element).
 */
export function onTextValues(
	check: (value: string, where: string, node: Positioned) => void,
): RuleVisitors {
	return {
		text: (node) => check(node.value, 'the text', node),
		...onJsxElement((node) => {
			for (const { name, value } of attributesOf(node)) {
				if (value !== null) check(value, `the ${name} attribute of <${node.name}>`, node);
			}
		}),
	};
}

/** A visitor for the plain elements with these tag names (every element when the list is empty). */
export function onElement(
	tagNames: string[],
	visit: (node: ElementNode, ctx: HastVisitorContext) => void,
): RuleVisitors {
	return {
		element: { filter: tagNames, visit: (node, ctx) => visit(node as unknown as ElementNode, ctx) },
	};
}

/** What a JSX name stands for. */
export type JsxKind = 'fragment' | 'component' | 'inline-html' | 'unsafe-html' | 'html' | 'unknown';

const HTML_TAG_NAMES: ReadonlySet<string> = new Set(htmlTagNames);

/**
 * Classifies a JSX name: `<>` is a fragment; a name is a component, an allowed inline HTML element,
 * an unsafe element, another HTML element, or else unknown (`<Encadré>`, `<constructor>`).
 */
export function jsxKind(name: string | null): JsxKind {
	if (name === null || name === '') return 'fragment';
	if (COMPONENTS.has(name)) return 'component';
	if (INLINE_HTML.has(name)) return 'inline-html';
	const lower = name.toLowerCase();
	if (UNSAFE_ELEMENTS.has(lower)) return 'unsafe-html';
	if (HTML_TAG_NAMES.has(name)) return 'html';
	return 'unknown';
}
