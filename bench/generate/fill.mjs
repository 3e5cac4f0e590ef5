// Fills a compiled template the way a script (openpyxl and the like) would: values in the input cells,
// formula cells left as formulas with no cached result.
import ExcelJS from 'exceljs';

/** Opens a template workbook (exceljs). */
export async function openTemplate(path) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Writes values (by row key) into the plan's value cells. Text values are written as text cells. */
export function fillValues(wb, plan, values) {
  const ws = wb.getWorksheet(plan.lang === 'en' ? 'Data entry' : 'Nhập liệu');
  for (const r of plan.valueRows) {
    // A total the template sums from its categories keeps its formula.
    if (!values.has(r.key) || r.sumOf) continue;
    const v = values.get(r.key);
    ws.getCell(r.valueCell).value = typeof v === 'boolean' ? (v ? 'Có' : 'Không') : v;
  }
  return ws;
}
