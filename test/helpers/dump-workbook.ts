import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';

/**
 * A normalised JSON view of a workbook for tests: sheets and states, cells (value, formula, number format, locked),
 * merges, protection, data validations and defined names. Protection and validations come from the XML, since
 * exceljs does not read them back reliably.
 */
export async function dumpWorkbook(path: string, options: { sheets?: string[] } = {}) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const zip = unzipSync(readFileSync(path));
  const xml = (name: string) => (zip[name] ? strFromU8(zip[name]) : '');
  const workbookXml = xml('xl/workbook.xml');
  const states = Object.fromEntries([...workbookXml.matchAll(/<sheet ([^>]*)\/>/g)].map((m) => [decode(/name="([^"]+)"/.exec(m[1])![1]), /state="(\w+)"/.exec(m[1])?.[1] ?? 'visible']));
  const unlockedXf = unlockedStyles(xml('xl/styles.xml'));
  const sheets = wb.worksheets
    .filter((ws) => !options.sheets || options.sheets.includes(ws.name))
    .map((ws, i) => {
      const sheetXml = xml(`xl/worksheets/sheet${wb.worksheets.indexOf(ws) + 1}.xml`);
      const cells: Record<string, unknown> = {};
      // exceljs reads LibreOffice's locked="false" as locked: take the protection from the XML instead.
      const unlockedCells = new Set([...sheetXml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?\ss="(\d+)"/g)].filter((m) => unlockedXf.has(Number(m[2]))).map((m) => m[1]));
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.isMerged && cell.master !== cell) return;
          const v = cell.value as unknown;
          const unlocked = unlockedCells.has(cell.address);
          if ((v === null || v === undefined) && !unlocked) return;
          const entry: Record<string, unknown> = {};
          if (v && typeof v === 'object' && 'formula' in (v as object)) entry.formula = (v as { formula: string }).formula;
          else entry.value = v;
          if (cell.numFmt) entry.numFmt = cell.numFmt;
          if (unlocked) entry.unlocked = true;
          cells[cell.address] = entry;
        }),
      );
      return {
        name: ws.name,
        state: states[ws.name] ?? ws.state,
        index: i,
        protection: /<sheetProtection[^>]*sheet="(1|true)"/.test(sheetXml),
        hasPassword: /<sheetProtection[^>]*(hashValue|password)=/.test(sheetXml),
        merges: [...sheetXml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]),
        validations: [...sheetXml.matchAll(/<dataValidation ([^>]*)>[\s\S]*?<\/dataValidation>/g)]
          .map((m) => ({
            sqref: /sqref="([^"]+)"/.exec(m[1])?.[1],
            type: /type="([^"]+)"/.exec(m[1])?.[1],
            operator: /operator="([^"]+)"/.exec(m[1])?.[1] ?? 'between',
            formula1: /<formula1>([^<]*)<\/formula1>/.exec(m[0])?.[1],
            formula2: /<formula2>([^<]*)<\/formula2>/.exec(m[0])?.[1],
          }))
          .sort((a, b) => ((a.sqref ?? '') < (b.sqref ?? '') ? -1 : 1)),
        cells,
      };
    });
  const names = Object.fromEntries(
    [...workbookXml.matchAll(/<definedName [^>]*name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)]
      .filter((m) => !m[1].startsWith('_xlnm'))
      .map((m) => [m[1], decode(m[2]).replace(/\$/g, '')])
      .sort(),
  );
  return { sheets, names };
}

/** Indexes of cellXfs entries whose protection says locked="0" or "false". */
function unlockedStyles(stylesXml: string): Set<number> {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)];
  const out = new Set<number>();
  xfs.forEach((m, i) => {
    if (/<protection[^>]*locked="(0|false)"/.test(m[1] ?? '')) out.add(i);
  });
  return out;
}

function decode(s: string): string {
  return s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
