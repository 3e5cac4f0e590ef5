import { words } from './words.js';

// Details of unreadable or unexpected input files. They are in both languages at once: most are raised where the
// language is not at hand (a reader's error, a cell address) and reach a message's `detail` unchanged.

export const fileDetails = {
  missingColumn: (column: string) => `thiếu cột / missing column ${column}`,
  /** Column names, as `missingColumn` names them. */
  columns: {
    file: 'file / tệp',
    received: 'received / ngày nhận',
    code: 'code / mã chỉ số',
    value: 'value / giá trị',
  },
  csvMissingColumn: (column: string) => `CSV: thiếu cột / missing column ${column}`,
  jsonNoRows: 'JSON: no array of rows / không có mảng các dòng',
  jsonRowNotObject: (row: number) => `JSON: dòng ${row} không phải một đối tượng / row ${row} is not an object`,
  sameSheetName: (a: string, b: string) => `hai trang cùng tên / two sheets named "${a}" and "${b}"`,
  overflowRow: (row: number) => `dòng/row ${row}`,
  rowLimit: (rows: string) => `${rows} dòng/rows`,
  columnLimit: (columns: string) => `${columns} cột/columns`,
  /** After a quoted text cut at its limit. */
  cut: (length: number) => `… (${length} ký tự/characters)`,
  /** What a yes/no cell accepts, as a wrong-type message says it is expected. */
  yesNo: `${words.vi.yes}/${words.vi.no} (${words.en.yes}/${words.en.no})`,
};
