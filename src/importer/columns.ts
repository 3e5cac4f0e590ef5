import { normalise } from '../submission/read-csv.js';
import { readFrequency } from './frequency.js';
import { readLevel } from './level.js';

/** The catalog fields an imported column can fill. */
export type Field = 'stt' | 'code' | 'name' | 'group' | 'unit' | 'frequency' | 'accumulation' | 'level' | 'owner' | 'cooperating' | 'source' | 'definition' | 'method' | 'target' | 'type';

/** Header names seen in Vietnamese annexes and English lists, without diacritics, lower case. */
const HEADERS: Record<Field, string[]> = {
  stt: ['stt', 'so thu tu', 'tt', 'no', 'no.', '#'],
  code: ['ma', 'ma so', 'ma chi so', 'ma chi tieu', 'ky hieu', 'code', 'indicator code'],
  name: ['ten chi tieu', 'ten chi so', 'chi tieu', 'chi so', 'noi dung', 'noi dung chi tieu', 'ten', 'indicator', 'indicator name', 'name'],
  group: ['nhom', 'nhom chi so', 'nhom chi tieu', 'linh vuc', 'group', 'domain'],
  unit: ['dvt', 'don vi tinh', 'don vi', 'unit', 'unit of measure'],
  frequency: [
    'ky',
    'ky bao cao',
    'tan suat',
    'tan suat bao cao',
    'tan suat thu thap',
    'tan suat cap nhat',
    'ky cap nhat',
    'ky thu thap',
    'chu ky',
    'chu ky bao cao',
    'frequency',
    'period',
    'periodicity',
  ],
  accumulation: ['luy ke', 'tinh chat', 'tinh chat so lieu', 'cach tinh ky', 'luy ke/thoi diem', 'luy ke hay trong ky', 'accumulation', 'cumulative'],
  level: [
    'cap',
    'cap bao cao',
    'cap thu thap',
    'cap thuc hien',
    'cap cung cap',
    'cap cung cap so lieu',
    'don vi bao cao',
    'don vi thuc hien',
    'don vi cung cap so lieu',
    'doi tuong bao cao',
    'pham vi bao cao',
    'level',
    'reporting level',
    'reported by',
    'reporting units',
  ],
  owner: ['co quan chu tri', 'don vi chu tri', 'chu tri', 'co quan thu thap', 'co quan chu tri thu thap', 'owner', 'lead agency', 'responsible agency'],
  cooperating: ['co quan phoi hop', 'don vi phoi hop', 'phoi hop', 'cooperating', 'cooperating agencies'],
  source: ['nguon', 'nguon so lieu', 'nguon du lieu', 'nguon thu thap', 'source', 'data source'],
  definition: ['khai niem', 'dinh nghia', 'khai niem, noi dung', 'definition', 'concept'],
  method: ['phuong phap tinh', 'cach tinh', 'phuong phap', 'cong thuc tinh', 'method', 'calculation method'],
  target: ['chi tieu ke hoach', 'muc tieu', 'ke hoach', 'target'],
  type: ['loai', 'loai chi so', 'loai chi tieu', 'phan loai', 'phan loai chi so', 'type', 'indicator type'],
};

/** Synonyms too general to match the start of a longer title ("Đơn vị thực hiện" is not "Đơn vị"). */
const EXACT_ONLY = new Set(['don vi', 'chi so', 'chi tieu', 'ky', 'cap', 'loai', 'nhom', 'nguon', 'ma', 'ten', 'tt', 'no']);

/** Header text as matched: no diacritics, lower case, single spaces, no trailing punctuation or notes in brackets. */
function key(text: string): string {
  return normalise(text)
    .replace(/\(.*?\)/g, '')
    .replace(/[:*]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The field a header title names: an exact synonym, else the longest synonym it starts with ("Tên chỉ số đánh giá"). */
function fieldOf(title: string, taken: Partial<Record<Field, number>>): Field | undefined {
  const k = key(title);
  if (!k) return undefined;
  const fields = (Object.keys(HEADERS) as Field[]).filter((f) => taken[f] === undefined);
  const exact = fields.find((f) => HEADERS[f].includes(k));
  if (exact) return exact;
  let best: [Field, number] | undefined;
  for (const f of fields) {
    for (const s of HEADERS[f]) {
      if (EXACT_ONLY.has(s) || !(k.startsWith(`${s} `) || k.startsWith(`${s}/`))) continue;
      if (!best || s.length > best[1]) best = [f, s.length];
    }
  }
  return best?.[0];
}

export interface ColumnMap {
  /** Index of the (last) header row in the table: data starts below it. */
  headerRow: number;
  columns: Partial<Record<Field, number>>;
  /** The title each mapped column has in the list ("Cấp báo cáo"), for notes that name a column. */
  titles: Partial<Record<Field, string>>;
  /** Header cells that match no field: reported, their content not imported. */
  unmapped: string[];
  /**
   * A frequency or level given as a column per choice, ticked ("Kỳ báo cáo" over "Tháng | Quý | Năm", "Cấp báo cáo"
   * over "Tỉnh | Sở | Xã", an "x" in each that applies): the columns and their labels. `columns` holds the first.
   */
  ticks: Partial<Record<'frequency' | 'level', { column: number; label: string }[]>>;
}

/** A row of column numbers under the header: "(1) (2) (3)", "A B 1 2 3". */
export function isNumberingRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length >= 3 && filled.every((c) => /^\(?([0-9]{1,2}|[A-Za-z])\)?$/.test(c.trim()));
}

/**
 * Titles of a header of one row, or of two rows where the upper one is merged across its sub-columns ("Cơ quan" over
 * "Chủ trì | Phối hợp", "Kỳ báo cáo" over "Tần suất | Lũy kế"): a sub-title is read alone, then after its parent.
 */
function titlesOf(upper: readonly string[], lower?: readonly string[]): Title[] {
  const width = Math.max(upper.length, lower?.length ?? 0);
  const out: Title[] = [];
  let parent = '';
  for (let i = 0; i < width; i++) {
    const top = (upper[i] ?? '').trim();
    const sub = (lower?.[i] ?? '').trim();
    // A merged cell's text is in its first column only: over sub-titles, it is their parent until the next title.
    if (top) parent = sub ? top : '';
    if (!lower || !sub) out.push({ candidates: top ? [top] : [] });
    else out.push(parent ? { candidates: [sub, `${parent} ${sub}`, parent], parent, sub } : { candidates: [sub] });
  }
  return out;
}

interface Title {
  /** What the column may be called, most specific first. */
  candidates: string[];
  parent?: string;
  sub?: string;
}

/** A sub-title that is one choice of its parent's field: "Tháng" under "Kỳ báo cáo", "Xã" under "Cấp báo cáo". */
function tickOf(title: Title): 'frequency' | 'level' | undefined {
  if (!title.parent || !title.sub) return undefined;
  const field = fieldOf(title.parent, {});
  if (field === 'frequency' && !readFrequency(title.sub).guess) return field;
  if (field === 'level' && readLevel(title.sub)) return field;
  return undefined;
}

function mapTitles(titles: Title[]): Pick<ColumnMap, 'columns' | 'titles' | 'unmapped' | 'ticks'> {
  const columns: ColumnMap['columns'] = {};
  const names: ColumnMap['titles'] = {};
  const unmapped: string[] = [];
  const ticks: ColumnMap['ticks'] = {};
  // Choices come several under one parent: a lone "Năm" under "Kỳ báo cáo" is a first row of data, not a header.
  const tickable = titles.map(tickOf);
  const under = (i: number) => `${tickable[i]}\u0000${titles[i].parent}`;
  const count = new Map<string, number>();
  tickable.forEach((t, i) => t && count.set(under(i), (count.get(under(i)) ?? 0) + 1));
  titles.forEach((title, i) => {
    const { candidates } = title;
    if (!candidates.length) return;
    const tick = tickable[i] && (count.get(under(i)) ?? 0) >= 2 ? tickable[i] : undefined;
    if (tick && (columns[tick] === undefined || ticks[tick])) {
      (ticks[tick] ??= []).push({ column: i, label: title.sub! });
      columns[tick] ??= i;
      names[tick] ??= title.parent;
      return;
    }
    for (const candidate of candidates) {
      const field = fieldOf(candidate, columns);
      if (field) {
        columns[field] = i;
        names[field] = candidate;
        return;
      }
    }
    unmapped.push(candidates.length > 1 ? `${candidates[candidates.length - 1]} / ${candidates[0]}` : candidates[0]);
  });
  return { columns, titles: names, unmapped, ticks };
}

/** Finds the header row among the first rows (the one naming most fields, at least the name) and maps its columns. */
export function mapColumns(rows: readonly { cells: string[] }[]): ColumnMap | undefined {
  let best: ColumnMap | undefined;
  let bestCount = 0;
  const first = rows.slice(0, 16);
  first.forEach((row, index) => {
    const next = first[index + 1]?.cells;
    const options: [number, Title[]][] = [[index, titlesOf(row.cells)]];
    if (next && !isNumberingRow(next)) options.push([index + 1, titlesOf(row.cells, next)]);
    for (const [headerRow, titles] of options) {
      const mapped = mapTitles(titles);
      // A header of two rows must name more fields than one row does (a title line above the header names none),
      // or read a field as ticked choices (the row of choices would otherwise be taken for a first indicator).
      const count = Object.keys(mapped.columns).length + Object.keys(mapped.ticks).length - (headerRow > index ? 0.5 : 0);
      if (mapped.columns.name !== undefined && count > bestCount) {
        best = { headerRow, ...mapped };
        bestCount = count;
      }
    }
  });
  return best && bestCount >= 2 ? best : undefined;
}
