import { importedSetDefaults, type importerTexts } from '../i18n/index.js';
import type { Accumulation, Frequency, TargetDirection, ValueType } from '../model/types.js';
import { normalise } from '../submission/read-csv.js';
import { isNumberingRow, type ColumnMap, type Field } from './columns.js';
import { readAccumulation, readFrequency, words } from './frequency.js';
import { readLevel, type Level } from './level.js';
import type { Table } from './read-table.js';
import { DEFAULT_TYPE, readType, statedType, type Typology } from './typology.js';

/**
 * Something the import could not map, or guessed: shown to the user with the catalog row and column (`line` is the
 * table's 1-based line, `column` the 0-based column), or, without them, about the whole list.
 */
export interface ImportNote {
  line?: number;
  column?: number;
  /** The note in the words of one language (`importerTexts[lang].notes`). */
  say: (t: ImporterNotes) => string;
}

type ImporterNotes = (typeof importerTexts)['vi']['notes'];

export interface ImportedIndicator {
  code: string;
  name: string;
  type: Typology;
  unit: string;
  value_type: ValueType;
  frequency: Frequency;
  accumulation: Accumulation;
  owner: string;
  cooperating?: string[];
  reported_by: Exclude<Level, 'owner'> | string[];
  source: string;
  definition: string;
  method: string;
  aggregation: 'sum' | 'average';
  constraints?: { min?: number; max?: number };
  target?: { value: number; direction: TargetDirection };
}

export interface ImportedSet {
  groups: { id: string; name: string; order: number; indicators: ImportedIndicator[] }[];
  agencies: { code: string; name: string }[];
  notes: ImportNote[];
  /** How many indicators are reported by communes (`communes` or `all`): units.yaml must list them. */
  communeReported: number;
}

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
  'may',
  'may chu',
  'people',
  'persons',
  'applications',
  'dossiers',
  'cases',
  'households',
  'enterprises',
  'accounts',
  'systems',
  'units',
  'visits',
]);

/** A growth or change rate: "tốc độ tăng", "growth rate", a price index, whatever its unit; may be negative or above 100. */
const CHANGE_RATE = / (toc do (tang|giam)|growth rate|change rate|rate of change|chi so gia|cpi) /;
/** Words that make a percentage a change ("%" with "tăng trưởng", "so với cùng kỳ"); a count "tăng trưởng" keeps min 0. */
const CHANGE_PERCENT = / (tang truong|so voi cung ky|so voi nam truoc|so voi ky truoc|tang giam|muc tang|growth|change in) /;

/** Words before a target saying it is a ceiling, or plainly a floor. */
const CEILING = /^\s*(<=|≤|<|khong qua|khong vuot|toi da|duoi|at most|no more than|below|max(imum)?)/;
const FLOOR = /^\s*(>=|≥|>|toi thieu|it nhat|tren|dat|tu|at least|above|min(imum)?)/;

/** A ticked choice: "x", "X", "✓", "1", "có" (anything but blank, 0, "-" or "không"). */
const TICKED = /^(?!\s*$)(?!\s*(0|-|–|khong|no)\s*$)/;

const ROMAN = /^(?=[IVXLC]+\.?$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$/i;

/** "Sở Tài chính" → "STC"; "Công an tỉnh" → "CAT": initials without diacritics, upper case. */
function initials(name: string): string {
  const parts = normalise(name)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return (
    parts
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

/** Reads a target cell: "≥ 95", "Không quá 300", "-2", "7,5%". */
function readTarget(text: string): { value: number; direction: TargetDirection; stated: boolean } | undefined {
  const n = normalise(text);
  // "Giảm 10%", "tăng 5% so với năm trước": a change, not a value.
  if (/^\s*(giam|tang|reduce|increase|raise|cut)/.test(n)) return undefined;
  const m = /[-−–]?\s*\d[\d.,]*/.exec(n);
  if (!m) return undefined;
  let digits = m[0].replace(/[−–]/, '-').replace(/\s+/g, '');
  // "1.200" and "1,200" are thousands when three digits follow; otherwise the separator is the decimal point.
  digits = /^-?\d{1,3}([.,]\d{3})+$/.test(digits) ? digits.replace(/[.,]/g, '') : digits.replace(',', '.');
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  const before = n.slice(0, m.index);
  const direction: TargetDirection = CEILING.test(before) ? 'lower' : 'higher';
  return { value, direction, stated: CEILING.test(before) || FLOOR.test(before) };
}

/** Turns the table's rows into groups, agencies and indicators; everything unmapped or guessed becomes a note. */
export function planImportedSet(table: Table, map: ColumnMap): ImportedSet {
  const notes: ImportNote[] = [];
  const agencies = new Map<string, { code: string; name: string }>();
  const codes = new Set<string>();
  const groups: Group[] = [];
  const defaults = { accumulation: [] as string[], type: [] as string[] };
  const cell = (cells: string[], f: Field): string => {
    // Ticked choices ("x" under "Tháng" and "Năm") read as the list of their labels ("Tháng, Năm").
    const ticks = f === 'frequency' || f === 'level' ? map.ticks[f] : undefined;
    if (ticks)
      return ticks
        .filter((t) => TICKED.test(normalise(cells[t.column] ?? '')))
        .map((t) => t.label)
        .join(', ');
    return map.columns[f] !== undefined ? (cells[map.columns[f]!] ?? '').trim() : '';
  };
  const agency = (name: string, line: number, column: number | undefined): string => {
    const found = agencies.get(name);
    if (found) return found.code;
    let code = initials(name);
    for (let i = 2; [...agencies.values()].some((a) => a.code === code); i++) code = `${initials(name)}${i}`;
    if (!/^[A-Za-z]/.test(code)) code = `CQ${code}`;
    agencies.set(name, { code, name });
    notes.push({ line, column, say: (t) => t.agencyCode(name, code) });
    return code;
  };
  const group = (name: string) => {
    const g: Group = { id: slug(name), name, order: groups.length + 1, indicators: [], type: statedType(name) };
    while (groups.some((x) => x.id === g.id)) g.id = `${g.id}-${g.order}`;
    groups.push(g);
    return g;
  };
  let current: Group | undefined;
  const context: Context = { map, cell, agency, codes, notes, defaults };
  for (const { line, cells } of table.rows.slice(map.headerRow + 1)) {
    const name = cell(cells, 'name');
    const stt = cell(cells, 'stt');
    const unit = cell(cells, 'unit');
    if (!name && !unit) continue;
    if (isNumberingRow(cells)) continue;
    const groupName = cell(cells, 'group');
    // A heading row: "I. Kinh tế" (a Roman numeral or a letter, no unit of measure and no frequency).
    if (!unit && !cell(cells, 'frequency') && (ROMAN.test(stt) || /^[A-Z]\.?$/.test(stt) || !stt)) {
      current = group(name.replace(/^[IVXLC]+\.\s*/i, '') || stt);
      continue;
    }
    if (groupName && groupName !== current?.name) current = groups.find((g) => g.name === groupName) ?? group(groupName);
    current ??= group(importedSetDefaults.group);
    if (!name) {
      notes.push({ line, column: map.columns.name, say: (t) => t.noName });
      continue;
    }
    current.indicators.push(indicatorFrom(line, cells, current, context));
  }
  const all = groups.flatMap((g) => g.indicators);
  const total = all.length;
  if (map.columns.level === undefined && total) notes.push({ say: (t) => t.noLevelColumn });
  if (defaults.accumulation.length) notes.push({ say: (t) => t.noAccumulation(defaults.accumulation, total) });
  if (defaults.type.length) notes.push({ say: (t) => t.defaultType(defaults.type, total, DEFAULT_TYPE) });
  const communeReported = all.filter((i) => i.reported_by === 'communes' || i.reported_by === 'all').length;
  // In the order of the list (row, then column); the notes about the whole list after them, unmapped columns first.
  notes.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
  if (map.unmapped.length) notes.unshift({ say: (t) => t.unmapped(map.unmapped.join(', ')) });
  return {
    groups: groups.filter((g) => g.indicators.length > 0).map(({ id, name, order, indicators }) => ({ id, name, order, indicators })),
    agencies: [...agencies.values()],
    notes,
    communeReported,
  };
}

interface Group {
  id: string;
  name: string;
  order: number;
  indicators: ImportedIndicator[];
  /** The type the heading states ("Nhóm chỉ số đầu ra"), for its indicators that state none. */
  type?: Typology;
}

interface Context {
  map: ColumnMap;
  cell: (cells: string[], f: Field) => string;
  agency: (name: string, line: number, column: number | undefined) => string;
  codes: Set<string>;
  notes: ImportNote[];
  /** Codes given a default because the list says nothing: one note each at the end. */
  defaults: { accumulation: string[]; type: string[] };
}

function indicatorFrom(line: number, cells: string[], group: Group, { map, cell, agency, codes, notes, defaults }: Context): ImportedIndicator {
  const col = map.columns;
  const title = (f: Field) => map.titles[f] ?? f;
  const note = (f: Field | undefined, say: ImportNote['say']) => notes.push({ line, column: f ? col[f] : undefined, say });
  const name = cell(cells, 'name');
  let code = cell(cells, 'code');
  if (!/^[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9]$/.test(code) || codes.has(code)) {
    const made = `${initials(group.name)}.${String(group.indicators.length + 1).padStart(2, '0')}`;
    if (code) {
      const bad = code;
      note('code', (t) => t.badCode(bad, made));
    }
    code = made;
    for (let i = 2; codes.has(code); i++) code = `${made}_${i}`;
  }
  codes.add(code);
  const known = code;
  const unit = cell(cells, 'unit') || importedSetDefaults.unit;
  if (!cell(cells, 'unit')) note(col.unit !== undefined ? 'unit' : 'name', (t) => t.noUnit(known));
  const u = normalise(unit);
  const value_type: ValueType = unit.includes('%') || u === 'phan tram' || u === 'ty le' ? 'percent' : COUNTS.has(u) ? 'integer' : 'decimal';

  // Frequency and its qualifier: "tháng (lũy kế)", "quý, lũy kế từ đầu năm", "năm (bình quân 5 năm)".
  const freqText = cell(cells, 'frequency');
  const reading = readFrequency(freqText);
  const frequency = reading.frequency;
  if (reading.guess === 'unclear') note('frequency', (t) => t.unclearFrequency(known, freqText));
  else if (reading.guess === 'several') note('frequency', (t) => t.severalFrequencies(known, freqText, frequency));
  else if (reading.guess) {
    const guess = reading.guess;
    note('frequency', (t) => t.nearestFrequency(known, freqText, guess, frequency));
  }
  const accText = cell(cells, 'accumulation');
  let accumulation = accText ? readAccumulation(accText) : undefined;
  if (accText && !accumulation) note('accumulation', (t) => t.unclearAccumulation(known, accText, title('accumulation')));
  accumulation ??= reading.accumulation;
  if (!accumulation) defaults.accumulation.push(code);

  const ownerName = cell(cells, 'owner');
  if (!ownerName) note(col.owner !== undefined ? 'owner' : 'name', (t) => t.noOwner(known));
  const owner = agency(ownerName || importedSetDefaults.owner, line, col.owner ?? col.name);
  const cooperating = cell(cells, 'cooperating')
    .split(/[;,\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((n) => agency(n, line, col.cooperating))
    .filter((c) => c !== owner);

  // Who reports: the level column ("tỉnh", "sở", "xã", "mọi đơn vị"), else the owner alone.
  let reported_by: ImportedIndicator['reported_by'] = [owner];
  if (col.level !== undefined) {
    const levelText = cell(cells, 'level');
    const level = readLevel(levelText);
    if (!levelText) note('level', (t) => t.emptyLevel(known, title('level'), owner));
    else if (!level) note('level', (t) => t.unclearLevel(known, levelText, title('level'), owner));
    else {
      if (level.level !== 'owner') reported_by = level.level;
      const guess = level.guess;
      if (guess) note('level', (t) => t.levelGuess(known, levelText, guess));
    }
  }

  // The 7146 type: a type column, else words that state it (name, definition, group heading), else the default.
  const typeText = cell(cells, 'type');
  let type = typeText ? readType(typeText) : undefined;
  if (typeText && !type) note('type', (t) => t.unclearType(known, typeText, title('type'), DEFAULT_TYPE));
  type ??= statedType(`${name} ${cell(cells, 'definition')}`) ?? group.type;
  if (!type) {
    if (!typeText) defaults.type.push(code);
    type = DEFAULT_TYPE;
  }

  // A percent typed by many units would be averaged into the province figure (seed 002's mistake): say so now,
  // before the communes are in units.yaml and validate can tell (ratio-averaged).
  if (value_type === 'percent' && !Array.isArray(reported_by) && reported_by !== 'province') note('unit', (t) => t.percentFromUnits(known));
  const changeRate = CHANGE_RATE.test(words(name)) || (value_type === 'percent' && CHANGE_PERCENT.test(words(name)));
  if (changeRate) note('name', (t) => t.changeRate(known));
  const constraints = changeRate ? undefined : value_type === 'percent' ? { min: 0, max: 100 } : { min: 0 };
  const targetText = cell(cells, 'target');
  const target = targetText ? readTarget(targetText) : undefined;
  const out: ImportedIndicator = {
    code,
    name,
    type,
    unit,
    value_type,
    frequency,
    accumulation: accumulation ?? 'period',
    owner,
    ...(cooperating.length ? { cooperating: [...new Set(cooperating)] } : {}),
    reported_by,
    source: cell(cells, 'source') || importedSetDefaults.source,
    definition: cell(cells, 'definition') || name,
    method: cell(cells, 'method') || importedSetDefaults.method,
    aggregation: value_type === 'percent' ? 'average' : 'sum',
    ...(constraints ? { constraints } : {}),
  };
  if (targetText && (!target || (constraints?.max !== undefined && target.value > constraints.max) || (constraints?.min !== undefined && target.value < constraints.min))) {
    note('target', (t) => t.unclearTarget(known, targetText));
  } else if (target) {
    out.target = { value: target.value, direction: target.direction };
    if (!target.stated) note('target', (t) => t.targetDirection(known, targetText));
  }
  return out;
}
