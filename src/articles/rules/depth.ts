import type { HastVisitorContext } from 'satteri';
import { onElement, onJsxElement, type Positioned, type Rule } from './rule.ts';

/** Deepest nesting of elements accepted (lists in lists, quotes in quotes, components in components). */
export const MAX_NESTING = 20;

/** Parts of a list or a table, which nest with it rather than add a level of their own. */
const STRUCTURAL = new Set(['li', 'tbody', 'thead', 'tfoot', 'tr']);

/** Whether an ancestor adds a level of nesting. */
function addsLevel(node: object): boolean {
	const { type, tagName } = node as { type: string; tagName?: string };
	return type !== 'element' || !STRUCTURAL.has(tagName!);
}

/**
 * Structures nested past MAX_NESTING levels: no real article needs them, and every tree walk after
 * the check may assume a bounded depth. Reported once per article, at the first node too deep.
 */
export const depth: Rule = {
	id: 'mdx/depth',
	description: `lists, quotes and elements nested more than ${MAX_NESTING} levels deep`,
	create: (context) => {
		let reported = false;
		// satteri hands out one object per parent within a walk, so siblings share their parent's
		// depth: each parent's depth is computed once, from its own parent's.
		const depths = new WeakMap<object, number>();
		const depthOf = (node: object, ctx: HastVisitorContext): number => {
			const chain: object[] = [];
			let known = 0;
			for (let parent = ctx.parent(node as never) as object | undefined; parent;) {
				const cached = depths.get(parent);
				if (cached !== undefined) {
					known = cached;
					break;
				}
				if ((parent as { type: string }).type === 'root' || chain.length > 2 * MAX_NESTING) break;
				chain.push(parent);
				parent = ctx.parent(parent as never) as object | undefined;
			}
			for (let index = chain.length - 1; index >= 0; index--) {
				if (addsLevel(chain[index]!)) known++;
				depths.set(chain[index]!, known);
			}
			return known;
		};
		const check = (node: Positioned, ctx: HastVisitorContext) => {
			if (reported || depthOf(node, ctx) <= MAX_NESTING) return;
			reported = true;
			context.report(
				node,
				`this is nested more than ${MAX_NESTING} levels deep (lists in lists, quotes in quotes or elements in elements); flatten the structure`,
			);
		};
		return { ...onElement([], check), ...onJsxElement(check) };
	},
};
