import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../../src/mdx/components.ts';
import { MdxRenderError, renderMdx } from '../../../src/mdx/render.ts';

describe('renderMdx', () => {
	it('renders Markdown with French smart punctuation', () => {
		const { html } = renderMdx('Un *mot* et "des guillemets"...\n\n- un\n- deux');
		expect(html).toContain('<em>mot</em>');
		expect(html).toContain('“des guillemets”…');
		expect(html).toContain('<ul>');
	});

	it('gives headings GitHub slugs, numbered when repeated, and returns them', () => {
		const { html, headings } = renderMdx(
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
		const { html } = renderMdx(
			'[a](/articles/x/) [b](https://example.org/) [c](#ancre) ![d](/images/d.png)',
			{ base: '/veille-ia/' },
		);
		expect(html).toContain('href="/veille-ia/articles/x/"');
		expect(html).toContain('href="https://example.org/"');
		expect(html).toContain('href="#ancre"');
		expect(html).toContain('src="/veille-ia/images/d.png"');
	});

	it('renders each component from its props and the Markdown it wraps', () => {
		const { html } = renderMdx(
			[
				'<Encadre titre="À retenir">\nLe contrat court sur **cinq ans**.\n</Encadre>',
				'<Chiffre valeur="1,1 milliard" legende="Engagement" />',
				'<Citation auteur="Prénom Nom" source="Communiqué" lien="https://example.org/c">\nCité.\n</Citation>',
				'<NoteDeVerification date="2025-01-10">\nVérifié.\n</NoteDeVerification>',
				'<Figure src="/images/x.png" alt="Texte" legende="Légende" credit="Photo : X" />',
			].join('\n\n'),
			{ base: '/sous/' },
		);
		expect(html).toContain(
			'<aside class="encadre" aria-label="À retenir"><p class="titre">À retenir</p><p>Le contrat court sur <strong>cinq ans</strong>.</p></aside>',
		);
		expect(html).toContain(
			'<figure class="chiffre"><p class="valeur">1,1 milliard</p><figcaption>Engagement</figcaption></figure>',
		);
		expect(html).toContain(
			'<blockquote cite="https://example.org/c"><p>Cité.</p></blockquote><figcaption>Prénom Nom, <cite><a href="https://example.org/c" rel="noopener noreferrer">Communiqué</a></cite></figcaption>',
		);
		expect(html).toContain('<time datetime="2025-01-10">10 janvier 2025</time>');
		expect(html).toContain(
			'<img src="/sous/images/x.png" alt="Texte" loading="lazy" decoding="async"><figcaption>Légende<span class="credit">Photo : X</span></figcaption>',
		);
	});

	it('renders the allowed inline elements with their allowed attributes', () => {
		const { html } = renderMdx(
			'Une <abbr title="Intelligence artificielle">IA</abbr>, CO<sub>2</sub>, <kbd>Ctrl</kbd>.',
		);
		expect(html).toBe(
			'<p>Une <abbr title="Intelligence artificielle">IA</abbr>, CO<sub>2</sub>, <kbd>Ctrl</kbd>.</p>',
		);
	});

	it.each([
		['an expression', 'Texte {1 + 1}.'],
		['an export', 'export const x = 1\n\nTexte.'],
		['an import', "import X from './x.astro'\n\nTexte."],
		['an unknown component', '<Inconnu />'],
		['a script element', '<script>alert(1)</script>'],
		['an expression attribute', '<Chiffre valeur={1} legende="x" />'],
		['a spread attribute', '<Chiffre {...props} />'],
		['an event attribute', '<abbr onclick="x">IA</abbr>'],
	])('refuses %s instead of rendering it', (_, source) => {
		expect(() => renderMdx(source)).toThrow(MdxRenderError);
	});

	it('declares, for every component, a one-line example that renders', () => {
		for (const [name, component] of Object.entries(COMPONENTS)) {
			expect(component.example.startsWith(`<${name}`)).toBe(true);
			expect(() => renderMdx(component.example)).not.toThrow();
		}
	});
});
