import type { Lang } from '../i18n/index.js';
import { siteTexts, words, type SiteNoteParams } from '../i18n/index.js';
import type { HistoryNote } from '../history/types.js';
import { periodWords } from './format.js';

/** A note about the periods in words, for the pages and for the command's warnings. */
export function noteText(note: HistoryNote, lang: Lang): string {
  const T = siteTexts[lang];
  const list = (codes: string[]) => codes.join(', ');
  const p: SiteNoteParams = { period: '', file: '', from: '', to: '', codes: '', added: '', removed: '', recoded: '', unit: '', name: '', found: '', expected: '', rows: 0, kept: '', frequencies: '' };
  switch (note.kind) {
    case 'version-change': {
      const q = {
        ...p,
        period: note.period ? periodWords(note.period, lang) : '',
        from: note.from,
        to: note.to,
        added: list(note.added),
        removed: list(note.removed),
        recoded: note.recoded.map((r) => `${r.from} → ${r.to}`).join(', '),
      };
      return note.exact ? T.note['version-change'](q) : T.note['version-change-codes'](q);
    }
    case 'empty-period':
      return T.note['empty-period']({ ...p, period: periodWords(note.period, lang), file: note.file ?? '' });
    case 'unit-renamed':
      return T.note['unit-renamed']({ ...p, unit: note.unit, from: note.from, to: note.to, period: note.period ? periodWords(note.period, lang) : '' });
    case 'unit-gone':
      return T.note['unit-gone']({ ...p, unit: note.unit, name: note.name, period: periodWords(note.lastPeriod, lang) });
    case 'mixed-frequencies':
      return T.note['mixed-frequencies']({ ...p, frequencies: note.frequencies.map((f) => words[lang].frequency[f]).join(', ') });
    case 'other-set':
      return T.note['other-set']({ ...p, file: note.file, found: note.found, expected: note.expected, rows: note.rows });
    case 'duplicate-period':
      return T.note['duplicate-period']({ ...p, period: periodWords(note.period, lang), file: note.file, kept: note.kept });
    case 'no-period':
      return T.note['no-period']({ ...p, file: note.file });
  }
}
