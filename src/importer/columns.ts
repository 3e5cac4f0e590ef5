import { normalise } from '../submission/read-csv.js';

/** The catalog fields an imported column can fill. */
export type Field = 'stt' | 'code' | 'name' | 'group' | 'unit' | 'frequency' | 'owner' | 'cooperating' | 'source' | 'definition' | 'method' | 'target' | 'type';

/** Header names seen in Vietnamese annexes and English lists, without diacritics, lower case. */
const HEADERS: Record<Field, string[]> = {
  stt: ['stt', 'so thu tu', 'tt', 'no', 'no.', '#'],
  code: ['ma', 'ma so', 'ma chi so', 'ma chi tieu', 'ky hieu', 'code', 'indicator code'],
  name: ['ten chi tieu', 'ten chi so', 'chi tieu', 'chi so', 'noi dung', 'ten', 'indicator', 'indicator name', 'name'],
  group: ['nhom', 'nhom chi so', 'linh vuc', 'group', 'domain'],
  unit: ['dvt', 'don vi tinh', 'don vi', 'unit', 'unit of measure'],
  frequency: ['ky', 'ky bao cao', 'tan suat', 'ky cap nhat', 'frequency', 'period', 'periodicity'],
  owner: ['co quan chu tri', 'don vi chu tri', 'chu tri', 'co quan thu thap', 'owner', 'lead agency', 'responsible agency'],
  cooperating: ['co quan phoi hop', 'don vi phoi hop', 'phoi hop', 'cooperating', 'cooperating agencies'],
  source: ['nguon', 'nguon so lieu', 'nguon du lieu', 'source', 'data source'],
  definition: ['khai niem', 'dinh nghia', 'khai niem, noi dung', 'definition', 'concept'],
  method: ['phuong phap tinh', 'cach tinh', 'phuong phap', 'method', 'calculation method'],
  target: ['chi tieu ke hoach', 'muc tieu', 'ke hoach', 'target'],
  type: ['loai', 'loai chi so', 'type'],
};

/** Header text as matched: no diacritics, lower case, single spaces, no trailing punctuation or notes in brackets. */
function key(text: string): string {
  return normalise(text)
    .replace(/\(.*?\)/g, '')
    .replace(/[:*]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ColumnMap {
  /** Index of the header row in the table. */
  headerRow: number;
  columns: Partial<Record<Field, number>>;
  /** Header cells that match no field: reported, their content not imported. */
  unmapped: string[];
}

/** Finds the header row among the first rows (the one naming most fields, at least the name) and maps its columns. */
export function mapColumns(rows: readonly { cells: string[] }[]): ColumnMap | undefined {
  let best: ColumnMap | undefined;
  let bestCount = 0;
  rows.slice(0, 15).forEach((row, index) => {
    const columns: ColumnMap['columns'] = {};
    const unmapped: string[] = [];
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      const k = key(cell);
      const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(k) && columns[f] === undefined);
      if (field) columns[field] = i;
      else unmapped.push(cell);
    });
    const count = Object.keys(columns).length;
    if (columns.name !== undefined && count > bestCount) {
      best = { headerRow: index, columns, unmapped };
      bestCount = count;
    }
  });
  return best && bestCount >= 2 ? best : undefined;
}
