import { defineDiagnostics } from './define.js';

/** Số liệu nhiều kỳ / Across periods (issue 15: `indicators site`, `merge --history`). */
export const history = defineDiagnostics(
  'history',
  { vi: 'Số liệu nhiều kỳ', en: 'Across periods' },
  {
    'history-no-datasets': {
      severity: 'error',
      vi: {
        summary: 'Không tìm thấy tệp số liệu (dataset) nào',
        message: (p) => `Không tìm thấy dataset.csv hay dataset.json nào trong ${p.paths}`,
        hint: () => 'Chỉ vào các thư mục mà lệnh merge đã ghi (ví dụ bao-cao/2025-Q4 bao-cao/2026-Q1), hoặc vào chính các tệp dataset.csv.',
      },
      en: {
        summary: 'No dataset found',
        message: (p) => `No dataset.csv or dataset.json found in ${p.paths}`,
        hint: () => 'Name the folders merge wrote (e.g. reports/2025-Q4 reports/2026-Q1), or the dataset.csv files themselves.',
      },
    },
    'history-other-set': {
      severity: 'warning',
      vi: {
        summary: 'Tệp số liệu của bộ chỉ số khác: không đưa vào',
        message: (p) => `Tệp là số liệu của bộ chỉ số "${p.found}", không phải "${p.expected}": ${p.rows} dòng không được đưa vào, không trộn với số liệu của bộ này`,
        hint: () => 'Bỏ tệp này khỏi danh sách, hoặc chạy với --set trỏ đúng bộ chỉ số của tệp.',
      },
      en: {
        summary: 'A dataset of another set: left out',
        message: (p) => `The file holds data of the set "${p.found}", not "${p.expected}": its ${p.rows} rows are left out, not mixed with this set's`,
        hint: () => 'Remove the file from the list, or run with --set naming the set it belongs to.',
      },
    },
    'history-duplicate-period': {
      severity: 'warning',
      vi: {
        summary: 'Hai tệp số liệu cùng một kỳ',
        message: (p) => `Kỳ ${p.period} đã có trong ${p.kept}: tệp này bị bỏ qua`,
        hint: () => 'Chỉ giữ một thư mục kết quả merge cho mỗi kỳ (thư mục mới nhất).',
      },
      en: {
        summary: 'Two datasets for one period',
        message: (p) => `${p.period} is already in ${p.kept}: this file is left out`,
        hint: () => 'Keep one merge output folder per period (the latest).',
      },
    },
    'history-set-version-unknown': {
      severity: 'warning',
      vi: {
        summary: 'Không tìm được bộ chỉ số ở phiên bản của số liệu cũ',
        message: (p) =>
          `Số liệu từ kỳ ${p.period} theo bộ chỉ số phiên bản ${p.found}, nay là ${p.expected}; không tìm được bộ chỉ số phiên bản ${p.found} trong lịch sử git nên chỉ so sánh mã chỉ số (chỉ số đổi mã hiện thành hai chuỗi)`,
        hint: (p) => `Giữ bộ chỉ số trong git và gắn thẻ (git tag v${p.found}) khi ban hành phiên bản, để lệnh biết chỉ số nào được đổi mã.`,
      },
      en: {
        summary: 'The set at an older dataset’s version was not found',
        message: (p) =>
          `Data from ${p.period} was written under set version ${p.found}, the set is now ${p.expected}; the set at ${p.found} was not found in the git history, so only codes are compared (a re-coded indicator shows as two series)`,
        hint: (p) => `Keep the set in git and tag each issued version (git tag v${p.found}), so that re-coded indicators are recognised.`,
      },
    },
    'history-no-period': {
      severity: 'warning',
      vi: {
        summary: 'Tệp số liệu trống không rõ kỳ',
        message: () => 'Tệp không có dòng số liệu nào và không ghi kỳ (tên thư mục cũng không phải một kỳ): bỏ qua',
        hint: () => 'Đặt tệp trong thư mục mang tên kỳ (ví dụ 2026-Q1) hoặc dùng dataset.json do merge ghi.',
      },
      en: {
        summary: 'An empty dataset names no period',
        message: () => 'The file has no row and names no period (nor does its folder): left out',
        hint: () => 'Put it in a folder named after the period (e.g. 2026-Q1) or use the dataset.json merge wrote.',
      },
    },
    'history-empty-period': {
      severity: 'info',
      vi: {
        summary: 'Kỳ không có số liệu',
        message: (p) => `Kỳ ${p.period} không có số liệu nào${p.file ? '' : ' (không có tệp số liệu giữa hai kỳ có số liệu)'}: để trống trên các trang và ghi rõ`,
      },
      en: {
        summary: 'A period with no data',
        message: (p) => `${p.period} has no figure${p.file ? '' : ' (no dataset between two periods that have one)'}: left blank on the pages and said so`,
      },
    },
  },
);
