import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../../src/articles/components.ts';
import { RULES } from '../../../src/articles/rules/index.ts';
import { checkBody, renderBody } from '../../helpers/mdx.ts';

describe('renderPlugins', () => {
	it('renders Markdown with smart punctuation', () => {
		const { html } = renderBody('Un *mot* et "des guillemets"...\n\n- un\n- deux');
		expect(html).toBe(
			'<p>Un <em>mot</em> et “des guillemets”…</p>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>',
		);
	});

	it('gives headings GitHub slugs, numbered when repeated, through Astro’s heading plugin', () => {
		const { html, headings } = renderBody(
			'## Les chiffres clés\n\n### Détail\n\n## Les chiffres clés',
		);
		expect(html).toContain('<h2 id="les-chiffres-clés">');
		expect(headings).toEqual([
			{ depth: 2, slug: 'les-chiffres-clés', text: 'Les chiffres clés' },
			{ depth: 3, slug: 'détail', text: 'Détail' },
			{ depth: 2, slug: 'les-chiffres-clés-1', text: 'Les chiffres clés' },
		]);
	});

	it('puts root-relative links and images under the base, and leaves other URLs alone', () => {
		const { html } = renderBody(
			'[a](/articles/x/) [b](https://example.org/) [c](#ancre) ![d](/images/d.png)',
			'/veille-ia/',
		);
		expect(html).toContain('href="/veille-ia/articles/x/"');
		expect(html).toContain('href="https://example.org/"');
		expect(html).toContain('href="#ancre"');
		expect(html).toContain('src="/veille-ia/images/d.png"');
	});

	it('renders each component from its props and the Markdown it wraps', () => {
		const { html } = renderBody(
			[
				'<Encadre titre="À retenir">\nLe contrat court sur **cinq ans**.\n</Encadre>',
				'<Chiffre valeur="1,1 milliard" legende="Engagement" />',
				'<Citation auteur="Prénom Nom" source="Communiqué" lien="https://example.org/c">\nCité.\n</Citation>',
				'<NoteDeVerification type="correction" date="2025-01-10">\nVérifié.\n</NoteDeVerification>',
				'<Figure src="/images/x.png" alt="Texte" legende="Légende" credit="Photo : X" />',
			].join('\n\n'),
			'/sous/',
		);
		expect(html).toContain(
			'<aside class="encadre" aria-label="À retenir"><p class="titre">À retenir</p><p>Le contrat court sur <strong>cinq ans</strong>.</p></aside>',
		);
		expect(html).toContain(
			'<figure class="chiffre"><p class="valeur">1,1\u00a0milliard</p><figcaption>Engagement</figcaption></figure>',
		);
		expect(html).toContain(
			'<blockquote cite="https://example.org/c"><p>Cité.</p></blockquote><figcaption>Prénom Nom, <cite><a href="https://example.org/c" rel="noopener noreferrer">Communiqué</a></cite></figcaption>',
		);
		expect(html).toContain('<time datetime="2025-01-10">10\u00a0janvier\u00a02025</time>');
		expect(html).toContain(
			'<img src="/sous/images/x.png" alt="Texte" loading="lazy" decoding="async"><figcaption>Légende<span class="credit">Photo\u00a0: X</span></figcaption>',
		);
	});

	it('numbers each verification note, titles it with its kind, links it to /verifications/ under the base and records it', () => {
		const { html, notes } = renderBody(
			[
				'<NoteDeVerification type="correction">\nLe communiqué dit **six** mois.\n</NoteDeVerification>',
				'<NoteDeVerification type="suivi" date="2025-02-12">\nCédée depuis.\n</NoteDeVerification>',
			].join('\n\n'),
			'/sous/',
		);
		expect(html).toContain(
			'<aside class="note note-correction" id="note-de-verification-1" aria-label="Note de vérification\u00a0: Correction"><p class="titre" data-pagefind-ignore>Correction</p><p>Le communiqué dit <strong>six</strong> mois.</p><p class="note-lien no-print" data-pagefind-ignore><a href="/sous/verifications/">Toutes les notes de vérification</a></p></aside>',
		);
		expect(html).toContain(
			'<p class="titre" data-pagefind-ignore>Suivi<span class="date"> (<time datetime="2025-02-12">12\u00a0février\u00a02025</time>)</span></p>',
		);
		expect(notes).toEqual([
			{
				id: 'note-de-verification-1',
				kind: 'correction',
				date: undefined,
				text: 'Le communiqué dit six mois.',
			},
			{ id: 'note-de-verification-2', kind: 'suivi', date: '2025-02-12', text: 'Cédée depuis.' },
		]);
	});

	it('renders the allowed inline elements with their allowed attributes', () => {
		expect(
			renderBody(
				'Une <abbr title="Intelligence artificielle">IA</abbr>, CO<sub>2</sub>, <kbd>Ctrl</kbd>.',
			).html,
		).toBe(
			'<p>Une <abbr title="Intelligence artificielle">IA</abbr>, CO<sub>2</sub>, <kbd>Ctrl</kbd>.</p>',
		);
	});

	it('labels the footnotes section in French', () => {
		const { html } = renderBody('Un fait[^1].\n\n[^1]: Sa source.');
		expect(html).toContain('>Notes</h2>');
		expect(html).toContain('aria-label="Retour à l’appel de note 1"');
	});

	it('counts the words of the rendered text, markup and URLs left out', () => {
		expect(
			renderBody(
				'## Un titre\n\nDu **texte** et [un lien](https://example.org/very/long/url) : 3 mots.',
			).words,
		).toBe(9);
	});

	it('declares, for every component, a one-line example that passes every rule and renders', () => {
		for (const [name, component] of COMPONENTS) {
			expect(component.example.startsWith(`<${name}`)).toBe(true);
			expect(
				checkBody(component.example.replace('/images/exemple.png', '/images/existe.png'), RULES)
					.problems,
			).toEqual([]);
			expect(renderBody(component.example).html).toMatch(/^<(aside|figure)/);
		}
	});

	it('sets the text in French typography, ordinals in superscript, code and URLs as typed', () => {
		const { html } = renderBody(
			[
				'Le 1er janvier 2025, « CarrefourIA » : 15 millions ; `a : b` et <kbd>Ctrl ?</kbd> !',
				"[l’IA : ici](https://example.org/l'ia?x=1) https://example.org/a?b",
				'```\nconst a = b ? c : d;\n```',
			].join('\n\n'),
		);
		expect(html.replaceAll('\u00a0', '~').replaceAll('\u202f', '^')).toBe(
			[
				'<p>Le 1<sup>er</sup>~janvier~2025, «^CarrefourIA^»~: 15~millions^; <code>a : b</code> et <kbd>Ctrl ?</kbd>^!</p>',
				'<p><a href="https://example.org/l&#x27;ia?x=1">l’IA~: ici</a> <a href="https://example.org/a?b">https://example.org/a?b</a></p>',
				'<pre><code>const a = b ? c : d;\n</code></pre>',
			].join('\n'),
		);
	});

	it('keeps the heading ids of the text as typed, and typesets the table of contents', () => {
		const { html, headings } = renderBody('## CES 2025 : le 6 janvier 2025');
		expect(html).toBe(
			'<h2 id="ces-2025--le-6-janvier-2025">CES 2025\u00a0: le 6\u00a0janvier\u00a02025</h2>',
		);
		expect(headings).toEqual([
			{
				depth: 2,
				slug: 'ces-2025--le-6-janvier-2025',
				text: 'CES 2025\u00a0: le 6\u00a0janvier\u00a02025',
			},
		]);
	});
});
