import { describe, expect, it } from 'vitest';
import { preparePageForIndex } from '../../../src/search/index-page.ts';

/** A page with `body` as its indexed article, between chrome Pagefind does not read. */
const page = (body: string) =>
	`<html lang="fr"><head><title>L’IA</title></head><body><nav>Menu CES</nav>` +
	`<article class="article" data-pagefind-body>${body}</article>` +
	`<aside><article><h2>Lire aussi : l’OTAN</h2></article></aside></body></html>`;

/** The acronym filter list `preparePageForIndex` adds, for `acronyms`. */
const filter = (...acronyms: string[]) =>
	`<div hidden data-pagefind-ignore>${acronyms
		.map((acronym) => `<span data-pagefind-filter="sigle">${acronym}</span>`)
		.join('')}</div>`;

describe('preparePageForIndex', () => {
	it('writes the French apostrophe as ASCII in the indexed text only', () => {
		const html = preparePageForIndex(
			page('<h1 data-pagefind-meta="title">L’essor de l’intelligence</h1>'),
		);
		expect(html).toContain('<h1 data-pagefind-meta="title">L\'essor de l\'intelligence</h1>');
		expect(html).toContain('<title>L’IA</title>');
		expect(html).toContain('<h2>Lire aussi : l’OTAN</h2>');
	});

	it('lists the acronyms of the indexed text as the sigle filter, before </body>', () => {
		expect(preparePageForIndex(page('<h1>Au CES, l’IA</h1><p>Des PC.</p>'))).toBe(
			page("<h1>Au CES, l'IA</h1><p>Des PC.</p>").replace(
				'</body>',
				`${filter('CES', 'IA', 'PC')}</body>`,
			),
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

	it('matches nested elements of the same name to find the end of the indexed element', () => {
		const html = preparePageForIndex(
			'<body><div data-pagefind-body><div>Le CES</div> et l’IA</div><p>l’ONU</p></body>',
		);
		expect(html).toBe(
			`<body><div data-pagefind-body><div>Le CES</div> et l'IA</div><p>l’ONU</p>${filter('CES', 'IA')}</body>`,
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
		expect(preparePageForIndex(page('<p>l’été</p>'))).toBe(page("<p>l'été</p>"));
	});
});
