// Collections: one loader per collection over the content pipeline (src/articles/), which reads,
// checks and renders the top-level content folder once per content sync. The schemas live in
// src/schemas/; the pipeline validates with them. https://docs.astro.build/en/guides/content-collections/
import { defineCollection } from 'astro:content';
import { contentLoaders } from './articles/loaders.ts';
import { CONTENT_DIR } from './content-dir.ts';

const loaders = contentLoaders({ contentDir: CONTENT_DIR });

export const collections = {
	articles: defineCollection({ loader: loaders.articles }),
	tags: defineCollection({ loader: loaders.tags }),
	companies: defineCollection({ loader: loaders.companies }),
	editions: defineCollection({ loader: loaders.editions }),
};
