import { describe, expect, it } from 'vitest';
import { ALL_CODES, CODES } from './codes.js';
import { setLanguage } from './i18n.js';
import { makeDiagnostic } from './make-diagnostic.js';
import { MESSAGES } from './messages/index.js';

const PARAMS = { code: 'CDS.03', field: 'owner', name: 'set.yaml', kind: 'indicator', first: 'a.yaml', unit: '21211', period: '2026-Q1' };

describe('messages', () => {
  it('every code has a Vietnamese and an English message', () => {
    for (const code of ALL_CODES) {
      for (const lang of ['vi', 'en'] as const) {
        const template = MESSAGES[lang][code];
        expect(template, `${lang} ${code}`).toBeDefined();
        expect(template.message(PARAMS).length, `${lang} ${code}`).toBeGreaterThan(5);
      }
    }
  });

  it('no message table names a code outside the closed list', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...ALL_CODES].sort());
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
