import type { Workbook } from 'exceljs';
import { fingerprintOf, META_COL, META_SHEET, type MetaKey, type TemplatePlan } from '../model/layout/index.js';

/** The veryHidden `_meta` sheet: the identity `check` reads back (set, version, content hash, unit, period). */
export function addMetaSheet(wb: Workbook, plan: TemplatePlan, toolVersion: string): void {
  const values: Record<MetaKey, string> = {
    set_id: plan.set.id,
    set_version: plan.set.version,
    content_hash: plan.contentHash,
    unit_code: plan.unit.code,
    unit_name: plan.unit.name,
    period: plan.period.id,
    form_code: plan.formCode,
    lang: plan.lang,
    tool_version: toolVersion,
    // What each indicator of this form was (unit, type, frequency, formula), so a later check can say what changed.
    indicators: fingerprintOf(plan.valueRows.map((r) => r.indicator)),
    // Decree 09/2019: the data window printed on the form, and the deadline with the decision that sets it.
    window_start: plan.window.start,
    window_end: plan.window.end,
    reporting_window: plan.window.kind,
    deadline: plan.deadline,
    regime: plan.regime ?? '',
  };
  writeMetaSheet(wb, values);
}

/**
 * A veryHidden `_meta` sheet of key/value rows (column A the key, B the value), in the order of `values`. With
 * `omitEmpty`, an empty value leaves its B cell empty (the consultation form) instead of writing an empty text.
 */
export function writeMetaSheet(wb: Workbook, values: Readonly<Record<string, string>>, options: { omitEmpty?: boolean } = {}): void {
  const ws = wb.addWorksheet(META_SHEET);
  Object.entries(values).forEach(([key, value], i) => {
    ws.getCell(`${META_COL.key}${i + 1}`).value = key;
    if (value || !options.omitEmpty) ws.getCell(`${META_COL.value}${i + 1}`).value = value;
  });
  ws.state = 'veryHidden';
}
