// French typography of the content's validated data, applied once by the pipeline (`typesetData`).
import { typesetFrench } from '../i18n/typography.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Company } from '../schemas/company.ts';
import type { EditionData } from '../schemas/edition.ts';
import type { PrimarySource } from '../schemas/source.ts';
import type { Tag } from '../schemas/tag.ts';

/** The text fields of a source, which readers read; its URLs and dates stay as read. */
const SOURCE_TEXT = ['publication', 'title', 'newsletter', 'dateLabel'] as const;

/** A source with its text fields typeset. */
function typesetSource<S extends PrimarySource>(source: S): S {
	const typeset: Partial<Record<(typeof SOURCE_TEXT)[number], string>> = {};
	for (const key of SOURCE_TEXT) {
		const value = (source as Partial<Record<(typeof SOURCE_TEXT)[number], string>>)[key];
		if (typeof value === 'string') typeset[key] = typesetFrench(value);
	}
	return { ...source, ...typeset };
}

/**
 * The display text of validated data, set in French typography (src/i18n/typography.ts). This is
 * the one place the content's text gets it, so pages, feeds, social images and JSON all show the
 * same text. Only what readers read: URLs, slugs, references, dates and enum values stay as read.
 */
export const typesetData = {
	article: (data: ArticleData): ArticleData => ({
		...data,
		title: typesetFrench(data.title),
		description: typesetFrench(data.description),
		source: typesetSource(data.source),
		primarySources: data.primarySources.map(typesetSource),
		verification: data.verification.map((note) => ({
			...note,
			claim: typesetFrench(note.claim),
			fact: typesetFrench(note.fact),
		})),
		figures: data.figures.map((figure) => ({
			...figure,
			label: typesetFrench(figure.label),
			...(figure.unit === undefined ? {} : { unit: typesetFrench(figure.unit) }),
		})),
	}),
	tag: (data: Tag): Tag => ({
		...data,
		label: typesetFrench(data.label),
		description: typesetFrench(data.description),
	}),
	company: (data: Company): Company => ({
		...data,
		name: typesetFrench(data.name),
		description: typesetFrench(data.description),
	}),
	edition: (data: EditionData): EditionData => ({
		...data,
		title: typesetFrench(data.title),
		dateLabel: typesetFrench(data.dateLabel),
		publication: typesetFrench(data.publication),
	}),
};
