import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dedent } from './dedent.js';

/** A tiny valid set: a province, two departments, three communes, two groups, a rate with numerator and denominator. */
export const TINY_SET: Record<string, string> = {
  'set.yaml': dedent(`
    id: tiny
    name: Bộ chỉ số thử
    version: 1.0.0
    issuing_body: UBND tỉnh Thử
    receiving_unit: Văn phòng UBND tỉnh Thử
    periods:
      quarter: { cutoff_day: 14, deadline_days: 6 }
      year: { cutoff_day: 14, deadline_days: 15 }
  `),
  'units.yaml': dedent(`
    units:
      - { code: "51", name: Tỉnh Thử, kind: province }
      - { code: SA, name: Sở A, kind: department }
      - { code: SB, name: Sở B, kind: department }
      - { code: "1001", name: Xã Một, kind: commune }
      - { code: "1002", name: Phường Hai, kind: ward }
      - { code: "1003", name: Đặc khu Ba, kind: special-zone }
  `),
  'agencies.yaml': dedent(`
    agencies:
      - { code: SA, name: Sở A }
      - { code: SB, name: Sở B }
  `),
  'breakdowns.yaml': dedent(`
    breakdowns:
      - id: level
        name: Theo cấp
        categories:
          - { code: tinh, name: Cấp tỉnh }
          - { code: xa, name: Cấp xã }
  `),
  'rules.yaml': dedent(`
    rules:
      - id: r1
        expr: A.01a <= A.01b
        message: Tử số không vượt mẫu số
  `),
  'groups/a.yaml': dedent(`
    id: a
    name: Nhóm A
    order: 1
    indicators:
      - code: A.01a
        name: Hồ sơ trực tuyến
        type: input
        unit: hồ sơ
        value_type: integer
        frequency: quarter
        accumulation: period
        owner: SA
        reported_by: communes
        source: Hệ thống giải quyết TTHC
        definition: Số hồ sơ nộp trực tuyến.
        method: Đếm.
        aggregation: sum
        constraints: { min: 0 }
      - code: A.01b
        name: Tổng số hồ sơ
        type: input
        unit: hồ sơ
        value_type: integer
        frequency: quarter
        accumulation: period
        owner: SA
        reported_by: communes
        source: Hệ thống giải quyết TTHC
        definition: Tổng số hồ sơ tiếp nhận.
        method: Đếm.
        aggregation: sum
        constraints: { min: 1 }
      - code: A.01
        name: Tỷ lệ hồ sơ trực tuyến
        type: result
        unit: "%"
        value_type: percent
        frequency: quarter
        accumulation: period
        owner: SA
        reported_by: communes
        source: Tính từ A.01a và A.01b
        definition: Tỷ lệ hồ sơ nộp trực tuyến.
        method: A.01a / A.01b * 100.
        formula: A.01a / A.01b * 100
        aggregation: none
        constraints: { min: 0, max: 100 }
        target: { value: 80, direction: higher, by: 2026 }
  `),
  'groups/b.yaml': dedent(`
    id: b
    name: Nhóm B
    order: 2
    indicators:
      - code: B.01
        name: Số hệ thống kết nối
        type: process
        unit: hệ thống
        value_type: integer
        frequency: year
        accumulation: stock
        owner: SB
        reported_by: departments
        source: Báo cáo của các sở
        definition: Số hệ thống thông tin đã kết nối.
        method: Đếm.
        aggregation: sum
  `),
};

/**
 * The lines of the indicator `code` of TINY_SET as its group file writes them (`  - code: …` and its fields), for a
 * builder that needs the same indicator with other attributes (test/collect/tiny-system-set.ts: A.01 taken from a system).
 */
export function tinyIndicatorLines(code: string): string[] {
  const head = `  - code: ${code}`;
  const lines = Object.values(TINY_SET)
    .map((text) => text.split('\n'))
    .find((file) => file.includes(head));
  if (!lines) throw new Error(`${code} is not an indicator of TINY_SET`);
  const start = lines.indexOf(head);
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('    '));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** Writes TINY_SET into a new temp folder, with some files replaced (null removes a file); returns the folder. */
export function makeSet(overrides: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'indicators-set-'));
  const files = { ...TINY_SET, ...overrides };
  for (const [name, text] of Object.entries(files)) {
    if (text === null) continue;
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}
