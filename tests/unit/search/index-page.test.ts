import { describe, expect, it } from 'vitest';
import { preparePageForIndex } from '../../../src/search/index-page.ts';

/** A page with `body` as its indexed article, between chrome Pagefind does not read. */
const page = (body: string) =>
	`<html lang="fr"><head><title>L’IA</title></head><body><nav>Menu CES</nav>` +
	`<article class="article" data-pagefind-body>${body}</article>` +
	`<aside><article><h2>Lire aussi : l’OTAN</h2></article></aside></body></html>`;

/** What Pagefind is handed of `page(body)`: the <html> start tag and the indexed article. */
const prepared = (body: string, filters = '') =>
	`<html lang="fr"><body><article class="article" data-pagefind-body>${body}</article>` +
	`${filters}</body></html>`;

/** The acronym filter list `preparePageForIndex` adds, for `acronyms`. */
const filter = (...acronyms: string[]) =>
	`<div hidden data-pagefind-ignore>${acronyms
		.map((acronym) => `<span data-pagefind-filter="sigle">${acronym}</span>`)
		.join('')}</div>`;

describe('preparePageForIndex', () => {
	it('keeps only the <html> start tag and the indexed element, its apostrophes made ASCII', () => {
		expect(
			preparePageForIndex(page('<h1 data-pagefind-meta="title">L’essor de l’intelligence</h1>')),
		).toBe(prepared('<h1 data-pagefind-meta="title">L\'essor de l\'intelligence</h1>'));
	});

	it('lists the acronyms of the indexed text as the sigle filter, before </body>', () => {
		expect(preparePageForIndex(page('<h1>Au CES, l’IA</h1><p>Des PC.</p>'))).toBe(
			prepared("<h1>Au CES, l'IA</h1><p>Des PC.</p>", filter('CES', 'IA', 'PC')),
		);
	});

	it('leaves out the text of data-pagefind-ignore elements, scripts and comments', () => {
		const html = preparePageForIndex(
			page(
				'<p data-pagefind-ignore>Source : l’AFP<span>EU</span></p><!-- TODO -->' +
					'<script>const XYZ = 1;</script><p>La BCE.</p><div data-pagefind-ignore="all">RGPD</div>',
			),
		);
		expect(html).toContain('<p data-pagefind-ignore>Source : l’AFP<span>EU</span></p>');
		expect(html).toContain(filter('BCE'));
	});

	it('ends the prepared page with the indexed element, nested elements of its name matched', () => {
		const html = preparePageForIndex(
			'<body><div data-pagefind-body><div>Le CES</div> et l’IA</div><p>l’ONU</p></body>',
		);
		expect(html).toBe(
			`<html><body><div data-pagefind-body><div>Le CES</div> et l'IA</div>${filter('CES', 'IA')}</body></html>`,
		);
	});

	it('reads attributes whose quoted values hold > and the body attribute', () => {
		const html = preparePageForIndex(
			'<body><p title="a > b data-pagefind-body">NON</p><main data-x="1>2" data-pagefind-body>' +
				'<img alt="x"><br/>Le GPU</main></body>',
		);
		expect(html).toContain(filter('GPU'));
		expect(html).not.toContain('>NON</span>');
	});

	it('returns a page without data-pagefind-body unchanged', () => {
		const html = '<html><body><p>Le CES et l’IA</p></body></html>';
		expect(preparePageForIndex(html)).toBe(html);
	});

	it('adds no filter to a page without acronyms', () => {
		expect(preparePageForIndex(page('<p>l’été</p>'))).toBe(prepared("<p>l'été</p>"));
	});
});
