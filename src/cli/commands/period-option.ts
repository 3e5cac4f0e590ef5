import { pick } from '../../diagnostics/index.js';
import { PERIOD_FORMS, parsePeriod, type Period } from '../../model/period.js';
import { UsageError } from '../errors.js';

/** Parses --period, or stops with a usage error listing the accepted forms. */
export function parsePeriodOption(text: string): Period {
  const period = parsePeriod(text);
  if (!period) {
    throw new UsageError(
      pick({ vi: `Kỳ báo cáo "${text}" không hợp lệ`, en: `Invalid period "${text}"` }),
      pick({
        vi: `Dạng được chấp nhận: ${PERIOD_FORMS.join(', ')} (ví dụ 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M).`,
        en: `Accepted forms: ${PERIOD_FORMS.join(', ')} (e.g. 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M).`,
      }),
    );
  }
  return period;
}
