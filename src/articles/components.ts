// What an article's MDX may contain besides Markdown: the components contributors use without
// importing them, and a few inline HTML elements. Each component is declared once, here: the props
// the policy rules check (./rules/) and the HTML the renderer (./render.ts) writes for it. Their
// styles live in src/styles/prose.css. Every lookup goes through a Map, so a name such as
// `constructor` or `__proto__` is simply unknown.
import type { Element, ElementContent, Properties } from 'hast';
import { t } from '../i18n/t.ts';
import { formatDate, toIsoDate } from '../i18n/dates.ts';
import { parseCalendarDate } from '../schemas/primitives.ts';
import { VERIFICATION_KINDS, type VerificationKind } from '../schemas/source.ts';
import { paths } from '../urls/urls.ts';

/** How a component prop is checked. */
export type PropKind = 'text' | 'image' | 'url' | 'date';

/** A `<NoteDeVerification>` of an article's text, as the archive lists it on /verifications/. */
export interface InTextNote {
	/** The note's id on the article page, e.g. `note-de-verification-1`. */
	id: string;
	kind: VerificationKind;
	/** The `date` prop as written, `YYYY-MM-DD` (optional). */
	date?: string;
	/** The note's text, without markup. */
	text: string;
}

/** What a component's renderer receives. */
export interface ComponentInput {
	/** The props as written (text values only; the rules refuse anything else). */
	props: ReadonlyMap<string, string>;
	/** The rendered Markdown between the opening and closing tags. */
	children: ElementContent[];
	/**
	 * The in-text verification notes of the article rendered so far, shared by its components:
	 * `NoteDeVerification` numbers itself from it and adds itself to it.
	 */
	notes: InTextNote[];
}

/** A prop of a component: whether it is required, and how its value is checked. */
export interface PropSpec {
	required: boolean;
	kind: PropKind;
	/** The only values the prop accepts, when it takes one of a few words (optional). */
	values?: readonly string[];
}

/** A component contributors may use in MDX. */
export interface ComponentDefinition {
	/** Props by name. */
	props: ReadonlyMap<string, PropSpec>;
	/** `required`: the component wraps Markdown; `none`: it is self-closing. */
	children: 'required' | 'none';
	/** A one-line example for messages and CONTRIBUTING.md. */
	example: string;
	/** A rule between props, once each is valid: what is wrong and the fix, or `undefined`. */
	check?(props: ReadonlyMap<string, string>): string | undefined;
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

const required = (kind: PropKind, values?: readonly string[]): PropSpec => ({
	required: true,
	kind,
	values,
});
const optional = (kind: PropKind): PropSpec => ({ required: false, kind });

function definition(
	spec: Omit<ComponentDefinition, 'props'> & { props: Record<string, PropSpec> },
) {
	return { ...spec, props: new Map(Object.entries(spec.props)) };
}

/** The text of rendered content, white space folded, for lists that show it without markup. */
function plainText(nodes: readonly ElementContent[]): string {
	const text = (node: ElementContent): string =>
		node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';
	return nodes.map(text).join(' ').replace(/\s+/g, ' ').trim();
}

/** The components, in the order CONTRIBUTING.md presents them. */
export const COMPONENTS: ReadonlyMap<string, ComponentDefinition> = new Map([
	[
		/** A callout: a boxed aside with an optional title, wrapping Markdown. */
		'Encadre',
		definition({
			props: { titre: optional('text') },
			children: 'required',
			example: '<Encadre titre="À retenir">Texte en Markdown.</Encadre>',
			render: ({ props, children }) => {
				const titre = props.get('titre');
				return h('aside', { className: ['encadre'], ariaLabel: titre }, [
					titre && h('p', { className: ['titre'] }, [titre]),
					...children,
				]);
			},
		}),
	],
	[
		/** A key figure: a large value and what it measures. */
		'Chiffre',
		definition({
			props: { valeur: required('text'), legende: required('text') },
			children: 'none',
			example: '<Chiffre valeur="1,1 milliard de dollars" legende="Engagement de Coca-Cola" />',
			render: ({ props }) =>
				h('figure', { className: ['chiffre'] }, [
					h('p', { className: ['valeur'] }, [props.get('valeur')]),
					h('figcaption', {}, [props.get('legende')]),
				]),
		}),
	],
	[
		/** A quotation with who said it and where it was published (linked when `lien` is given). */
		'Citation',
		definition({
			props: { auteur: required('text'), source: required('text'), lien: optional('url') },
			children: 'required',
			example:
				'<Citation auteur="Prénom Nom, fonction" source="Publication, 8 janvier 2025">Texte cité.</Citation>',
			render: ({ props, children }) => {
				const lien = props.get('lien');
				const source = props.get('source') ?? '';
				return h('figure', { className: ['citation'] }, [
					h('blockquote', { cite: lien }, children),
					h('figcaption', {}, [
						`${props.get('auteur')}, `,
						h('cite', {}, [
							lien ? h('a', { href: lien, rel: ['noopener', 'noreferrer'] }, [source]) : source,
						]),
					]),
				]);
			},
		}),
	],
	[
		/**
		 * A verification note: a correction of the source (`type="correction"`) or a follow-up on what
		 * happened later (`type="suivi"`, dated), linked to the list of every note.
		 */
		'NoteDeVerification',
		definition({
			props: { type: required('text', VERIFICATION_KINDS), date: optional('date') },
			children: 'required',
			example:
				'<NoteDeVerification type="correction" date="2025-01-10">Ce que la vérification a établi.</NoteDeVerification>',
			check: (props) =>
				props.get('type') === 'suivi' && !props.has('date')
					? 'a follow-up (type="suivi") says when it happened: add date="YYYY-MM-DD"'
					: undefined,
			render: ({ props, children, notes }) => {
				const kind = props.get('type') as VerificationKind;
				const written = props.get('date');
				const date = written === undefined ? undefined : parseCalendarDate(written);
				const id = `note-de-verification-${notes.length + 1}`;
				notes.push({ id, kind, date: written, text: plainText(children) });
				const label = t(`article.verification.kind.${kind}`);
				return h(
					'aside',
					{
						className: ['note', `note-${kind}`],
						id,
						ariaLabel: t('article.verification.label', { kind: label }),
					},
					[
						h('p', { className: ['titre'], dataPagefindIgnore: true }, [
							label,
							date &&
								h('span', { className: ['date'] }, [
									' (',
									h('time', { dateTime: toIsoDate(date) }, [formatDate(date)]),
									')',
								]),
						]),
						...children,
						h('p', { className: ['note-lien', 'no-print'], dataPagefindIgnore: true }, [
							h('a', { href: paths.verifications() }, [t('article.verification.all')]),
						]),
					],
				);
			},
		}),
	],
	[
		/** An image from public/ with its alternative text, a caption and an optional credit. */
		'Figure',
		definition({
			props: {
				src: required('image'),
				alt: required('text'),
				legende: required('text'),
				credit: optional('text'),
			},
			children: 'none',
			example:
				'<Figure src="/images/exemple.png" alt="Ce que montre l’image" legende="Légende affichée" />',
			// The renderer puts the image's root-relative path under the site's base, like every image.
			render: ({ props }) => {
				const credit = props.get('credit');
				return h('figure', { className: ['figure'] }, [
					h('img', {
						src: props.get('src'),
						alt: props.get('alt'),
						loading: 'lazy',
						decoding: 'async',
					}),
					h('figcaption', {}, [
						props.get('legende'),
						credit && h('span', { className: ['credit'] }, [credit]),
					]),
				]);
			},
		}),
	],
]);

/** Names of the components, for messages. */
export const COMPONENT_NAMES = [...COMPONENTS.keys()];

/**
 * Raw HTML elements allowed in articles, with the attributes each may carry. Only harmless inline
 * elements Markdown cannot express; anything else would let an article change the page's layout.
 */
export const INLINE_HTML: ReadonlyMap<string, readonly string[]> = new Map([
	['abbr', ['title']],
	['sub', []],
	['sup', []],
	['br', []],
	['kbd', []],
]);

/** Elements that run code, load other documents or submit data: always refused. */
export const UNSAFE_ELEMENTS: ReadonlySet<string> = new Set([
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

/** What an article may use, for messages: the components and the inline HTML elements. */
export const ALLOWED_LIST = `${COMPONENT_NAMES.join(', ')} or the inline HTML elements ${[
	...INLINE_HTML.keys(),
]
	.map((name) => `<${name}>`)
	.join(', ')}`;
