import { cliText } from '../../i18n/cli.js';
import { PERIOD_FORMS, parsePeriod, type Period } from '../../model/period.js';
import { UsageError } from '../errors.js';

/** Parses --period, or stops with a usage error listing the accepted forms. */
export function parsePeriodOption(text: string): Period {
  const period = parsePeriod(text);
  if (!period) {
    const t = cliText().options;
    throw new UsageError(t.badPeriod(text), t.periodForms(PERIOD_FORMS.join(', ')));
  }
  return period;
}
