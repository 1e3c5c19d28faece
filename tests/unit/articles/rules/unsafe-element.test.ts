import { describe, expect, it } from 'vitest';
import { unsafeElement } from '../../../../src/articles/rules/unsafe-element.ts';
import { checkBody } from '../../../helpers/mdx.ts';

describe('mdx/unsafe-element', () => {
	it.each([
		'<script>alert(1)</script>',
		'<style>{"body{}"}</style>',
		'<object data="x" />',
		'<embed src="x" />',
		'<form action="/x">Envoyer</form>',
		'<IFRAME src="x"></IFRAME>',
		'<svg><circle /></svg>',
	])('refuses %s', (source) => {
		const name = /^<(\w+)/.exec(source)![1];
		expect(checkBody(source, unsafeElement).problems).toEqual([
			`1:1 mdx/unsafe-element: <${name}> is not allowed in articles (no scripts, styles, embedded pages or forms); remove it`,
		]);
	});

	it('accepts the allowed inline elements', () => {
		expect(checkBody('CO<sub>2</sub> et <kbd>Ctrl</kbd>.', unsafeElement).problems).toEqual([]);
	});
});
