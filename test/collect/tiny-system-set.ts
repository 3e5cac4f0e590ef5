import { makeSet, tinyIndicatorLines } from '../helpers/make-set.js';

/** One system of the tiny set: its systems.yaml lines under `- id: …`. */
export type SystemLines = Record<string, string>;

const indicator = (code: string, name: string, min: number, system: string, query?: string, select?: string, reportedBy = 'communes') =>
  [
    `  - code: ${code}`,
    `    name: ${name}`,
    '    type: input',
    '    unit: hồ sơ',
    '    value_type: integer',
    '    frequency: quarter',
    '    accumulation: period',
    '    owner: SA',
    `    reported_by: ${reportedBy}`,
    '    source: Hệ thống',
    '    definition: Đếm hồ sơ.',
    '    method: Đếm.',
    '    aggregation: sum',
    `    constraints: { min: ${min} }`,
    '    collection: system',
    `    system: ${system}`,
    ...(query === undefined ? [] : [`    query: ${JSON.stringify(query)}`]),
    ...(select === undefined ? [] : [`    select: ${select}`]),
  ].join('\n');

/**
 * The tiny set (three communes 1001, 1002, 1003) with A.01a and A.01b taken from system S1 by the given queries (A.01
 * is their rate, computed), and B.02 (reported by the departments) from system S2 when its query is given. `systems` are the systems.yaml entries.
 */
export function tinySystemSet(options: {
  systems: Record<string, SystemLines>;
  queries: { 'A.01a'?: string; 'A.01b'?: string; 'B.02'?: string };
  select?: string;
  extra?: Record<string, string | null>;
}): string {
  const systems = Object.entries(options.systems).map(([id, fields]) =>
    [`  - id: ${id}`, `    name: Hệ thống ${id}`, '    owner: SA', ...Object.entries(fields).map(([k, v]) => `    ${k}: ${v}`)].join('\n'),
  );
  const a = [
    'id: a',
    'name: Nhóm A',
    'order: 1',
    'indicators:',
    indicator('A.01a', 'Hồ sơ trực tuyến', 0, 'S1', options.queries['A.01a'], options.select),
    indicator('A.01b', 'Tổng số hồ sơ', 1, 'S1', options.queries['A.01b'], options.select),
    // The rate of the tiny set, computed, with its inputs taken from S1.
    ...tinyIndicatorLines('A.01').filter((line) => !line.startsWith('    target:')),
    '    key: true',
    '    collection: system',
    '    system: S1',
  ].join('\n');
  const files: Record<string, string | null> = { 'systems.yaml': `systems:\n${systems.join('\n')}\n`, 'groups/a.yaml': a + '\n', ...options.extra };
  if (options.queries['B.02'] !== undefined) {
    files['groups/c.yaml'] = ['id: c', 'name: Nhóm C', 'order: 3', 'indicators:', indicator('B.02', 'Số hồ sơ khác', 0, 'S2', options.queries['B.02'], undefined, 'departments')].join('\n') + '\n';
  }
  return makeSet(files);
}
