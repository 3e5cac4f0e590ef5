// Writes a synthetic indicator set of a given size (default 5,000 indicators, 3,300 units) for benchmarks:
// departments and communes, groups of rates with numerator and denominator, a breakdown, rules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `everyUnit`: every indicator quarterly and reported by all units (the compile/check benchmarks' worst case). */
export function generateSet(dir, { indicators = 5000, units = 3300, groups = 10, everyUnit = false } = {}) {
  mkdirSync(join(dir, 'groups'), { recursive: true });
  writeFileSync(
    join(dir, 'set.yaml'),
    [
      'id: bench',
      'name: Bộ chỉ số tổng hợp',
      'version: 1.0.0',
      'issuing_body: UBND',
      'receiving_unit: VP UBND',
      'periods:',
      '  quarter: { cutoff_day: 14, deadline_days: 6 }',
      '  year: { cutoff_day: 14, deadline_days: 15 }',
      '',
    ].join('\n'),
  );
  const departments = 20;
  const u = ['units:', '  - { code: "00", name: Tỉnh, kind: province }'];
  for (let i = 1; i <= departments; i++) u.push(`  - { code: "S${i}", name: Sở số ${i}, kind: department }`);
  for (let i = 1; i <= units - departments - 1; i++) u.push(`  - { code: "${String(i).padStart(5, '0')}", name: Xã số ${i}, kind: commune }`);
  writeFileSync(join(dir, 'units.yaml'), u.join('\n') + '\n');
  const a = ['agencies:'];
  for (let i = 1; i <= departments; i++) a.push(`  - { code: "S${i}", name: Sở số ${i} }`);
  writeFileSync(join(dir, 'agencies.yaml'), a.join('\n') + '\n');
  writeFileSync(join(dir, 'breakdowns.yaml'), 'breakdowns:\n  - id: level\n    name: Theo cấp\n    categories:\n      - { code: tinh, name: Cấp tỉnh }\n      - { code: xa, name: Cấp xã }\n');
  const rules = ['rules:'];
  const perGroup = Math.ceil(indicators / groups);
  let n = 0;
  for (let g = 1; g <= groups; g++) {
    const lines = [`id: g${g}`, `name: Nhóm ${g}`, `order: ${g}`, 'indicators:'];
    for (let k = 0; k < perGroup && n < indicators; k += 3) {
      const code = `G${g}.${String(k).padStart(4, '0')}`;
      const owner = `S${(k % departments) + 1}`;
      const rb = everyUnit ? 'all' : k % 2 ? 'communes' : 'departments';
      const common = (extra) => [
        `    type: input`,
        `    frequency: ${!everyUnit && k % 5 === 0 ? 'year' : 'quarter'}`,
        `    accumulation: period`,
        `    owner: ${owner}`,
        `    reported_by: ${rb}`,
        `    source: Hệ thống`,
        `    definition: Định nghĩa ${code}.`,
        `    method: Phương pháp ${code}.`,
        ...extra,
      ];
      lines.push(`  - code: ${code}a`, `    name: Tử số ${code}`, `    unit: hồ sơ`, `    value_type: integer`, ...common(['    aggregation: sum', '    constraints: { min: 0 }']));
      lines.push(`  - code: ${code}b`, `    name: Mẫu số ${code}`, `    unit: hồ sơ`, `    value_type: integer`, ...common(['    aggregation: sum', '    constraints: { min: 1 }']));
      lines.push(
        `  - code: ${code}`,
        `    name: Tỷ lệ ${code}`,
        `    unit: "%"`,
        `    value_type: percent`,
        ...common([`    formula: ${code}a / ${code}b * 100`, '    aggregation: none', '    constraints: { min: 0, max: 100 }']),
      );
      if (k % 30 === 0) rules.push(`  - { id: r${code}, expr: "${code}a <= ${code}b", message: Tử số không vượt mẫu số }`);
      n += 3;
    }
    writeFileSync(join(dir, 'groups', `g${g}.yaml`), lines.join('\n') + '\n');
  }
  writeFileSync(join(dir, 'rules.yaml'), rules.join('\n') + '\n');
  return { indicators: n, units };
}
