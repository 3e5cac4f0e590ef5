import type { History } from '../history/types.js';
import type { HistoryRow } from '../history/types.js';
import { parsePeriod } from '../model/period.js';
import type { IndicatorSet } from '../model/types.js';
import { sdmxTexts } from '../i18n/index.js';
import { esc } from '../report/html-escape.js';

/**
 * SDMX for statistics offices: a data structure derived from the set (SDMX-ML 2.1 structure message: code lists of
 * the indicators, the units and the breakdown categories; dimensions INDICATOR, REF_AREA, CATEGORY, TIME_PERIOD;
 * measure OBS_VALUE; attributes UNIT_MEASURE, OBS_STATUS) and the observations as SDMX-CSV (version 1).
 */

/** An SDMX id: letters, digits, `_`, `@`, `$`, `-` only (`CDS.01` → `CDS_01`). */
export function sdmxId(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_@$-]/g, '_');
  return id || '_';
}

/** The agency and data flow ids: from the set id, starting with a letter. */
export function sdmxNames(set: IndicatorSet): { agency: string; flow: string; version: string; ref: string } {
  const base = set.info.id.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  const flow = /^[A-Z]/.test(base) ? base : `DF_${base}`;
  const agency = flow.split('_')[0] || 'AGENCY';
  const version = /^\d+(\.\d+){1,2}$/.test(set.info.version) ? set.info.version : '1.0';
  return { agency, flow, version, ref: `${agency}:${flow}(${version})` };
}

/** The SDMX reporting period: 2026, 2026-S1, 2026-Q1, 2026-M03; nine months as a time range. */
export function sdmxPeriod(id: string): string {
  const p = parsePeriod(id);
  if (!p) return id;
  switch (p.frequency) {
    case 'year':
      return `${p.year}`;
    case 'half-year':
      return `${p.year}-S${p.lastMonth / 6}`;
    case 'quarter':
      return `${p.year}-Q${p.lastMonth / 3}`;
    case 'month':
      return `${p.year}-M${String(p.lastMonth).padStart(2, '0')}`;
    case 'nine-months':
      return `${p.year}-01-01/P9M`;
  }
}

export const SDMX_CSV_HEAD = 'DATAFLOW,INDICATOR,REF_AREA,CATEGORY,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\r\n';

const cell = (t: string) => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);

/** One SDMX-CSV line for a dataset row with a number; undefined for a blank or text value. */
export function sdmxCsvLine(ref: string, row: HistoryRow, code: string): string | undefined {
  const v = typeof row.value === 'number' ? row.value : row.value === null || row.value === '' ? NaN : Number(row.value);
  if (!Number.isFinite(v)) return undefined;
  const category = row.breakdown && row.category ? sdmxId(`${row.breakdown}_${row.category}`) : '_T';
  return [ref, sdmxId(code), sdmxId(row.unit_code), category, sdmxPeriod(row.period), String(v), cell(row.unit_of_measure ?? ''), cell(row.status ?? '')].join(',') + '\r\n';
}

/** The data structure definition (SDMX-ML 2.1 structure message), fixed `prepared` date for deterministic output. */
export function sdmxStructure(set: IndicatorSet, history: History): string {
  const { agency, flow, version } = sdmxNames(set);
  const [V, E] = [sdmxTexts.vi, sdmxTexts.en];
  const name = (vi: string, en?: string) => `<com:Name xml:lang="vi">${esc(vi)}</com:Name>${en ? `<com:Name xml:lang="en">${esc(en)}</com:Name>` : ''}`;
  const code = (id: string, vi: string, en?: string) => `<str:Code id="${esc(sdmxId(id))}">${name(vi, en)}</str:Code>`;
  const indicators = history.indicators.map((s) => code(s.code, s.indicator?.name ?? s.code, s.indicator?.name_en));
  const unitCodes = new Map<string, { vi: string; en?: string }>();
  for (const u of set.units) unitCodes.set(u.code, { vi: u.name, en: u.name_en });
  for (const u of history.units) if (!unitCodes.has(u.code)) unitCodes.set(u.code, { vi: u.name });
  const units = [...unitCodes].map(([c, n]) => code(c, n.vi, n.en));
  const categories = [
    code('_T', V.total, E.total),
    ...set.breakdowns.flatMap((b) => b.categories.map((c) => code(`${b.id}_${c.code}`, `${b.name}: ${c.name}`, c.name_en ? `${b.name_en ?? b.name}: ${c.name_en}` : undefined))),
  ];
  const codelist = (id: string, vi: string, en: string, codes: string[]) => `<str:Codelist id="${id}" agencyID="${agency}" version="${version}">${name(vi, en)}${codes.join('')}</str:Codelist>`;
  const dim = (id: string, pos: number, cl: string) =>
    `<str:Dimension id="${id}" position="${pos}"><str:ConceptIdentity><Ref id="${id}" maintainableParentID="CS_${flow}" maintainableParentVersion="${version}" agencyID="${agency}" class="Concept" package="conceptscheme"/></str:ConceptIdentity><str:LocalRepresentation><str:Enumeration><Ref id="${cl}" version="${version}" agencyID="${agency}" package="codelist" class="Codelist"/></str:Enumeration></str:LocalRepresentation></str:Dimension>`;
  const concept = (id: string, vi: string, en: string) => `<str:Concept id="${id}">${name(vi, en)}</str:Concept>`;
  const conceptRef = (id: string) =>
    `<str:ConceptIdentity><Ref id="${id}" maintainableParentID="CS_${flow}" maintainableParentVersion="${version}" agencyID="${agency}" class="Concept" package="conceptscheme"/></str:ConceptIdentity>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:str="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure" xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common" xmlns="">
<mes:Header><mes:ID>${flow}_DSD</mes:ID><mes:Test>false</mes:Test><mes:Prepared>${esc(set.info.decision?.date ?? '2000-01-01')}T00:00:00</mes:Prepared><mes:Sender id="${agency}"/></mes:Header>
<mes:Structures>
<str:Codelists>${codelist('CL_INDICATOR', V.indicator, E.indicator, indicators)}${codelist('CL_REF_AREA', V.unit, E.unit, units)}${codelist('CL_CATEGORY', V.category, E.category, categories)}</str:Codelists>
<str:Concepts><str:ConceptScheme id="CS_${flow}" agencyID="${agency}" version="${version}">${name(V.concepts, E.concepts)}${concept('INDICATOR', V.indicator, E.indicator)}${concept('REF_AREA', V.unit, E.unit)}${concept('CATEGORY', V.category, E.category)}${concept('TIME_PERIOD', V.period, E.period)}${concept('OBS_VALUE', V.value, E.value)}${concept('UNIT_MEASURE', V.unitMeasure, E.unitMeasure)}${concept('OBS_STATUS', V.status, E.status)}</str:ConceptScheme></str:Concepts>
<str:DataStructures><str:DataStructure id="DSD_${flow}" agencyID="${agency}" version="${version}">${name(set.info.name, set.info.name_en)}<str:DataStructureComponents><str:DimensionList id="DimensionDescriptor">${dim('INDICATOR', 1, 'CL_INDICATOR')}${dim('REF_AREA', 2, 'CL_REF_AREA')}${dim('CATEGORY', 3, 'CL_CATEGORY')}<str:TimeDimension id="TIME_PERIOD" position="4">${conceptRef('TIME_PERIOD')}<str:LocalRepresentation><str:TextFormat textType="ObservationalTimePeriod"/></str:LocalRepresentation></str:TimeDimension></str:DimensionList><str:AttributeList id="AttributeDescriptor"><str:Attribute id="UNIT_MEASURE" assignmentStatus="Conditional">${conceptRef('UNIT_MEASURE')}<str:AttributeRelationship><str:PrimaryMeasure>OBS_VALUE</str:PrimaryMeasure></str:AttributeRelationship></str:Attribute><str:Attribute id="OBS_STATUS" assignmentStatus="Conditional">${conceptRef('OBS_STATUS')}<str:AttributeRelationship><str:PrimaryMeasure>OBS_VALUE</str:PrimaryMeasure></str:AttributeRelationship></str:Attribute></str:AttributeList><str:MeasureList id="MeasureDescriptor"><str:PrimaryMeasure id="OBS_VALUE">${conceptRef('OBS_VALUE')}</str:PrimaryMeasure></str:MeasureList></str:DataStructureComponents></str:DataStructure></str:DataStructures>
<str:Dataflows><str:Dataflow id="${flow}" agencyID="${agency}" version="${version}">${name(set.info.name, set.info.name_en)}<str:Structure><Ref id="DSD_${flow}" agencyID="${agency}" version="${version}" package="datastructure" class="DataStructure"/></str:Structure></str:Dataflow></str:Dataflows>
</mes:Structures>
</mes:Structure>
`;
}
