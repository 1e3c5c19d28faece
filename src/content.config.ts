// Collections: loaders over the top-level content folder, schemas from src/schemas/.
// https://docs.astro.build/en/guides/content-collections/
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articlesLoader } from './mdx/loader.ts';
import { createArticleSchema } from './schemas/article.ts';
import { CompanySchema } from './schemas/company.ts';
import { createEditionSchema } from './schemas/edition.ts';
import { TagSchema } from './schemas/tag.ts';
import { CONTENT_DIR } from './content-dir.ts';

const articles = defineCollection({
	// MDX rendered to HTML at content sync, never compiled to JavaScript (see src/mdx/render.ts).
	loader: articlesLoader({ base: `${CONTENT_DIR}/articles` }),
	schema: createArticleSchema(reference),
});

const tags = defineCollection({
	loader: file(`${CONTENT_DIR}/tags.yaml`),
	schema: TagSchema,
});

const companies = defineCollection({
	loader: file(`${CONTENT_DIR}/companies.yaml`),
	schema: CompanySchema,
});

const editions = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/editions` }),
	schema: createEditionSchema(reference),
});

export const collections = { articles, tags, companies, editions };
