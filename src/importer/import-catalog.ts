import { existsSync } from 'node:fs';
import { pick } from '../diagnostics/index.js';
import { mapColumns } from './columns.js';
import { planImportedSet } from './plan-set.js';
import { readTable } from './read-table.js';
import { writeImportedSet } from './write-set.js';

/**
 * `indicators init DIR --from-catalog FILE`: reads the province's existing list, writes a set folder, and reports on
 * stderr what was mapped and what was not. Returns the exit code (0, or 1 when nothing could be imported).
 */
export async function importCatalog(file: string, dir: string, schemasDir: string): Promise<number> {
  if (!existsSync(file)) {
    process.stderr.write(pick({ vi: `Không tìm thấy tệp danh mục "${file}"\n`, en: `Catalog file "${file}" not found\n` }));
    return 2;
  }
  let table;
  try {
    table = await readTable(file);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const map = mapColumns(table.rows);
  if (!map) {
    process.stderr.write(pick({
      vi: `${file}: không tìm thấy dòng tiêu đề có cột tên chỉ tiêu (ví dụ "STT | Tên chỉ tiêu | ĐVT | Kỳ | Cơ quan chủ trì")\n`,
      en: `${file}: no header row with an indicator name column (e.g. "No. | Indicator | Unit | Frequency | Owner")\n`,
    }));
    return 1;
  }
  const set = planImportedSet(table, map);
  const count = set.groups.reduce((n, g) => n + g.indicators.length, 0);
  if (count === 0) {
    process.stderr.write(pick({ vi: `${file}: không có dòng chỉ tiêu nào dưới tiêu đề\n`, en: `${file}: no indicator rows under the header\n` }));
    return 1;
  }
  const written = writeImportedSet(dir, set, file, schemasDir);
  const fields = Object.keys(map.columns).join(', ');
  process.stderr.write(pick({
    vi: `Đã nhập ${count} chỉ số, ${set.groups.length} nhóm, ${set.agencies.length} cơ quan từ ${file} (${table.origin}; cột: ${fields}) vào "${dir}" (${written.length} tệp).\n`,
    en: `Imported ${count} indicators, ${set.groups.length} groups, ${set.agencies.length} agencies from ${file} (${table.origin}; columns: ${fields}) into "${dir}" (${written.length} files).\n`,
  }));
  if (set.notes.length) {
    process.stderr.write(pick({ vi: `Cần xem lại (${set.notes.length}):\n`, en: `To review (${set.notes.length}):\n` }));
    for (const n of set.notes) process.stderr.write(`  ${n.line ? `${file}:${n.line}  ` : ''}${pick({ vi: n.vi, en: n.en })}\n`);
  }
  process.stderr.write(pick({ vi: `Bước tiếp theo: npx indicators validate --set ${dir}\n`, en: `Next: npx indicators validate --set ${dir}\n` }));
  return 0;
}
