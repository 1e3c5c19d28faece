// Reference pictures: each image is drawn and compared pixel by pixel with a committed PNG under
// tests/fixtures/social-images/. A new reference is written only on request:
// `UPDATE_REFERENCES=1 npx vitest run tests/unit/social-images/` (then look at it before committing).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawSocialImagePng } from '../../../src/social-images/draw.ts';
import type { SocialImageInput } from '../../../src/social-images/social-image.ts';

const ROOT = join(import.meta.dirname, '../../..');
const REFERENCES = join(ROOT, 'tests/fixtures/social-images');
/** Where a drawing that differs from its reference is left, to look at. */
const ACTUAL = join(ROOT, 'tests/.tmp/social-images');
const UPDATE = process.env.UPDATE_REFERENCES === '1';

/** A pixel differs when one of its channels is off by more than this (of 255): not just rounding. */
const CHANNEL_TOLERANCE = 8;
/**
 * Pixels allowed to differ: 0.002 % of the 756,000. A changed letter changes 30 to 150 of them,
 * a line set 1 px off thousands.
 */
const MAX_DIFFERING_PIXELS = 15;

const cases: [string, SocialImageInput][] = [
	[
		'short',
		{
			siteName: 'Veille IA',
			kicker: 'Financement',
			title: 'Mistral AI lève 600 M€',
			footer: '3 mars 2025',
		},
	],
	[
		'long',
		{
			siteName: 'Veille IA',
			kicker: 'Réglementation',
			title:
				'La Commission européenne publie les lignes directrices de l’AI Act sur les modèles à ' +
				'usage général, et les entreprises françaises du CAC 40 s’inquiètent des délais de mise ' +
				'en conformité, des coûts d’audit et des obligations de transparence',
			footer: '12 février 2025',
		},
	],
	[
		'accents',
		{
			siteName: 'Veille IA',
			kicker: 'Éthique & société',
			// No-break spaces inside « » and before « : » and « ? », as French typography sets them.
			title: '«\u00a0Ça dépasse l’entendement\u00a0»\u00a0: Œuvres, égalité et IA, déjà là\u202f?',
			footer: '29 août 2024',
		},
	],
];

/** How many pixels of `actual` differ from `expected` by more than the channel tolerance. */
function countDifferingPixels(actual: PNG, expected: PNG): number {
	let differing = 0;
	for (let offset = 0; offset < actual.data.length; offset += 4) {
		for (let channel = 0; channel < 4; channel++) {
			const difference = Math.abs(
				actual.data[offset + channel]! - expected.data[offset + channel]!,
			);
			if (difference > CHANNEL_TOLERANCE) {
				differing++;
				break;
			}
		}
	}
	return differing;
}

describe('drawSocialImagePng', () => {
	it.each(cases)('draws the %s title as its reference picture', async (name, input) => {
		const png = await drawSocialImagePng(input);
		const reference = join(REFERENCES, `${name}.png`);
		const shown = relative(ROOT, reference);
		if (UPDATE) {
			mkdirSync(REFERENCES, { recursive: true });
			writeFileSync(reference, png);
		}
		if (!existsSync(reference)) {
			throw new Error(
				`no reference picture ${shown}: draw it with ` +
					'UPDATE_REFERENCES=1 npx vitest run tests/unit/social-images/, look at it, then commit it',
			);
		}
		const actual = PNG.sync.read(Buffer.from(png));
		const expected = PNG.sync.read(readFileSync(reference));
		expect({ width: actual.width, height: actual.height }).toEqual({
			width: expected.width,
			height: expected.height,
		});
		const differing = countDifferingPixels(actual, expected);
		if (differing > MAX_DIFFERING_PIXELS) {
			mkdirSync(ACTUAL, { recursive: true });
			writeFileSync(join(ACTUAL, `${name}.png`), png);
		}
		expect(
			differing,
			`${differing} pixels differ from ${shown} by more than ${CHANNEL_TOLERANCE} levels ` +
				`(drawn image: ${relative(ROOT, join(ACTUAL, `${name}.png`))}); if the change is intended, run ` +
				'UPDATE_REFERENCES=1 npx vitest run tests/unit/social-images/ and look at the new reference',
		).toBeLessThanOrEqual(MAX_DIFFERING_PIXELS);
	});
});
