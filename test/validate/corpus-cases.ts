import { TINY_SET } from '../helpers/make-set.js';

/** One broken set: a file edited by a text replacement (or replaced whole), and the diagnostic it must produce. */
export interface BrokenCase {
  name: string;
  edits: Record<string, [string, string] | string | null>;
  code: string;
  file: string;
  line: number;
  column: number;
}

const A = 'groups/a.yaml';

export const CASES: BrokenCase[] = [
  // YAML level
  {
    name: 'syntax: unclosed flow mapping',
    edits: { 'units.yaml': ['{ code: SA, name: Sở A, kind: department }', '{ code: SA, name: Sở A, kind: department'] },
    code: 'yaml-syntax',
    file: 'units.yaml',
    line: 3,
    column: 5,
  },
  { name: 'duplicate key', edits: { 'set.yaml': ['version: 1.0.0\n', 'version: 1.0.0\nversion: 1.0.1\n'] }, code: 'yaml-duplicate-key', file: 'set.yaml', line: 4, column: 1 },
  { name: 'alias refused', edits: { 'agencies.yaml': 'agencies:\n  - &a { code: SA, name: Sở A }\n  - *a\n' }, code: 'yaml-alias', file: 'agencies.yaml', line: 3, column: 5 },
  { name: 'tab indentation', edits: { 'breakdowns.yaml': ['  - id: level', '\t- id: level'] }, code: 'yaml-tab', file: 'breakdowns.yaml', line: 2, column: 1 },
  { name: 'missing file', edits: { 'agencies.yaml': null }, code: 'file-missing', file: 'agencies.yaml', line: 0, column: 0 },
  // Schema level
  {
    name: 'missing required field',
    edits: { [A]: ['    source: Hệ thống giải quyết TTHC\n    definition: Số hồ sơ nộp trực tuyến.', '    definition: Số hồ sơ nộp trực tuyến.'] },
    code: 'schema-required',
    file: A,
    line: 5,
    column: 5,
  },
  {
    name: 'unknown property',
    edits: { [A]: ['    aggregation: sum\n    constraints: { min: 0 }', '    aggregation: sum\n    agregation: sum\n    constraints: { min: 0 }'] },
    code: 'schema-unknown-property',
    file: A,
    line: 18,
    column: 5,
  },
  { name: 'wrong type', edits: { 'set.yaml': ['cutoff_day: 14, deadline_days: 6', 'cutoff_day: "mười bốn", deadline_days: 6'] }, code: 'schema-type', file: 'set.yaml', line: 7, column: 26 },
  {
    name: 'bad enum',
    edits: {
      [A]: [
        'frequency: quarter\n    accumulation: period\n    owner: SA\n    reported_by: communes\n    source: Hệ thống giải quyết TTHC\n    definition: Số hồ sơ nộp',
        'frequency: quaterly\n    accumulation: period\n    owner: SA\n    reported_by: communes\n    source: Hệ thống giải quyết TTHC\n    definition: Số hồ sơ nộp',
      ],
    },
    code: 'schema-enum',
    file: A,
    line: 10,
    column: 16,
  },
  { name: 'reported_by xa', edits: { 'groups/b.yaml': ['reported_by: departments', 'reported_by: xa'] }, code: 'schema-enum', file: 'groups/b.yaml', line: 13, column: 18 },
  { name: 'bad code pattern', edits: { 'groups/b.yaml': ['code: B.01', 'code: "B 01"'] }, code: 'schema-pattern', file: 'groups/b.yaml', line: 5, column: 11 },
  { name: 'cut-off day out of range', edits: { 'set.yaml': ['cutoff_day: 14, deadline_days: 15', 'cutoff_day: 31, deadline_days: 15'] }, code: 'schema-range', file: 'set.yaml', line: 8, column: 23 },
  { name: 'empty indicators', edits: { 'groups/b.yaml': 'id: b\nname: Nhóm B\nindicators: []\n' }, code: 'schema-length', file: 'groups/b.yaml', line: 3, column: 13 },
  { name: 'repeated cooperating agency', edits: { 'groups/b.yaml': ['owner: SB\n', 'owner: SB\n    cooperating: [SA, SA]\n'] }, code: 'schema-unique', file: 'groups/b.yaml', line: 13, column: 18 },
  { name: 'string where a list is expected', edits: { 'groups/b.yaml': ['owner: SB\n', 'owner: SB\n    breakdown: level\n'] }, code: 'schema-type', file: 'groups/b.yaml', line: 13, column: 16 },
  { name: 'bad target direction', edits: { [A]: ['direction: higher', 'direction: up'] }, code: 'schema-enum', file: A, line: 48, column: 37 },
  { name: 'bad version', edits: { 'set.yaml': ['version: 1.0.0', 'version: v1'] }, code: 'schema-pattern', file: 'set.yaml', line: 3, column: 10 },
  // Semantic level
  { name: 'duplicate indicator across files', edits: { 'groups/b.yaml': ['code: B.01', 'code: A.01b'] }, code: 'duplicate-code', file: 'groups/b.yaml', line: 5, column: 11 },
  { name: 'duplicate unit', edits: { 'units.yaml': ['{ code: "1003"', '{ code: "1002"'] }, code: 'duplicate-code', file: 'units.yaml', line: 7, column: 13 },
  { name: 'unknown owner', edits: { 'groups/b.yaml': ['owner: SB', 'owner: SX'] }, code: 'unknown-agency', file: 'groups/b.yaml', line: 12, column: 12 },
  { name: 'unknown cooperating agency', edits: { 'groups/b.yaml': ['owner: SB\n', 'owner: SB\n    cooperating: [SA, CA]\n'] }, code: 'unknown-agency', file: 'groups/b.yaml', line: 13, column: 23 },
  { name: 'unknown unit in reported_by', edits: { 'groups/b.yaml': ['reported_by: departments', 'reported_by: [SA, "9999"]'] }, code: 'unknown-unit', file: 'groups/b.yaml', line: 13, column: 23 },
  {
    name: 'province-level owner without a unit',
    edits: {
      'agencies.yaml': ['  - { code: SB, name: Sở B }', '  - { code: SB, name: Sở B }\n  - { code: CA, name: Công an tỉnh }'],
      'groups/b.yaml': ['owner: SB\n    reported_by: departments', 'owner: CA\n    reported_by: province'],
    },
    code: 'unknown-unit',
    file: 'groups/b.yaml',
    line: 12,
    column: 12,
  },
  { name: 'unknown breakdown', edits: { 'groups/b.yaml': ['owner: SB\n', 'owner: SB\n    breakdown: [sector]\n'] }, code: 'unknown-breakdown', file: 'groups/b.yaml', line: 13, column: 17 },
  { name: 'formula syntax', edits: { [A]: ['formula: A.01a / A.01b * 100', 'formula: A.01a / (A.01b * 100'] }, code: 'formula-syntax', file: A, line: 45, column: 14 },
  { name: 'formula unknown code', edits: { [A]: ['formula: A.01a / A.01b * 100', 'formula: A.01a / A.01c * 100'] }, code: 'unknown-indicator', file: A, line: 45, column: 14 },
  { name: 'formula cycle', edits: { [A]: ['formula: A.01a / A.01b * 100', 'formula: A.01 / A.01b * 100'] }, code: 'formula-cycle', file: A, line: 45, column: 14 },
  {
    name: 'component of another frequency',
    edits: {
      [A]: [
        'frequency: quarter\n    accumulation: period\n    owner: SA\n    reported_by: communes\n    source: Hệ thống giải quyết TTHC\n    definition: Tổng',
        'frequency: year\n    accumulation: period\n    owner: SA\n    reported_by: communes\n    source: Hệ thống giải quyết TTHC\n    definition: Tổng',
      ],
    },
    code: 'formula-frequency',
    file: A,
    line: 45,
    column: 14,
  },
  {
    name: 'component reported by fewer units',
    edits: { [A]: ['reported_by: communes\n    source: Hệ thống giải quyết TTHC\n    definition: Tổng', 'reported_by: ["1001"]\n    source: Hệ thống giải quyết TTHC\n    definition: Tổng'] },
    code: 'formula-reporters',
    file: A,
    line: 45,
    column: 14,
  },
  { name: 'derived breakdown missing on components', edits: { [A]: ['aggregation: none\n', 'aggregation: none\n    breakdown: [level]\n'] }, code: 'formula-breakdown', file: A, line: 45, column: 14 },
  { name: 'division by a value that may be zero', edits: { [A]: ['constraints: { min: 1 }', 'constraints: { min: 0 }'] }, code: 'formula-division', file: A, line: 45, column: 14 },
  { name: 'rate reported by many units, averaged', edits: { [A]: ['    formula: A.01a / A.01b * 100\n', ''] }, code: 'ratio-averaged', file: A, line: 37, column: 17 },
  { name: 'min greater than max', edits: { [A]: ['constraints: { min: 0, max: 100 }', 'constraints: { min: 100, max: 0 }'] }, code: 'constraint-impossible', file: A, line: 47, column: 18 },
  { name: 'target outside the range', edits: { [A]: ['target: { value: 80,', 'target: { value: 180,'] }, code: 'target-out-of-range', file: A, line: 48, column: 22 },
  { name: 'rule with an unknown code', edits: { 'rules.yaml': ['A.01a <= A.01b', 'A.01a <= A.02b'] }, code: 'unknown-indicator', file: 'rules.yaml', line: 3, column: 11 },
  { name: 'rule syntax', edits: { 'rules.yaml': ['A.01a <= A.01b', 'A.01a A.01b'] }, code: 'formula-syntax', file: 'rules.yaml', line: 3, column: 11 },
  {
    name: 'unit owing nothing',
    edits: { 'units.yaml': ['  - { code: SB, name: Sở B, kind: department }', '  - { code: SB, name: Sở B, kind: department }\n  - { code: K1, name: Cơ quan khác, kind: other }'] },
    code: 'unit-owes-nothing',
    file: 'units.yaml',
    line: 5,
    column: 5,
  },
  { name: 'no province unit', edits: { 'units.yaml': ['  - { code: "51", name: Tỉnh Thử, kind: province }\n', ''] }, code: 'province-missing', file: 'units.yaml', line: 2, column: 3 },
  { name: 'frequency without period settings', edits: { 'set.yaml': ['  year: { cutoff_day: 14, deadline_days: 15 }\n', ''] }, code: 'period-missing', file: 'set.yaml', line: 7, column: 3 },
  {
    name: 'a holiday that is not a date of the calendar',
    edits: { 'set.yaml': ['  year: { cutoff_day: 14, deadline_days: 15 }\n', '  year: { cutoff_day: 14, deadline_days: 15 }\nholidays:\n  - 2026-02-20\n  - 2026-02-30\n'] },
    code: 'holiday-invalid',
    file: 'set.yaml',
    line: 11,
    column: 5,
  },
  {
    name: 'a decision date that is not a date of the calendar',
    edits: { 'set.yaml': ['receiving_unit: Văn phòng UBND tỉnh Thử\n', 'receiving_unit: Văn phòng UBND tỉnh Thử\ndecision: { number: 12/QĐ-UBND, date: "2026-02-30" }\n'] },
    code: 'decision-date-invalid',
    file: 'set.yaml',
    line: 6,
    column: 39,
  },
  {
    name: 'a drafting office that is neither a unit nor an agency',
    edits: { 'set.yaml': ['receiving_unit: Văn phòng UBND tỉnh Thử\n', 'receiving_unit: Văn phòng UBND tỉnh Thử\ndrafting_unit: VPUBNDD\n'] },
    code: 'drafting-unit-unknown',
    file: 'set.yaml',
    line: 6,
    column: 16,
  },
  { name: '% with an integer value type', edits: { 'groups/b.yaml': ['unit: hệ thống', 'unit: "%"'] }, code: 'value-type-unit', file: 'groups/b.yaml', line: 9, column: 17 },
];

/** Applies a case's edits to the tiny set's texts. */
export function applyEdits(edits: BrokenCase['edits']): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [file, edit] of Object.entries(edits)) {
    if (edit === null || typeof edit === 'string') {
      out[file] = edit;
      continue;
    }
    const text = TINY_SET[file];
    if (!text.includes(edit[0])) throw new Error(`case edit not found in ${file}: ${edit[0]}`);
    out[file] = text.replace(edit[0], edit[1]);
  }
  return out;
}
