import type { TemplatePlan } from '../model/layout/index.js';
import { labelsFor } from './labels.js';
import { addEntrySheet } from './sheet-entry.js';
import { addInstructionsSheet } from './sheet-instructions.js';
import { addMetaSheet } from './sheet-meta.js';
import { fixedDate, newWorkbook, protectInputSheet, workbookBytes } from './workbook.js';

/** Builds one collection workbook from its plan; returns deterministic xlsx bytes. */
export async function writeTemplate(plan: TemplatePlan, toolVersion: string): Promise<Buffer> {
  const labels = labelsFor(plan.lang);
  const date = fixedDate(plan);
  const wb = await newWorkbook(date);
  wb.calcProperties.fullCalcOnLoad = true;
  addInstructionsSheet(wb, plan, labels);
  const entry = addEntrySheet(wb, plan, labels);
  addMetaSheet(wb, plan, toolVersion);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  await protectInputSheet(entry);
  const instructions = wb.getWorksheet(1);
  await instructions?.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  return workbookBytes(wb, date);
}
