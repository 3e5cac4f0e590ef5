import { defineDiagnostics } from './define.js';

/** Tổng hợp / Merging. */
export const merge = defineDiagnostics(
  'merge',
  { vi: 'Tổng hợp', en: 'Merging' },
  {
    'missing-submission': {
      severity: 'warning',
      vi: {
        summary: 'Đơn vị chưa nộp báo cáo',
        message: (p) => `Đơn vị "${p.unit}" (${p.name}) chưa nộp báo cáo kỳ ${p.period}`,
        hint: () => 'Nhắc đơn vị nộp biểu trước hạn.',
      },
      en: {
        summary: 'A unit that owes data sent nothing',
        message: (p) => `Unit "${p.unit}" (${p.name}) sent nothing for ${p.period}`,
        hint: () => 'Remind the unit before the deadline.',
      },
    },
    'late-submission': {
      severity: 'warning',
      vi: {
        summary: 'Nộp muộn so với hạn',
        message: (p) => `Nộp ngày ${p.received}, sau hạn ${p.deadline}`,
      },
      en: {
        summary: 'Submitted after the deadline',
        message: (p) => `Received ${p.received}, after the deadline ${p.deadline}`,
      },
    },
    'not-in-period': {
      severity: 'warning',
      vi: {
        summary: 'Tệp không thuộc kỳ/bộ chỉ số đang tổng hợp',
        message: (p) => `Tệp của ${p.found}, không thuộc ${p.expected}; không tổng hợp`,
      },
      en: {
        summary: 'A file of another period or set',
        message: (p) => `The file is for ${p.found}, not ${p.expected}; not merged`,
      },
    },
    'wrong-period-submission': {
      severity: 'warning',
      vi: {
        summary: 'Đơn vị chỉ gửi biểu của kỳ khác',
        message: (p) => `Đơn vị "${p.unit}" (${p.name}) chỉ gửi biểu kỳ ${p.found} (${p.file}), chưa có biểu kỳ ${p.period}`,
        hint: (p) => `Đơn vị đã gửi nhầm kỳ: đề nghị gửi biểu kỳ ${p.period} (tải đúng biểu mẫu của kỳ này).`,
      },
      en: {
        summary: 'A unit sent only a return for another period',
        message: (p) => `Unit "${p.unit}" (${p.name}) sent only a return for ${p.found} (${p.file}), none for ${p.period}`,
        hint: (p) => `The unit sent the wrong period: ask for the ${p.period} return (on this period's template).`,
      },
    },
    'received-date-invalid': {
      severity: 'error',
      vi: {
        summary: 'Ngày nhận trong --received không đọc được hoặc không có thật',
        message: (p) => `Dòng ${p.line}: ngày nhận "${p.text}" ${p.impossible ? 'không có thật' : 'không đọc được'}`,
        hint: () => 'Viết ngày dạng dd/mm/yyyy (18/03/2026) hoặc yyyy-mm-dd (2026-03-18), hoặc để ô ngày trong Excel; sửa rồi chạy lại.',
      },
      en: {
        summary: 'A --received date is unreadable or impossible',
        message: (p) => `Line ${p.line}: received date "${p.text}" is ${p.impossible ? 'not a real date' : 'unreadable'}`,
        hint: () => 'Write dates as dd/mm/yyyy (18/03/2026) or yyyy-mm-dd (2026-03-18), or as an Excel date cell; fix it and run again.',
      },
    },
    'received-ambiguous': {
      severity: 'warning',
      vi: {
        summary: 'Hai dòng --received cùng khớp một tệp',
        message: (p) => `Các dòng ${p.lines} cùng khớp tệp "${p.file}" như nhau: không lấy ngày nhận nào, không xét nộp muộn`,
        hint: () => 'Ghi đường dẫn đầy đủ hơn (thư mục/tên tệp) để mỗi dòng chỉ khớp một tệp.',
      },
      en: {
        summary: 'Two --received rows match one file equally',
        message: (p) => `Lines ${p.lines} match file "${p.file}" equally well: no received date taken, lateness not judged`,
        hint: () => 'Write a longer path (folder/file name) so that each row matches one file.',
      },
    },
    'received-unknown-file': {
      severity: 'warning',
      vi: {
        summary: 'Dòng --received cho tệp không có trong hộp thư',
        message: (p) => `Dòng ${p.line}: tệp "${p.text}" không có trong các tệp đang tổng hợp`,
        hint: () => 'Kiểm tra tên tệp (đúng như trong hộp thư, có phần mở rộng) hoặc xóa dòng này.',
      },
      en: {
        summary: 'A --received row names a file that is not in the inbox',
        message: (p) => `Line ${p.line}: file "${p.text}" is not among the files being merged`,
        hint: () => 'Check the file name (as it is in the inbox, with its extension) or remove the line.',
      },
    },
    'previous-other-set': {
      severity: 'warning',
      vi: {
        summary: 'Dữ liệu --previous của bộ chỉ số khác',
        message: (p) => `Dữ liệu kỳ trước là của bộ chỉ số "${p.found}", không phải "${p.expected}"; không dùng để so sánh`,
        hint: () => 'Dùng dataset.csv của lần tổng hợp kỳ trước của chính bộ chỉ số này.',
      },
      en: {
        summary: 'The --previous dataset is of another indicator set',
        message: (p) => `The previous dataset is of set "${p.found}", not "${p.expected}"; not used for comparisons`,
        hint: () => "Pass the dataset.csv of this set's previous merge.",
      },
    },
    'previous-other-period': {
      severity: 'warning',
      vi: {
        summary: 'Dữ liệu --previous không có kỳ trước',
        message: (p) => `Dữ liệu kỳ trước có kỳ ${p.found}, không có kỳ trước ${p.expected}${p.sameLastYear ? ` hay cùng kỳ năm trước ${p.sameLastYear}` : ''}; không dùng để so sánh`,
        hint: (p) => `Dùng dataset.csv của lần tổng hợp kỳ ${p.expected}.`,
      },
      en: {
        summary: 'The --previous dataset does not hold the previous period',
        message: (p) =>
          `The previous dataset holds ${p.found}, not the previous period ${p.expected}${p.sameLastYear ? ` nor the same period last year ${p.sameLastYear}` : ''}; not used for comparisons`,
        hint: (p) => `Pass the dataset.csv of the ${p.expected} merge.`,
      },
    },
  },
);
