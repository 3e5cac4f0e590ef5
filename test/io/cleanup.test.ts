import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeIfInterrupted, removePendingNow } from '../../src/io/cleanup.js';

describe('removePendingNow (runs from a signal handler just before exit)', () => {
  it('removes registered temporary folders with their content, and never throws on one it cannot remove', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cleanup-'));
    const staging = join(dir, '.report.abcd.tmp');
    mkdirSync(staging);
    writeFileSync(join(staging, 'report.xlsx'), 'x');
    removeIfInterrupted(staging);
    // A path rm cannot remove even as root: an interrupted run must still end with its message, not a stack trace.
    removeIfInterrupted('/proc/self/status');
    expect(() => removePendingNow()).not.toThrow();
    expect(existsSync(staging)).toBe(false);
  });
});
