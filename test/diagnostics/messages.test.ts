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
});
