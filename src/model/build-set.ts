import { createHash } from 'node:crypto';
import type { Agency, Breakdown, Group, Indicator, IndicatorSet, Origin, Rule, SetInfo, Unit } from './types.js';

type RawDoc = { file: string; value: unknown };

/** The parsed YAML documents of a set folder, before they are typed. */
export interface RawDocuments {
  set?: RawDoc;
  units?: RawDoc;
  agencies?: RawDoc;
  breakdowns?: RawDoc;
  rules?: RawDoc;
  groups: RawDoc[];
}

type Obj = Record<string, unknown>;

/**
 * Types the documents into an `IndicatorSet`, leaving out list items that failed their schema (`invalid` holds
 * "listKey.index" per file, or "*" when the document's own fields are wrong). Returns undefined when set.yaml
 * or units.yaml is unusable: nothing can be checked without them.
 */
export function buildSet(dir: string, raw: RawDocuments, invalid: ReadonlyMap<string, Set<string>>): IndicatorSet | undefined {
  const setDoc = raw.set?.value as Obj | undefined;
  const unitsDoc = raw.units?.value as Obj | undefined;
  if (!setDoc || typeof setDoc !== 'object' || !unitsDoc || typeof unitsDoc !== 'object') return undefined;
  const origins = new Map<string, Origin[]>();
  const record = (key: string, origin: Origin): void => {
    const list = origins.get(key);
    if (list) list.push(origin);
    else origins.set(key, [origin]);
  };

  const items = <T>(doc: RawDoc | undefined, listKey: string, kind: string, idKey: string, fix?: (x: Obj) => T): T[] => {
    const list = (doc?.value as Obj | undefined)?.[listKey];
    if (!doc || !Array.isArray(list)) return [];
    const bad = invalid.get(doc.file) ?? new Set();
    const out: T[] = [];
    list.forEach((item, index) => {
      if (bad.has(`${listKey}.${index}`) || !item || typeof item !== 'object') return;
      const obj = item as Obj;
      const id = String(obj[idKey]);
      record(`${kind}:${id}`, { file: doc.file, path: [listKey, index] });
      out.push(fix ? fix(obj) : (obj as T));
    });
    return out;
  };

  const units = items<Unit>(raw.units, 'units', 'unit', 'code', (u) => ({ ...(u as unknown as Unit), code: String(u.code) }));
  const agencies = items<Agency>(raw.agencies, 'agencies', 'agency', 'code', (a) => ({
    ...(a as unknown as Agency),
    code: String(a.code),
    ...(a.unit !== undefined ? { unit: String(a.unit) } : {}),
  }));
  const breakdowns = items<Breakdown>(raw.breakdowns, 'breakdowns', 'breakdown', 'id', (b) => ({
    ...(b as unknown as Breakdown),
    categories: ((b.categories as Obj[]) ?? []).map((c) => ({ ...(c as unknown as Breakdown['categories'][number]), code: String(c.code) })),
  }));
  const rules = items<Rule>(raw.rules, 'rules', 'rule', 'id');

  const groups: Group[] = [];
  for (const doc of raw.groups) {
    const value = doc.value as Obj | undefined;
    if (!value || typeof value !== 'object' || invalid.get(doc.file)?.has('*') && !Array.isArray(value.indicators)) continue;
    const id = String(value.id ?? doc.file);
    record(`group:${id}`, { file: doc.file, path: [] });
    const indicators = items<Indicator>(doc, 'indicators', 'indicator', 'code', (i) => normaliseIndicator(i, id));
    groups.push({ ...(value as unknown as Group), id, indicators });
  }
  groups.sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9));
  const indicators = groups.flatMap((g) => g.indicators);
  const info = setDoc as unknown as SetInfo;
  const contentHash = hashContent({ info, units, agencies, breakdowns, groups, rules });
  return { dir, info, units, agencies, breakdowns, groups, indicators, rules, contentHash, origins };
}

function normaliseIndicator(i: Obj, group: string): Indicator {
  const rb = i.reported_by;
  return {
    ...(i as unknown as Indicator),
    code: String(i.code),
    reported_by: Array.isArray(rb) ? rb.map(String) : (rb as Indicator['reported_by']),
    group,
  };
}

/** sha256 over a canonical JSON form (sorted keys), so formatting or comments in YAML do not change it. */
function hashContent(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Obj).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
