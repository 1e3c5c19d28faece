/** How a component prop is checked. */
export type PropKind = 'text' | 'image' | 'url' | 'date';

/** A component contributors may use in MDX: its props and whether it wraps content. */
export interface ComponentSpec {
	/** Props by name; `true` when required. */
	props: Record<string, { required: boolean; kind: PropKind }>;
	/** `required`: the component wraps Markdown; `none`: it is self-closing. */
	children: 'required' | 'none';
	/** A one-line example for messages and CONTRIBUTING.md. */
	example: string;
}

/**
 * The components of `src/components/mdx/` that articles may use without importing them. Keep in step
 * with `MDX_COMPONENTS` in `src/components/mdx/index.ts` and CONTRIBUTING.md.
 */
export const COMPONENT_SPECS: Record<string, ComponentSpec> = {
	Encadre: {
		props: { titre: { required: false, kind: 'text' } },
		children: 'required',
		example: '<Encadre titre="À retenir">Texte en Markdown.</Encadre>',
	},
	Chiffre: {
		props: {
			valeur: { required: true, kind: 'text' },
			legende: { required: true, kind: 'text' },
		},
		children: 'none',
		example: '<Chiffre valeur="1,1 milliard de dollars" legende="Engagement de Coca-Cola" />',
	},
	Citation: {
		props: {
			auteur: { required: true, kind: 'text' },
			source: { required: true, kind: 'text' },
			lien: { required: false, kind: 'url' },
		},
		children: 'required',
		example:
			'<Citation auteur="Prénom Nom, fonction" source="Publication, 8 janvier 2025">Texte cité.</Citation>',
	},
	NoteDeVerification: {
		props: { date: { required: false, kind: 'date' } },
		children: 'required',
		example:
			'<NoteDeVerification date="2025-01-10">Ce que la vérification a établi.</NoteDeVerification>',
	},
	Figure: {
		props: {
			src: { required: true, kind: 'image' },
			alt: { required: true, kind: 'text' },
			legende: { required: true, kind: 'text' },
			credit: { required: false, kind: 'text' },
		},
		children: 'none',
		example:
			'<Figure src="/images/exemple.png" alt="Ce que montre l’image" legende="Légende affichée" />',
	},
};

/** Names of the allowed components. */
export const COMPONENT_NAMES = Object.keys(COMPONENT_SPECS);

/**
 * Raw HTML elements allowed in articles, with the attributes each may carry. Only harmless inline
 * elements Markdown cannot express; anything else would let an article change the page's layout.
 */
export const INLINE_HTML: Record<string, readonly string[]> = {
	abbr: ['title'],
	sub: [],
	sup: [],
	br: [],
	kbd: [],
};

/** Elements that run code, load other documents or submit data: always refused. */
export const UNSAFE_ELEMENTS = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'form',
	'input',
	'button',
	'textarea',
	'select',
	'link',
	'meta',
	'base',
	'template',
	'svg',
	'math',
	'portal',
]);
