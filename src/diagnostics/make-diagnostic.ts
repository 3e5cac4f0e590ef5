import { CODES, type DiagnosticCode } from './codes.js';
import { getLanguage } from './i18n.js';
import { MESSAGES } from './messages/index.js';
import type { Diagnostic, Location, MessageParams, Severity } from './types.js';

export interface DiagnosticInit {
  location: Location;
  params?: MessageParams;
  /** Overrides the code's default severity (rules carry their own). */
  severity?: Severity;
  onKey?: boolean;
}

/** Creates a diagnostic with its message and hint in the current language. */
export function makeDiagnostic(code: DiagnosticCode, init: DiagnosticInit): Diagnostic {
  const template = MESSAGES[getLanguage()][code];
  const params = init.params ?? {};
  const diagnostic: Diagnostic = {
    code,
    severity: init.severity ?? CODES[code].severity,
    message: template.message(params),
    location: init.location,
  };
  const hint = template.hint?.(params);
  if (hint) diagnostic.hint = hint;
  if (init.params) diagnostic.params = init.params;
  if (init.onKey) diagnostic.onKey = true;
  return diagnostic;
}
