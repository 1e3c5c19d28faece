// WOFF 1.0 to plain OpenType (sfnt): HarfBuzz reads sfnt only, and @fontsource ships WOFF.
// https://www.w3.org/TR/WOFF/
import { inflateSync } from 'node:zlib';

const WOFF_HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_ENTRY_SIZE = 16;

/**
 * The sfnt font inside a WOFF 1.0 file: its tables inflated and laid out again after an sfnt
 * table directory, in the WOFF file's (tag) order, each padded to 4 bytes.
 * @throws if `woff` is not a WOFF 1.0 file (WOFF 2 needs a Brotli and transform decoder).
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array<ArrayBuffer> {
	const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	if (woff.byteLength < WOFF_HEADER_SIZE || input.getUint32(0) !== 0x774f4646) {
		throw new Error('woffToSfnt: not a WOFF 1.0 file (expected the signature "wOFF")');
	}
	const numTables = input.getUint16(12);
	const tables = Array.from({ length: numTables }, (_, index) => {
		const entry = WOFF_HEADER_SIZE + index * WOFF_ENTRY_SIZE;
		const offset = input.getUint32(entry + 4);
		const compLength = input.getUint32(entry + 8);
		const origLength = input.getUint32(entry + 12);
		const stored = woff.subarray(offset, offset + compLength);
		return {
			tag: input.getUint32(entry),
			checksum: input.getUint32(entry + 16),
			data: compLength < origLength ? inflateSync(stored) : stored,
		};
	});

	const directorySize = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
	const size = tables.reduce((sum, table) => sum + align4(table.data.byteLength), directorySize);
	const sfnt = new Uint8Array(size);
	const output = new DataView(sfnt.buffer);
	// Binary-search fields of the sfnt header, as the OpenType spec defines them.
	const entrySelector = Math.floor(Math.log2(numTables));
	const searchRange = 2 ** entrySelector * 16;
	output.setUint32(0, input.getUint32(4));
	output.setUint16(4, numTables);
	output.setUint16(6, searchRange);
	output.setUint16(8, entrySelector);
	output.setUint16(10, numTables * 16 - searchRange);
	let offset = directorySize;
	tables.forEach((table, index) => {
		const entry = SFNT_HEADER_SIZE + index * SFNT_ENTRY_SIZE;
		output.setUint32(entry, table.tag);
		output.setUint32(entry + 4, table.checksum);
		output.setUint32(entry + 8, offset);
		output.setUint32(entry + 12, table.data.byteLength);
		sfnt.set(table.data, offset);
		offset += align4(table.data.byteLength);
	});
	return sfnt;
}

const align4 = (length: number) => (length + 3) & ~3;
