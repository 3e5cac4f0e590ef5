import type { MessageTable } from './template.js';

type Codes = 'missing-submission' | 'late-submission' | 'not-in-period';

export const MERGE_MESSAGES: MessageTable<Codes> = {
  vi: {
    'missing-submission': { message: (p) => `Đơn vị "${p.unit}" (${p.name}) chưa nộp báo cáo kỳ ${p.period}`, hint: () => 'Nhắc đơn vị nộp biểu trước hạn.' },
    'late-submission': { message: (p) => `Nộp ngày ${p.received}, sau hạn ${p.deadline}` },
    'not-in-period': { message: (p) => `Tệp của ${p.found}, không thuộc ${p.expected}; không tổng hợp` },
  },
  en: {
    'missing-submission': { message: (p) => `Unit "${p.unit}" (${p.name}) sent nothing for ${p.period}`, hint: () => 'Remind the unit before the deadline.' },
    'late-submission': { message: (p) => `Received ${p.received}, after the deadline ${p.deadline}` },
    'not-in-period': { message: (p) => `The file is for ${p.found}, not ${p.expected}; not merged` },
  },
};
