import type { Diagnostic, Lang, Severity } from '../../diagnostics/index.js';
import { parseAddress, repairEmptyInlineStrings, restyleCells, type Restyle } from './cells.js';
import { addNotes } from './comments.js';
import { emptyWorkbookPackage } from './list-only.js';
import { Package } from './package.js';
import { PROBLEMS_SHEET_NAMES, problemsSheetName, problemsSheetXml } from './problem-list.js';
import { EMPTY_STYLES, StylesPatch } from './styles.js';
import { removeEarlierNotes } from './unmark.js';
import { addFirstSheet, workbookOf } from './workbook.js';
import { rootTag } from './xml.js';

const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The unit's own workbook with the problems marked: each problem cell filled (error red, warning amber, info blue)
 * with a note giving the message and the fix, and a first sheet listing every problem with a link to its cell.
 * Only the styles, the marked sheets, their comments and drawings, the workbook part and its relationships change;
 * every other part keeps its bytes. A PatchError when the package cannot be patched.
 */
export function patchWorkbook(bytes: Uint8Array, diagnostics: readonly Diagnostic[], lang: Lang, fileName: string, date: Date): Uint8Array {
  const pkg = Package.open(bytes);
  const { part: wbPart, sheets } = workbookOf(pkg);
  let stylesPart = pkg.relationships(wbPart).find((r) => r.type === STYLES_REL && !r.external && pkg.has(r.target))?.target;
  if (!stylesPart) {
    stylesPart = pkg.freeName('xl/styles', '.xml');
    pkg.put(stylesPart, EMPTY_STYLES);
    pkg.addRelationship(wbPart, STYLES_REL, stylesPart);
    pkg.addContentType(stylesPart, STYLES_TYPE);
  }
  const styles = new StylesPatch(pkg.text(stylesPart)!);
  const problems = bySheetAndCell(diagnostics);
  const marked = new Set<string>();
  for (const { name, part } of sheets) {
    if (!part) continue;
    const cells = problems.get(name);
    let xml = pkg.text(part)!;
    // A returned copy sent back again: the earlier notes go, and the fills of cells fixed since.
    const earlier = removeEarlierNotes(pkg, part, xml);
    if (!cells && earlier.length === 0) continue;
    rootTag(xml, 'worksheet');
    const original = (base: number) => styles.unmarked(base) ?? base;
    const targets = new Map<string, Restyle>(earlier.map((cell) => [cell, original]));
    for (const [cell, list] of cells ?? []) {
      const worst = list.reduce<Severity>((w, d) => (RANK[d.severity] < RANK[w] ? d.severity : w), 'info');
      targets.set(cell, (base) => styles.marked(original(base), worst));
      marked.add(`${name}!${cell}`);
    }
    xml = restyleCells(repairEmptyInlineStrings(xml), targets);
    if (cells)
      xml = addNotes(
        pkg,
        part,
        xml,
        [...cells].map(([address, list]) => ({ address, text: list.map(noteText).join('\n\n') })),
      );
    pkg.put(part, xml);
  }
  const list = problemsSheetXml(diagnostics, lang, fileName, styles.listStyles(), (sheet, cell) => marked.has(`${sheet}!${cell}`));
  pkg.put(stylesPart, styles.toXml());
  addFirstSheet(pkg, problemsSheetName(lang), list, PROBLEMS_SHEET_NAMES);
  return pkg.toBytes(date);
}

/** A workbook holding only the list of problems (no links: the cells are not in it), for a CSV or an unpatchable file. */
export function problemsWorkbook(diagnostics: readonly Diagnostic[], lang: Lang, fileName: string, date: Date): Uint8Array {
  const pkg = emptyWorkbookPackage();
  const styles = new StylesPatch(EMPTY_STYLES);
  const list = problemsSheetXml(diagnostics, lang, fileName, styles.listStyles(), () => false);
  pkg.put('xl/styles.xml', styles.toXml());
  addFirstSheet(pkg, problemsSheetName(lang), list);
  return pkg.toBytes(date);
}

function noteText(d: Diagnostic): string {
  return `${d.message}${d.hint ? `\n→ ${d.hint}` : ''} [${d.code}]`;
}

/** Diagnostics with a single-cell location, by sheet, then by cell. */
function bySheetAndCell(diagnostics: readonly Diagnostic[]): Map<string, Map<string, Diagnostic[]>> {
  const out = new Map<string, Map<string, Diagnostic[]>>();
  for (const d of diagnostics) {
    const { sheet, cell } = d.location;
    if (sheet === undefined || cell === undefined || !parseAddress(cell)) continue;
    if (!out.has(sheet)) out.set(sheet, new Map());
    const cells = out.get(sheet)!;
    cells.set(cell, [...(cells.get(cell) ?? []), d]);
  }
  return out;
}
