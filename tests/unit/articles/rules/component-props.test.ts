import { describe, expect, it } from 'vitest';
import { componentProps } from '../../../../src/articles/rules/component-props.ts';
import { checkBody } from '../../../helpers/mdx.ts';

const problemsOf = (source: string) => checkBody(source, componentProps).problems;

describe('mdx/component-props', () => {
	it.each([
		'<Encadre titre="À retenir">Texte.</Encadre>',
		'<Chiffre valeur="1,1 milliard de dollars" legende="Engagement" />',
		'<Citation auteur="Prénom Nom" source="Communiqué" lien="https://www.example.org/">Texte.</Citation>',
		'<NoteDeVerification type="correction" date="2025-01-10">Texte.</NoteDeVerification>',
		'<NoteDeVerification type="correction">Texte.</NoteDeVerification>',
		'<NoteDeVerification type="suivi" date="2025-02-12">Texte.</NoteDeVerification>',
		'<Figure src="/images/existe.png" alt="Un graphique" legende="Légende" />',
	])('accepts %s', (source) => {
		expect(problemsOf(source)).toEqual([]);
	});

	it.each([
		['<Figure src="/images/existe.png" legende="L" />', '<Figure> needs the prop alt="…"'],
		[
			'<Chiffre valeur="1" legende="L" unite="€" />',
			'<Chiffre> has no prop "unite"; its props are valeur, legende',
		],
		[
			'<Encadre constructor="x">Texte.</Encadre>',
			'<Encadre> has no prop "constructor"; its props are titre',
		],
		[
			'<Encadre titre="Vide"></Encadre>',
			'<Encadre> needs content between <Encadre> and </Encadre>',
		],
		[
			'<Chiffre valeur="1" legende="L">Texte</Chiffre>',
			'<Chiffre> takes no content; write it self-closing',
		],
		['<Chiffre valeur="" legende="L" />', '<Chiffre> prop valeur needs a value: valeur="…"'],
		[
			'<Chiffre valeur="1" valeur="2" legende="L" />',
			'<Chiffre> prop valeur is given twice; keep one',
		],
		[
			'<Citation auteur="A" source="S" lien="/articles/x/">Texte.</Citation>',
			'<Citation> prop lien must be an http(s) address, e.g. lien="https://…"',
		],
		[
			'<NoteDeVerification type="correction" date="10 janvier">Texte.</NoteDeVerification>',
			'<NoteDeVerification> prop date: "10 janvier" is not a date: expected a date written YYYY-MM-DD, e.g. 2025-01-08',
		],
		[
			'<NoteDeVerification type="correction" date="2025-13-45">Texte.</NoteDeVerification>',
			'<NoteDeVerification> prop date: "2025-13-45" is not a calendar date (no such day or month); check the day and the month',
		],
		[
			'<NoteDeVerification type="correction" date="2031-01-01">Texte.</NoteDeVerification>',
			'<NoteDeVerification> prop date: 2031-01-01 is in the future (compared in UTC); use the day it happened or was published',
		],
		[
			'<NoteDeVerification date="2025-01-10">Texte.</NoteDeVerification>',
			'<NoteDeVerification> needs the prop type="…"',
		],
		[
			'<NoteDeVerification type="corection">Texte.</NoteDeVerification>',
			'<NoteDeVerification> prop type must be one of correction, suivi, e.g. type="correction"',
		],
		[
			'<NoteDeVerification type="suivi">Texte.</NoteDeVerification>',
			'<NoteDeVerification> a follow-up (type="suivi") says when it happened: add date="YYYY-MM-DD"',
		],
	])('refuses %s', (source, message) => {
		expect(problemsOf(source)).toEqual([
			expect.stringMatching(
				new RegExp(`^1:1 mdx/component-props: ${RegExp.escape(message)}\\. Example: <`),
			),
		]);
	});

	it('names the prop a misspelt one was probably meant to be, and that prop as missing', () => {
		expect(problemsOf('<Chiffre valeur="1" legend="L" />')).toEqual([
			expect.stringContaining(
				'<Chiffre> has no prop "legend" — did you mean "legende"?; its props are valeur, legende.',
			),
			expect.stringContaining('<Chiffre> needs the prop legende="…".'),
		]);
	});

	it('counts an expression prop as given, leaving it to mdx/no-expression', () => {
		expect(problemsOf('<Chiffre valeur={1} legende="L" />')).toEqual([]);
	});
});
