import { describe, expect, it } from 'vitest';
import { eventAttribute } from '../../../../src/articles/rules/event-attribute.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/event-attribute', () => {
	it.each([
		['<sub onClick="alert(1)">2</sub>', '<sub> has the event handler attribute onClick'],
		[
			'<Encadre onmouseover="x">Texte.</Encadre>',
			'<Encadre> has the event handler attribute onmouseover',
		],
	])('refuses %s', (source, message) => {
		expect(checkBody(source, eventAttribute).problems).toEqual([
			`1:1 mdx/event-attribute: ${message}; remove it (articles run no scripts)`,
		]);
	});

	it('accepts other attributes', () => {
		expect(checkBody('<abbr title="online">IA</abbr>', eventAttribute).problems).toEqual([]);
	});
});
