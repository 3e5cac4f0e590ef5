import { defineCatalog } from './catalog.js';

/** The words of `indicators collect` (issue 14): details of problems, notes written into returns, dry-run and help text. */
export const collectText = defineCatalog(
  {
    missingColumns: (missing: string, got: string) => `câu trả lời thiếu cột ${missing} (có: ${got})`,
    invalidJson: (detail: string) => `câu trả lời không phải JSON hợp lệ: ${detail}`,
    notAnArray: (path: string | undefined) => (path ? `không có mảng các dòng ở "${path}" trong câu trả lời` : 'câu trả lời không phải một mảng các dòng (dùng select.rows để chỉ ra mảng)'),
    rowNotObject: (row: number) => `dòng ${row} của câu trả lời không phải một đối tượng`,
    tooLarge: (bytes: number) => `câu trả lời lớn hơn giới hạn ${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 0)} MB; thu hẹp truy vấn`,
    httpStatus: (status: number, text: string, attempts: number) => `HTTP ${status} ${text}`.trim() + (attempts > 1 ? ` (sau ${attempts} lần thử)` : ''),
    exportMissing: (path: string) => `không có tệp kết xuất nào khớp "${path}"`,
    noRowNote: (system: string) => `Hệ thống ${system} không có số liệu của đơn vị này`,
    rowErrorNote: (system: string) => `Số liệu từ hệ thống ${system} có lỗi (xem kết quả indicators collect)`,
    dryRun: {
      heading: (system: string, kind: string, target: string) => `Hệ thống ${system} (${kind}, ${target})`,
      indicator: (code: string, name: string) => `Chỉ số ${code}: ${name}`,
      parameters: 'Tham số:',
      rows: (n: number) => `${n} dòng:`,
      more: (n: number) => `… và ${n} dòng khác`,
      failed: 'Không lấy được (xem lỗi bên dưới).',
      returns: (n: number, dir: string) => `Sẽ ghi ${n} tệp vào ${dir} (--dry-run: chưa ghi gì).`,
      envSet: (env: string) => `biến ${env}`,
    },
    done: (p: { indicators: number; systems: number; returns: number; dir: string }) => `Đã lấy ${p.indicators} chỉ số từ ${p.systems} hệ thống; ghi ${p.returns} tệp vào ${p.dir}.`,
    nothingDue: (period: string) => `Kỳ ${period} không có chỉ số nào lấy từ hệ thống.`,
    command: {
      summary: 'lấy số liệu các chỉ số từ hệ thống (PostgreSQL, dịch vụ JSON, tệp kết xuất)',
      description:
        'Chạy truy vấn của mọi chỉ số collection: system đến hạn trong kỳ, ghi kết quả thành các tệp báo cáo (CSV) trong DIR để check và merge đọc cùng biểu của các đơn vị. Chuỗi kết nối lấy từ biến môi trường ghi ở connection_env trong systems.yaml.',
      period: 'kỳ báo cáo: 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M',
      out: 'thư mục ghi các tệp lấy được (mỗi hệ thống một thư mục con)',
      system: 'chỉ lấy từ các hệ thống này (mã trong systems.yaml)',
      dryRun: 'in từng truy vấn, tham số và các dòng sẽ lấy; không ghi tệp nào',
      unknownSystem: (found: string, known: string) => `--system ${found}: không có trong systems.yaml (có: ${known || 'chưa có hệ thống nào'})`,
      examples: `
Ví dụ:
  export TTHC_DATABASE_URL='postgres://chi_doc:matkhau@csdl.tinh.vn:5432/tthc'
  npx indicators collect --period 2026-Q1 --out hop-thu/2026-Q1 --dry-run
  npx indicators collect --period 2026-Q1 --out hop-thu/2026-Q1
  npx indicators collect --period 2026-Q1 --out hop-thu/2026-Q1 --system TTHC
  npx indicators merge hop-thu/2026-Q1 --period 2026-Q1 --out bao-cao/2026-Q1`,
    },
  },
  {
    missingColumns: (missing: string, got: string) => `the answer has no column ${missing} (has: ${got})`,
    invalidJson: (detail: string) => `the answer is not valid JSON: ${detail}`,
    notAnArray: (path: string | undefined) => (path ? `no array of rows at "${path}" in the answer` : 'the answer is not an array of rows (use select.rows to say where the array is)'),
    rowNotObject: (row: number) => `row ${row} of the answer is not an object`,
    tooLarge: (bytes: number) => `the answer is larger than the ${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 0)} MB limit; narrow the query`,
    httpStatus: (status: number, text: string, attempts: number) => `HTTP ${status} ${text}`.trim() + (attempts > 1 ? ` (after ${attempts} attempts)` : ''),
    exportMissing: (path: string) => `no export file matches "${path}"`,
    noRowNote: (system: string) => `System ${system} has no figure for this unit`,
    rowErrorNote: (system: string) => `The figure from system ${system} has a problem (see the output of indicators collect)`,
    dryRun: {
      heading: (system: string, kind: string, target: string) => `System ${system} (${kind}, ${target})`,
      indicator: (code: string, name: string) => `Indicator ${code}: ${name}`,
      parameters: 'Parameters:',
      rows: (n: number) => `${n} rows:`,
      more: (n: number) => `… and ${n} more rows`,
      failed: 'Nothing collected (see the problems below).',
      returns: (n: number, dir: string) => `Would write ${n} files into ${dir} (--dry-run: nothing written).`,
      envSet: (env: string) => `variable ${env}`,
    },
    done: (p: { indicators: number; systems: number; returns: number; dir: string }) => `Collected ${p.indicators} indicators from ${p.systems} systems; wrote ${p.returns} files into ${p.dir}.`,
    nothingDue: (period: string) => `No indicator of period ${period} is taken from a system.`,
    command: {
      summary: 'collect system indicators (PostgreSQL, JSON services, export files)',
      description:
        'Runs the query of every collection: system indicator due in the period and writes the results into DIR as returns (CSV) that check and merge read beside the units’ forms. Connection strings come from the environment variables named by connection_env in systems.yaml.',
      period: 'reporting period: 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M',
      out: 'folder for the collected returns (one sub-folder per system)',
      system: 'collect only from these systems (ids in systems.yaml)',
      dryRun: 'print each query, its parameters and the rows it would return; write nothing',
      unknownSystem: (found: string, known: string) => `--system ${found}: not in systems.yaml (declared: ${known || 'none'})`,
      examples: `
Examples:
  export TTHC_DATABASE_URL='postgres://reader:secret@db.province.vn:5432/tthc'
  npx indicators collect --period 2026-Q1 --out inbox/2026-Q1 --dry-run
  npx indicators collect --period 2026-Q1 --out inbox/2026-Q1
  npx indicators collect --period 2026-Q1 --out inbox/2026-Q1 --system TTHC
  npx indicators merge inbox/2026-Q1 --period 2026-Q1 --out report/2026-Q1`,
    },
  },
);
