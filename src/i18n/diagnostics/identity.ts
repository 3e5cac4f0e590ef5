import { defineDiagnostics } from './define.js';
import { NEW_FORM_VI, NEW_FORM_EN } from './shared.js';

/** Nhận diện biểu gửi về / Identifying a returned workbook. */
export const identity = defineDiagnostics(
  'identity',
  { vi: 'Nhận diện biểu gửi về', en: 'Identifying a returned workbook' },
  {
    'unknown-set': {
      severity: 'error',
      vi: {
        summary: 'Biểu mẫu không thuộc bộ chỉ số này',
        message: (p) => `Biểu mẫu thuộc bộ chỉ số "${p.found}", không phải "${p.expected}"`,
        hint: () => NEW_FORM_VI,
      },
      en: {
        summary: 'The workbook is not from this indicator set',
        message: (p) => `The template is from set "${p.found}", not "${p.expected}"`,
        hint: () => NEW_FORM_EN,
      },
    },
    'stale-template': {
      severity: 'error',
      vi: {
        summary: 'Biểu mẫu của phiên bản bộ chỉ số cũ',
        message: (p) => `Biểu mẫu của phiên bản ${p.found}, phiên bản hiện hành là ${p.expected}${p.changes ? ` (thay đổi: ${p.changes})` : ''}`,
        hint: () => NEW_FORM_VI,
      },
      en: {
        summary: 'The template is from an older set version',
        message: (p) => `The template is from version ${p.found}; the current version is ${p.expected}${p.changes ? ` (changes: ${p.changes})` : ''}`,
        hint: () => NEW_FORM_EN,
      },
    },
    'meta-missing': {
      severity: 'info',
      vi: {
        summary: 'Mất trang _meta, nhận diện theo phần đầu biểu',
        message: () => 'Trang _meta đã mất (tệp được lưu lại bằng chương trình khác); nhận diện theo phần đầu biểu',
      },
      en: {
        summary: 'The _meta sheet was lost; identified from the header',
        message: () => 'The _meta sheet was lost (re-saved by another program); identified from the header',
      },
    },
    unidentified: {
      severity: 'error',
      vi: {
        summary: 'Không xác định được đơn vị hoặc kỳ báo cáo',
        message: (p) => `Không xác định được ${p.what} của biểu`,
        hint: () => NEW_FORM_VI,
      },
      en: {
        summary: 'Unit or period cannot be identified',
        message: (p) => `Cannot identify the ${p.what} of the workbook`,
        hint: () => NEW_FORM_EN,
      },
    },
    'unit-mismatch': {
      severity: 'error',
      vi: {
        summary: 'Biểu của đơn vị khác với tên tệp/thư mục',
        message: (p) => `Biểu của đơn vị "${p.found}" nhưng tên tệp/thư mục ghi "${p.expected}"`,
        hint: () => 'Kiểm tra đã gửi đúng tệp của đơn vị mình chưa.',
      },
      en: {
        summary: 'The workbook belongs to another unit than its file name says',
        message: (p) => `The workbook is unit "${p.found}"'s but the file or folder name says "${p.expected}"`,
        hint: () => 'Check that the right unit’s file was sent.',
      },
    },
    'period-mismatch': {
      severity: 'error',
      vi: {
        summary: 'Biểu của kỳ khác',
        message: (p) => `Biểu của kỳ ${p.found}, không phải kỳ ${p.expected}`,
        hint: () => NEW_FORM_VI,
      },
      en: {
        summary: 'The workbook is for another period',
        message: (p) => `The workbook is for ${p.found}, not ${p.expected}`,
        hint: () => NEW_FORM_EN,
      },
    },
    'duplicate-submission': {
      severity: 'error',
      vi: {
        summary: 'Hai tệp cho cùng đơn vị và kỳ',
        message: (p) => `Đơn vị "${p.unit}" kỳ ${p.period} đã nộp tệp khác: ${p.other}`,
        hint: () => 'Giữ lại một tệp (tệp mới nhất) và xóa tệp còn lại.',
      },
      en: {
        summary: 'Two files for the same unit and period',
        message: (p) => `Unit "${p.unit}" already sent another file for ${p.period}: ${p.other}`,
        hint: () => 'Keep one file (the latest) and remove the other.',
      },
    },
  },
);
