// The components contributors may use in an article's MDX without importing them. Each one is
// declared once here: the props `npm run check:content` checks (src/content-check/) and the HTML the
// renderer (src/mdx/render.ts) writes for it. Their styles live in src/styles/prose.css.
import type { Element, ElementContent, Properties } from 'hast';
import { t } from '../i18n/t.ts';
import { formatDate, toIsoDate } from '../lib/dates.ts';

/** How a component prop is checked. */
export type PropKind = 'text' | 'image' | 'url' | 'date';

/** What a component's renderer receives. */
export interface ComponentInput {
	/** The props as written (string values only; the checker refuses anything else). */
	props: Record<string, string | undefined>;
	/** The rendered Markdown between the opening and closing tags. */
	children: ElementContent[];
	/** Turns a root-relative path (`/images/x.png`) into one under the site's base. */
	withBase: (path: string) => string;
}

/** A component contributors may use in MDX. */
export interface ComponentDefinition {
	/** Props by name, with whether each is required and how its value is checked. */
	props: Record<string, { required: boolean; kind: PropKind }>;
	/** `required`: the component wraps Markdown; `none`: it is self-closing. */
	children: 'required' | 'none';
	/** A one-line example for messages and CONTRIBUTING.md. */
	example: string;
	render(input: ComponentInput): Element;
}

/** A hast element; `undefined` and `false` children are dropped. */
export function h(
	tagName: string,
	properties: Properties,
	children: (ElementContent | string | undefined | false)[] = [],
): Element {
	return {
		type: 'element',
		tagName,
		properties,
		children: children
			.filter((child) => child !== undefined && child !== false)
			.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
	};
}

export const COMPONENTS: Record<string, ComponentDefinition> = {
	/** A callout: a boxed aside with an optional title, wrapping Markdown. */
	Encadre: {
		props: { titre: { required: false, kind: 'text' } },
		children: 'required',
		example: '<Encadre titre="À retenir">Texte en Markdown.</Encadre>',
		render: ({ props: { titre }, children }) =>
			h('aside', { className: ['encadre'], ariaLabel: titre }, [
				titre && h('p', { className: ['titre'] }, [titre]),
				...children,
			]),
	},
	/** A key figure: a large value and what it measures. */
	Chiffre: {
		props: {
			valeur: { required: true, kind: 'text' },
			legende: { required: true, kind: 'text' },
		},
		children: 'none',
		example: '<Chiffre valeur="1,1 milliard de dollars" legende="Engagement de Coca-Cola" />',
		render: ({ props: { valeur = '', legende = '' } }) =>
			h('figure', { className: ['chiffre'] }, [
				h('p', { className: ['valeur'] }, [valeur]),
				h('figcaption', {}, [legende]),
			]),
	},
	/** A quotation with who said it and where it was published (linked when `lien` is given). */
	Citation: {
		props: {
			auteur: { required: true, kind: 'text' },
			source: { required: true, kind: 'text' },
			lien: { required: false, kind: 'url' },
		},
		children: 'required',
		example:
			'<Citation auteur="Prénom Nom, fonction" source="Publication, 8 janvier 2025">Texte cité.</Citation>',
		render: ({ props: { auteur = '', source = '', lien }, children }) =>
			h('figure', { className: ['citation'] }, [
				h('blockquote', { cite: lien }, children),
				h('figcaption', {}, [
					`${auteur}, `,
					h('cite', {}, [
						lien ? h('a', { href: lien, rel: ['noopener', 'noreferrer'] }, [source]) : source,
					]),
				]),
			]),
	},
	/** A verification note: what checking a primary source found, optionally dated. */
	NoteDeVerification: {
		props: { date: { required: false, kind: 'date' } },
		children: 'required',
		example:
			'<NoteDeVerification date="2025-01-10">Ce que la vérification a établi.</NoteDeVerification>',
		render: ({ props, children }) => {
			const date = props.date ? new Date(props.date) : undefined;
			return h('aside', { className: ['note'], ariaLabel: t('article.verification') }, [
				h('p', { className: ['titre'] }, [
					t('article.verification'),
					date &&
						h('span', { className: ['date'] }, [
							' (',
							h('time', { dateTime: toIsoDate(date) }, [formatDate(date)]),
							')',
						]),
				]),
				...children,
			]);
		},
	},
	/** An image from public/ with its alternative text, a caption and an optional credit. */
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
		render: ({ props: { src = '', alt = '', legende = '', credit }, withBase }) =>
			h('figure', { className: ['figure'] }, [
				h('img', { src: withBase(src), alt, loading: 'lazy', decoding: 'async' }),
				h('figcaption', {}, [legende, credit && h('span', { className: ['credit'] }, [credit])]),
			]),
	},
};
