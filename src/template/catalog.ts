import { annexLabels, type Lang } from '../i18n/index.js';
import { countIndicators } from '../model/collection.js';
import type { IndicatorSet } from '../model/types.js';
import { catalogRows } from './catalog-rows.js';
import { repackDeterministic } from '../io/deterministic-zip.js';
import { BOLD, BORDER, FONT, HEADING_FILL, TITLE } from './styles.js';

const WIDTHS = [6, 10, 40, 16, 11, 11, 11, 24, 24, 28, 48, 48, 18, 14, 28, 12, 24, 24, 20, 12];

/** The annex as markdown: a table per group. */
export function formatCatalogMarkdown(set: IndicatorSet, lang: Lang): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const head = annexLabels[lang].headings;
  const count = countIndicators(set.indicators);
  const parts = [
    `# ${annexLabels[lang].title} — ${lang === 'en' ? (set.info.name_en ?? set.info.name) : set.info.name} (v${set.info.version})`,
    '',
    `${annexLabels[lang].count(count.indicators, count.components)}.`,
    '',
  ];
  for (const g of catalogRows(set, lang)) {
    parts.push(`## ${g.group}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const r of g.rows) parts.push(`| ${r.map(esc).join(' | ')} |`);
    parts.push('');
  }
  return parts.join('\n');
}

/** The annex as a workbook: a summary sheet, then one sheet per group; deterministic bytes. */
export async function writeCatalogXlsx(set: IndicatorSet, lang: Lang): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const date = new Date(`${set.info.decision?.date ?? '2000-01-01'}T00:00:00Z`);
  wb.created = date;
  wb.modified = date;
  wb.creator = 'indicators';
  const groups = catalogRows(set, lang);
  const L = annexLabels[lang];
  const summary = wb.addWorksheet(L.summarySheet);
  summary.getColumn(1).width = 40;
  summary.getColumn(2).width = 14;
  summary.getColumn(3).width = 18;
  const count = countIndicators(set.indicators);
  summary.getCell('A1').value = `${L.title} — ${lang === 'en' ? (set.info.name_en ?? set.info.name) : set.info.name}`;
  summary.getCell('A1').font = TITLE;
  summary.getCell('A3').value = L.group;
  summary.getCell('B3').value = L.indicators;
  // Components (numerators, denominators) are counted apart: the set's indicators are what it defines as such.
  const withComponents = count.components > 0;
  if (withComponents) summary.getCell('C3').value = L.components;
  for (const c of withComponents ? ['A3', 'B3', 'C3'] : ['A3', 'B3']) Object.assign(summary.getCell(c), { font: BOLD, fill: HEADING_FILL, border: BORDER });
  groups.forEach((g, i) => {
    summary.getCell(`A${i + 4}`).value = g.group;
    summary.getCell(`B${i + 4}`).value = g.rows.length - g.components;
    if (withComponents) summary.getCell(`C${i + 4}`).value = g.components;
  });
  summary.getCell(`A${groups.length + 4}`).value = L.total;
  summary.getCell(`B${groups.length + 4}`).value = count.indicators;
  if (withComponents) summary.getCell(`C${groups.length + 4}`).value = count.components;
  summary.getCell(`A${groups.length + 4}`).font = BOLD;
  const owners = new Map<string, number>();
  for (const g of groups) for (const r of g.rows) owners.set(r[7], (owners.get(r[7]) ?? 0) + 1);
  const start = groups.length + 6;
  summary.getCell(`A${start}`).value = L.owner;
  summary.getCell(`B${start}`).value = L.indicators;
  for (const c of [`A${start}`, `B${start}`]) Object.assign(summary.getCell(c), { font: BOLD, fill: HEADING_FILL, border: BORDER });
  [...owners]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .forEach(([owner, n], i) => {
      summary.getCell(`A${start + 1 + i}`).value = owner;
      summary.getCell(`B${start + 1 + i}`).value = n;
    });
  for (const g of groups) {
    const ws = wb.addWorksheet(g.group.slice(0, 31), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.addRow(L.headings).eachCell((c) => Object.assign(c, { font: BOLD, fill: HEADING_FILL, border: BORDER, alignment: { wrapText: true, vertical: 'middle' } }));
    for (const r of g.rows) ws.addRow(r).eachCell((c) => Object.assign(c, { font: FONT, border: BORDER, alignment: { wrapText: true, vertical: 'top' } }));
  }
  // Stored, not deflated: repackDeterministic compresses once, with fixed timestamps.
  const raw = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never);
  return repackDeterministic(new Uint8Array(raw as ArrayBuffer), date);
}
