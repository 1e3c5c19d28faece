import { COMPONENTS, type ComponentDefinition } from '../mdx/components.ts';

/** A component contributors may use in MDX: its props and whether it wraps content. */
export type ComponentSpec = Omit<ComponentDefinition, 'render'>;

/**
 * The components articles may use without importing them, as declared with their renderers in
 * src/mdx/components.ts (documented in CONTRIBUTING.md).
 */
export const COMPONENT_SPECS: Record<string, ComponentSpec> = COMPONENTS;

/** Names of the allowed components. */
export const COMPONENT_NAMES = Object.keys(COMPONENT_SPECS);

/**
 * Raw HTML elements allowed in articles, with the attributes each may carry. Only harmless inline
 * elements Markdown cannot express; anything else would let an article change the page's layout.
 */
export const INLINE_HTML: Record<string, readonly string[]> = {
	abbr: ['title'],
	sub: [],
	sup: [],
	br: [],
	kbd: [],
};

/** Elements that run code, load other documents or submit data: always refused. */
export const UNSAFE_ELEMENTS = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'form',
	'input',
	'button',
	'textarea',
	'select',
	'link',
	'meta',
	'base',
	'template',
	'svg',
	'math',
	'portal',
]);
