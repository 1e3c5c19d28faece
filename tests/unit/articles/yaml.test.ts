import { describe, expect, it } from 'vitest';
import { ALIAS_BUDGET, MAX_DEPTH, parseStrictYaml } from '../../../src/articles/yaml.ts';
import { formatProblem } from '../../../src/content-check/problem.ts';

/** The problem lines of a YAML text, or its value when it passes. */
function parse(text: string, firstLine = 1) {
	const result = parseStrictYaml(text, { file: 'f.yaml', firstLine });
	return result.problems ? result.problems.map(formatProblem) : result.value.data;
}

describe('parseStrictYaml', () => {
	it('keeps dates, yes and numbers with leading zeros as the YAML 1.2 core schema reads them', () => {
		expect(parse('a: 2025-01-08\nb: yes\nc: 007\nd: "x"\ne: [1, 2]')).toEqual({
			a: '2025-01-08',
			b: 'yes',
			c: 7,
			d: 'x',
			e: [1, 2],
		});
	});

	it('gives the file line of a nested field, or of the nearest value that holds it', () => {
		const result = parseStrictYaml('a:\n  b:\n    - c: 1', { file: 'f.yaml', firstLine: 10 });
		expect(result.value?.lineOf(['a', 'b', 0, 'c'])).toBe(12);
		expect(result.value?.lineOf(['a', 'absent'])).toBe(11);
	});

	it.each([
		[
			'a merge key',
			'x: &x {b: 1}\ny:\n  <<: *x',
			'f.yaml:3: yaml/merge-key: y: merge keys (`<<:`) are not allowed; write every field out',
		],
		[
			'a %YAML directive',
			'%YAML 1.1\n---\na: 1',
			'f.yaml:1: yaml/directive: YAML directives (`%YAML`, `%TAG`) are not allowed; remove the line',
		],
		[
			'an explicit core tag',
			'a: !!str 1',
			'f.yaml:1: yaml/tag: a: the explicit tag !!str is not allowed; remove it and write a plain value',
		],
		[
			'a language tag',
			'a: !!js/regexp /x/',
			'f.yaml:1:4: yaml/tag: the explicit tag !!js/regexp is not allowed; remove it and write a plain value',
		],
		[
			'a duplicate key',
			'a: 1\na: 2',
			'f.yaml:2:1: yaml/duplicate-key: this key is given twice in the same block; keep one',
		],
		[
			'a map used as a key',
			'? {a: 1}\n: 2',
			'f.yaml:1: yaml/complex-key: a key must be a plain name, e.g. `title:`',
		],
		[
			'two documents',
			'a: 1\n---\nb: 2',
			'f.yaml:2: yaml/syntax: invalid YAML: a second document starts here ("---"); keep one document per file',
		],
		[
			'an escaped control character',
			'a: "x\\u202Ey"',
			'f.yaml:1: yaml/control-character: a: the value holds U+202E (a bidirectional control character, invisible in most editors): delete it',
		],
		[
			'a placeholder',
			'a: "TODO"',
			'f.yaml:1: schema/placeholder: a: unfilled placeholder "TODO"; replace it with the real value',
		],
	])('refuses %s', (_, text, problem) => {
		expect(parse(text)).toEqual([problem]);
	});

	it(`refuses more than ${ALIAS_BUDGET} aliases, once`, () => {
		const text = `a: &a 1\nb: [${Array(ALIAS_BUDGET + 5)
			.fill('*a')
			.join(', ')}]`;
		expect(parse(text)).toEqual([
			`f.yaml:2: yaml/alias: b[${ALIAS_BUDGET}]: more than ${ALIAS_BUDGET} aliases (*name); write the values out`,
		]);
	});

	it(`accepts ${MAX_DEPTH} levels of nesting and refuses deeper ones before the document is built`, () => {
		expect(parse(`a: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}`)).toEqual({
			a: expect.any(Array),
		});
		for (const depth of [MAX_DEPTH + 1, 100_000]) {
			expect(parse(`a: ${'['.repeat(depth)}${']'.repeat(depth)}`)).toEqual([
				`f.yaml:1:${MAX_DEPTH + 3}: yaml/depth: lists and fields are nested more than ${MAX_DEPTH} levels deep here; flatten them`,
			]);
		}
	});
});
