import { describe, expect, it } from 'vitest';
import { readErrorDiagnostic } from '../../src/submission/check-file.js';

// A real EACCES needs a process without CAP_DAC_OVERRIDE (see test/cli/inputs.int.test.ts); this covers the mapping alone.
describe('readErrorDiagnostic', () => {
  it('makes a permission error "cannot read (permission)", not "corrupt"', () => {
    const fake = (code: string) => Object.assign(new Error(`${code}: open 'x.xlsx'`), { code });
    expect(readErrorDiagnostic('x.xlsx', fake('EACCES'))).toMatchObject({ code: 'permission-denied', severity: 'error', location: { file: 'x.xlsx' }, params: { path: 'x.xlsx', detail: 'EACCES' } });
    expect(readErrorDiagnostic('x.xlsx', fake('EPERM')).code).toBe('permission-denied');
    expect(readErrorDiagnostic('x.xlsx', fake('EIO')).code).toBe('corrupt-file');
  });
});
