import { describe, expect, it } from 'vitest';
import { ALL_CODES, CODES } from '../../src/diagnostics/codes.js';
import { setLanguage } from '../../src/i18n/lang.js';
import { makeDiagnostic } from '../../src/diagnostics/make-diagnostic.js';
import { DIAGNOSTICS } from '../../src/i18n/diagnostics/index.js';

const PARAMS = { code: 'CDS.03', field: 'owner', name: 'set.yaml', kind: 'indicator', first: 'a.yaml', unit: '21211', period: '2026-Q1' };

describe('messages', () => {
  it('every code has a Vietnamese and an English message', () => {
    for (const code of ALL_CODES) {
      for (const lang of ['vi', 'en'] as const) {
        const template = DIAGNOSTICS[code][lang];
        expect(template, `${lang} ${code}`).toBeDefined();
        expect(template.message(PARAMS).length, `${lang} ${code}`).toBeGreaterThan(5);
      }
    }
  });

  it('every entry has a severity and a one-line summary in both languages', () => {
    for (const code of ALL_CODES) {
      expect(['error', 'warning', 'info'], code).toContain(DIAGNOSTICS[code].severity);
      for (const lang of ['vi', 'en'] as const) expect(DIAGNOSTICS[code][lang].summary.length, `${lang} ${code}`).toBeGreaterThan(3);
    }
  });

  it('codes are kebab-case with one-line descriptions in both languages', () => {
    for (const code of ALL_CODES) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(CODES[code].vi).not.toMatch(/\n/);
      expect(CODES[code].en).not.toMatch(/\n/);
    }
  });

  it('builds messages in the current language', () => {
    setLanguage('en');
    const en = makeDiagnostic('unknown-unit', { location: { file: 'f' }, params: { code: 'X1' } });
    setLanguage('vi');
    const vi = makeDiagnostic('unknown-unit', { location: { file: 'f' }, params: { code: 'X1' } });
    expect(en.message).toBe('Unit "X1" is not in units.yaml');
    expect(vi.message).toBe('Đơn vị "X1" không có trong units.yaml');
    expect(vi.severity).toBe('error');
  });

  it('writes a fractional number with a decimal comma in Vietnamese ("66.66" would read as 6 666), keeps the raw params', () => {
    const params = { code: 'CDS.04', value: 66.66, formula: 'CDS.04a / CDS.04b * 100', expected: 66.67 };
    setLanguage('vi');
    const vi = makeDiagnostic('ratio-mismatch', { location: { file: 'f' }, params });
    expect(vi.message).toBe('CDS.04 = 66,66 nhưng CDS.04a / CDS.04b * 100 = 66,67');
    expect(vi.params).toEqual(params);
    expect(makeDiagnostic('formula-overwritten', { location: { file: 'f' }, params: { code: 'CDS.04', value: 1245649 } }).message).toBe('Ô công thức của CDS.04 bị thay bằng số 1245649');
    setLanguage('en');
    expect(makeDiagnostic('ratio-mismatch', { location: { file: 'f' }, params }).message).toBe('CDS.04 = 66.66 but CDS.04a / CDS.04b * 100 = 66.67');
    setLanguage('vi');
  });
});
