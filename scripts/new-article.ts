// `npm run new -- "Titre de l'article" [--tags a,b] [--companies x] [--source-url URL]
//   [--source-publication NAME] [--source-title T]`: creates content/articles/<slug>.mdx (or under
// VEILLE_CONTENT_DIR) with valid frontmatter and obvious placeholders; never overwrites a file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadVocabularies } from '../src/articles/pipeline.ts';
import { CONTENT_DIR } from '../src/content-dir.ts';
import { titleToSlug } from '../src/urls/slug.ts';
import { PLACEHOLDER } from '../src/content-check/placeholders.ts';
import { unknownSlugMessage, type ReferencedCollection } from '../src/content-check/references.ts';

interface Entry {
	id: string;
	label: string;
}

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

function checkSlugs(collection: ReferencedCollection, values: string[], known: Entry[]) {
	const ids = known.map((entry) => entry.id);
	for (const value of values) {
		if (!ids.includes(value))
			fail(`--${collection}: ${unknownSlugMessage(collection, value, ids)}`);
	}
}

function listOption(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
}

function yamlList(values: string[]): string {
	return values.length ? `\n${values.map((value) => `  - ${value}`).join('\n')}` : ' []';
}

function commentList(entries: Entry[]): string {
	return entries
		.map((entry) => `#   ${entry.id}${entry.label ? ` (${entry.label})` : ''}`)
		.join('\n');
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		tags: { type: 'string' },
		companies: { type: 'string' },
		'source-url': { type: 'string' },
		'source-publication': { type: 'string' },
		'source-title': { type: 'string' },
	},
});

const title = positionals.join(' ').trim();
if (!title)
	fail(
		'Usage: npm run new -- "Titre de l\'article" [--tags a,b] [--companies x] [--source-url URL] [--source-publication NAME] [--source-title T]',
	);
const articleSlug = titleToSlug(title);
if (!articleSlug)
	fail(`The title "${title}" gives an empty file name; use letters or digits in it.`);

const contentDir = path.resolve(CONTENT_DIR);
// The vocabularies as the content pipeline reads them (an invalid file simply lists no entry).
const vocabularies = loadVocabularies({ root: process.cwd(), contentDir });
const tags: Entry[] = vocabularies.tags.map(({ id, data }) => ({ id, label: data.label }));
const companies: Entry[] = vocabularies.companies.map(({ id, data }) => ({ id, label: data.name }));
const chosenTags = listOption(values.tags);
const chosenCompanies = listOption(values.companies);
checkSlugs('tags', chosenTags, tags);
checkSlugs('companies', chosenCompanies, companies);

const file = path.join(contentDir, 'articles', `${articleSlug}.mdx`);
const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
if (existsSync(file)) fail(`${shown} already exists; choose another title or edit that file.`);

const today = new Date().toISOString().slice(0, 10);
const quoted = (value: string | undefined, fallback: string) =>
	JSON.stringify(value?.trim() || fallback);
const text = `---
title: ${JSON.stringify(title)}
description: "${PLACEHOLDER} : chapô d'une ou deux phrases, 200 caractères au plus."
pubDate: ${today}
# 1 to 6 tags from content/tags.yaml, most important first:
${commentList(tags)}
tags:${yamlList(chosenTags)}
# Companies named in the article (optional), from content/companies.yaml:
${commentList(companies)}
companies:${yamlList(chosenCompanies)}
# The piece this article is written from. url: is the address of the piece itself, never a home
# page. When only the publication is known (a newsletter edition), replace url: by publicationUrl:
# (the publication's address) and describe the piece with newsletter: and date: (see CONTRIBUTING.md).
source:
  publication: ${quoted(values['source-publication'], PLACEHOLDER)}
  title: ${quoted(values['source-title'], PLACEHOLDER)}
  url: ${quoted(values['source-url'], 'https://example.org/a-completer')}
---

${PLACEHOLDER} : le texte de l'article, en Markdown. Voir CONTRIBUTING.md pour les composants
(Encadre, Chiffre, Citation, NoteDeVerification, Figure) et les règles de typographie.
`;

mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`Created ${shown}.

Next steps:
  1. Replace every "${PLACEHOLDER}" (description, source, body)${chosenTags.length ? '' : ' and pick 1 to 6 tags'}.
  2. Run \`npm run check:content\` until it reports no problems.
  3. Preview with \`npm run dev\`, then open http://localhost:4321/articles/${articleSlug}/
  4. Commit the file and open a pull request (see CONTRIBUTING.md).`);
