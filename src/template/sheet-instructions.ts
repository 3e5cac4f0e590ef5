import type { Workbook } from 'exceljs';
import { SHEET_NAMES, type TemplatePlan } from '../model/layout/index.js';
import { formatDateVi } from '../model/period.js';
import type { Labels } from './labels.js';
import { BOLD, FONT, TITLE } from './styles.js';
import { windowText } from './window-text.js';

/** The instructions sheet: what the form is, for whom, by when, and how to fill it in. */
export function addInstructionsSheet(wb: Workbook, plan: TemplatePlan, labels: Labels): void {
  const ws = wb.addWorksheet(SHEET_NAMES.instructions[plan.lang], { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 90;
  const en = plan.lang === 'en';
  const title = ws.getCell('A1');
  title.value = labels.instructionsTitle;
  title.font = TITLE;
  ws.mergeCells('A1:B1');
  const info: [string, string][] = [
    [labels.infoSet, `${en ? (plan.set.name_en ?? plan.set.name) : plan.set.name} (${labels.form.setVersion(plan.set.version)}${plan.set.status ? `, ${plan.set.status}` : ''})`],
    [labels.infoDecision, plan.set.decision ? `${plan.set.decision.number} (${formatDateVi(plan.set.decision.date)})` : plan.set.issuing_body],
    [labels.infoUnit, `${en ? (plan.unit.name_en ?? plan.unit.name) : plan.unit.name} (${plan.unit.code})`],
    [labels.infoPeriod, `${plan.periodText} (${plan.period.id})`],
    [labels.form.infoWindow, windowText(plan, labels)],
    [labels.infoDeadline, labels.form.deadline(formatDateVi(plan.deadline), plan.deadlineDays, plan.workingDays, plan.regime)],
    [labels.infoIndicators, String(plan.valueRows.filter((r) => !r.category).length)],
  ];
  const contact = plan.set.contact;
  if (contact) info.push([labels.infoContact, [contact.name, contact.email, contact.phone].filter(Boolean).join(' · ')]);
  info.forEach(([k, v], i) => {
    ws.getCell(`A${i + 3}`).value = k;
    ws.getCell(`A${i + 3}`).font = BOLD;
    ws.getCell(`B${i + 3}`).value = v;
    ws.getCell(`B${i + 3}`).font = FONT;
    if (v.includes('\n')) {
      ws.getCell(`B${i + 3}`).alignment = { wrapText: true, vertical: 'top' };
      ws.getRow(i + 3).height = 16 * v.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (90 * 1.15))), 0);
    }
  });
  const start = info.length + 4;
  labels.instructions.forEach((text, i) => {
    const cell = ws.getCell(`B${start + i}`);
    ws.getCell(`A${start + i}`).value = `${i + 1}.`;
    ws.getCell(`A${start + i}`).alignment = { horizontal: 'right', vertical: 'top' };
    cell.value = text;
    cell.font = FONT;
    cell.alignment = { wrapText: true, vertical: 'top' };
    // LibreOffice does not re-measure rows on load: give wrapped lines their height (≈1.15 characters per width unit).
    ws.getRow(start + i).height = 16 * Math.max(1, Math.ceil(text.length / (90 * 1.15)));
  });
}
