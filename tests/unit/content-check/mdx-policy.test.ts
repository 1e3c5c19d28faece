import { describe, expect, it } from 'vitest';
import { checkMdxPolicy } from '../../../src/content-check/mdx-policy.ts';
import { formatProblem } from '../../../src/content-check/problem.ts';

const context = {
	file: 'a.mdx',
	articleSlugs: ['article-existant'],
	imageExists: (path: string) => path === 'images/existe.png',
};

/** The formatted problems of an MDX body. */
function check(source: string): string[] {
	return checkMdxPolicy(source, context).map(formatProblem);
}

/** The rules an MDX body breaks. */
function rules(source: string): string[] {
	return checkMdxPolicy(source, context).map((problem) => problem.rule);
}

describe('checkMdxPolicy', () => {
	it.each([
		'Du **Markdown**, une [page](https://example.org/) et un [article](/articles/article-existant/#suite).',
		'Une <abbr title="Intelligence artificielle">IA</abbr>, CO<sub>2</sub>, 1<sup>er</sup>, <kbd>Ctrl</kbd><br />',
		'<Encadre titre="À retenir">Texte.</Encadre>',
		'<Chiffre valeur="1,1 milliard de dollars" legende="Engagement" />',
		'<Citation auteur="Prénom Nom" source="Communiqué" lien="https://www.example.org/">Texte.</Citation>',
		'<NoteDeVerification date="2025-01-10">Texte.</NoteDeVerification>',
		'<Figure src="/images/existe.png" alt="Un graphique" legende="Légende" />',
		'![Un graphique](/images/existe.png)',
		'Une accolade échappée \\{ et un [courriel](mailto:redaction@example.org).',
	])('accepts %s', (source) => {
		expect(check(source)).toEqual([]);
	});

	it.each([
		["import fs from 'node:fs'", 'mdx/no-import-export'],
		['export const x = 1', 'mdx/no-import-export'],
		['Total : {40 + 2}', 'mdx/no-expression'],
		['{/* un commentaire */}', 'mdx/no-expression'],
		['<Chiffre valeur={x} legende="L" />', 'mdx/no-expression'],
		['<Encadre {...props}>Texte.</Encadre>', 'mdx/no-expression'],
		['<Tableau />', 'mdx/unknown-component'],
		['<Foo.Bar />', 'mdx/unknown-component'],
		['<>Texte</>', 'mdx/unknown-component'],
		['<script>alert(1)</script>', 'mdx/unsafe-element'],
		['<style>{"body{}"}</style>', 'mdx/unsafe-element'],
		['<object data="x" />', 'mdx/unsafe-element'],
		['<embed src="x" />', 'mdx/unsafe-element'],
		['<form action="/x">Envoyer</form>', 'mdx/unsafe-element'],
		['<div>Texte</div>', 'mdx/html-element'],
		['<abbr class="x">IA</abbr>', 'mdx/html-element'],
		['<sub onClick="alert(1)">2</sub>', 'mdx/event-attribute'],
		['<Encadre style="color:red">Texte.</Encadre>', 'mdx/style-attribute'],
		['[lien](javascript:alert(1))', 'mdx/unsafe-url'],
		['[lien](JaVaScRiPt:alert(1))', 'mdx/unsafe-url'],
		['[lien](vbscript:msgbox)', 'mdx/unsafe-url'],
		['[lien][x]\n\n[x]: data:text/html,bonjour', 'mdx/unsafe-url'],
		['![x](data:image/png;base64,AAAA)', 'mdx/unsafe-url'],
		['![x](https://example.org/image.png)', 'mdx/image-source'],
		['![x](/images/absente.png)', 'mdx/missing-image'],
		['![](/images/existe.png)', 'mdx/image-alt'],
		['[article](/articles/article-absent/)', 'mdx/broken-article-link'],
		['<Figure src="/images/existe.png" legende="L" />', 'mdx/component-props'],
		['<Chiffre valeur="1" legende="L" unite="€" />', 'mdx/component-props'],
		['<Encadre titre="Vide"></Encadre>', 'mdx/component-props'],
		['<NoteDeVerification date="10 janvier">Texte.</NoteDeVerification>', 'mdx/component-props'],
		['<Citation auteur="A" source="S" lien="ftp://x">Texte.</Citation>', 'mdx/unsafe-url'],
		['TODO : écrire la suite.', 'mdx/placeholder'],
		['<!-- commentaire HTML -->', 'mdx/syntax'],
	])('refuses %s (%s)', (source, rule) => {
		expect(rules(source)).toContain(rule);
	});

	it('reports every problem of a file, not only the first', () => {
		expect(check("import x from 'y'\n\nTexte {1}.\n\n<script>alert(1)</script>"))
			.toMatchInlineSnapshot(`
			[
			  "a.mdx:1:1: mdx/no-import-export: import and export statements are not allowed; remove the line (Encadre, Chiffre, Citation, NoteDeVerification and Figure need no import)",
			  "a.mdx:3:7: mdx/no-expression: {…} expressions (comments {/* */} included) are not allowed; write plain text, or "\\{" for a literal brace",
			  "a.mdx:5:1: mdx/unsafe-element: <script> is not allowed in articles (no scripts, styles, embedded pages or forms); remove it",
			]
		`);
	});

	it('names a close component when the name has a typo', () => {
		expect(check('<Citaton auteur="A" source="S">Texte.</Citaton>')).toEqual([
			'a.mdx:1:1: mdx/unknown-component: unknown component <Citaton> — did you mean <Citation>?; articles may use Encadre, Chiffre, Citation, NoteDeVerification, Figure or the inline HTML elements <abbr>, <sub>, <sup>, <br>, <kbd>',
		]);
	});

	it('reports a syntax error with its line and column', () => {
		expect(check('Texte\n\n<Encadre>non fermé')).toEqual([
			expect.stringMatching(/^a\.mdx:\d+:\d+: mdx\/syntax: .+ — this is not valid MDX/),
		]);
	});
});
