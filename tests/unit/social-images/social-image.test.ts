import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	drawSocialImage,
	getSocialImageKey,
	type SocialImageInput,
} from '../../../src/social-images/social-image.ts';

/** The pixels of an 8-bit palette PNG without filters, as `#rrggbb` by (x, y). */
function decodePalettePng(png: Uint8Array) {
	const bytes = Buffer.from(png);
	const chunks = new Map<string, Buffer[]>();
	for (let offset = 8; offset < bytes.length;) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.subarray(offset + 4, offset + 8).toString('latin1');
		chunks.set(type, [
			...(chunks.get(type) ?? []),
			bytes.subarray(offset + 8, offset + 8 + length),
		]);
		offset += 12 + length;
	}
	const header = chunks.get('IHDR')![0]!;
	const width = header.readUInt32BE(0);
	const height = header.readUInt32BE(4);
	const palette = chunks.get('PLTE')![0]!;
	const scanlines = inflateSync(Buffer.concat(chunks.get('IDAT')!));
	const colourAt = (x: number, y: number) => {
		const index = scanlines[y * (width + 1) + 1 + x]!;
		return `#${palette.subarray(index * 3, index * 3 + 3).toString('hex')}`;
	};
	return { width, height, bitDepth: header[8], colourType: header[9], scanlines, colourAt };
}

const article: SocialImageInput = {
	siteName: 'Veille IA',
	kicker: 'IA générative',
	title: 'L’Oréal déploie un assistant d’IA générative pour ses équipes marketing en Europe',
	footer: '1er janvier 2025',
};

describe('getSocialImageKey', () => {
	it.each(['siteName', 'kicker', 'title', 'footer'] as const)(
		'changes when %s changes',
		(field) => {
			expect(getSocialImageKey({ ...article, [field]: 'autre' })).not.toBe(
				getSocialImageKey(article),
			);
		},
	);
});

describe('drawSocialImage', () => {
	it('draws a 1200×630 palette PNG of at most 60 KB', async () => {
		const png = await drawSocialImage(article);
		const image = decodePalettePng(png);
		expect(image).toMatchObject({ width: 1200, height: 630, bitDepth: 8, colourType: 3 });
		expect(image.scanlines).toHaveLength(1201 * 630);
		expect(png.length).toBeLessThan(60 * 1024);
	});

	it('draws the accent bar, the page, the footer rule and the title ink', async () => {
		const image = decodePalettePng(await drawSocialImage(article));
		expect(image.colourAt(600, 8)).toBe('#0b57d0');
		expect(image.colourAt(600, 40)).toBe('#ffffff');
		expect(image.colourAt(600, 507)).toBe('#d8dee4');
		const title = new Set<string>();
		for (let y = 250; y < 450; y++) for (let x = 72; x < 1128; x++) title.add(image.colourAt(x, y));
		expect(title).toContain('#1b1f24');
	});

	it('gives the same bytes for the same input', async () => {
		expect(await drawSocialImage(article)).toEqual(await drawSocialImage({ ...article }));
	});

	it('draws a long title smaller, in four lines at most', async () => {
		const long = await drawSocialImage({ ...article, title: `${article.title} `.repeat(4) });
		expect(long).not.toEqual(await drawSocialImage(article));
		const image = decodePalettePng(long);
		// The title ends above the footer rule.
		for (let x = 72; x < 1128; x++) expect(image.colourAt(x, 500)).toBe('#ffffff');
	});
});
