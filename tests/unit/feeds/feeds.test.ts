import { describe, expect, it } from 'vitest';
import {
	absolutiseUrls,
	feedPaths,
	getFeedInfo,
	getSiteFeedLinks,
	JSON_FEED_VERSION,
	toJsonFeed,
	toRssItems,
	toRssOptions,
	type FeedInfo,
	type FeedItem,
} from '../../../src/feeds/feeds.ts';

const SITE = 'https://veille.example.org';

const item: FeedItem = {
	id: `${SITE}/articles/a/`,
	url: `${SITE}/articles/a/`,
	title: 'Titre',
	summary: 'Chapô.',
	contentHtml: '<p>Corps</p>',
	published: new Date('2025-01-08T00:00:00Z'),
	modified: new Date('2025-01-10T00:00:00Z'),
	tags: ['Cloud', 'IA générative'],
	image: `${SITE}/og/articles/a.png`,
	externalUrl: 'https://source.example.com/a',
};

const feed: FeedInfo = {
	title: 'Veille IA',
	description: 'Archive.',
	homePageUrl: `${SITE}/`,
	feedUrl: `${SITE}/feed.json`,
	language: 'fr-FR',
};

describe('absolutiseUrls', () => {
	it.each([
		['<a href="/tags/cloud/">x</a>', `<a href="${SITE}/tags/cloud/">x</a>`],
		['<img src="/images/a.png" alt="">', `<img src="${SITE}/images/a.png" alt="">`],
		['<a href="/veille-ia/x/" title="a > b">', `<a href="${SITE}/veille-ia/x/" title="a > b">`],
		['<a href="https://other.org/">', '<a href="https://other.org/">'],
		['<a href="//cdn.example/x">', '<a href="//cdn.example/x">'],
		['<a href="#note">', '<a href="#note">'],
		['<p>href="/not-an-attribute"</p>', '<p>href="/not-an-attribute"</p>'],
		['<p>a <a href="/x/">b</a> src="/y"</p>', `<p>a <a href="${SITE}/x/">b</a> src="/y"</p>`],
		['<abbr title="src=&quot;/z&quot;">IA</abbr>', '<abbr title="src=&quot;/z&quot;">IA</abbr>'],
	])('rewrites %s as %s, attributes of real start tags only', (input, expected) => {
		expect(absolutiseUrls(input, SITE)).toBe(expected);
	});
});

describe('feedPaths', () => {
	it('names every feed from the site root', () => {
		expect([
			feedPaths.rss(),
			feedPaths.json(),
			feedPaths.tagRss('cloud'),
			feedPaths.companyRss('openai'),
		]).toEqual(['/rss.xml', '/feed.json', '/tags/cloud/rss.xml', '/entreprises/openai/rss.xml']);
	});
});

describe('toRssItems', () => {
	it('maps an item to @astrojs/rss fields with its tags as categories and its full HTML', () => {
		expect(toRssItems([item])).toMatchInlineSnapshot(`
			[
			  {
			    "categories": [
			      "Cloud",
			      "IA générative",
			    ],
			    "content": "<p>Corps</p>",
			    "description": "Chapô.",
			    "link": "https://veille.example.org/articles/a/",
			    "pubDate": 2025-01-08T00:00:00.000Z,
			    "title": "Titre",
			  },
			]
		`);
	});
});

describe('toRssOptions', () => {
	it('declares the French language and an Atom self link', () => {
		const options = toRssOptions({ ...feed, feedUrl: `${SITE}/rss.xml` }, [item], SITE);
		expect(options.customData).toContain('<language>fr-FR</language>');
		expect(options.customData).toContain(
			`<atom:link href="${SITE}/rss.xml" rel="self" type="application/rss+xml"/>`,
		);
		expect(options.xmlns).toEqual({ atom: 'http://www.w3.org/2005/Atom' });
	});

	it('escapes markup in the self link', () => {
		const options = toRssOptions({ ...feed, feedUrl: `${SITE}/a"b` }, [], SITE);
		expect(options.customData).toContain('href="https://veille.example.org/a&quot;b"');
	});
});

describe('toJsonFeed', () => {
	it('builds a JSON Feed 1.1 document with RFC 3339 dates', () => {
		expect(toJsonFeed(feed, [item], 'Veille IA')).toMatchInlineSnapshot(`
			{
			  "authors": [
			    {
			      "name": "Veille IA",
			      "url": "https://veille.example.org/",
			    },
			  ],
			  "description": "Archive.",
			  "feed_url": "https://veille.example.org/feed.json",
			  "home_page_url": "https://veille.example.org/",
			  "items": [
			    {
			      "content_html": "<p>Corps</p>",
			      "date_modified": "2025-01-10T00:00:00.000Z",
			      "date_published": "2025-01-08T00:00:00.000Z",
			      "external_url": "https://source.example.com/a",
			      "id": "https://veille.example.org/articles/a/",
			      "image": "https://veille.example.org/og/articles/a.png",
			      "summary": "Chapô.",
			      "tags": [
			        "Cloud",
			        "IA générative",
			      ],
			      "title": "Titre",
			      "url": "https://veille.example.org/articles/a/",
			    },
			  ],
			  "language": "fr-FR",
			  "title": "Veille IA",
			  "version": "https://jsonfeed.org/version/1.1",
			}
		`);
	});

	it('leaves out optional fields an item does not have', () => {
		const bare = { ...item, modified: undefined, image: undefined, externalUrl: undefined };
		const [json] = toJsonFeed(feed, [bare], 'Veille IA').items;
		expect(Object.keys(json!)).not.toContain('date_modified');
		expect(Object.keys(json!)).not.toContain('image');
		expect(Object.keys(json!)).not.toContain('external_url');
		expect(JSON_FEED_VERSION).toBe('https://jsonfeed.org/version/1.1');
	});
});

describe('getSiteFeedLinks', () => {
	it('offers the RSS feed, then the JSON Feed', () => {
		expect(getSiteFeedLinks('Veille IA').map((link) => [link.type, link.path])).toEqual([
			['application/rss+xml', '/rss.xml'],
			['application/feed+json', '/feed.json'],
		]);
	});
});

describe('getFeedInfo', () => {
	it('makes the page and feed paths absolute on the site', () => {
		expect(
			getFeedInfo(
				{
					title: 'Veille IA · Thème : Cloud',
					description: 'Le cloud.',
					pagePath: feedPaths.tagRss('cloud').replace('rss.xml', ''),
					feedPath: feedPaths.tagRss('cloud'),
					language: 'fr-FR',
				},
				SITE,
			),
		).toEqual({
			title: 'Veille IA · Thème : Cloud',
			description: 'Le cloud.',
			homePageUrl: `${SITE}/tags/cloud/`,
			feedUrl: `${SITE}/tags/cloud/rss.xml`,
			language: 'fr-FR',
		});
	});
});
