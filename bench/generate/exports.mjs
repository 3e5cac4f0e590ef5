// Exports of the systems a set's `collection: system` indicators come from: what `indicators collect` reads for a
// `kind: csv` system. Values are the generator's plausible ones for each unit's system return (same seed as its form,
// so a count taken from a system and a form's numerator over it stay consistent: CDS.02a typed, CDS.02b collected).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isComputed, planSystemReturn } from '../../dist/model/layout/index.js';
import { plausibleValues } from './values.mjs';

/**
 * Rows of one system's export for a period: unit_code, code, category (breakdown category code), value; one row per
 * collected (not computed) value of every unit that reports the system's indicators.
 * @returns {{ unit_code: string, code: string, category: string, value: number }[]}
 */
export function exportRows(set, period, systemId) {
  const rows = [];
  for (const unit of set.units) {
    const plan = planSystemReturn(set, unit, period, systemId);
    if (!plan) continue;
    // The set's rates over these values (CDS.02 over CDS.02b) make them denominators: scaled as such, as on a form.
    const rates = set.indicators.filter((i) => i.formula && !plan.valueRows.some((r) => r.indicator.code === i.code));
    const values = plausibleValues({ ...plan, valueRows: [...plan.valueRows, ...rates.map((i) => ({ kind: 'value', key: i.code, indicator: i, hasCategories: false }))] }, set);
    for (const r of plan.valueRows) {
      if (isComputed(r) || typeof values.get(r.key) !== 'number') continue;
      rows.push({ unit_code: unit.code, code: r.indicator.code, category: r.category?.code ?? '', value: values.get(r.key) });
    }
  }
  return rows;
}

/** Writes `<dir>/<file>` for every csv system whose indicators all read one export file named by their query. */
export function writeExports(set, period, dir) {
  const written = [];
  for (const system of set.systems.filter((s) => s.kind === 'csv')) {
    const queries = [...new Set(set.indicators.filter((i) => i.system === system.id && i.query && !i.formula).map((i) => i.query))];
    if (queries.length !== 1) continue;
    const file = join(dir, queries[0].replace(/\{period\}/g, period.id));
    mkdirSync(join(file, '..'), { recursive: true });
    const lines = ['unit_code,code,category,value', ...exportRows(set, period, system.id).map((r) => `${r.unit_code},${r.code},${r.category},${r.value}`)];
    writeFileSync(file, lines.join('\n') + '\n');
    written.push(file);
  }
  return written;
}
