import { defineCatalog } from './catalog.js';

// Words `merge` adds to report.xlsx and report.html for issue 15: the comparison with earlier periods (`--history`),
// the summary sheet's title and period, and a province sum over units that did not all report.

export const reportHistoryTexts = defineCatalog(
  {
    sheet: 'So sánh các kỳ',
    title: 'So sánh với các kỳ trước',
    head: ['Mã', 'Chỉ số', 'ĐVT', 'Phân tổ', 'Kỳ này', 'Kỳ trước', 'Thay đổi so với kỳ trước', 'Cùng kỳ năm trước', 'Thay đổi so với cùng kỳ'],
    /** The heading of a column holding another period's value ("Kỳ trước (2025-Q4)"). */
    withPeriod: (head: string, period: string) => `${head} (${period})`,
    periodLine: (text: string, id: string, deadline: string) => `Kỳ báo cáo: ${text} (${id}) · Hạn nộp: ${deadline}`,
    chartLabel: (name: string) => `Biểu đồ cột: ${name} qua các kỳ; số liệu ở bảng`,
    partial: (reporting: number, owing: number) => `Chưa đủ: chỉ ${reporting} trên ${owing} đơn vị báo cáo, giá trị toàn tỉnh là tổng của ${reporting} đơn vị này`,
    noEarlier: 'Thư mục --history không có số liệu của kỳ trước hay cùng kỳ năm trước.',
    periods: (n: number, first: string, last: string) => `${n} kỳ trước trong --history, từ ${first} đến ${last}`,
  },
  {
    sheet: 'Across periods',
    title: 'Comparison with earlier periods',
    head: ['Code', 'Indicator', 'Unit', 'Category', 'This period', 'Previous period', 'Change from the previous period', 'Same period last year', 'Change from the same period last year'],
    withPeriod: (head: string, period: string) => `${head} (${period})`,
    periodLine: (text: string, id: string, deadline: string) => `Period: ${text} (${id}) · Deadline: ${deadline}`,
    chartLabel: (name: string) => `Column chart: ${name} over the periods; the figures are in the table`,
    partial: (reporting: number, owing: number) => `Incomplete: only ${reporting} of ${owing} units reported; the province figure is the sum of those ${reporting}`,
    noEarlier: 'The --history folder holds neither the previous period nor the same period last year.',
    periods: (n: number, first: string, last: string) => `${n} earlier periods in --history, from ${first} to ${last}`,
  },
);
