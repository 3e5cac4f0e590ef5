import { importedSetDefaults, type importerTexts } from '../i18n/index.js';
import type { Frequency, ValueType } from '../model/types.js';
import { normalise } from '../submission/read-csv.js';
import type { ColumnMap, Field } from './columns.js';
import type { Table } from './read-table.js';

/** Something the import could not map, or guessed: shown to the user with the catalog line. */
export interface ImportNote {
  line?: number;
  /** The note in the words of one language (`importerTexts[lang].notes`). */
  say: (t: ImporterNotes) => string;
}

type ImporterNotes = (typeof importerTexts)['vi']['notes'];

export interface ImportedIndicator {
  code: string;
  name: string;
  type: 'result' | 'input';
  unit: string;
  value_type: ValueType;
  frequency: Frequency;
  accumulation: 'period';
  owner: string;
  cooperating?: string[];
  reported_by: string[];
  source: string;
  definition: string;
  method: string;
  aggregation: 'sum' | 'average';
  constraints?: { min: number; max?: number };
  target?: { value: number; direction: 'higher' };
}

export interface ImportedSet {
  groups: { id: string; name: string; order: number; indicators: ImportedIndicator[] }[];
  agencies: { code: string; name: string }[];
  notes: ImportNote[];
}

const FREQUENCIES: [RegExp, Frequency][] = [
  [/^(9 thang|chin thang|nine.?months?)$/, 'nine-months'],
  [/^(6 thang|sau thang|nua nam|ban nien|half.?year(ly)?|semi.?annual(ly)?|biannual)$/, 'half-year'],
  [/^(hang )?thang$|^month(ly)?$/, 'month'],
  [/^(hang )?quy$|^quarter(ly)?$/, 'quarter'],
  [/^(hang )?nam$|^(annual(ly)?|year(ly)?)$/, 'year'],
];

/** Units of measure counted in whole numbers (anything else but % is a decimal). */
const COUNTS = new Set([
  'nguoi',
  'ho so',
  'xa',
  'cai',
  'chiec',
  'don vi',
  'lan',
  'du an',
  'doanh nghiep',
  'ho',
  'co so',
  'he thong',
  'dich vu',
  'thu tuc',
  'truong',
  'benh vien',
  'van ban',
  'vu',
  'tin',
  'bai',
  'phong',
  'cuoc',
  'so',
  'luot',
  'tai khoan',
  'giay phep',
]);

/** A growth or change rate ("tốc độ tăng", "so với cùng kỳ", "growth"): a percentage that may be negative or above 100. */
const CHANGE_RATE = /\b(toc do tang|tang truong|so voi cung ky|so voi nam truoc|so voi ky truoc|growth|change)\b/;

const ROMAN = /^(?=[IVXLC]+\.?$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$/i;

/** "Sở Tài chính" → "STC"; "Công an tỉnh" → "CAT": initials without diacritics, upper case. */
function initials(name: string): string {
  const words = normalise(name)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return (
    words
      .map((w) => w[0])
      .join('')
      .toUpperCase() || 'X'
  );
}

/** A file-name-safe id: no diacritics, lower case, words joined by '-'. */
export function slug(name: string, fallback = 'nhom'): string {
  return (
    normalise(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || fallback
  );
}

/** Turns the table's rows into groups, agencies and indicators; everything unmapped or guessed becomes a note. */
export function planImportedSet(table: Table, map: ColumnMap): ImportedSet {
  const notes: ImportNote[] = [];
  const agencies = new Map<string, { code: string; name: string }>();
  const codes = new Set<string>();
  const groups: ImportedSet['groups'] = [];
  const cell = (cells: string[], f: Field) => (map.columns[f] !== undefined ? (cells[map.columns[f]!] ?? '').trim() : '');
  if (map.unmapped.length) notes.push({ say: (t) => t.unmapped(map.unmapped.join(', ')) });
  const agency = (name: string, line: number): string => {
    const found = agencies.get(name);
    if (found) return found.code;
    let code = initials(name);
    for (let i = 2; [...agencies.values()].some((a) => a.code === code); i++) code = `${initials(name)}${i}`;
    if (!/^[A-Za-z]/.test(code)) code = `CQ${code}`;
    agencies.set(name, { code, name });
    notes.push({ line, say: (t) => t.agencyCode(name, code) });
    return code;
  };
  const group = (name: string) => {
    const g = { id: slug(name), name, order: groups.length + 1, indicators: [] as ImportedIndicator[] };
    while (groups.some((x) => x.id === g.id)) g.id = `${g.id}-${g.order}`;
    groups.push(g);
    return g;
  };
  let current: ImportedSet['groups'][number] | undefined;
  for (const { line, cells } of table.rows.slice(map.headerRow + 1)) {
    const name = cell(cells, 'name');
    const stt = cell(cells, 'stt');
    const unit = cell(cells, 'unit');
    if (!name && !unit) continue;
    const groupName = cell(cells, 'group');
    // A heading row: "I. Kinh tế" (a Roman numeral or a letter, no unit of measure and no frequency).
    if (!unit && !cell(cells, 'frequency') && (ROMAN.test(stt) || /^[A-Z]\.?$/.test(stt) || !stt)) {
      current = group(name.replace(/^[IVXLC]+\.\s*/i, '') || stt);
      continue;
    }
    if (groupName && groupName !== current?.name) current = groups.find((g) => g.name === groupName) ?? group(groupName);
    current ??= group(importedSetDefaults.group);
    if (!name) {
      notes.push({ line, say: (t) => t.noName });
      continue;
    }
    current.indicators.push(indicatorFrom(line, cells, cell, current, agency, codes, notes));
  }
  return { groups: groups.filter((g) => g.indicators.length > 0), agencies: [...agencies.values()], notes };
}

function indicatorFrom(
  line: number,
  cells: string[],
  cell: (cells: string[], f: Field) => string,
  group: { name: string; indicators: unknown[] },
  agency: (name: string, line: number) => string,
  codes: Set<string>,
  notes: ImportNote[],
): ImportedIndicator {
  const name = cell(cells, 'name');
  let code = cell(cells, 'code');
  if (!/^[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9]$/.test(code) || codes.has(code)) {
    const made = `${initials(group.name)}.${String(group.indicators.length + 1).padStart(2, '0')}`;
    if (code) {
      const bad = code;
      notes.push({ line, say: (t) => t.badCode(bad, made) });
    }
    code = made;
    for (let i = 2; codes.has(code); i++) code = `${made}_${i}`;
  }
  codes.add(code);
  const unit = cell(cells, 'unit') || importedSetDefaults.unit;
  const known = code;
  if (!cell(cells, 'unit')) notes.push({ line, say: (t) => t.noUnit(known) });
  const u = normalise(unit);
  const value_type: ValueType = unit.includes('%') || u === 'phan tram' || u === 'ty le' ? 'percent' : COUNTS.has(u) ? 'integer' : 'decimal';
  const freqText = normalise(cell(cells, 'frequency')).replace(/\s+/g, ' ');
  let frequency = FREQUENCIES.find(([re]) => re.test(freqText))?.[1];
  if (!frequency) {
    const text = cell(cells, 'frequency');
    notes.push({ line, say: (t) => t.unclearFrequency(known, text) });
    frequency = 'year';
  }
  const ownerName = cell(cells, 'owner');
  if (!ownerName) notes.push({ line, say: (t) => t.noOwner(known) });
  const owner = agency(ownerName || importedSetDefaults.owner, line);
  const cooperating = cell(cells, 'cooperating')
    .split(/[;,\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((n) => agency(n, line))
    .filter((c) => c !== owner);
  const targetText = cell(cells, 'target')
    .replace(',', '.')
    .replace(/[^\d.]/g, '');
  const target = targetText && Number.isFinite(Number(targetText)) ? { value: Number(targetText), direction: 'higher' as const } : undefined;
  const out: ImportedIndicator = {
    code,
    name,
    type: value_type === 'percent' ? 'result' : 'input',
    unit,
    value_type,
    frequency,
    accumulation: 'period',
    owner,
    ...(cooperating.length ? { cooperating: [...new Set(cooperating)] } : {}),
    reported_by: [owner],
    source: cell(cells, 'source') || importedSetDefaults.source,
    definition: cell(cells, 'definition') || name,
    method: cell(cells, 'method') || importedSetDefaults.method,
    aggregation: value_type === 'percent' ? 'average' : 'sum',
    ...(value_type === 'percent' && CHANGE_RATE.test(normalise(name)) ? {} : { constraints: value_type === 'percent' ? { min: 0, max: 100 } : { min: 0 } }),
  };
  if (target && (value_type !== 'percent' || target.value <= 100)) out.target = target;
  return out;
}
