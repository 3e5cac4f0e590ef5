// The synthetic-submission generator: compiled templates in, filled workbooks out, with chosen mistakes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planTemplate } from '../../dist/model/layout/index.js';
import { fillValues, openTemplate } from './fill.mjs';
import { FILE_MISTAKES, WORKBOOK_MISTAKES } from './mistakes.mjs';
import { plausibleValues } from './values.mjs';

/**
 * @param {object} o
 * @param {import('../../dist/model/types.js').IndicatorSet} o.set
 * @param {object} o.period parsed period
 * @param {string} o.templatesDir where `indicators compile` wrote the templates
 * @param {string} o.outDir where the filled submissions go
 * @param {string[]} [o.units] unit codes (default: every unit with a template)
 * @param {Record<string, string[]>} [o.mistakes] unit code → mistake kinds (keys of WORKBOOK_MISTAKES or FILE_MISTAKES)
 * @param {(values: Map, plan: object) => void} [o.adjust] edits the values before they are written
 * @returns {Promise<{ file: string, unit: string, values: Map, expected: object[] }[]>}
 */
export async function generateSubmissions(o) {
  mkdirSync(o.outDir, { recursive: true });
  const out = [];
  const units = o.units ?? o.set.units.filter((u) => u.kind !== 'province').map((u) => u.code);
  for (const code of units) {
    const unit = o.set.units.find((u) => u.code === code);
    const plan = planTemplate(o.set, unit, o.period, 'vi');
    if (!plan) continue;
    const values = plausibleValues(plan, o.set);
    o.adjust?.(values, plan);
    const wb = await openTemplate(join(o.templatesDir, plan.fileName));
    const ws = fillValues(wb, plan, values);
    const expected = [];
    let fileName = plan.fileName;
    const kinds = o.mistakes?.[code] ?? [];
    for (const kind of kinds.filter((k) => WORKBOOK_MISTAKES[k])) {
      const e = WORKBOOK_MISTAKES[kind](ws, plan, wb, o.set);
      if (e) expected.push({ kind, ...e });
    }
    let bytes = Buffer.from(await wb.xlsx.writeBuffer());
    for (const kind of kinds.filter((k) => FILE_MISTAKES[k])) {
      const m = FILE_MISTAKES[kind](bytes);
      bytes = m.bytes;
      fileName = fileName.replace(/\.xlsx$/, m.ext);
      expected.push({ kind, ...m.expected });
    }
    const file = join(o.outDir, fileName);
    writeFileSync(file, bytes);
    out.push({ file, unit: code, values, expected, plan });
  }
  return out;
}

/** Copies a generated file under another name (a duplicate submission, or a wrong file name). */
export function copyAs(file, target) {
  writeFileSync(target, readFileSync(file));
  return target;
}
