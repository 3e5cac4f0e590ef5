/**
 * The domain vocabulary of an indicator set (design §3). The model is written once: scripts/build-schemas.mjs writes
 * `schemas/*.schema.json`, which validate the YAML files, and scripts/build-types.mjs generates the documents' types
 * from them (`generated/documents.ts`, `npm run schemas`; test/schema/schemas-in-sync.test.ts fails when either is
 * stale). This file only adds what loading changes: codes read as numbers (`21211`) become strings, an indicator
 * knows its group, and the set carries what the loader computed.
 */
import type {
  AgencyDocument,
  BreakdownDocument,
  CategoryDocument,
  GroupDocument,
  IndicatorDocument,
  ReportedByDocument,
  RuleDocument,
  SetDocument,
  SystemDocument,
  UnitDocument,
} from './generated/documents.js';

export type {
  Accumulation,
  Aggregation,
  Baseline,
  Collection,
  Constraints,
  Frequency,
  IndicatorType,
  Milestone,
  PeriodRule,
  RuleSeverity,
  Sharing,
  Target,
  TargetDirection,
  UnitKind,
  ValueType,
  WarningThresholds,
} from './generated/documents.js';

/** Who fills the indicator in: groups of units, explicit unit codes, or `province` (the owner reports one value). */
export type ReportedBy = Exclude<ReportedByDocument, unknown[]> | string[];

/** set.yaml */
export type SetInfo = SetDocument;

/** units.yaml: the province and every unit that fills workbooks. */
export interface Unit extends Omit<UnitDocument, 'code'> {
  code: string;
}

/** agencies.yaml: owning and cooperating agencies; a code may equal a unit code. */
export interface Agency extends Omit<AgencyDocument, 'code' | 'unit'> {
  code: string;
  /** The unit that fills in this agency's province-level indicators; defaults to the unit with the same code. */
  unit?: string;
}

export interface Category extends Omit<CategoryDocument, 'code'> {
  code: string;
}

/** breakdowns.yaml: phân tổ. `exhaustive` (default true): the categories add up to the total. */
export interface Breakdown extends Omit<BreakdownDocument, 'categories'> {
  categories: Category[];
}

export interface Indicator extends Omit<IndicatorDocument, 'code' | 'owner' | 'cooperating' | 'reported_by'> {
  code: string;
  owner: string;
  cooperating?: string[];
  reported_by: ReportedBy;
  /** Filled by the loader: the group file's id. */
  group: string;
}

/** One groups/*.yaml file. */
export interface Group extends Omit<GroupDocument, 'indicators'> {
  indicators: Indicator[];
}

/** systems.yaml: an information system or database that supplies `collection: system` indicators. */
export interface System extends Omit<SystemDocument, 'owner'> {
  /** Code of the agency (agencies.yaml) that runs the system. */
  owner: string;
}

/** rules.yaml: a comparison between two formulas (`CDS.05 <= CDS.04`), warning by default. */
export type Rule = RuleDocument;

/** The whole folder after loading: what every command works on. */
export interface IndicatorSet {
  /** The folder as the user named it. */
  dir: string;
  info: SetInfo;
  units: Unit[];
  agencies: Agency[];
  breakdowns: Breakdown[];
  groups: Group[];
  /** All indicators in group order, then file order. */
  indicators: Indicator[];
  rules: Rule[];
  /** systems.yaml (optional file; empty without it). */
  systems: System[];
  /** sha256 of the normalised content, written into every template's `_meta`. */
  contentHash: string;
  /**
   * Where each declaration was read from, keyed `kind:code` (`indicator:CDS.03`, `unit:21211`); more than one
   * entry means the code is declared twice.
   */
  origins: Map<string, Origin[]>;
}

/** Where a declaration was read from: used to point diagnostics at it. */
export interface Origin {
  file: string;
  path: (string | number)[];
}
