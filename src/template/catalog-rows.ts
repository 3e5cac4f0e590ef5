import { pick, type Lang } from '../diagnostics/index.js';
import type { IndicatorSet } from '../model/types.js';

/** Column headings of the annex (Phụ lục). */
export const CATALOG_HEADINGS = {
  vi: ['STT', 'Mã', 'Tên chỉ số', 'Nhóm', 'Loại', 'Đơn vị tính', 'Tần suất', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Nguồn số liệu', 'Khái niệm', 'Phương pháp tính', 'Phân tổ', 'Chỉ tiêu'],
  en: ['No.', 'Code', 'Indicator', 'Group', 'Type', 'Unit', 'Frequency', 'Owner', 'Cooperating', 'Source', 'Definition', 'Method', 'Breakdown', 'Target'],
};

const TYPE = {
  vi: { input: 'Đầu vào', process: 'Quá trình', result: 'Kết quả', impact: 'Tác động', composite: 'Tổng hợp' },
  en: { input: 'Input', process: 'Process', result: 'Result', impact: 'Impact', composite: 'Composite' },
};
const FREQ = {
  vi: { month: 'Tháng', quarter: 'Quý', 'half-year': '6 tháng', 'nine-months': '9 tháng', year: 'Năm' },
  en: { month: 'Monthly', quarter: 'Quarterly', 'half-year': 'Half-yearly', 'nine-months': 'Nine months', year: 'Yearly' },
};

/** The annex as rows of text per group (pure): what both the xlsx and the markdown catalog print. */
export function catalogRows(set: IndicatorSet, lang: Lang): { group: string; rows: string[][] }[] {
  const agency = new Map(set.agencies.map((a) => [a.code, lang === 'en' ? a.name_en ?? a.name : a.name]));
  const breakdown = new Map(set.breakdowns.map((b) => [b.id, lang === 'en' ? b.name_en ?? b.name : b.name]));
  let stt = 0;
  return set.groups.map((g) => ({
    group: lang === 'en' ? g.name_en ?? g.name : g.name,
    rows: g.indicators.map((i) => [
      String(++stt),
      i.code,
      lang === 'en' ? i.name_en ?? i.name : i.name,
      lang === 'en' ? g.name_en ?? g.name : g.name,
      TYPE[lang][i.type],
      lang === 'en' ? i.unit_en ?? i.unit : i.unit,
      FREQ[lang][i.frequency],
      agency.get(i.owner) ?? i.owner,
      (i.cooperating ?? []).map((c) => agency.get(c) ?? c).join('; '),
      i.source,
      i.definition,
      i.formula ? `${i.method} (${i.formula})` : i.method,
      (i.breakdown ?? []).map((b) => breakdown.get(b) ?? b).join('; '),
      i.target ? `${i.target.direction === 'higher' ? '≥' : '≤'} ${i.target.value}${i.unit === '%' ? ' %' : ''}${i.target.by ? pick({ vi: ` (năm ${i.target.by})`, en: ` (by ${i.target.by})` }, lang) : ''}` : '',
    ]),
  }));
}
