import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'init-example-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('indicators init --example', () => {
  it('says it copied the real set and lists what it holds (systems.yaml, he-thong/), not "a small sample"', () => {
    const r = runCli(['init', 'qn', '--example', 'quang-ngai'], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Đã chép bộ chỉ số quang-ngai vào "qn" (agencies.yaml, breakdowns.yaml, rules.yaml, set.yaml, systems.yaml, units.yaml, groups/, he-thong/, schemas/).');
    expect(r.stderr).toContain('Bước tiếp theo: npx indicators validate --set qn');
    expect(r.stderr).not.toContain('bộ chỉ số mẫu');
  });

  it('keeps the message of the small sample set', () => {
    const r = runCli(['init', 'mau', '--lang', 'en'], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Created an example set in "mau" (set.yaml, units.yaml, agencies.yaml, breakdowns.yaml, rules.yaml, groups/, schemas/).');
  });
});
