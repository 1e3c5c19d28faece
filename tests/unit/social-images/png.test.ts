import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '../../../src/social-images/png.ts';

/** The chunks of a PNG, each with its CRC checked. */
function readChunks(png: Uint8Array): { type: string; data: Buffer }[] {
	const bytes = Buffer.from(png);
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const chunks = [];
	for (let offset = 8; offset < bytes.length;) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.subarray(offset + 4, offset + 8).toString('latin1');
		const data = bytes.subarray(offset + 8, offset + 8 + length);
		expect(bytes.readUInt32BE(offset + 8 + length)).toBe(
			crc32(bytes.subarray(offset + 4, offset + 8 + length)),
		);
		chunks.push({ type, data });
		offset += 12 + length;
	}
	return chunks;
}

describe('encodeIndexedPng', () => {
	// 3×2: red green blue / blue blue red, each row after its filter-type byte.
	const image = {
		width: 3,
		height: 2,
		palette: Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255]),
		scanlines: Uint8Array.from([0, 0, 1, 2, 0, 2, 2, 0]),
	};

	it('writes IHDR, PLTE, IDAT and IEND chunks with valid CRCs', () => {
		const chunks = readChunks(encodeIndexedPng(image));
		expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
		const header = chunks[0]!.data;
		expect({
			width: header.readUInt32BE(0),
			height: header.readUInt32BE(4),
			bitDepth: header[8],
			colourType: header[9],
			interlace: header[12],
		}).toEqual({ width: 3, height: 2, bitDepth: 8, colourType: 3, interlace: 0 });
		expect([...chunks[1]!.data]).toEqual([...image.palette]);
	});

	it('stores the scanlines as one zlib stream', () => {
		const idat = readChunks(encodeIndexedPng(image)).find((chunk) => chunk.type === 'IDAT')!;
		expect([...inflateSync(idat.data)]).toEqual([...image.scanlines]);
	});

	it('errors if the scanlines do not match the size', () => {
		expect(() =>
			encodeIndexedPng({ ...image, scanlines: image.scanlines.subarray(1) }),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: encodeIndexedPng: expected 8 bytes of scanlines for 3×2, got 7]`,
		);
	});

	it('errors if the palette is not whole RGB triples', () => {
		expect(() =>
			encodeIndexedPng({ ...image, palette: image.palette.subarray(1) }),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: encodeIndexedPng: the palette needs 1 to 256 RGB triples, not 8 bytes]`,
		);
	});
});
