import type { TemplatePlan } from '../model/layout/index.js';
import { repackDeterministic } from '../io/deterministic-zip.js';
import { labelsFor } from './labels.js';
import { addEntrySheet } from './sheet-entry.js';
import { addInstructionsSheet } from './sheet-instructions.js';
import { addMetaSheet } from './sheet-meta.js';

/** The workbook's created/modified date: fixed (the set's decision date), so the same inputs give the same bytes. */
export function fixedDate(plan: TemplatePlan): Date {
  const d = plan.set.decision?.date;
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T00:00:00Z`) : new Date('2000-01-01T00:00:00Z');
}

/** Builds one collection workbook from its plan; returns deterministic xlsx bytes. */
export async function writeTemplate(plan: TemplatePlan, toolVersion: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const labels = labelsFor(plan.lang);
  const wb = new ExcelJS.Workbook();
  const date = fixedDate(plan);
  wb.creator = 'indicators';
  wb.lastModifiedBy = 'indicators';
  wb.created = date;
  wb.modified = date;
  wb.calcProperties.fullCalcOnLoad = true;
  addInstructionsSheet(wb, plan, labels);
  const entry = addEntrySheet(wb, plan, labels);
  addMetaSheet(wb, plan, toolVersion);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  // No password: the protection guards against slips, not attackers (design §4).
  await entry.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  const instructions = wb.getWorksheet(1);
  await instructions?.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  // Stored, not deflated: repackDeterministic compresses once, with fixed timestamps.
  const raw = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never);
  return repackDeterministic(new Uint8Array(raw as ArrayBuffer), date);
}
