import { describe, expect, it } from 'vitest';
import {
  parseNumberText,
  hasDecimalCommaEvidence,
  hasSignificantLeadingZero,
} from '../../../src/core/cellText/numberText.ts';

const read = (s: string, d: '.' | ',' = '.') => parseNumberText(s, d)?.value ?? null;

describe('parseNumberText', () => {
  it('parseNumberText(text, ".") reads plain, signed and exponent numbers', () => {
    expect(read('29.85')).toBe(29.85);
    expect(read('-3')).toBe(-3);
    expect(read('+4.5')).toBe(4.5);
    expect(read('.5')).toBe(0.5);
    expect(read('1e3')).toBe(1000);
  });
  it('parseNumberText(text, ".") reads thousands separators only in groups of three', () => {
    expect(read('1,234,567.89')).toBe(1234567.89);
    expect(read('1 234')).toBe(1234);
    expect(read('12,34')).toBeNull();
    expect(read('1,2345')).toBeNull();
  });
  it('parseNumberText(text, ",") reads decimal commas and dot groups', () => {
    expect(read('1.234,56', ',')).toBe(1234.56);
    expect(read('3,14', ',')).toBe(3.14);
    expect(read('1.234.567', ',')).toBe(1234567);
  });
  it('parseNumberText reads currency signs before or after, and 元', () => {
    expect(read('¥1,200')).toBe(1200);
    expect(read('$ 5.50')).toBe(5.5);
    expect(read('€-3.20')).toBe(-3.2);
    expect(read('£7')).toBe(7);
    expect(read('88.5元')).toBe(88.5);
    expect(read('12,5 €', ',')).toBe(12.5);
    expect(parseNumberText('¥1,200', '.')?.currency).toBe('¥');
  });
  it('parseNumberText reads percent signs as fractions', () => {
    expect(read('12.5%')).toBeCloseTo(0.125, 12);
    expect(parseNumberText('40%', '.')?.percent).toBe(true);
  });
  it('parseNumberText reads accounting negatives in parentheses', () => {
    expect(read('(12.50)')).toBe(-12.5);
  });
  it('parseNumberText rejects dates, ranges, codes and words', () => {
    for (const s of ['1-10', '2024-03-05', '7590-VHVEG', 'abc', '1.2.3', '', '$', '--5', '12a'])
      expect(read(s)).toBeNull();
  });
});

describe('hasDecimalCommaEvidence', () => {
  it('hasDecimalCommaEvidence(text) is true only where a comma cannot be a thousands separator', () => {
    expect(hasDecimalCommaEvidence('1.234,5')).toBe(true);
    expect(hasDecimalCommaEvidence('3,14')).toBe(true);
    expect(hasDecimalCommaEvidence('1,234')).toBe(false);
    expect(hasDecimalCommaEvidence('1234')).toBe(false);
  });
});

describe('hasSignificantLeadingZero', () => {
  it('hasSignificantLeadingZero(text) marks codes like 00042 but not 0 or 0.5', () => {
    expect(hasSignificantLeadingZero('00042')).toBe(true);
    expect(hasSignificantLeadingZero('0')).toBe(false);
    expect(hasSignificantLeadingZero('0.5')).toBe(false);
  });
});
