// The reader's pages over the real build: the home page leads with the latest edition, the week's
// figures and the Suivre block; editions show their date and count and state their title once;
// month headings link to their month pages; company pages show their description and figures.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFigure, type FigureValue } from '../../src/figures/figures.ts';
import { formatMonth, formatMonthHeading, monthName } from '../../src/i18n/dates.ts';
import { readContent } from '../helpers/content.ts';
import { readPage, textOf } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/site.ts';

interface Figure extends FigureValue {
	kind: string;
	label: string;
	companies: string[];
}

const content = readContent();
const published = content.articles.filter((article) => !article.draft);
const figuresOf = (slug: string) =>
	(published.find((article) => article.slug === slug)?.figures ?? []) as unknown as Figure[];
const page = (path: string) => readPage(SITE_DIR, join(path, 'index.html'));
const hrefs = (elements: ReturnType<ReturnType<typeof page>['querySelectorAll']>) =>
	elements.map((element) => element.getAttribute('href'));
/** `YYYY-MM` of an article's date, UTC. */
const monthOf = (date: Date) => date.toISOString().slice(0, 7);
/** Whether a root-relative URL is a file (or a folder's index.html) of the build. */
const isBuilt = (href: string) =>
	existsSync(href.endsWith('/') ? join(SITE_DIR, href, 'index.html') : join(SITE_DIR, href));
/** How many times `needle` occurs in `text`. */
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

const latest = [...content.editions].sort((a, b) => b.date.localeCompare(a.date))[0]!;

describe('the home page', () => {
	const home = page('');
	const main = home.querySelector('main')!;

	it('leads with the latest edition, its items in the edition’s order', () => {
		const section = main.querySelector('.latest-edition');
		expect(section, 'no .latest-edition').not.toBeNull();
		expect(main.querySelectorAll('section')[0]).toBe(section);
		expect(section!.querySelector(`a[href="/editions/${latest.id}/"]`)).not.toBeNull();
		expect(textOf(section)).toContain(latest.dateLabel);
		expect(hrefs(section!.querySelectorAll('ol > li > a'))).toEqual(
			latest.items.map((slug) => `/articles/${slug}/`),
		);
	});

	it('shows the week’s key figures, each with its kind, companies and article, saying which week', () => {
		const section = main.querySelector('.week-figures');
		expect(section, 'no .week-figures').not.toBeNull();
		expect(textOf(section!.querySelector('caption'))).toContain(latest.dateLabel);
		const expected = latest.items.flatMap((slug) =>
			figuresOf(slug).map((figure) => ({ slug, figure })),
		);
		const rows = section!.querySelectorAll('tbody tr');
		expect(rows).toHaveLength(expected.length);
		expected.forEach(({ slug, figure }, index) => {
			const row = rows[index]!;
			expect(textOf(row)).toContain(formatFigure(figure));
			expect(textOf(row)).toContain(figure.label);
			expect(textOf(row.querySelector('td.kind'))).not.toBe('');
			expect(row.querySelector(`td.article a[href="/articles/${slug}/"]`)).not.toBeNull();
			expect(hrefs(row.querySelectorAll('td.company a'))).toEqual(
				figure.companies.map((id) => `/entreprises/${id}/`),
			);
		});
	});

	it('has a Suivre block offering RSS, JSON Feed and a feed per theme and per company', () => {
		const block = main.querySelector('.follow');
		expect(block, 'no .follow').not.toBeNull();
		expect(textOf(block!.querySelector('h2'))).toBe('Suivre');
		expect(textOf(block!.querySelector('p'))).toMatch(/lecteur de flux/);
		const links = hrefs(block!.querySelectorAll('a'));
		expect(links).toContain('/rss.xml');
		expect(links).toContain('/feed.json');
		expect(block!.querySelector('a[href="/feed.json"]')?.getAttribute('type')).toBe(
			'application/feed+json',
		);
		const usedTags = content.tags.filter((tag) => published.some((a) => a.tags.includes(tag.id)));
		const usedCompanies = content.companies.filter((company) =>
			published.some((a) => a.companies.includes(company.id)),
		);
		for (const tag of usedTags) expect(links).toContain(`/tags/${tag.id}/rss.xml`);
		for (const company of usedCompanies)
			expect(links).toContain(`/entreprises/${company.id}/rss.xml`);
		expect(links.filter((href) => !isBuilt(href!))).toEqual([]);
	});
});

describe('the editions', () => {
	const index = page('editions');

	it.each(content.editions.map((edition) => [edition.id, edition]))(
		'/editions/ shows the date and article count of %s',
		(id, edition) => {
			const link = index.querySelector(`main a[href="/editions/${id}/"]`);
			const item = link?.closest('li');
			expect(item, `no item for ${id}`).not.toBeNull();
			const time = item!.querySelector('time');
			expect(time?.getAttribute('datetime')).toBe(edition.date);
			expect(textOf(time)).toBe(edition.dateLabel);
			const count = edition.items.length;
			expect(textOf(item!.querySelector('.count'))).toBe(`${count} article${count > 1 ? 's' : ''}`);
		},
	);

	it.each(content.editions.map((edition) => [edition.id, edition]))(
		'/editions/%s/ states its title once, in its heading',
		(id, edition) => {
			const main = page(`editions/${id}`).querySelector('main')!;
			expect(textOf(main.querySelector('h1'))).toBe(`${edition.title}, ${edition.dateLabel}`);
			expect(occurrences(textOf(main), edition.title)).toBe(1);
			expect(occurrences(textOf(main), edition.publication)).toBe(1);
		},
	);
});

describe('month headings', () => {
	const years = [...new Set(published.map((article) => article.pubDate.getUTCFullYear()))];

	it.each(years.map((year) => [year]))(
		'/archives/%i/ groups every article of the year by month, each heading linking to its month',
		(year) => {
			const main = page(`archives/${year}`).querySelector('main')!;
			const ofYear = published.filter((article) => article.pubDate.getUTCFullYear() === year);
			const months = [...new Set(ofYear.map((article) => monthOf(article.pubDate)))]
				.sort()
				.reverse();
			const sections = main.querySelectorAll('section.month');
			expect(
				sections.map((section) => section.querySelector('time')?.getAttribute('datetime')),
			).toEqual(months);
			for (const section of sections) {
				const month = section.querySelector('time')!.getAttribute('datetime')!;
				const [y, m] = month.split('-').map(Number);
				const link = section.querySelector('h2 a');
				expect(link?.getAttribute('href')).toBe(`/archives/${month.replace('-', '/')}/`);
				expect(textOf(link)).toBe(formatMonthHeading(y!, m!));
				const listed = hrefs(section.querySelectorAll('.card-title a'));
				const expected = ofYear
					.filter((article) => monthOf(article.pubDate) === month)
					.map((article) => `/articles/${article.slug}/`);
				expect([...listed].sort()).toEqual(expected.sort());
			}
		},
	);

	it('writes each month one way: capitalised as a heading, link or crumb, lowercase in a sentence', () => {
		const archives = page('archives');
		for (const month of new Set(published.map((article) => monthOf(article.pubDate)))) {
			const [y, m] = month.split('-').map(Number);
			const heading = formatMonthHeading(y!, m!);
			const path = `archives/${month.replace('-', '/')}`;
			const monthPage = page(path);
			expect(textOf(archives.querySelector(`a[href="/${path}/"]`))).toBe(heading);
			expect(textOf(monthPage.querySelector('h1'))).toBe(heading);
			expect(textOf(monthPage.querySelector('nav.breadcrumbs [aria-current="page"]'))).toBe(
				monthName(m!),
			);
			expect(monthName(m!)).toMatch(/^\p{Lu}/u);
			expect(textOf(monthPage.querySelector('.page-intro'))).toContain(formatMonth(y!, m!));
		}
		const timeline = page('chronologie');
		for (const heading of timeline.querySelectorAll('section[data-month] h2')) {
			expect(textOf(heading)).toMatch(/^\p{Lu}/u);
		}
	});

	it('link to their month page on a tag page that spans several months', () => {
		const tag = content.tags.find((candidate) => {
			const months = published
				.filter((article) => article.tags.includes(candidate.id))
				.map((article) => monthOf(article.pubDate));
			return new Set(months).size > 1;
		})!;
		const links = hrefs(page(`tags/${tag.id}`).querySelectorAll('h2.month-title a'));
		expect(links.length).toBeGreaterThan(1);
		expect(links.filter((href) => !/^\/archives\/\d{4}\/\d{2}\/$/.test(href!))).toEqual([]);
		expect(links.filter((href) => !isBuilt(href!))).toEqual([]);
	});
});

describe('company pages', () => {
	it.each(content.companies.map((company) => [company.id, company]))(
		'/entreprises/%s/ shows its one-line description and its key figures',
		(id, company) => {
			const main = page(`entreprises/${id}`).querySelector('main')!;
			expect(textOf(main.querySelector('.page-intro'))).toBe(company.description);
			const figures = published.flatMap((article) =>
				figuresOf(article.slug)
					.filter((figure) => figure.companies.includes(id))
					.map((figure) => ({ slug: article.slug, figure })),
			);
			const box = main.querySelector('.key-figures');
			if (figures.length === 0) {
				expect(box).toBeNull();
				return;
			}
			expect(box, `no .key-figures on ${id}`).not.toBeNull();
			const items = box!.querySelectorAll('.figure');
			expect(items).toHaveLength(figures.length);
			for (const { slug, figure } of figures) {
				const item = items.find((candidate) => textOf(candidate).includes(figure.label));
				expect(item, figure.label).toBeDefined();
				expect(textOf(item)).toContain(formatFigure(figure));
				expect(item!.querySelector(`a[href="/articles/${slug}/"]`)).not.toBeNull();
			}
		},
	);

	it('/entreprises/ shows each company’s description', () => {
		const index = page('entreprises');
		for (const company of content.companies) {
			const item = index.querySelector(`a[href="/entreprises/${company.id}/"]`)?.closest('li');
			expect(textOf(item)).toContain(company.description);
		}
	});
});
