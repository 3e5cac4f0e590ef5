import { basename, dirname } from 'node:path';
import type { Lang } from '../diagnostics/index.js';
import { HEADER, HEADER_CODES, META_COL, META_SHEET, SHEET_NAMES } from '../model/layout/index.js';
import { PERIOD_PATTERN } from '../model/period.js';
import type { RawWorkbook } from './workbook-types.js';

/** Who and what a submission says it is. */
export interface Identity {
  setId?: string;
  setVersion?: string;
  contentHash?: string;
  /** The form's indicators as compiled (`fingerprintOf`), when `_meta` holds them. */
  fingerprint?: string;
  unit?: string;
  period?: string;
  lang: Lang;
  /** The system a return written by `indicators collect` came from (systems.yaml id); undefined for a form. */
  system?: string;
  /** Where it came from: the hidden `_meta` sheet, or the header block when a re-save lost `_meta`. */
  source: 'meta' | 'header' | 'file-name';
}

/** Reads `_meta`; falls back to the header cells of the entry sheet. */
export function readIdentity(wb: RawWorkbook): Identity {
  const meta = wb.sheet(META_SHEET);
  if (meta) {
    // Each key's first row, in one pass over the sheet's cells.
    const rows = new Map<unknown, number>();
    for (const cell of meta.cells.values()) if (cell.col === META_COL.key && !rows.has(cell.value)) rows.set(cell.value, cell.row);
    const get = (key: string) => {
      const row = rows.get(key);
      return row === undefined ? undefined : text(meta.cells.get(`${META_COL.value}${row}`)?.value);
    };
    return {
      setId: get('set_id'),
      setVersion: get('set_version'),
      contentHash: get('content_hash'),
      fingerprint: get('indicators'),
      unit: get('unit_code'),
      period: get('period'),
      lang: get('lang') === 'en' ? 'en' : 'vi',
      ...(get('system') ? { system: get('system') } : {}),
      source: 'meta',
    };
  }
  const lang: Lang = wb.sheets.some((s) => s.name === SHEET_NAMES.entry.en) ? 'en' : 'vi';
  const sheet = wb.sheet(SHEET_NAMES.entry[lang]);
  const cell = (address: string) => text(sheet?.cells.get(address)?.value);
  // The codes sit in the hidden key column; templates compiled before printed them in the visible cells.
  const [setId, setVersion] = (cell(HEADER_CODES.setVersion) ?? cell(HEADER.setVersion) ?? '').split('@');
  return { setId: setId || undefined, setVersion, unit: cell(HEADER.unitCode), period: cell(HEADER_CODES.period) ?? cell(HEADER.period), lang, source: 'header' };
}

function text(v: unknown): string | undefined {
  return v === undefined || v === null || v === '' ? undefined : String(v).trim();
}

/** `<unit>_<set>_<period>` (`templateFileName` without the extension); group 3 is the period. */
const FILE_NAME_RE = new RegExp(`^([^_]+)_(.+)_(${PERIOD_PATTERN})$`, 'i');

/** What the file and folder names say: `<unit>_<set>_<period>.xlsx`, or a folder named after a unit. */
export function identityFromPath(file: string, unitCodes: ReadonlySet<string>): { unit?: string; setId?: string; period?: string; folderUnit?: string } {
  // NFC: macOS and some zip tools write names decomposed (NFD); codes and ids are compared composed.
  const name = basename(file)
    .normalize('NFC')
    .replace(/\.[^.]+$/, '');
  const m = FILE_NAME_RE.exec(name);
  const folder = basename(dirname(file)).normalize('NFC');
  return {
    ...(m ? { unit: m[1], setId: m[2], period: m[3].toUpperCase() } : {}),
    ...(unitCodes.has(folder) ? { folderUnit: folder } : {}),
  };
}
