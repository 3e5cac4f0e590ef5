import type { Lang } from '../diagnostics/index.js';
import { targetTexts, type TargetWordParams } from '../i18n/index.js';
import type { Indicator } from '../model/types.js';
import type { TargetReading, TargetRule, TargetStatus } from '../model/targets.js';
import { formatNumber } from './html-escape.js';

/** A target reading in words: the status with its detail ("Đạt: thấp hơn mức của kỳ (75 vụ) 41 vụ") and the rule used. */
export interface TargetWords {
  status: TargetStatus;
  /** The status word alone ("Đạt"). */
  word: string;
  /** The status word and its detail, for the "Đánh giá" column. */
  text: string;
  /** How the value was compared ("Cách so sánh"). */
  rule: string;
}

/** The words of a target reading in the report's language (src/i18n/report.ts `targetTexts`). */
export function targetWords(reading: TargetReading, indicator: Pick<Indicator, 'unit' | 'unit_en' | 'value_type' | 'warning'>, lang: Lang): TargetWords {
  const T = targetTexts[lang];
  const unit = lang === 'en' ? (indicator.unit_en ?? indicator.unit) : indicator.unit;
  const amount = (n: number | undefined) => (n === undefined ? '' : `${formatNumber(n, 2, lang)} ${unit}`);
  const gap = (n: number | undefined) => (n === undefined ? '' : indicator.value_type === 'percent' ? `${formatNumber(Math.abs(n), 2, lang)} ${T.points}` : amount(Math.abs(n)));
  const threshold = reading.warned === 'below' ? indicator.warning?.below : reading.warned === 'above' ? indicator.warning?.above : undefined;
  const w: TargetWordParams = {
    year: reading.year,
    annual: amount(reading.annual),
    plan: amount(reading.plan),
    months: reading.months ?? 12,
    final: amount(reading.final?.value),
    by: reading.final?.by === undefined ? '' : String(reading.final.by),
    fromMilestone: reading.annualFrom === 'milestone',
    lower: reading.direction === 'lower',
    share: reading.rule === 'prorated' || reading.rule === 'annual-plan-prorated',
    ratio: reading.ratio === undefined ? '' : formatNumber(Math.round(reading.ratio * 10) / 10, 1, lang),
    margin: gap(reading.margin),
    threshold: amount(threshold),
  };
  const rules: Record<TargetRule, (w: TargetWordParams) => string> = T.rule;
  const details: string[] = [];
  if (reading.warned) details.push(T.detail[reading.warned](w));
  if (w.ratio && (reading.rule === 'annual-plan' || reading.rule === 'annual-plan-prorated' || reading.rule === 'year-total')) details.push(T.detail.ofPlan(w));
  if (w.ratio && reading.rule === 'prorated') details.push(T.detail.ofProrated(w));
  if (reading.rule === 'not-per-period') details.push(T.detail.notPerPeriod);
  if (reading.rule === 'no-plan-for-year') details.push(T.detail.noPlan(w));
  if (reading.margin !== undefined) {
    if (reading.met === undefined && reading.rule === 'annual-plan') {
      if (w.lower) details.push(T.detail.leftUnderCeiling(w));
    } else if (reading.margin === 0) details.push(T.detail.exact);
    else details.push(reading.margin > 0 ? T.detail.exceeded(w) : T.detail.short(w));
  }
  const word = T.status[reading.status];
  return { status: reading.status, word, text: details.length ? `${word}: ${details.join(', ')}` : word, rule: rules[reading.rule](w) };
}
