import { describe, expect, it } from 'vitest';
import { makeSet } from '../helpers/make-set.js';
import { dedent } from '../helpers/dedent.js';
import { runCli, snapshotOf } from '../helpers/run-cli.js';

const broken = () =>
  makeSet({
    'units.yaml': dedent(`
      units:
        - { code: "51", name: Tỉnh Thử, kind: province }
        - { code: SA, name: Sở A, kind: department
    `),
    'set.yaml': dedent(`
      id: tiny
      name: Bộ chỉ số thử
      version: 1.0.0
      version: 1.0.1
      issuing_body: UBND tỉnh Thử
      receiving_unit: Văn phòng UBND tỉnh Thử
      periods:
        quarter: { cutoff_day: 14, deadline_days: 6 }
        year: { cutoff_day: 14, deadline_days: 15 }
    `),
  });

const warningOnly = () => {
  const dir = makeSet();
  return dir;
};

/** Each scenario: arguments (with {set} for a fresh set folder), and a snapshot of exit code, stdout and stderr. */
const SCENARIOS: { name: string; set?: () => string; args: string[]; env?: Record<string, string>; code: number }[] = [
  { name: 'clean', set: makeSet, args: ['validate', '--set', '{set}'], code: 0 },
  { name: 'yaml-errors', set: broken, args: ['validate', '--set', '{set}'], code: 1 },
  { name: 'yaml-errors-en', set: broken, args: ['validate', '--set', '{set}', '--lang', 'en'], code: 1 },
  { name: 'json', set: broken, args: ['validate', '--set', '{set}', '--format', 'json'], code: 1 },
  { name: 'github', set: broken, args: ['validate', '--set', '{set}', '--format', 'github'], code: 1 },
  { name: 'github-auto', set: broken, args: ['validate', '--set', '{set}'], env: { GITHUB_ACTIONS: 'true' }, code: 1 },
  { name: 'missing-set', args: ['validate', '--set', 'no-such-folder'], code: 2 },
  { name: 'bad-format', set: makeSet, args: ['validate', '--set', '{set}', '--format', 'xml'], code: 2 },
  { name: 'unknown-option', set: makeSet, args: ['validate', '--set', '{set}', '--frobnicate'], code: 2 },
];

describe('validate scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (name, s) => {
    const dir = s.set?.();
    const r = runCli(
      s.args.map((a) => (a === '{set}' ? dir! : a)),
      { env: s.env },
    );
    expect(r.code).toBe(s.code);
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
    await expect(snapshotOf(r, dir)).toMatchFileSnapshot(`scenarios/validate-${name}.txt`);
  });

  it('--strict makes warnings fail', () => {
    const dir = makeSet({
      'groups/b.yaml': dedent(`
        id: b
        name: Nhóm B
        indicators:
          - code: B.01
            name: Tỷ lệ trung bình
            type: result
            unit: "%"
            value_type: percent
            frequency: year
            accumulation: stock
            owner: SB
            reported_by: departments
            source: Báo cáo
            definition: Một tỷ lệ do nhiều sở báo cáo.
            method: Tự tính.
            aggregation: average
      `),
    });
    expect(runCli(['validate', '--set', dir]).code).toBe(0);
    const strict = runCli(['validate', '--set', dir, '--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['ratio-averaged']);
  });

  it('init writes a set that validates, and refuses a non-empty folder', () => {
    const dir = `${warningOnly()}/new-set`;
    expect(runCli(['init', dir]).code).toBe(0);
    expect(runCli(['validate', '--set', dir]).code).toBe(0);
    const again = runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('không ghi đè');
  });
});
