import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** `--received FILE.csv`: columns `file,received` (dd/mm/yyyy or yyyy-mm-dd) → ISO dates by file path or name. */
export async function readReceived(path: string): Promise<Map<string, string>> {
  const rows = parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const out = new Map<string, string>();
  for (const r of rows) {
    const file = r.file ?? r['tệp'] ?? r.tep;
    const date = r.received ?? r['ngày nhận'] ?? r.ngay_nhan;
    if (!file || !date) continue;
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
    out.set(file, m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : date.slice(0, 10));
  }
  return out;
}
