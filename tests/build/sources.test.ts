// What an article page says of its sources, its dates, its verification notes and its edition,
// and the list of every note at /verifications/, checked against the content as the pipeline reads it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/articles/pipeline.ts';
import { fr } from '../../src/i18n/fr.ts';
import { formatDate } from '../../src/i18n/dates.ts';
import { typesetFrench } from '../../src/i18n/typography.ts';
import { isHomePageUrl } from '../../src/schemas/source.ts';
import { ROOT } from '../helpers/build.ts';
import { readPage, textOf } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/site.ts';

const content = loadContent({ root: ROOT, contentDir: 'content', publicDir: 'public' });
const published = content.articles.filter((article) => !article.data.draft);
const page = (path: string) => readPage(SITE_DIR, join(path, 'index.html'));
const articlePage = (slug: string) => page(`articles/${slug}`);
const cases = published.map((article) => [article.id, article] as const);
/** The UI string as a page shows it, with its white space folded. */
const shown = (text: string) => text.replace(/[ \t\r\n]+/g, ' ');

describe('source blocks', () => {
	it('reads the real content without a problem', () => {
		expect(content.problems).toEqual([]);
	});

	it.each(cases)('%s: every link of the source block says what it leads to', (slug, article) => {
		const block = articlePage(slug).querySelector('.source-block')!;
		const links = block.querySelectorAll('a');
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			const kind = link.getAttribute('data-link');
			const href = link.getAttribute('href')!;
			if (kind === 'piece') {
				expect(isHomePageUrl(href), href).toBe(false);
				expect([fr['article.sourceLink'], fr['article.primarySourceLink']]).toContain(textOf(link));
			} else {
				expect(kind, href).toBe('publication');
				expect(textOf(link)).toBe(article.data.source.publication);
			}
		}
		const { url, publicationUrl } = article.data.source;
		const piece = block.querySelector('.source a[data-link="piece"]');
		const note = textOf(block.querySelector('.link-note'));
		if (url) {
			expect(piece?.getAttribute('href')).toBe(url);
			expect(note).toBe('');
		} else {
			expect(piece).toBeNull();
			expect(block.querySelector('a[data-link="publication"]')?.getAttribute('href')).toBe(
				publicationUrl,
			);
			expect(note).toBe(shown(fr['article.source.publicationOnly']));
		}
	});

	it('describes a newsletter item by its publication, newsletter and week, linking the publication', () => {
		const block = articlePage('kalray-offre-data-acceleration-platform').querySelector(
			'.source-block .source',
		);
		expect(textOf(block)).toBe(
			typesetFrench(
				"Source : L'Usine Digitale, newsletter « L'essentiel de l'actu IA », semaine du 6 janvier 2025.",
			),
		);
		expect(block?.querySelector('a')?.getAttribute('href')).toBe('https://www.usine-digitale.fr/');
	});

	it('links the primary sources that have an address, and only those', () => {
		for (const article of published) {
			const items = articlePage(article.id).querySelectorAll('.source-block li');
			expect(items).toHaveLength(article.data.primarySources.length);
			article.data.primarySources.forEach((primary, index) => {
				expect(items[index]!.querySelector('a')?.getAttribute('href')).toBe(primary.url);
			});
		}
	});
});

describe('the head of an article', () => {
	it.each(cases)(
		'%s: labels the date of the facts and shows when the source reported them',
		(slug, article) => {
			const doc = articlePage(slug);
			const { pubDate, pubDateKind, source } = article.data;
			const facts = doc.querySelector('.meta .facts-date');
			const label = fr[`article.dateKind.${pubDateKind}`];
			if (pubDateKind === 'signalement') {
				expect(textOf(facts)).toBe(label);
				expect(facts?.querySelector('time')).toBeNull();
			} else {
				expect(textOf(facts)).toBe(`${label} ${formatDate(pubDate)}`);
				expect(facts?.querySelector('time')?.getAttribute('datetime')).toBe(
					pubDate.toISOString().slice(0, 10),
				);
			}
			const reported = source.dateLabel ?? (source.date ? formatDate(source.date) : undefined);
			expect(textOf(doc.querySelector('.meta .source-date'))).toBe(
				`Source\u00a0: ${source.publication}${reported ? `, ${reported}` : ''}`,
			);
		},
	);

	it('shows the date of the facts, not that of the source, above a source of a later month', () => {
		const doc = articlePage('eni-hpc6-supercalculateur');
		expect(textOf(doc.querySelector('.meta .facts-date'))).toBe(
			typesetFrench('Classement du 18 novembre 2024'),
		);
		expect(textOf(doc.querySelector('.meta .source-date'))).toBe(
			typesetFrench("Source : L'Usine Digitale, semaine du 6 janvier 2025"),
		);
	});

	it('dates an article whose facts the source does not date by the source, in lists too', () => {
		const reported = published.filter((article) => article.data.pubDateKind === 'signalement');
		expect(reported.length).toBeGreaterThan(0);
		const edition = page('editions/lessentiel-actu-ia-2025-01-06');
		const timeline = page('chronologie');
		for (const article of reported) {
			const href = `/articles/${article.id}/`;
			const card = edition.querySelector(`.card-title a[href="${href}"]`)?.closest('.card');
			const expected = typesetFrench(`Source : ${article.data.source.dateLabel}`);
			expect(textOf(card?.querySelector('.card-meta > span')), article.id).toBe(expected);
			const entry = timeline.querySelector(`h3 a[href="${href}"]`)?.closest('li');
			expect(textOf(entry?.querySelector('.date')), article.id).toBe(expected);
			expect(textOf(card), article.id).not.toContain(formatDate(article.data.pubDate));
		}
	});

	it.each(content.editions.map((edition) => [edition.id, edition] as const))(
		'links every article of the edition %s to it',
		(id, edition) => {
			for (const { id: slug } of edition.data.items) {
				const link = articlePage(slug).querySelector('.meta .edition a');
				expect(link?.getAttribute('href'), slug).toBe(`/editions/${id}/`);
				expect(textOf(link)).toBe(
					typesetFrench(`« ${edition.data.title} », ${edition.data.dateLabel}`),
				);
			}
		},
	);

	it('names no edition on an article no edition carries', () => {
		const carried = new Set(content.editions.flatMap((e) => e.data.items.map((ref) => ref.id)));
		const alone = published.filter((article) => !carried.has(article.id));
		expect(alone.length).toBeGreaterThan(0);
		for (const article of alone) {
			expect(articlePage(article.id).querySelector('.meta .edition')).toBeNull();
		}
	});
});

describe('verification notes', () => {
	it.each(cases.filter(([, article]) => article.data.verification.length > 0))(
		'%s: each note shows its kind and links to /verifications/',
		(slug, article) => {
			const notes = articlePage(slug).querySelectorAll('aside.verification');
			expect(notes).toHaveLength(article.data.verification.length);
			article.data.verification.forEach((entry, index) => {
				const note = notes[index]!;
				const kind = fr[`article.verification.kind.${entry.kind}`];
				expect(note.id).toBe(`verification-${index + 1}`);
				expect(textOf(note.querySelector('.title')).startsWith(kind)).toBe(true);
				expect(note.getAttribute('aria-label')).toBe(`Note de vérification\u00a0: ${kind}`);
				expect(note.querySelector('a[href="/verifications/"]')).not.toBeNull();
			});
		},
	);

	it('dates the follow-up on Kalray by its month, February 2025', () => {
		const note = articlePage('kalray-offre-data-acceleration-platform').querySelector(
			'aside.verification-suivi',
		);
		expect(textOf(note?.querySelector('.title'))).toBe(typesetFrench('Suivi (février 2025)'));
		expect(note?.querySelector('time')?.getAttribute('datetime')).toBe('2025-02');
	});
});

describe('/verifications/', () => {
	const doc = page('verifications');
	const expected = published.flatMap((article) => [
		...article.notes.map((note) => ({
			kind: note.kind,
			href: `/articles/${article.id}/#${note.id}`,
		})),
		...article.data.verification.map((note, index) => ({
			kind: note.kind,
			href: `/articles/${article.id}/#verification-${index + 1}`,
		})),
	]);

	it('lists every note of the archive once, under its kind, linked to the note on its page', () => {
		const listed = doc.querySelectorAll('li.note').map((item) => ({
			kind: item.getAttribute('data-kind'),
			href: item.querySelector('h3 a')?.getAttribute('href'),
			section: item.closest('section')?.querySelector('h2')?.id,
		}));
		expect(listed.map(({ kind, href }) => ({ kind, href })).sort(byHref)).toEqual(
			[...expected].sort(byHref),
		);
		for (const { kind, section } of listed) expect(section).toBe(`vi-notes-${kind}`);
		expect(expected.length).toBeGreaterThanOrEqual(4);
	});

	it('shows the kind on each note and has a section for corrections and one for follow-ups', () => {
		expect(doc.querySelectorAll('section.kind h2').map(textOf)).toEqual(['Corrections', 'Suivis']);
		for (const item of doc.querySelectorAll('li.note')) {
			const kind = item.getAttribute('data-kind') as 'correction' | 'suivi';
			expect(
				textOf(item.querySelector('.note-kind')).startsWith(
					fr[`article.verification.kind.${kind}`],
				),
			).toBe(true);
		}
	});

	it('points each entry at an id its article page has', () => {
		for (const { href } of expected) {
			const [path, id] = href.split('#') as [string, string];
			expect(page(path.slice(1)).getElementById(id), href).not.toBeNull();
		}
	});
});

function byHref(a: { href?: string }, b: { href?: string }) {
	return (a.href ?? '').localeCompare(b.href ?? '');
}
