import { describe, expect, it } from 'vitest';
import {
	getArticlePageMeta,
	getCollectionPageMeta,
	resolveCrumbs,
	serializeJsonLd,
	toBreadcrumbJsonLd,
	toCollectionPageJsonLd,
	toNewsArticleJsonLd,
} from '../../../src/seo/seo.ts';
import { socialImagePaths } from '../../../src/urls/urls.ts';

const SITE = 'https://veille.example.org';
const publisher = { name: 'Veille IA', url: `${SITE}/` };

describe('serializeJsonLd', () => {
	it.each([
		[{ name: '</script><script>alert(1)</script>' }, '\\u003c/script\\u003e'],
		[{ name: 'a & b' }, 'a \\u0026 b'],
		[{ name: 'ligne\u2028suivante' }, 'ligne\\u2028suivante'],
	])('escapes %j so it cannot leave its script element', (value, expected) => {
		const json = serializeJsonLd(value);
		expect(json).toContain(expected);
		expect(json).not.toMatch(/[<>]/);
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('toNewsArticleJsonLd', () => {
	const base = {
		url: `${SITE}/articles/a/`,
		headline: 'Titre',
		description: 'Chapô.',
		published: new Date('2025-01-08T00:00:00Z'),
		keywords: ['Cloud'],
		section: 'Cloud',
		image: `${SITE}/og/articles/a.png`,
		source: {
			name: 'Un article source',
			url: 'https://source.example.com/a',
			published: new Date('2025-01-09T00:00:00Z'),
			publisher: { name: 'Source', url: 'https://source.example.com/' },
		},
		publisher,
		inLanguage: 'fr-FR',
	};

	it('describes the article with its source as isBasedOn', () => {
		expect(toNewsArticleJsonLd(base)).toMatchInlineSnapshot(`
			{
			  "@context": "https://schema.org",
			  "@type": "NewsArticle",
			  "articleSection": "Cloud",
			  "author": {
			    "@type": "Organization",
			    "name": "Veille IA",
			    "url": "https://veille.example.org/",
			  },
			  "dateModified": "2025-01-08T00:00:00.000Z",
			  "datePublished": "2025-01-08T00:00:00.000Z",
			  "description": "Chapô.",
			  "headline": "Titre",
			  "image": [
			    "https://veille.example.org/og/articles/a.png",
			  ],
			  "inLanguage": "fr-FR",
			  "isBasedOn": {
			    "@type": "CreativeWork",
			    "datePublished": "2025-01-09T00:00:00.000Z",
			    "name": "Un article source",
			    "publisher": {
			      "@type": "Organization",
			      "name": "Source",
			      "url": "https://source.example.com/",
			    },
			    "url": "https://source.example.com/a",
			  },
			  "keywords": [
			    "Cloud",
			  ],
			  "mainEntityOfPage": {
			    "@id": "https://veille.example.org/articles/a/",
			    "@type": "WebPage",
			  },
			  "publisher": {
			    "@type": "Organization",
			    "name": "Veille IA",
			    "url": "https://veille.example.org/",
			  },
			  "url": "https://veille.example.org/articles/a/",
			}
		`);
	});

	it('names the piece and links only its publisher when the piece has no address of its own', () => {
		const source = { name: 'Une newsletter', publisher: { name: 'Source', url: 'https://s.fr/' } };
		expect(toNewsArticleJsonLd({ ...base, source }).isBasedOn).toEqual({
			'@type': 'CreativeWork',
			name: 'Une newsletter',
			publisher: { '@type': 'Organization', name: 'Source', url: 'https://s.fr/' },
		});
	});

	it('uses the update date as dateModified when there is one', () => {
		const modified = new Date('2025-02-01T00:00:00Z');
		expect(toNewsArticleJsonLd({ ...base, modified }).dateModified).toBe(modified.toISOString());
	});
});

describe('toBreadcrumbJsonLd', () => {
	it('numbers the crumbs and points the last one at the page', () => {
		const crumbs = resolveCrumbs([{ label: 'Accueil', href: '/' }, { label: 'Cloud' }], SITE);
		expect(toBreadcrumbJsonLd(crumbs, `${SITE}/tags/cloud/`).itemListElement).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'Accueil', item: `${SITE}/` },
			{ '@type': 'ListItem', position: 2, name: 'Cloud', item: `${SITE}/tags/cloud/` },
		]);
	});
});

describe('toCollectionPageJsonLd', () => {
	it('lists the page items in order', () => {
		const page = toCollectionPageJsonLd({
			url: `${SITE}/tags/cloud/`,
			name: 'Thème : Cloud',
			description: 'Le cloud.',
			inLanguage: 'fr-FR',
			itemUrls: [`${SITE}/articles/b/`, `${SITE}/articles/a/`],
			site: { name: 'Veille IA', url: `${SITE}/` },
		});
		expect(page['@type']).toBe('CollectionPage');
		expect(page.mainEntity).toMatchObject({
			numberOfItems: 2,
			itemListElement: [
				{ position: 1, url: `${SITE}/articles/b/` },
				{ position: 2, url: `${SITE}/articles/a/` },
			],
		});
	});
});

describe('getArticlePageMeta', () => {
	it('gives an article type, its social image, dates, tags and two JSON-LD blocks', () => {
		const meta = getArticlePageMeta({
			slug: 'a',
			title: 'Titre',
			description: 'Chapô.',
			published: new Date('2025-01-08T00:00:00Z'),
			tags: ['Cloud', 'Santé'],
			source: { name: 'Une newsletter', publisher: { name: 'Source' } },
			crumbs: [{ label: 'Accueil', href: '/' }, { label: 'Titre' }],
			site: SITE,
			siteName: 'Veille IA',
			inLanguage: 'fr-FR',
			imageAlt: 'Vignette',
		});
		expect(meta.type).toBe('article');
		expect(meta.image).toBe(socialImagePaths.article('a'));
		expect(meta.article).toEqual({
			published: new Date('2025-01-08T00:00:00Z'),
			modified: undefined,
			tags: ['Cloud', 'Santé'],
			section: 'Cloud',
		});
		expect(meta.jsonLd?.map((data) => data['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
	});
});

describe('getCollectionPageMeta', () => {
	it('puts the topic feed first and adds breadcrumbs only when given', () => {
		const input = {
			title: 'Thème : Cloud',
			description: 'Le cloud.',
			url: `${SITE}/tags/cloud/`,
			articleSlugs: ['a'],
			site: SITE,
			siteName: 'Veille IA',
			inLanguage: 'fr-FR',
		};
		const feed = {
			title: 'Cloud (RSS)',
			path: '/tags/cloud/rss.xml',
			type: 'application/rss+xml',
		} as const;
		expect(getCollectionPageMeta({ ...input, feed }).feeds).toEqual([feed]);
		expect(getCollectionPageMeta(input).jsonLd?.map((data) => data['@type'])).toEqual([
			'CollectionPage',
		]);
		const withCrumbs = getCollectionPageMeta({
			...input,
			crumbs: [{ label: 'Accueil', href: '/' }],
		});
		expect(withCrumbs.jsonLd?.map((data) => data['@type'])).toEqual([
			'CollectionPage',
			'BreadcrumbList',
		]);
	});
});
