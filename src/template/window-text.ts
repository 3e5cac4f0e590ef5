import type { TemplatePlan } from '../model/layout/index.js';
import { formatDateVi } from '../model/period.js';
import type { Labels } from './labels.js';

/**
 * The form's data window as printed (header A3, instructions sheet): the window its rows share, or the set's and a
 * second line for the rows on another window (saying when their data, and so the deadline's count, ends later).
 */
export function windowText(plan: Pick<TemplatePlan, 'window' | 'otherWindow'>, labels: Labels): string {
  const main = labels.form.window(formatDateVi(plan.window.start), formatDateVi(plan.window.end), plan.window.kind);
  const other = plan.otherWindow;
  if (!other) return main;
  return `${main}\n${labels.form.otherRows(formatDateVi(other.start), formatDateVi(other.end), other.kind, other.end > plan.window.end)}`;
}
