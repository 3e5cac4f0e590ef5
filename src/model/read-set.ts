import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { loadSchemaGuards } from '../schema/guards.js';
import { validateDocument, type SchemaKind } from '../schema/validate-document.js';
import { readYamlFile, type YamlSource } from '../yaml/index.js';
import { buildSet, type RawDocuments } from './build-set.js';
import type { IndicatorSet } from './types.js';

export interface LoadedSet {
  /** The set built from every item that passed its schema; undefined when a required file is unusable. */
  set?: IndicatorSet;
  /** YAML, schema and IO problems (semantic checks are `checkSet`'s). */
  diagnostics: Diagnostic[];
  /** Parsed files by name, for `resolveLocations`. */
  sources: Map<string, YamlSource>;
  /** Codes declared anywhere, valid or not, so references to an invalid item do not cascade into unknown-* errors. */
  declared: DeclaredCodes;
}

export interface DeclaredCodes {
  indicators: Set<string>;
  units: Set<string>;
  agencies: Set<string>;
  breakdowns: Set<string>;
  systems: Set<string>;
  /** Kinds whose file could not be read or parsed: references to them are checked against the text (`mayBeDeclared`). */
  unreadable: Set<DeclaredKind>;
  /**
   * The text of those files, by kind: a code that appears nowhere in it cannot be declared there, so it is still
   * unknown. Absent when a file could not be read at all (then nothing about the kind is known).
   */
  unreadableText: Partial<Record<DeclaredKind, string>>;
}

export type DeclaredKind = 'indicators' | 'units' | 'agencies' | 'breakdowns' | 'systems';

const FILES: { name: string; kind: SchemaKind; required: boolean }[] = [
  { name: 'set.yaml', kind: 'set', required: true },
  { name: 'units.yaml', kind: 'units', required: true },
  { name: 'agencies.yaml', kind: 'agencies', required: true },
  { name: 'breakdowns.yaml', kind: 'breakdowns', required: false },
  { name: 'rules.yaml', kind: 'rules', required: false },
  { name: 'systems.yaml', kind: 'systems', required: false },
];

/** Reads every YAML file of an indicator-set folder and validates each against its schema. */
export async function readIndicatorSet(dir: string): Promise<LoadedSet> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, YamlSource>();
  const raw: RawDocuments = { groups: [] };
  const invalid = new Map<string, Set<string>>();
  const texts = new Map<string, string>();

  const load = async (file: string, kind: SchemaKind, required: boolean): Promise<unknown> => {
    const parsed = await readYamlFile(file);
    const missing = parsed.diagnostics.some((d) => d.code === 'file-missing');
    if (missing && !required) return undefined;
    if (missing) {
      diagnostics.push(makeDiagnostic('file-missing', { location: { file }, params: { name: file } }));
      return undefined;
    }
    sources.set(file, parsed.source);
    if (!parsed.diagnostics.some((d) => d.code === 'file-unreadable' || d.code === 'file-too-large')) texts.set(file, parsed.source.text);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.value === undefined) return undefined;
    const schemaDiagnostics = await validateDocument(kind, parsed.value, file);
    diagnostics.push(...schemaDiagnostics);
    invalid.set(file, invalidItemKeys(schemaDiagnostics));
    return parsed.value;
  };

  for (const f of FILES) {
    const file = join(dir, f.name);
    const value = await load(file, f.kind, f.required);
    raw[f.kind as Exclude<SchemaKind, 'group'>] = { file, value };
    if (f.kind === 'systems' && !sources.has(file)) delete raw.systems;
  }
  const groupFiles = await listGroupFiles(dir, diagnostics);
  for (const file of groupFiles) raw.groups.push({ file, value: await load(file, 'group', true) });

  const declared = collectDeclared(raw, texts);
  // A group file whose own fields are wrong (not just one indicator) leaves the obligations unknown.
  const wholeFile = raw.groups.filter((g) => invalid.get(g.file)?.has('*'));
  if (wholeFile.length) {
    declared.unreadable.add('indicators');
    declared.unreadableText.indicators = textOf(
      [...raw.groups.filter((g) => g.value === undefined), ...wholeFile].map((g) => g.file),
      texts,
    );
  }
  const set = buildSet(dir, raw, invalid, await loadSchemaGuards());
  return { set, diagnostics, sources, declared };
}

async function listGroupFiles(dir: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const groupsDir = join(dir, 'groups');
  try {
    const names = (await readdir(groupsDir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
    if (names.length === 0) throw Object.assign(new Error('empty'), { code: 'ENOENT' });
    return names.map((n) => join(groupsDir, n));
  } catch {
    const file = join(groupsDir, '*.yaml');
    diagnostics.push(makeDiagnostic('file-missing', { location: { file }, params: { name: file } }));
    return [];
  }
}

/**
 * Keys ("indicators.3", "units.0") of list items that a schema diagnostic points into: the builder leaves them out
 * so semantic checks only see well-formed items.
 */
function invalidItemKeys(diagnostics: readonly Diagnostic[]): Set<string> {
  const keys = new Set<string>();
  for (const d of diagnostics) {
    const path = d.location.path ?? [];
    if (path.length >= 2 && typeof path[1] === 'number') keys.add(`${path[0]}.${path[1]}`);
    else keys.add('*');
  }
  return keys;
}

/** The texts of these files, or undefined when one of them could not be read at all. */
function textOf(files: string[], texts: Map<string, string>): string | undefined {
  return files.every((f) => texts.has(f)) ? files.map((f) => texts.get(f)).join('\n') : undefined;
}

function collectDeclared(raw: RawDocuments, texts: Map<string, string>): DeclaredCodes {
  const codes = (doc: unknown, listKey: string, idKey = 'code'): string[] => {
    const list = (doc as Record<string, unknown> | undefined)?.[listKey];
    if (!Array.isArray(list)) return [];
    return list
      .map((item) => (item as Record<string, unknown> | null)?.[idKey])
      .filter((c) => c !== undefined && c !== null)
      .map(String);
  };
  const unreadable = new Set<DeclaredKind>();
  const unreadableText: DeclaredCodes['unreadableText'] = {};
  const broken = raw.groups.filter((g) => g.value === undefined);
  if (broken.length) {
    unreadable.add('indicators');
    unreadableText.indicators = textOf(
      broken.map((g) => g.file),
      texts,
    );
  }
  for (const kind of ['units', 'agencies', 'breakdowns', 'systems'] as const) {
    if (raw[kind]?.value !== undefined) continue;
    // systems.yaml absent declares no system (a system named anyway is unknown); unreadable, it may declare any.
    if (kind === 'systems' && !raw.systems) continue;
    unreadable.add(kind);
    unreadableText[kind] = raw[kind] ? textOf([raw[kind].file], texts) : undefined;
  }
  return {
    unreadable,
    unreadableText,
    indicators: new Set(raw.groups.flatMap((g) => codes(g.value, 'indicators'))),
    units: new Set(codes(raw.units?.value, 'units')),
    agencies: new Set(codes(raw.agencies?.value, 'agencies')),
    breakdowns: new Set(codes(raw.breakdowns?.value, 'breakdowns', 'id')),
    systems: new Set(codes(raw.systems?.value, 'systems', 'id')),
  };
}
