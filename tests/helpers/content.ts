// Reads a content folder straight from disk (YAML + frontmatter), as the oracle for build tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './build.ts';

export interface RawArticle {
	slug: string;
	title: string;
	pubDate: Date;
	tags: string[];
	companies: string[];
	draft: boolean;
	/** The `figures` frontmatter as written (dates may be Date objects or "YYYY-MM" strings). */
	figures: Record<string, unknown>[];
}

export interface RawContent {
	articles: RawArticle[];
	tags: { id: string; label: string }[];
	companies: { id: string; name: string }[];
	editions: { id: string; items: string[] }[];
}

/** Parses the content folder (the real `content/` by default). */
export function readContent(dir = join(ROOT, 'content')): RawContent {
	const articles = readdirSync(join(dir, 'articles'))
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => {
			const text = readFileSync(join(dir, 'articles', file), 'utf8');
			const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
			return {
				slug: file.replace(/\.mdx$/, ''),
				title: data.title,
				pubDate: new Date(data.pubDate),
				tags: data.tags ?? [],
				companies: data.companies ?? [],
				draft: data.draft === true,
				figures: data.figures ?? [],
			};
		});
	const editions = readdirSync(join(dir, 'editions')).map((file) => ({
		id: file.replace(/\.ya?ml$/, ''),
		items: parse(readFileSync(join(dir, 'editions', file), 'utf8')).items as string[],
	}));
	return {
		articles,
		tags: parse(readFileSync(join(dir, 'tags.yaml'), 'utf8')),
		companies: parse(readFileSync(join(dir, 'companies.yaml'), 'utf8')),
		editions,
	};
}
