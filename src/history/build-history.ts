import { changeOf, comparedWithLastYear } from '../model/change.js';
import { diffSets } from '../model/diff-sets.js';
import { rowKeyFor } from '../model/layout/index.js';
import { unitsOwing } from '../model/owes.js';
import { isDueIn, parsePeriod, previousPeriod, type Period } from '../model/period.js';
import { targetStatus } from '../model/targets.js';
import type { Frequency, Indicator, IndicatorSet } from '../model/types.js';
import { comparePeriods, mainFrequency, periodsBetween } from './periods.js';
import type { CategorySeries, History, HistoryInput, HistoryNote, HistoryRow, HistoryPeriod, IndicatorSeries, SeriesPoint, UnitCategorySeries, UnitPeriodStatus, UnitTrack } from './types.js';

export interface HistoryOptions {
  /** Older versions of the set by version, for the datasets written under them: `diffSets` tells what was re-coded. */
  olderSets?: ReadonlyMap<string, IndicatorSet>;
}

interface PeriodState {
  period: Period;
  file?: string;
  setVersion?: string;
  rows: number;
  numbers: number;
}

/** What is known of the dataset being added. */
interface InputState {
  file: string;
  setVersion?: string;
  foreign: number;
  foreignId: string;
  any: boolean;
  duplicates: Set<string>;
}

interface ProvinceSeries {
  code: string;
  breakdown: string;
  category: string;
  values: Map<string, number>;
}

/** A dataset cell as a number; undefined when blank or not a number. */
function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** The same period one year earlier (`2026-Q1` → `2025-Q1`). */
function lastYearOf(p: Period): string | undefined {
  return parsePeriod(`${p.year - 1}${p.id.slice(4)}`)?.id;
}

/**
 * Reads many periods' datasets into one series model (pure, incremental: `add` each dataset, then `finish`). Only
 * what the site and the report need is kept (province series, each unit's totals and breakdown figures, who reported when), so twelve
 * periods of 3,300 units × 60 indicators fit in memory. Deterministic for the same datasets given in the same order;
 * a period given twice keeps the first dataset (the caller sorts the files).
 */
export class HistoryBuilder {
  private readonly periods = new Map<string, PeriodState>();
  private readonly province = new Map<string, ProvinceSeries>();
  /** indicator code → unit code → period → value (totals only). */
  private readonly unitValues = new Map<string, Map<string, Map<string, number>>>();
  /** indicator code → unit code → `breakdown|category` → period → value (units' breakdown rows, for the series API). */
  private readonly unitCategoryValues = new Map<string, Map<string, Map<string, Map<string, number>>>>();
  /** unit code → period → 'accepted' | 'late'. */
  private readonly reported = new Map<string, Map<string, 'accepted' | 'late'>>();
  /** unit code → period → name as written. */
  private readonly names = new Map<string, Map<string, string>>();
  /** Codes found in the data: unit of measure and higher-level code as written. */
  private readonly codes = new Map<string, { unitOfMeasure: string; higherCode: string }>();
  /** set version → codes found in its datasets (after re-coding). */
  private readonly codesByVersion = new Map<string, Set<string>>();
  private readonly recodes = new Map<string, Map<string, string>>();
  private readonly notes: HistoryNote[] = [];
  private readonly provinceCode?: string;
  private readonly byCode: Map<string, Indicator>;

  constructor(
    private readonly set: IndicatorSet,
    private readonly options: HistoryOptions = {},
  ) {
    this.provinceCode = set.units.find((u) => u.kind === 'province')?.code;
    this.byCode = new Map(set.indicators.map((i) => [i.code, i]));
  }

  /** Codes re-coded between `version` and the set now (from → to), when that version is known. */
  private recodeMap(version: string): Map<string, string> {
    let map = this.recodes.get(version);
    if (!map) {
      const older = version === this.set.info.version ? undefined : this.options.olderSets?.get(version);
      map = new Map(older ? diffSets(older, this.set).recoded.map((r) => [r.from, r.to]) : []);
      this.recodes.set(version, map);
    }
    return map;
  }

  /** Adds a dataset whose rows are all at hand (tests, small sets). */
  add(input: HistoryInput): void {
    const c = this.begin(input);
    for (const row of input.rows) this.addRow(row, c);
    this.end(input, c);
  }

  /** Period ids as written, parsed once. */
  private readonly parsed = new Map<string, Period | null>();

  /** Adds a dataset read row by row (`streamDataset`): only one row is held at a time; `onTaken` sees each row taken. */
  async addStream(input: Omit<HistoryInput, 'rows'> & { rows: AsyncIterable<HistoryRow> | Iterable<HistoryRow> }, onTaken?: (row: HistoryRow) => void | Promise<void>): Promise<void> {
    const c = this.begin(input);
    for await (const row of input.rows) {
      if (!this.addRow(row, c) || !onTaken) continue;
      const pending = onTaken(row);
      if (pending) await pending;
    }
    this.end(input, c);
  }

  private begin(input: Omit<HistoryInput, 'rows'>): InputState {
    const foreignId = input.setId && input.setId !== this.set.info.id ? input.setId : '';
    return { file: input.file, setVersion: input.setVersion, foreign: 0, foreignId, any: false, duplicates: new Set() };
  }

  /** Takes a row into its period; false for a row left out (another set's, no period, a period another file gave). */
  private addRow(row: HistoryRow, c: InputState): boolean {
    const expected = this.set.info.id;
    c.any = true;
    if (row.set_id && row.set_id !== expected) {
      c.foreign++;
      c.foreignId ||= row.set_id;
      return false;
    }
    const text = String(row.period ?? '');
    let period = this.parsed.get(text);
    if (period === undefined) this.parsed.set(text, (period = parsePeriod(text) ?? null));
    if (!period) return false;
    let state = this.periods.get(period.id);
    if (!state) {
      state = { period, file: c.file, setVersion: row.set_version || c.setVersion, rows: 0, numbers: 0 };
      this.periods.set(period.id, state);
    } else if (state.file !== c.file) {
      if (!c.duplicates.has(period.id)) this.notes.push({ kind: 'duplicate-period', period: period.id, file: c.file, kept: state.file ?? '' });
      c.duplicates.add(period.id);
      return false;
    }
    state.rows++;
    this.count(row, state, period);
    return true;
  }

  /** What a taken row tells: the province series, a unit's figure, who reported. */
  private count(row: HistoryRow, state: PeriodState, period: Period): void {
    const version = row.set_version || state.setVersion || this.set.info.version;
    const code = this.recodeMap(version).get(row.indicator_code) ?? row.indicator_code;
    let versionCodes = this.codesByVersion.get(version);
    if (!versionCodes) this.codesByVersion.set(version, (versionCodes = new Set()));
    versionCodes.add(code);
    if (!this.codes.has(code)) this.codes.set(code, { unitOfMeasure: row.unit_of_measure ?? '', higherCode: row.higher_code ?? '' });
    const value = numberOf(row.value);
    if (value !== undefined) state.numbers++;
    const isProvince = row.status === 'consolidated' || (this.provinceCode !== undefined && row.unit_code === this.provinceCode);
    if (isProvince) {
      if (value === undefined) return;
      const key = rowKeyFor(code, row.breakdown || undefined, row.category || undefined);
      let series = this.province.get(key);
      if (!series) this.province.set(key, (series = { code, breakdown: row.breakdown ?? '', category: row.category ?? '', values: new Map() }));
      series.values.set(period.id, value);
      return;
    }
    const unit = row.unit_code;
    let names = this.names.get(unit);
    if (!names) this.names.set(unit, (names = new Map()));
    if (!names.has(period.id)) names.set(period.id, row.unit_name ?? '');
    let reported = this.reported.get(unit);
    if (!reported) this.reported.set(unit, (reported = new Map()));
    if (reported.get(period.id) !== 'late') reported.set(period.id, row.status === 'late' ? 'late' : 'accepted');
    if (value === undefined) return;
    if (row.breakdown) {
      this.addUnitCategory(code, unit, row.breakdown, row.category ?? '', period.id, value);
      return;
    }
    let byUnit = this.unitValues.get(code);
    if (!byUnit) this.unitValues.set(code, (byUnit = new Map()));
    let values = byUnit.get(unit);
    if (!values) byUnit.set(unit, (values = new Map()));
    values.set(period.id, value);
  }

  private addUnitCategory(code: string, unit: string, breakdown: string, category: string, period: string, value: number): void {
    let byUnit = this.unitCategoryValues.get(code);
    if (!byUnit) this.unitCategoryValues.set(code, (byUnit = new Map()));
    let byKey = byUnit.get(unit);
    if (!byKey) byUnit.set(unit, (byKey = new Map()));
    const key = `${breakdown}|${category}`;
    let values = byKey.get(key);
    if (!values) byKey.set(key, (values = new Map()));
    values.set(period, value);
  }

  private end(input: Omit<HistoryInput, 'rows'>, c: InputState): void {
    const expected = this.set.info.id;
    const { foreign, foreignId, any } = c;
    if (foreign > 0 || (!any && foreignId)) this.notes.push({ kind: 'other-set', file: input.file, found: foreignId, expected, rows: foreign });
    if (!any && !foreignId) {
      // A dataset with no row: a period with no data, if its header or folder says which.
      const period = input.period ? parsePeriod(input.period) : undefined;
      if (!period) this.notes.push({ kind: 'no-period', file: input.file });
      else if (!this.periods.has(period.id)) this.periods.set(period.id, { period, file: input.file, setVersion: input.setVersion, rows: 0, numbers: 0 });
      else this.notes.push({ kind: 'duplicate-period', period: period.id, file: input.file, kept: this.periods.get(period.id)!.file ?? '' });
    }
  }

  finish(): History {
    const periods = this.allPeriods();
    const index = new Map(periods.map((p, i) => [p.id, i]));
    const notes: HistoryNote[] = [...this.notes];
    const withData = periods.filter((p) => p.file);
    const frequencies = [...new Set(withData.map((p) => p.period.frequency))];
    if (frequencies.length > 1) notes.push({ kind: 'mixed-frequencies', frequencies: frequencies.sort() as Frequency[] });
    for (const p of periods) if (p.empty) notes.push({ kind: 'empty-period', period: p.id, file: p.file });
    notes.push(...this.versionNotes(withData));
    const indicators = this.indicatorSeries(periods, index);
    const units = this.unitTracks(periods, notes);
    return { setId: this.set.info.id, setVersion: this.set.info.version, province: this.provinceCode, periods, indicators, units, notes };
  }

  /** The datasets' periods in order, with the holes of the main frequency between them. */
  private allPeriods(): HistoryPeriod[] {
    const given = [...this.periods.values()].map((s) => s.period).sort(comparePeriods);
    const main = mainFrequency(given);
    const all = new Map(given.map((p) => [p.id, p]));
    const ofMain = given.filter((p) => p.frequency === main);
    if (main && ofMain.length > 1) for (const p of periodsBetween(main, ofMain[0], ofMain[ofMain.length - 1])) if (!all.has(p.id)) all.set(p.id, p);
    return [...all.values()].sort(comparePeriods).map((period) => {
      const s = this.periods.get(period.id);
      return { id: period.id, period, file: s?.file, setVersion: s?.setVersion, rows: s?.rows ?? 0, numbers: s?.numbers ?? 0, empty: !s || s.numbers === 0 };
    });
  }

  /** A note where the set's version changes from one period to the next, and from the last dataset to the set now. */
  private versionNotes(withData: HistoryPeriod[]): HistoryNote[] {
    const out: HistoryNote[] = [];
    const steps = withData.filter((p) => p.setVersion).map((p) => ({ period: p.id, version: p.setVersion! }));
    steps.push({ period: '', version: this.set.info.version });
    for (let i = 1; i < steps.length; i++) {
      const [a, b] = [steps[i - 1], steps[i]];
      if (a.version === b.version) continue;
      const setOf = (v: string) => (v === this.set.info.version ? this.set : this.options.olderSets?.get(v));
      const [older, newer] = [setOf(a.version), setOf(b.version)];
      if (older && newer) {
        const d = diffSets(older, newer);
        out.push({ kind: 'version-change', period: b.period, from: a.version, to: b.version, exact: true, added: d.added, removed: d.removed, recoded: d.recoded });
        continue;
      }
      // The set at one of the versions is not at hand: only the codes in the data can be compared.
      const before = this.codesByVersion.get(a.version) ?? new Set<string>();
      const after = b.version === this.set.info.version && !b.period ? new Set(this.byCode.keys()) : (this.codesByVersion.get(b.version) ?? new Set<string>());
      const added = [...after].filter((c) => !before.has(c)).sort();
      const removed = [...before].filter((c) => !after.has(c)).sort();
      out.push({ kind: 'version-change', period: b.period, from: a.version, to: b.version, exact: false, added: b.period ? added : [], removed, recoded: [] });
    }
    return out;
  }

  private indicatorSeries(periods: HistoryPeriod[], index: Map<string, number>): IndicatorSeries[] {
    const fromData = [...this.codes.keys()].filter((c) => !this.byCode.has(c)).sort();
    const codes = [...this.set.indicators.map((i) => i.code), ...fromData];
    const former = new Map<string, string[]>();
    for (const map of this.recodes.values()) for (const [from, to] of map) former.set(to, [...new Set([...(former.get(to) ?? []), from])].sort());
    return codes.map((code) => {
      const indicator = this.byCode.get(code);
      const total = this.province.get(code)?.values;
      const byUnit = this.unitValues.get(code) ?? new Map<string, Map<string, number>>();
      const owing = indicator ? unitsOwing(this.set, indicator).length : 0;
      const unitValues = new Map<string, (number | undefined)[]>();
      for (const [unit, values] of [...byUnit].sort((a, b) => a[0].localeCompare(b[0])))
        unitValues.set(
          unit,
          periods.map((p) => values.get(p.id)),
        );
      const reporting = periods.map((_, i) => [...unitValues.values()].filter((v) => v[i] !== undefined).length);
      const points: SeriesPoint[] = [];
      periods.forEach((p, i) => {
        const value = total?.get(p.id);
        const due = indicator ? isDueIn(indicator.frequency, p.period) : false;
        if (!due && value === undefined) return;
        const point: SeriesPoint = { period: p.id, reporting: reporting[i], owing: due ? owing : reporting[i] };
        if (value !== undefined) point.value = value;
        const previous = total?.get(previousPeriod(p.period).id);
        const lastYearId = lastYearOf(p.period);
        const lastYear = lastYearId ? total?.get(lastYearId) : undefined;
        const kind = indicator ?? { value_type: 'decimal' as const };
        // A year-to-date figure (lũy kế) compares with the same period last year only, as the one-period report does:
        // Q1 against Q4, the whole of the year before, is no change.
        const ytd = indicator !== undefined && comparedWithLastYear(indicator.accumulation);
        if (!ytd && previous !== undefined && index.has(previousPeriod(p.period).id)) {
          point.previous = previous;
          if (value !== undefined) point.change = changeOf(kind, value, previous);
        }
        if (lastYear !== undefined) {
          point.lastYear = lastYear;
          if (value !== undefined) point.changeLastYear = changeOf(kind, value, lastYear);
        }
        const target = indicator ? targetStatus(indicator, p.period, value) : undefined;
        if (target) point.target = target;
        points.push(point);
      });
      const categories: CategorySeries[] = [...this.province.values()]
        .filter((s) => s.code === code && s.breakdown)
        .sort((a, b) => a.breakdown.localeCompare(b.breakdown) || a.category.localeCompare(b.category))
        .map((s) => ({ breakdown: s.breakdown, category: s.category, values: periods.map((p) => s.values.get(p.id)) }));
      const unitCategories: UnitCategorySeries[] = [];
      for (const [unit, byKey] of this.unitCategoryValues.get(code) ?? [])
        for (const [key, values] of byKey) {
          const bar = key.indexOf('|');
          unitCategories.push({ unit, breakdown: key.slice(0, bar), category: key.slice(bar + 1), values: periods.map((p) => values.get(p.id)) });
        }
      unitCategories.sort((a, b) => a.unit.localeCompare(b.unit) || a.breakdown.localeCompare(b.breakdown) || a.category.localeCompare(b.category));
      const seen = this.codes.get(code);
      return {
        code,
        indicator,
        unitOfMeasure: seen?.unitOfMeasure || indicator?.unit || '',
        higherCode: indicator?.higher_code ?? seen?.higherCode ?? '',
        formerCodes: former.get(code) ?? [],
        points,
        categories,
        unitValues,
        unitCategories,
      };
    });
  }

  private unitTracks(periods: HistoryPeriod[], notes: HistoryNote[]): UnitTrack[] {
    // The frequencies each unit owes something in: a unit owes a period when one of them is due in it.
    const owedFrequencies = new Map<string, Set<Frequency>>();
    for (const ind of this.set.indicators) {
      for (const code of unitsOwing(this.set, ind)) {
        let f = owedFrequencies.get(code);
        if (!f) owedFrequencies.set(code, (f = new Set()));
        f.add(ind.frequency);
      }
    }
    const inSet = this.set.units.filter((u) => u.kind !== 'province');
    const known = new Set(this.set.units.map((u) => u.code));
    const gone = [...this.reported.keys()].filter((c) => !known.has(c)).sort();
    const track = (code: string, name: string, unit?: (typeof inSet)[number]): UnitTrack => {
      const reported = this.reported.get(code);
      const owes = owedFrequencies.get(code);
      const statuses: UnitPeriodStatus[] = periods.map((p) => {
        const r = reported?.get(p.id);
        if (r) return r;
        if (p.empty) return 'no-data';
        return unit && owes && [...owes].some((f) => isDueIn(f, p.period)) ? 'missing' : 'not-owed';
      });
      let missedRunning = 0;
      for (let i = statuses.length - 1; i >= 0; i--) {
        if (statuses[i] === 'missing') missedRunning++;
        else if (statuses[i] !== 'no-data' && statuses[i] !== 'not-owed') break;
      }
      const names = this.names.get(code);
      if (names) {
        let last: string | undefined;
        for (const p of periods) {
          const n = names.get(p.id);
          if (n === undefined || n === '') continue;
          if (last !== undefined && n !== last) notes.push({ kind: 'unit-renamed', unit: code, from: last, to: n, period: p.id });
          last = n;
        }
        if (unit && last !== undefined && last !== unit.name) notes.push({ kind: 'unit-renamed', unit: code, from: last, to: unit.name, period: '' });
        if (!unit) {
          const lastPeriod = [...periods].reverse().find((p) => names.has(p.id))?.id ?? '';
          notes.push({ kind: 'unit-gone', unit: code, name, lastPeriod });
        }
      }
      return {
        code,
        name,
        kind: unit?.kind,
        inSet: unit !== undefined,
        statuses,
        missed: statuses.filter((s) => s === 'missing').length,
        late: statuses.filter((s) => s === 'late').length,
        missedRunning,
      };
    };
    const lastName = (code: string) => {
      const names = this.names.get(code);
      return (
        [...periods]
          .reverse()
          .map((p) => names?.get(p.id))
          .find((n) => n) ?? code
      );
    };
    return [...inSet.map((u) => track(u.code, u.name, u)), ...gone.map((c) => track(c, lastName(c)))];
  }
}

/** The history of `inputs` in one call (tests, small sets). */
export function buildHistory(set: IndicatorSet, inputs: Iterable<HistoryInput>, options: HistoryOptions = {}): History {
  const builder = new HistoryBuilder(set, options);
  for (const input of inputs) builder.add(input);
  return builder.finish();
}
