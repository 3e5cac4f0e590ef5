import { DIAGNOSTICS } from '../i18n/diagnostics/index.js';
import { CODES, type DiagnosticCode } from './codes.js';
import { getLanguage } from './i18n.js';
import type { Diagnostic, Location, MessageParams, Severity } from './types.js';
import { fileDetails } from '../i18n/index.js';

export interface DiagnosticInit {
  location: Location;
  params?: MessageParams;
  /** Overrides the code's default severity (rules carry their own). */
  severity?: Severity;
  onKey?: boolean;
}

/** Longest text quoted from a user's file in a message. */
const QUOTE_LIMIT = 120;
// C0/C1 controls (a terminal escape sequence in a cell must not reach the terminal) and bidi overrides (RTL tricks).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Parameters that quote what a user typed: cut when long (paths and codes never are). */
const QUOTED = new Set(['text', 'found', 'formula', 'value', 'detail']);

/** Text from a submitted file as a message may show it: controls made visible, long text cut. */
export function quote(text: string, cut = true): string {
  const safe = text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return cut && safe.length > QUOTE_LIMIT ? `${safe.slice(0, QUOTE_LIMIT)}${fileDetails.cut(text.length)}` : safe;
}

/** A fractional number in a Vietnamese message takes a decimal comma: "66.67" would read as 6 667 (README: `71,54`). */
function shownNumber(n: number): number | string {
  return getLanguage() === 'vi' && Number.isFinite(n) && !Number.isInteger(n) ? String(n).replace('.', ',') : n;
}

/** Creates a diagnostic with its message and hint in the current language. */
export function makeDiagnostic(code: DiagnosticCode, init: DiagnosticInit): Diagnostic {
  const template = DIAGNOSTICS[code][getLanguage()];
  const params = Object.fromEntries(
    Object.entries(init.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? quote(v, QUOTED.has(k)) : typeof v === 'number' ? shownNumber(v) : v]),
  ) as MessageParams;
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
