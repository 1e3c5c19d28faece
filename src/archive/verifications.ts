// The verification notes of the archive: those of each article's frontmatter (`verification:`) and
// those of its text (`<NoteDeVerification>`), with the id each has on its article page, for the
// article pages and the list of every note (/verifications/).
import type { InTextNote } from '../articles/components.ts';
import { formatFigureDate } from '../figures/figures.ts';
import type { Verification, VerificationKind } from '../schemas/source.ts';

/** A note's date as written (`YYYY-MM-DD` or `YYYY-MM`), and in French. */
export interface NoteDate {
	/** As written, for `<time datetime>`, e.g. `2025-02`. */
	iso: string;
	/** In French, e.g. "février 2025" or "10 janvier 2025". */
	text: string;
}

interface NoteBase {
	/** The note's id on its article page, e.g. `verification-1`. */
	id: string;
	kind: VerificationKind;
	date?: NoteDate;
}

/** A note of the frontmatter, shown after the article's text. */
export interface FrontmatterNote extends NoteBase {
	placement: 'after-text';
	/** What the source text said. */
	claim: string;
	/** The checked fact, or what happened later. */
	fact: string;
}

/** A `<NoteDeVerification>` of the article's text. */
export interface TextNote extends NoteBase {
	placement: 'in-text';
	/** The note's text, without markup. */
	text: string;
}

export type ArticleNote = FrontmatterNote | TextNote;

/** A note of the archive with the article it belongs to. */
export type ArchiveNote = ArticleNote & {
	article: { id: string; title: string; pubDate: Date };
};

/** What the notes of an article are read from. */
export interface NotesSource {
	id: string;
	title: string;
	pubDate: Date;
	verification: readonly Verification[];
	/** The in-text notes the content pipeline found, in order. */
	inText: readonly InTextNote[];
}

/**
 * A day or a month as written, in French.
 * @example toNoteDate('2025-02') // { iso: '2025-02', text: 'février 2025' }
 */
export function toNoteDate(written: string): NoteDate {
	// Written as a figure's date is (a day or a month), so shown the same way.
	return { iso: written, text: formatFigureDate(written) };
}

/** The id of the `index`-th (0-based) note of an article's frontmatter on its page. */
export function frontmatterNoteId(index: number): string {
	return `verification-${index + 1}`;
}

/** An article's notes in page order: those of the text, then those after it. */
export function getArticleNotes(
	source: Pick<NotesSource, 'verification' | 'inText'>,
): ArticleNote[] {
	const inText = source.inText.map((note): TextNote => ({
		placement: 'in-text',
		id: note.id,
		kind: note.kind,
		...(note.date ? { date: toNoteDate(note.date) } : {}),
		text: note.text,
	}));
	const after = source.verification.map((note, index): FrontmatterNote => ({
		placement: 'after-text',
		id: frontmatterNoteId(index),
		kind: note.kind,
		...(note.date ? { date: toNoteDate(note.date) } : {}),
		claim: note.claim,
		fact: note.fact,
	}));
	return [...inText, ...after];
}

/**
 * Every note of the archive, grouped by kind (in `kinds` order, an empty group kept), newest article
 * first (`articles` comes newest first) and in page order within an article.
 */
export function groupNotesByKind(
	articles: readonly NotesSource[],
	kinds: readonly VerificationKind[],
): { kind: VerificationKind; notes: ArchiveNote[] }[] {
	const all = articles.flatMap((article) =>
		getArticleNotes(article).map((note): ArchiveNote => ({
			...note,
			article: { id: article.id, title: article.title, pubDate: article.pubDate },
		})),
	);
	return kinds.map((kind) => ({ kind, notes: all.filter((note) => note.kind === kind) }));
}
