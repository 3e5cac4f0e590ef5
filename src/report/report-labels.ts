import { reportTexts, type Lang } from '../i18n/index.js';
import type { MergedReport } from './report-types.js';

/** Report texts in one language (src/i18n/report.ts). */
export function reportLabels(lang: Lang) {
  return reportTexts[lang];
}

/** An ISO date as the report prints it, dd/mm/yyyy. */
export const dmy = (iso: string): string => iso.split('-').reverse().join('/');

/** The header's deadline: the set's, and the later dates of forms with rows on calendar months (`formDates`). */
export function deadlineText(report: Pick<MergedReport, 'deadline' | 'laterDeadlines'>, lang: Lang): string {
  return reportTexts[lang].deadlineWithLater(
    dmy(report.deadline),
    (report.laterDeadlines ?? []).map((l) => ({ deadline: dmy(l.deadline), forms: l.forms })),
  );
}
