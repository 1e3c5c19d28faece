import { describe, expect, it } from 'vitest';
import {
	capitalise,
	formatDate,
	formatMonth,
	formatMonthHeading,
	getMonth,
	getYear,
	monthName,
	padMonth,
	toIsoDate,
} from '../../../src/i18n/dates.ts';

/** Writes U+00A0 visibly, as `~`. */
const show = (text: string) => text.replaceAll('\u00a0', '~');

describe('formatDate', () => {
	it.each([
		['2025-01-01', '1er~janvier~2025'],
		['2025-01-10', '10~janvier~2025'],
		['2024-04-23', '23~avril~2024'],
		['2024-12-31', '31~décembre~2024'],
	])('formats %s as %s, with no-break spaces', (iso, expected) => {
		expect(show(formatDate(new Date(iso)))).toBe(expected);
	});

	it('uses UTC, so a date just before midnight UTC keeps its day', () => {
		expect(show(formatDate(new Date('2025-01-08T23:30:00Z')))).toBe('8~janvier~2025');
	});
});

describe('toIsoDate', () => {
	it('returns the UTC day as YYYY-MM-DD', () => {
		expect(toIsoDate(new Date('2024-11-18T23:59:59Z'))).toBe('2024-11-18');
	});
});

describe('getYear and getMonth', () => {
	it('read the UTC year and month (1 to 12)', () => {
		const date = new Date('2025-01-01T00:00:00Z');
		expect(getYear(date)).toBe(2025);
		expect(getMonth(date)).toBe(1);
	});
});

describe('formatMonth', () => {
	it('names the month and year in French, with a no-break space', () => {
		expect(show(formatMonth(2025, 1))).toBe('janvier~2025');
		expect(show(formatMonth(2024, 8))).toBe('août~2024');
	});
});

describe('formatMonthHeading', () => {
	it('capitalises the month of a label standing alone, and only its first letter', () => {
		expect(formatMonthHeading(2025, 1)).toBe('Janvier\u00a02025');
		expect(formatMonthHeading(2024, 8)).toBe('Août\u00a02024');
		expect(formatMonthHeading(2024, 12)).toBe('Décembre\u00a02024');
	});
});

describe('capitalise', () => {
	it('capitalises the first letter of a date label standing alone, and only it', () => {
		expect(capitalise('semaine du 6 janvier 2025')).toBe('Semaine du 6 janvier 2025');
		expect(capitalise('été 2024')).toBe('Été 2024');
	});
});

describe('monthName', () => {
	it('capitalises the month for breadcrumbs', () => {
		expect(monthName(1)).toBe('Janvier');
		expect(monthName(12)).toBe('Décembre');
	});
});

describe('padMonth', () => {
	it('pads to two digits', () => {
		expect(padMonth(1)).toBe('01');
		expect(padMonth(11)).toBe('11');
	});
});
