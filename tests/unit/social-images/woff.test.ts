import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../../src/social-images/woff.ts';

const require = createRequire(import.meta.url);
const woff = readFileSync(
	require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'),
);

/** OpenType table checksum: the sum of the table's big-endian 32-bit words, padded with zeros. */
function checksum(bytes: Uint8Array): number {
	const padded = new Uint8Array((bytes.length + 3) & ~3);
	padded.set(bytes);
	const view = new DataView(padded.buffer);
	let sum = 0;
	for (let offset = 0; offset < padded.length; offset += 4) {
		sum = (sum + view.getUint32(offset)) >>> 0;
	}
	return sum;
}

describe('woffToSfnt', () => {
	const sfnt = woffToSfnt(woff);
	const view = new DataView(sfnt.buffer);
	const numTables = view.getUint16(4);
	const tables = Array.from({ length: numTables }, (_, index) => {
		const entry = 12 + index * 16;
		const tag = String.fromCharCode(...sfnt.subarray(entry, entry + 4));
		const offset = view.getUint32(entry + 8);
		const length = view.getUint32(entry + 12);
		return { tag, stored: view.getUint32(entry + 4), data: sfnt.subarray(offset, offset + length) };
	});

	it('keeps the flavour and every table of the WOFF file', () => {
		expect(view.getUint32(0)).toBe(woff.readUInt32BE(4));
		expect(numTables).toBe(woff.readUInt16BE(12));
		expect(tables.map((table) => table.tag)).toEqual(
			expect.arrayContaining(['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'GPOS']),
		);
	});

	it('inflates each table to the bytes its checksum describes', () => {
		for (const table of tables) {
			// head's checksum is computed with its checkSumAdjustment field set to 0.
			const data = table.tag === 'head' ? Uint8Array.from(table.data).fill(0, 8, 12) : table.data;
			expect(checksum(data), table.tag).toBe(table.stored);
		}
	});

	it('errors if the file is not WOFF 1.0', () => {
		expect(() => woffToSfnt(sfnt)).toThrowErrorMatchingInlineSnapshot(
			`[Error: woffToSfnt: not a WOFF 1.0 file (expected the signature "wOFF")]`,
		);
	});
});
