import type { Accumulation, Frequency } from '../model/types.js';
import { normalise } from '../submission/read-csv.js';

/**
 * Why a frequency is the nearest one the model expresses rather than what the list says: each becomes a note.
 * `several`: the list names more than one ("6 tháng, năm"), the shortest is kept; `unclear`: nothing recognised.
 */
export type FrequencyGuess = 'realtime' | 'daily' | 'weekly' | 'evaluation' | 'multi-year' | 'average' | 'ad-hoc' | 'several' | 'unclear';

export interface FrequencyReading {
  frequency: Frequency;
  /** Read from a qualifier ("lũy kế", "tại thời điểm", "trong kỳ"); undefined when the text says nothing. */
  accumulation?: Accumulation;
  guess?: FrequencyGuess;
  /** The frequencies named, shortest first, when there were several. */
  named?: Frequency[];
}

/** Text as matched: no diacritics, lower case, "hàng"/"hằng" alike, punctuation as spaces. */
export function words(text: string): string {
  return ` ${normalise(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Qualifiers, matched on `words()` text (spaces around every word). */
const ACCUMULATION: [RegExp, Accumulation][] = [
  [/ (luy ke|cong don|tu dau nam|year to date|ytd|cumulative|accumulated|running total) /, 'year-to-date'],
  [/ (thoi diem|tai ngay|cuoi ky|cuoi thang|cuoi quy|cuoi nam|hien co|so du|ton kho|stock|end of (the )?period|point in time|as at|as of) /, 'stock'],
  [/ (trong ky|phat sinh|rieng ky|tung ky|in the period|per period|flow|period only) /, 'period'],
];

/** The qualifier a text states, if any (a frequency cell's words, or a column of its own). */
export function readAccumulation(text: string): Accumulation | undefined {
  const w = words(text);
  return ACCUMULATION.find(([re]) => re.test(w))?.[1];
}

/** Frequencies the model has, matched in this order (the longer phrases first; each match is removed). */
const SUPPORTED: [RegExp, Frequency][] = [
  [/ (9 thang|chin thang|nine months?) /g, 'nine-months'],
  [/ (6 thang|sau thang|nua nam|ban nien|half year(ly)?|semi annual(ly)?|biannual(ly)?|six months?) /g, 'half-year'],
  [/ (thang|month(ly)?) /g, 'month'],
  [/ (quy|quarter(ly)?) /g, 'quarter'],
  [/ (nam|annual(ly)?|year(ly)?) /g, 'year'],
];

/** Frequencies the model cannot express, and the nearest it can. */
const UNSUPPORTED: [RegExp, FrequencyGuess, Frequency][] = [
  [/ (thoi gian thuc|real time|lien tuc|continuous(ly)?) /, 'realtime', 'month'],
  [/ (hang ngay|ngay|daily|day) /, 'daily', 'month'],
  [/ (hang tuan|tuan|weekly|week) /, 'weekly', 'month'],
  [/ (ky danh gia|dot danh gia|danh gia|evaluation|assessment|survey|dieu tra) /, 'evaluation', 'year'],
  [/ (dot xuat|khi co yeu cau|theo yeu cau|ad hoc|on request|irregular) /, 'ad-hoc', 'year'],
  [/ ([2-9]|1[0-9]) nam | (giai doan|nhiem ky|multi year|[2-9] years?|five years?) /, 'multi-year', 'year'],
];

const ORDER: Frequency[] = ['month', 'quarter', 'half-year', 'nine-months', 'year'];

/**
 * Reads a list's frequency cell: "tháng (lũy kế)" → month, year-to-date; "quý, lũy kế từ đầu năm" → quarter,
 * year-to-date; "năm (bình quân 5 năm)" → year with the guess `average`; "thời gian thực" → month, guess `realtime`.
 */
export function readFrequency(text: string): FrequencyReading {
  const accumulation = readAccumulation(text);
  let w = words(text);
  const average = / (binh quan|trung binh|average|mean) /.test(w);
  // Qualifier words that contain a frequency word ("từ đầu năm", "cuối quý") are not the frequency.
  const qualifiers = w.replace(
    / (luy ke )?tu dau (nam|ky) | cuoi (thang|quy|nam|ky) | so voi (cung ky )?(nam|thang|quy) truoc | cung ky nam truoc | (tai|den|vao|tinh den) ngay( [0-9]+)* | year to date | same period last year | previous year /g,
    ' ',
  );
  const unsupported = UNSUPPORTED.find(([re]) => re.test(qualifiers));
  // "bình quân 5 năm", "giai đoạn 5 năm": the years of an average or a period are not a yearly frequency either.
  w = qualifiers
    .replace(/ (binh quan|trung binh|average) ([0-9]+ )?(nam|years?) /g, ' ')
    .replace(/ (giai doan|nhiem ky) ([0-9]+ )?(nam )?/g, ' ')
    .replace(/ [0-9]+ (nam|years?) /g, ' ');
  const named: Frequency[] = [];
  for (const [re, frequency] of SUPPORTED) {
    if (re.test(w)) named.push(frequency);
    re.lastIndex = 0;
    w = w.replace(re, ' ');
  }
  // "Cuối năm" alone: the qualifier was the only frequency word.
  if (!named.length && !unsupported) for (const [re, frequency] of SUPPORTED) if (new RegExp(re.source).test(words(text))) named.push(frequency);
  named.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const acc = accumulation ? { accumulation } : {};
  if (unsupported) {
    const [, guess, nearest] = unsupported;
    // "thời gian thực, tổng hợp tháng": the list names the period too; keep it and say what was left out.
    return { frequency: named[0] ?? nearest, ...acc, guess: average && guess === 'multi-year' ? 'average' : guess };
  }
  if (average && named.length) return { frequency: named[0], ...acc, guess: 'average' };
  if (named.length > 1) return { frequency: named[0], ...acc, guess: 'several', named };
  if (named.length === 1) return { frequency: named[0], ...acc };
  return { frequency: 'year', ...acc, guess: 'unclear' };
}
