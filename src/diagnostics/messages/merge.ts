import type { MessageTable } from './template.js';

type Codes =
  | 'missing-submission' | 'late-submission' | 'not-in-period'
  | 'wrong-period-submission' | 'received-date-invalid' | 'received-unknown-file' | 'previous-other-set' | 'previous-other-period';

export const MERGE_MESSAGES: MessageTable<Codes> = {
  vi: {
    'missing-submission': { message: (p) => `Đơn vị "${p.unit}" (${p.name}) chưa nộp báo cáo kỳ ${p.period}`, hint: () => 'Nhắc đơn vị nộp biểu trước hạn.' },
    'late-submission': { message: (p) => `Nộp ngày ${p.received}, sau hạn ${p.deadline}` },
    'not-in-period': { message: (p) => `Tệp của ${p.found}, không thuộc ${p.expected}; không tổng hợp` },
    'wrong-period-submission': {
      message: (p) => `Đơn vị "${p.unit}" (${p.name}) chỉ gửi biểu kỳ ${p.found} (${p.file}), chưa có biểu kỳ ${p.period}`,
      hint: (p) => `Đơn vị đã gửi nhầm kỳ: đề nghị gửi biểu kỳ ${p.period} (tải đúng biểu mẫu của kỳ này).`,
    },
    'received-date-invalid': {
      message: (p) => `Dòng ${p.line}: ngày nhận "${p.text}" ${p.impossible ? 'không có thật' : 'không đọc được'}`,
      hint: () => 'Viết ngày dạng dd/mm/yyyy (18/03/2026) hoặc yyyy-mm-dd (2026-03-18), hoặc để ô ngày trong Excel; sửa rồi chạy lại.',
    },
    'received-unknown-file': {
      message: (p) => `Dòng ${p.line}: tệp "${p.text}" không có trong các tệp đang tổng hợp`,
      hint: () => 'Kiểm tra tên tệp (đúng như trong hộp thư, có phần mở rộng) hoặc xóa dòng này.',
    },
    'previous-other-set': {
      message: (p) => `Dữ liệu kỳ trước là của bộ chỉ số "${p.found}", không phải "${p.expected}"; không dùng để so sánh`,
      hint: () => 'Dùng dataset.csv của lần tổng hợp kỳ trước của chính bộ chỉ số này.',
    },
    'previous-other-period': {
      message: (p) => `Dữ liệu kỳ trước có kỳ ${p.found}, không có kỳ trước ${p.expected}${p.sameLastYear ? ` hay cùng kỳ năm trước ${p.sameLastYear}` : ''}; không dùng để so sánh`,
      hint: (p) => `Dùng dataset.csv của lần tổng hợp kỳ ${p.expected}.`,
    },
  },
  en: {
    'missing-submission': { message: (p) => `Unit "${p.unit}" (${p.name}) sent nothing for ${p.period}`, hint: () => 'Remind the unit before the deadline.' },
    'late-submission': { message: (p) => `Received ${p.received}, after the deadline ${p.deadline}` },
    'not-in-period': { message: (p) => `The file is for ${p.found}, not ${p.expected}; not merged` },
    'wrong-period-submission': {
      message: (p) => `Unit "${p.unit}" (${p.name}) sent only a return for ${p.found} (${p.file}), none for ${p.period}`,
      hint: (p) => `The unit sent the wrong period: ask for the ${p.period} return (on this period's template).`,
    },
    'received-date-invalid': {
      message: (p) => `Line ${p.line}: received date "${p.text}" is ${p.impossible ? 'not a real date' : 'unreadable'}`,
      hint: () => 'Write dates as dd/mm/yyyy (18/03/2026) or yyyy-mm-dd (2026-03-18), or as an Excel date cell; fix it and run again.',
    },
    'received-unknown-file': {
      message: (p) => `Line ${p.line}: file "${p.text}" is not among the files being merged`,
      hint: () => 'Check the file name (as it is in the inbox, with its extension) or remove the line.',
    },
    'previous-other-set': {
      message: (p) => `The previous dataset is of set "${p.found}", not "${p.expected}"; not used for comparisons`,
      hint: () => 'Pass the dataset.csv of this set\'s previous merge.',
    },
    'previous-other-period': {
      message: (p) => `The previous dataset holds ${p.found}, not the previous period ${p.expected}${p.sameLastYear ? ` nor the same period last year ${p.sameLastYear}` : ''}; not used for comparisons`,
      hint: (p) => `Pass the dataset.csv of the ${p.expected} merge.`,
    },
  },
};
