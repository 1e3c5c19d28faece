import { mdxToMdast } from 'satteri';
import type { Problem } from './problem.ts';
import {
	COMPONENT_NAMES,
	COMPONENT_SPECS,
	INLINE_HTML,
	UNSAFE_ELEMENTS,
	type ComponentSpec,
} from './components.ts';
import { findNearest } from './distance.ts';
import { findPlaceholder } from './placeholders.ts';
import { unknownSlugMessage } from './references.ts';
import {
	ALLOWED_SCHEMES,
	articleSlugFromUrl,
	isSafeUrl,
	localImagePath,
	urlScheme,
} from './urls.ts';

/** What the body check needs to know beyond the file itself. */
export interface PolicyContext {
	/** Path of the file as printed in messages. */
	file: string;
	/** Slugs of the existing articles, for links to `/articles/<slug>/`. */
	articleSlugs: readonly string[];
	/** Whether a path under public/ (e.g. `images/x.png`) is an existing file. */
	imageExists: (publicPath: string) => boolean;
}

/** The subset of an mdast/MDX node the check reads. */
interface Node {
	type: string;
	position?: { start: { line: number; column: number } };
	children?: Node[];
	value?: unknown;
	name?: string | null;
	url?: string;
	alt?: string | null;
	identifier?: string;
	attributes?: Attribute[];
}

interface Attribute {
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	value?: string | null | { type: string; value: string };
}

const ALLOWED_LIST = `${COMPONENT_NAMES.join(', ')} or the inline HTML elements ${Object.keys(
	INLINE_HTML,
)
	.map((name) => `<${name}>`)
	.join(', ')}`;

const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'poster',
	'srcset',
	'lien',
]);

/** Parses an MDX syntax error from satteri ("12:5: Unexpected … (mdx-jsx:…)") into a problem. */
function syntaxProblem(error: unknown, file: string): Problem {
	const text = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text.split('\n')[0]);
	return {
		file,
		line: match ? Number(match[1]) : undefined,
		column: match ? Number(match[2]) : undefined,
		rule: 'mdx/syntax',
		message: `${match ? match[3] : text} — this is not valid MDX; write plain Markdown, escape a literal "<" as "\\<" and "{" as "\\{"`,
	};
}

// The content check calls checkMdxPolicy once per article with the same list of every slug: a Set
// built once per list keeps link checks constant-time (Array#includes made them O(articles)).
const slugSets = new WeakMap<readonly string[], Set<string>>();

function slugSet(slugs: readonly string[]): Set<string> {
	let set = slugSets.get(slugs);
	if (!set) {
		set = new Set(slugs);
		slugSets.set(slugs, set);
	}
	return set;
}

/** Runs the MDX policy over one article's source (frontmatter included) and lists every violation. */
export function checkMdxPolicy(source: string, context: PolicyContext): Problem[] {
	let tree: Node;
	try {
		tree = mdxToMdast(source) as unknown as Node;
	} catch (error) {
		return [syntaxProblem(error, context.file)];
	}
	const problems: Problem[] = [];
	const definitions = new Map<string, string>();
	collectDefinitions(tree, definitions);

	function report(node: Node, rule: string, message: string) {
		problems.push({
			file: context.file,
			line: node.position?.start.line,
			column: node.position?.start.column,
			rule,
			message,
		});
	}

	function checkPlaceholder(node: Node, text: string, where: string) {
		const marker = findPlaceholder(text);
		if (marker)
			report(
				node,
				'mdx/placeholder',
				`unfilled placeholder "${marker}" in ${where}; replace it with the real text`,
			);
	}

	function checkLink(node: Node, url: string) {
		if (!isSafeUrl(url)) {
			report(node, 'mdx/unsafe-url', unsafeUrlMessage(url));
			return;
		}
		const slug = articleSlugFromUrl(url);
		if (slug !== undefined && !slugSet(context.articleSlugs).has(slug)) {
			report(
				node,
				'mdx/broken-article-link',
				`link to ${url}: ${unknownSlugMessage('articles', slug, context.articleSlugs)}`,
			);
		}
	}

	function checkImage(node: Node, url: string, owner: string) {
		if (!isSafeUrl(url)) {
			report(node, 'mdx/unsafe-url', unsafeUrlMessage(url));
			return;
		}
		const publicPath = localImagePath(url);
		if (publicPath === undefined) {
			report(
				node,
				'mdx/image-source',
				`${owner} "${url}" is not a file of the site; save the image (with permission to reuse it) under public/images/ and write src="/images/<name>.png"`,
			);
		} else if (!context.imageExists(publicPath)) {
			report(
				node,
				'mdx/missing-image',
				`${owner} "${url}" does not exist: add the file as public/${publicPath} or fix the path`,
			);
		}
	}

	function checkAttributes(node: Node, elementName: string) {
		for (const attribute of node.attributes ?? []) {
			if (attribute.type === 'mdxJsxExpressionAttribute') {
				report(
					node,
					'mdx/no-expression',
					`<${elementName}> has a {…} spread attribute; write each attribute as name="text"`,
				);
				continue;
			}
			const name = attribute.name ?? '';
			const value = attribute.value;
			if (value !== null && typeof value === 'object') {
				report(
					node,
					'mdx/no-expression',
					`<${elementName}> attribute ${name}={…} is an expression; write ${name}="text" (attribute values must be plain strings)`,
				);
			}
			if (/^on/i.test(name)) {
				report(
					node,
					'mdx/event-attribute',
					`<${elementName}> has the event handler attribute ${name}; remove it (articles run no scripts)`,
				);
			} else if (name.toLowerCase() === 'style') {
				report(
					node,
					'mdx/style-attribute',
					`<${elementName}> has a style attribute; remove it (the site's styles apply to every article)`,
				);
			} else if (
				typeof value === 'string' &&
				URL_ATTRIBUTES.has(name.toLowerCase()) &&
				!isSafeUrl(value)
			) {
				report(node, 'mdx/unsafe-url', unsafeUrlMessage(value));
			}
			if (typeof value === 'string')
				checkPlaceholder(node, value, `the ${name} attribute of <${elementName}>`);
		}
	}

	function checkComponent(node: Node, name: string, spec: ComponentSpec) {
		const given = new Map<string, Attribute>();
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
			const { name: prop } = attribute;
			given.set(prop, attribute);
			if (/^on/i.test(prop) || prop.toLowerCase() === 'style') continue;
			if (!(prop in spec.props)) {
				const nearest = findNearest(prop, Object.keys(spec.props));
				report(
					node,
					'mdx/component-props',
					`<${name}> has no prop "${prop}"${nearest ? ` — did you mean "${nearest}"?` : ''}; its props are ${Object.keys(spec.props).join(', ')}. Example: ${spec.example}`,
				);
				continue;
			}
			const value = attribute.value;
			if (
				value === null ||
				value === undefined ||
				(typeof value === 'string' && value.trim() === '')
			) {
				report(
					node,
					'mdx/component-props',
					`<${name}> prop ${prop} needs a value: ${prop}="…". Example: ${spec.example}`,
				);
				continue;
			}
			if (typeof value !== 'string') continue;
			const kind = spec.props[prop].kind;
			if (kind === 'image') checkImage(node, value, `<${name}> src`);
			if (kind === 'url' && !/^https?:\/\//i.test(value.trim()) && isSafeUrl(value)) {
				report(
					node,
					'mdx/component-props',
					`<${name}> prop ${prop} must be an http(s) address, e.g. ${prop}="https://…"`,
				);
			}
			if (kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
				report(
					node,
					'mdx/component-props',
					`<${name}> prop ${prop} must be a date as YYYY-MM-DD, e.g. ${prop}="2025-01-10"`,
				);
			}
		}
		for (const [prop, { required }] of Object.entries(spec.props)) {
			if (required && !given.has(prop)) {
				report(
					node,
					'mdx/component-props',
					`<${name}> needs the prop ${prop}="…". Example: ${spec.example}`,
				);
			}
		}
		const hasContent = (node.children ?? []).length > 0;
		if (spec.children === 'required' && !hasContent) {
			report(
				node,
				'mdx/component-props',
				`<${name}> needs content between <${name}> and </${name}>. Example: ${spec.example}`,
			);
		} else if (spec.children === 'none' && hasContent) {
			report(
				node,
				'mdx/component-props',
				`<${name}> takes no content; write it self-closing. Example: ${spec.example}`,
			);
		}
	}

	function checkElement(node: Node) {
		const name = node.name;
		if (!name) {
			report(
				node,
				'mdx/unknown-component',
				`the fragment <>…</> is not allowed; remove it and keep its content`,
			);
			return;
		}
		checkAttributes(node, name);
		const spec = COMPONENT_SPECS[name];
		if (spec) {
			checkComponent(node, name, spec);
			return;
		}
		const lower = name.toLowerCase();
		if (UNSAFE_ELEMENTS.has(lower)) {
			report(
				node,
				'mdx/unsafe-element',
				`<${name}> is not allowed in articles (no scripts, styles, embedded pages or forms); remove it`,
			);
		} else if (name in INLINE_HTML) {
			const allowed = INLINE_HTML[name];
			for (const attribute of node.attributes ?? []) {
				const attributeName = attribute.name ?? '';
				if (
					attribute.type !== 'mdxJsxAttribute' ||
					/^on/i.test(attributeName) ||
					attributeName.toLowerCase() === 'style'
				)
					continue;
				if (!allowed.includes(attributeName)) {
					report(
						node,
						'mdx/html-element',
						`<${name}> may not carry the attribute ${attributeName}${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}`,
					);
				}
			}
		} else if (/^[a-z]/.test(name) && !name.includes('.')) {
			report(
				node,
				'mdx/html-element',
				`raw HTML <${name}> is not allowed; use Markdown (## heading, > quote, **bold**, lists, tables) or ${ALLOWED_LIST}`,
			);
		} else {
			const nearest = findNearest(name, COMPONENT_NAMES);
			report(
				node,
				'mdx/unknown-component',
				`unknown component <${name}>${nearest ? ` — did you mean <${nearest}>?` : ''}; articles may use ${ALLOWED_LIST}`,
			);
		}
	}

	function visit(node: Node) {
		switch (node.type) {
			case 'mdxjsEsm':
				report(
					node,
					'mdx/no-import-export',
					'import and export statements are not allowed; remove the line (Encadre, Chiffre, Citation, NoteDeVerification and Figure need no import)',
				);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				report(
					node,
					'mdx/no-expression',
					'{…} expressions (comments {/* */} included) are not allowed; write plain text, or "\\{" for a literal brace',
				);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node);
				break;
			case 'html':
				report(
					node,
					'mdx/html-element',
					`raw HTML is not allowed; use Markdown or ${ALLOWED_LIST}`,
				);
				return;
			case 'text':
			case 'inlineCode':
			case 'code':
				if (typeof node.value === 'string') checkPlaceholder(node, node.value, 'the text');
				break;
			case 'link':
			case 'definition':
				checkLink(node, node.url ?? '');
				break;
			case 'image':
				checkImage(node, node.url ?? '', 'image');
				if (!node.alt?.trim())
					report(
						node,
						'mdx/image-alt',
						'image without alt text; describe it: ![what the image shows](/images/…)',
					);
				break;
			case 'imageReference': {
				const url = definitions.get(node.identifier ?? '');
				// An unsafe definition is already reported where it is defined.
				if (url !== undefined && isSafeUrl(url)) checkImage(node, url, 'image');
				break;
			}
		}
		for (const child of node.children ?? []) visit(child);
	}

	visit(tree);
	return problems;
}

function collectDefinitions(node: Node, definitions: Map<string, string>) {
	if (node.type === 'definition' && node.identifier !== undefined)
		definitions.set(node.identifier, node.url ?? '');
	for (const child of node.children ?? []) collectDefinitions(child, definitions);
}

function unsafeUrlMessage(url: string): string {
	const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
	return `the URL "${shown}" uses the ${urlScheme(url)}: scheme, which is not allowed; use an http(s) address or a path of the site (allowed schemes: ${ALLOWED_SCHEMES.join(', ')})`;
}
