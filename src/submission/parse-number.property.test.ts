// Property tests (fast-check) of the number parser: any text is handled without throwing, and numbers formatted the
// Vietnamese or the English way read back to the same value (or, for a lone 3-digit group, to an honest "ambiguous").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberText } from './parse-number.js';

const format = (n: number, locale: 'vi-VN' | 'en-US', decimals: number) => n.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

describe('parseNumberText (properties)', () => {
  it('never throws, and a number it returns is finite', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[ '+\-−0-9.,%\u00a0]{0,20}$/)), (text) => {
        const r = parseNumberText(text);
        if (r.kind === 'number') expect(Number.isFinite(r.value)).toBe(true);
        if (r.kind === 'ambiguous') expect(Number.isFinite(r.a) && Number.isFinite(r.b)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back whole numbers of a million or more written with grouping, in both notations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 9_000_000_000_000 }), fc.constantFrom('vi-VN' as const, 'en-US' as const), (n, locale) => {
        const r = parseNumberText(format(n, locale, 0));
        expect(r).toEqual({ kind: 'number', value: n, notation: locale === 'vi-VN' ? 'vi' : 'en', percent: false });
      }),
    );
  });

  it('reads back numbers with two decimals in both notations, with a trailing % and spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom('vi-VN' as const, 'en-US' as const), fc.boolean(), (cents, locale, percent) => {
        const value = cents / 100;
        const text = `${format(value, locale, 2)}${percent ? ' %' : ''}`;
        const r = parseNumberText(text);
        expect(r.kind).toBe('number');
        if (r.kind === 'number') {
          expect(r.value).toBeCloseTo(value, 9);
          expect(r.percent).toBe(percent);
        }
      }),
    );
  });

  it('calls a lone group of three digits ambiguous, offering both readings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 999_999 }), fc.constantFrom('vi-VN' as const, 'en-US' as const), (n, locale) => {
        const r = parseNumberText(format(n, locale, 0));
        expect(r).toEqual({ kind: 'ambiguous', a: n, b: n / 1000 });
      }),
    );
  });

  it('in an integer cell, reads a lone group of three digits as thousands in both notations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 999_999 }), fc.constantFrom('vi-VN' as const, 'en-US' as const), (n, locale) => {
        const r = parseNumberText(format(n, locale, 0), { integer: true });
        expect(r).toEqual({ kind: 'number', value: n, notation: locale === 'vi-VN' ? 'vi' : 'en', percent: false });
      }),
    );
  });

  it('the integer reading changes nothing but lone three-digit groups', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ '+\-−0-9.,%\u00a0]{0,20}$/), (text) => {
        const plain = parseNumberText(text);
        if (plain.kind !== 'ambiguous') expect(parseNumberText(text, { integer: true })).toEqual(plain);
        else expect(parseNumberText(text, { integer: true })).toMatchObject({ kind: 'number', value: plain.a });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a leading apostrophe, a sign and non-breaking spaces between groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 999_999_999 }), fc.boolean(), (n, negative) => {
        const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
        const r = parseNumberText(`'${negative ? '-' : ''}${grouped}`);
        expect(r).toMatchObject({ kind: 'number', value: negative ? -n : n });
      }),
    );
  });
});
