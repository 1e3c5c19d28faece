// An article's MDX, parsed once by satteri (the parser of @astrojs/mdx 8) and never compiled to
// JavaScript. satteri has no MDX-to-HTML function, so this composes its public step-by-step API the
// way its own `markdownToHtml` does: parse to an mdast handle, read the frontmatter node, convert
// to a hast handle, run hast plugins (the policy rules, then the render plugins) over that one
// tree, and serialise it. What the rules checked is therefore exactly what is rendered. satteri
// walks the tree in Rust, so no visitor recursion can overflow the JavaScript stack.
// https://satteri.bruits.org/docs/
import {
	convertMdastToHastHandle,
	createMdxMdastHandle,
	dropHandle,
	normalizePlugins,
	renderHandle,
	resolveHastSubscriptions,
	resolveMdastSubscriptions,
	visitHastHandle,
	visitHastHook,
	visitMdastHandle,
	type Data,
	type HastPluginEntry,
	type MdastPluginDefinition,
} from 'satteri';
import { t } from '../i18n/t.ts';

/** Markdown features of articles: GFM (tables, footnotes, strikethrough), smart quotes, frontmatter. */
const FEATURES = { gfm: true, smartPunctuation: true, frontmatter: true } as const;

/** The footnotes section in French (satteri's defaults are English). */
const CONVERT_OPTIONS = {
	footnoteLabel: t('article.footnotes'),
	footnoteBackLabel: t('article.footnoteBack'),
};

/** The frontmatter block as the MDX parser reads it. */
export interface Frontmatter {
	/** `yaml` between `---` lines; `toml` between `+++` lines (refused). */
	kind: 'yaml' | 'toml';
	/** The text between the fences. */
	value: string;
	/** 1-based lines of the opening and closing fences. */
	openingLine: number;
	closingLine: number;
	/** Offset of the first character after the closing fence: where the body starts. */
	bodyOffset: number;
}

/** An MDX syntax error, at its line and column. */
export class MdxSyntaxError extends Error {
	override name = 'MdxSyntaxError';
	readonly line?: number;
	readonly column?: number;
	constructor(message: string, line?: number, column?: number) {
		super(message);
		this.line = line;
		this.column = column;
	}
}

/** A parsed article: its frontmatter, and its body as a hast tree that plugins can visit. */
export interface ParsedMdx {
	frontmatter?: Frontmatter;
	/** Runs hast plugins over the tree, in order; `data` is shared with them as `ctx.data`. */
	runHastPlugins(plugins: readonly HastPluginEntry[], data?: Data): void;
	/** The tree as HTML. */
	toHtml(): string;
}

/** Parses a satteri error message ("12:5: Unexpected … (mdx-jsx:…)") into an MdxSyntaxError. */
function toSyntaxError(error: unknown): MdxSyntaxError {
	const text = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text.split('\n')[0]!);
	return match
		? new MdxSyntaxError(match[3]!, Number(match[1]), Number(match[2]))
		: new MdxSyntaxError(text);
}

/**
 * Parses `source` once and hands the parsed article to `use`; the parser's memory is released when
 * `use` returns or throws.
 * @throws {MdxSyntaxError} when the source is not valid MDX.
 */
export function withParsedMdx<T>(source: string, use: (parsed: ParsedMdx) => T): T {
	let mdast;
	try {
		mdast = createMdxMdastHandle(source, FEATURES, true);
	} catch (error) {
		throw toSyntaxError(error);
	}
	let frontmatter: Frontmatter | undefined;
	const capture = (kind: Frontmatter['kind']) => (node: { value: string; position?: Position }) => {
		const { start, end } = node.position!;
		frontmatter = {
			kind,
			value: node.value,
			openingLine: start.line,
			closingLine: end.line,
			bodyOffset: end.offset ?? 0,
		};
	};
	const frontmatterPlugin: MdastPluginDefinition = {
		name: 'veille:frontmatter',
		options: { position: true },
		yaml: capture('yaml'),
		toml: capture('toml'),
	};
	let hast;
	try {
		visitMdastHandle(
			mdast,
			frontmatterPlugin,
			resolveMdastSubscriptions(frontmatterPlugin),
			source,
			undefined,
			{},
			'mdx',
			[],
		);
		hast = convertMdastToHastHandle(mdast, CONVERT_OPTIONS);
	} finally {
		dropHandle(mdast);
	}
	try {
		return use({
			frontmatter,
			runHastPlugins(entries, data = {}) {
				// As satteri's own pipeline does: each plugin's `before` hook, its visitors, its `after` hook.
				for (const plugin of normalizePlugins(
					entries,
					'hastPlugins',
					source,
					undefined,
					'mdx',
					data,
				)) {
					if (plugin.before)
						visitHastHook(hast, plugin, plugin.before, source, undefined, data, 'mdx', []);
					const subscriptions = resolveHastSubscriptions(plugin);
					if (subscriptions.length > 0) {
						visitHastHandle(hast, plugin, subscriptions, source, undefined, data, 'mdx', []);
					}
					if (plugin.after)
						visitHastHook(hast, plugin, plugin.after, source, undefined, data, 'mdx', []);
				}
			},
			toHtml: () => renderHandle(hast),
		});
	} finally {
		dropHandle(hast);
	}
}

interface Position {
	start: { line: number; column: number; offset?: number };
	end: { line: number; column: number; offset?: number };
}
