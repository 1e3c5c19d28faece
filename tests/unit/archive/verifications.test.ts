import { describe, expect, it } from 'vitest';
import {
	getArticleNotes,
	groupNotesByKind,
	toNoteDate,
	type NotesSource,
} from '../../../src/archive/verifications.ts';

const correction = {
	kind: 'correction' as const,
	claim: 'La newsletter disait un mois.',
	fact: 'La campagne dure six mois.',
};
const followUp = {
	kind: 'suivi' as const,
	date: '2025-02',
	claim: 'La newsletter faisait état d’une offre.',
	fact: 'L’activité a été cédée.',
};

function source(id: string, pubDate: string, extra: Partial<NotesSource> = {}): NotesSource {
	return {
		id,
		title: `Article ${id}`,
		pubDate: new Date(pubDate),
		verification: [],
		inText: [],
		...extra,
	};
}

describe('toNoteDate', () => {
	it.each([
		['2025-02', 'février\u00a02025'],
		['2025-01-10', '10\u00a0janvier\u00a02025'],
		['2025-03-01', '1er\u00a0mars\u00a02025'],
	])('writes %s as "%s" and keeps it as written for datetime', (written, text) => {
		expect(toNoteDate(written)).toEqual({ iso: written, text });
	});
});

describe('getArticleNotes', () => {
	it('lists the notes of the text, then those of the frontmatter, numbered in their order', () => {
		const notes = getArticleNotes({
			verification: [correction, followUp],
			inText: [{ id: 'note-de-verification-1', kind: 'correction', text: 'Dans le texte.' }],
		});
		expect(notes).toEqual([
			{
				placement: 'in-text',
				id: 'note-de-verification-1',
				kind: 'correction',
				text: 'Dans le texte.',
			},
			{ placement: 'after-text', id: 'verification-1', ...correction },
			{
				placement: 'after-text',
				id: 'verification-2',
				...followUp,
				date: { iso: '2025-02', text: 'février\u00a02025' },
			},
		]);
	});
});

describe('groupNotesByKind', () => {
	it('groups every note by kind in the order of the kinds, articles in their order, notes in page order', () => {
		const groups = groupNotesByKind(
			[
				source('b', '2025-01-03', { verification: [correction] }),
				source('a', '2024-12-20', {
					verification: [followUp],
					inText: [{ id: 'note-de-verification-1', kind: 'correction', text: 'Texte.' }],
				}),
				source('c', '2024-01-01'),
			],
			['correction', 'suivi'],
		);
		expect(
			groups.map(({ kind, notes }) => [kind, notes.map((note) => `${note.article.id}#${note.id}`)]),
		).toEqual([
			['correction', ['b#verification-1', 'a#note-de-verification-1']],
			['suivi', ['a#verification-1']],
		]);
	});

	it('keeps an empty group for a kind no note has', () => {
		expect(groupNotesByKind([source('c', '2024-01-01')], ['suivi'])).toEqual([
			{ kind: 'suivi', notes: [] },
		]);
	});
});
