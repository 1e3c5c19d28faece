// The policy rules of an article's MDX body, and the one satteri plugin that runs them all in a
// single walk of the tree. Each rule has its own file and its own tests (tests/unit/articles/rules/).
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { articleLink } from './article-link.ts';
import { componentProps } from './component-props.ts';
import { controlCharacter } from './control-character.ts';
import { depth } from './depth.ts';
import { emptyBody } from './empty-body.ts';
import { eventAttribute } from './event-attribute.ts';
import { htmlElement } from './html-element.ts';
import { imageAlt, imageSource, missingImage } from './images.ts';
import { noExpression } from './no-expression.ts';
import { noImportExport } from './no-import-export.ts';
import { placeholder } from './placeholder.ts';
import type { Rule, RuleContext } from './rule.ts';
import { styleAttribute } from './style-attribute.ts';
import { unknownComponent } from './unknown-component.ts';
import { unsafeElement } from './unsafe-element.ts';
import { unsafeUrl } from './unsafe-url.ts';

export type { Rule, RuleContext, Positioned } from './rule.ts';

/** Every rule, each run over every article. */
export const RULES: readonly Rule[] = [
	depth,
	noImportExport,
	noExpression,
	unknownComponent,
	unsafeElement,
	htmlElement,
	eventAttribute,
	styleAttribute,
	componentProps,
	unsafeUrl,
	articleLink,
	imageSource,
	missingImage,
	imageAlt,
	placeholder,
	controlCharacter,
	emptyBody,
];

type Visitors = ReturnType<Rule['create']>;
type VisitorKey = keyof Visitors;
type AnyVisitor = (node: never, ctx: HastVisitorContext) => unknown;
type FilteredVisitor = { filter: string[]; visit: AnyVisitor };

/** Node types whose visitors filter by tag or component name. */
const FILTERED = ['element', 'mdxJsxFlowElement', 'mdxJsxTextElement'] as const;
/** Node types visited without a filter. */
const PLAIN = ['text', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const;

/**
 * Runs every rule over a tree in a single walk: one satteri plugin hands each node to every rule
 * that visits its type, then each rule's `done` runs. A rule that throws is reported through
 * `onError` and skipped for the rest of the article; the others go on.
 */
export function runRules(
	run: (plugin: HastPluginDefinition) => void,
	rules: readonly Rule[],
	contextFor: (rule: Rule) => RuleContext,
	onError: (rule: Rule, error: unknown) => void,
): void {
	const active = rules.map((rule) => ({
		rule,
		visitors: rule.create(contextFor(rule)),
		failed: false,
	}));
	const call = (
		entry: (typeof active)[number],
		visit: AnyVisitor,
		node: never,
		ctx: HastVisitorContext,
	) => {
		if (entry.failed) return;
		try {
			visit(node, ctx);
		} catch (error) {
			entry.failed = true;
			onError(entry.rule, error);
		}
	};
	const plugin: Record<string, unknown> = { name: 'veille:rules', options: { position: true } };
	for (const key of FILTERED) {
		const parts = active.flatMap((entry) =>
			([entry.visitors[key]].flat().filter(Boolean) as FilteredVisitor[]).map((visitor) => ({
				entry,
				visitor,
				filter: new Set(visitor.filter),
			})),
		);
		if (parts.length === 0) continue;
		plugin[key] = {
			filter: [],
			visit: (node: { tagName?: string; name?: string | null }, ctx: HastVisitorContext) => {
				const name = node.tagName ?? node.name ?? '';
				for (const { entry, visitor, filter } of parts) {
					if (filter.size === 0 || filter.has(name)) call(entry, visitor.visit, node as never, ctx);
				}
			},
		};
	}
	for (const key of PLAIN) {
		const parts = active.filter((entry) => entry.visitors[key as VisitorKey]);
		if (parts.length === 0) continue;
		plugin[key] = (node: never, ctx: HastVisitorContext) => {
			for (const entry of parts)
				call(entry, entry.visitors[key as VisitorKey] as AnyVisitor, node, ctx);
		};
	}
	run(plugin as unknown as HastPluginDefinition);
	for (const entry of active) {
		const { done } = entry.visitors;
		if (done) call(entry, done as AnyVisitor, undefined as never, undefined as never);
	}
}
