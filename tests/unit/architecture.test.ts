// The source tree's architecture: each top-level folder of src/ is one concern, and imports between
// folders point one way (pages → layouts and components → features → schemas), with no cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Every source file of src/, as a path relative to it. */
function sourceFiles(): string[] {
	return readdirSync(SRC, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
		.map((entry) => relative(SRC, join(entry.parentPath, entry.name)));
}

/** The top-level folder of a path of src/, or the file's own name for files at the top. */
function folderOf(path: string): string {
	const [first, ...rest] = path.split(sep);
	return rest.length === 0 ? first!.replace(/\.\w+$/, '') : first!;
}

const IMPORT =
	/(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"?]+)|import\s*\(\s*['"](\.{1,2}\/[^'"?]+)|import\s+['"](\.{1,2}\/[^'"?]+)|new URL\(\s*['"](\.{1,2}\/[^'"?]+)['"],\s*import\.meta\.url/g;

/** Folder → the folders its files import from (relative imports only). */
function folderGraph(): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	for (const file of sourceFiles()) {
		const from = folderOf(file);
		const text = readFileSync(join(SRC, file), 'utf8');
		for (const match of text.matchAll(IMPORT)) {
			const specifier = match.slice(1).find(Boolean)!;
			const target = relative(SRC, resolve(SRC, dirname(file), specifier));
			if (target.startsWith('..')) continue;
			const to = folderOf(target);
			if (to === from) continue;
			if (!graph.has(from)) graph.set(from, new Set());
			graph.get(from)!.add(to);
		}
	}
	return graph;
}

/** The cycles of a graph, as the strongly connected components with more than one node. */
function cycles(graph: Map<string, Set<string>>): string[][] {
	let index = 0;
	const indexes = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const nodes = new Set([...graph.keys(), ...[...graph.values()].flatMap((set) => [...set])]);
	const visit = (node: string) => {
		indexes.set(node, index);
		low.set(node, index++);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!indexes.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node)!, indexes.get(next)!));
			}
		}
		if (low.get(node) === indexes.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1) found.push(component.sort());
		}
	};
	for (const node of [...nodes].sort()) if (!indexes.has(node)) visit(node);
	return found;
}

/** Folders that only display (routes, layouts, components) or run in the browser. */
const PRESENTATION = new Set(['pages', 'layouts', 'components', 'client', 'styles']);

describe('the folders of src/', () => {
	const graph = folderGraph();

	it('import each other without any cycle', () => {
		expect(cycles(graph)).toEqual([]);
	});

	it('let no feature folder import pages, layouts or components', () => {
		const upward = [...graph].flatMap(([from, targets]) =>
			PRESENTATION.has(from)
				? []
				: [...targets]
						.filter((to) => PRESENTATION.has(to) && to !== 'client')
						.map((to) => `${from} → ${to}`),
		);
		expect(upward).toEqual([]);
	});

	it('let schemas/ import no other folder of src/', () => {
		expect([...(graph.get('schemas') ?? [])]).toEqual([]);
	});

	it('are found by the import scan (a scan that sees nothing would pass the checks above)', () => {
		expect(graph.get('pages')?.has('archive')).toBe(true);
		expect(graph.get('articles')?.has('schemas')).toBe(true);
	});
});
