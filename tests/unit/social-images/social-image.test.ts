import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
	drawSocialImage,
	getSocialImage,
	getSocialImageKey,
	getSocialImageStats,
	SOCIAL_IMAGE_TEMPLATE_VERSION,
	type SocialImageInput,
} from '../../../src/social-images/social-image.ts';

const article: SocialImageInput = {
	siteName: 'Veille IA',
	kicker: 'IA générative',
	title: 'L’Oréal déploie un assistant d’IA générative pour ses équipes marketing en Europe',
	footer: '1er janvier 2025',
};

/** `#rrggbb` of the pixel at (x, y) of a decoded PNG. */
function colourAt(image: PNG, x: number, y: number): string {
	const offset = (y * image.width + x) * 4;
	return `#${Buffer.from(image.data.subarray(offset, offset + 3)).toString('hex')}`;
}

describe('getSocialImageKey', () => {
	it.each(['siteName', 'kicker', 'title', 'footer'] as const)(
		'changes when %s changes',
		(field) => {
			expect(getSocialImageKey({ ...article, [field]: 'autre' })).not.toBe(
				getSocialImageKey(article),
			);
		},
	);

	it('changes when the template version changes', () => {
		expect(getSocialImageKey(article, SOCIAL_IMAGE_TEMPLATE_VERSION + 1)).not.toBe(
			getSocialImageKey(article),
		);
	});

	it('is the same for the same input', () => {
		expect(getSocialImageKey({ ...article })).toBe(getSocialImageKey(article));
	});
});

describe('drawSocialImage', () => {
	it('draws a 1200×630 PNG of at most 60 KB', async () => {
		const png = await drawSocialImage(article);
		const image = PNG.sync.read(Buffer.from(png));
		expect({ width: image.width, height: image.height }).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeLessThan(60 * 1024);
	});

	it('draws the accent bar, the page, the footer rule and the title ink', async () => {
		const image = PNG.sync.read(Buffer.from(await drawSocialImage(article)));
		expect(colourAt(image, 600, 8)).toBe('#0b57d0');
		expect(colourAt(image, 600, 40)).toBe('#ffffff');
		expect(colourAt(image, 600, 507)).toBe('#d8dee4');
		const title = new Set<string>();
		for (let y = 250; y < 450; y++)
			for (let x = 72; x < 1128; x++) title.add(colourAt(image, x, y));
		expect(title).toContain('#1b1f24');
	});

	it('gives the same bytes for the same input', async () => {
		expect(await drawSocialImage(article)).toEqual(await drawSocialImage({ ...article }));
	});

	it('keeps a long title above the footer rule', async () => {
		const long = await drawSocialImage({ ...article, title: `${article.title} `.repeat(4) });
		const image = PNG.sync.read(Buffer.from(long));
		for (let x = 72; x < 1128; x++) expect(colourAt(image, x, 500)).toBe('#ffffff');
	});
});

describe('getSocialImage', () => {
	const cacheDir = mkdtempSync(join(tmpdir(), 'veille-social-images-'));
	afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

	it('draws an image once, then reads it from the cache', async () => {
		const stats = getSocialImageStats();
		const before = { ...stats };
		const drawn = await getSocialImage(article, cacheDir);
		const cached = await getSocialImage({ ...article }, cacheDir);
		expect(cached).toEqual(drawn);
		expect({ drawn: stats.drawn - before.drawn, cached: stats.cached - before.cached }).toEqual({
			drawn: 1,
			cached: 1,
		});
		expect(readdirSync(cacheDir)).toEqual([`${getSocialImageKey(article)}.png`]);
	});
});
