import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENT_SPECS } from '../../../src/content-check/components.ts';

const MDX_DIR = join(import.meta.dirname, '../../../src/components/mdx');

/** The props an Astro component declares in `interface Props`, with whether each is required. */
function declaredProps(name: string): Record<string, boolean> {
	const source = readFileSync(join(MDX_DIR, `${name}.astro`), 'utf8');
	const body = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
	return Object.fromEntries(
		[...body.matchAll(/^\t(\w+)(\??):/gm)].map(([, prop, optional]) => [prop, optional !== '?']),
	);
}

describe('COMPONENT_SPECS', () => {
	it('names exactly the components the article layout provides', () => {
		const index = readFileSync(join(MDX_DIR, 'index.ts'), 'utf8');
		const provided = /MDX_COMPONENTS = \{([^}]*)\}/
			.exec(index)?.[1]
			.split(',')
			.map((n) => n.trim());
		expect(provided?.sort()).toEqual(Object.keys(COMPONENT_SPECS).sort());
	});

	it.each(Object.entries(COMPONENT_SPECS))('checks the props %s declares', (name, spec) => {
		const required = Object.fromEntries(
			Object.entries(spec.props).map(([prop, { required }]) => [prop, required]),
		);
		expect(required).toEqual(declaredProps(name));
	});
});
