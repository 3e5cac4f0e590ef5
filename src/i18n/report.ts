import { defineCatalog } from './catalog.js';
import { words } from './words.js';

// Words of the merged report (report.xlsx, report.html).

const vi = {
  sheets: {
    summary: 'Tổng hợp',
    byUnit: 'Theo đơn vị',
    completeness: 'Tình hình nộp báo cáo',
    checks: 'Kiểm tra',
    data: 'Dữ liệu',
  },
  title: 'BÁO CÁO TỔNG HỢP BỘ CHỈ SỐ',
  /** The target columns (`targetTexts.head`) follow 'Giá trị toàn tỉnh'. */
  summaryHead: ['Mã', 'Chỉ số', 'ĐVT', 'Phân tổ', 'Giá trị toàn tỉnh', 'Kỳ so sánh', 'Thay đổi (%)', 'Thay đổi (điểm %)', 'Đơn vị báo cáo'],
  /** How the change is written next to a figure: relative, or in percentage points for a rate. */
  changeUnit: { percent: '%', points: ' điểm %' },
  previous: 'Kỳ trước',
  sameLastYear: 'Cùng kỳ năm trước',
  summaryTitle: 'Số liệu toàn tỉnh',
  summaryHtmlHead: ['Mã', 'Chỉ số', 'Giá trị toàn tỉnh', 'Kỳ so sánh', 'Thay đổi (%; tỷ lệ: điểm %)', 'Đơn vị báo cáo'],
  /** The last column of the indicator tables: the code in the higher-level system (`higher_code`). */
  higherCode: 'Mã cấp trên',
  completenessHead: ['Mã', 'Đơn vị', 'Loại', 'Tình trạng', 'Nộp muộn', 'Tệp', 'Ngày nhận', 'Số vấn đề'],
  checksHead: ['Tệp', 'Trang', 'Ô / dòng', 'Mức', 'Mã lỗi', 'Nội dung'],
  status: { accepted: 'Đã nộp, hợp lệ', rejected: 'Bị từ chối', missing: 'Chưa nộp', 'wrong-period': 'Gửi nhầm kỳ' },
  fileState: { accepted: 'hợp lệ', rejected: 'bị từ chối', duplicate: 'trùng', unreadable: 'không đọc được', 'not-in-period': 'không thuộc kỳ' },
  severity: words.vi.severity,
  total: words.vi.total,
  yes: 'có',
  unitsOwed: 'Đơn vị phải nộp',
  accepted: 'Hợp lệ',
  rejected: 'Bị từ chối',
  missing: 'Chưa nộp',
  late: 'Nộp muộn',
  files: 'Tệp nhận được',
  period: 'Kỳ báo cáo',
  deadline: 'Hạn nộp',
  /** The header's deadline: the set's, then the forms due later (rows on calendar months), "23/03/2026 (3 biểu …: 08/04/2026)". */
  deadlineWithLater: (date: string, later: readonly { deadline: string; forms: number }[]) =>
    later.length ? `${date} (${later.map((l) => `${l.forms} biểu có số liệu theo tháng dương lịch: ${l.deadline}`).join('; ')})` : date,
  /** The late column of the per-unit table: judged by the unit's own deadline, which it names. */
  lateAgainst: (date: string) => `có (hạn ${date})`,
  completenessTitle: 'Tình hình nộp báo cáo theo đơn vị',
  keyTitle: 'Chỉ số chính theo đơn vị',
  problemsTitle: 'Các vấn đề cần xử lý',
  target: 'Chỉ tiêu',
  province: 'Toàn tỉnh',
  noProblems: 'Không có vấn đề.',
};

export const reportTexts = defineCatalog<typeof vi>(vi, {
  sheets: {
    summary: 'Summary',
    byUnit: 'By unit',
    completeness: 'Submissions',
    checks: 'Checks',
    data: 'Data',
  },
  title: 'CONSOLIDATED INDICATOR REPORT',
  summaryHead: ['Code', 'Indicator', 'Unit', 'Category', 'Province value', 'Compared with', 'Change (%)', 'Change (percentage points)', 'Units reporting'],
  /** How the change is written next to a figure: relative, or in percentage points for a rate. */
  changeUnit: { percent: '%', points: ' percentage points' },
  previous: 'Previous period',
  sameLastYear: 'Same period last year',
  summaryTitle: 'Province figures',
  summaryHtmlHead: ['Code', 'Indicator', 'Province value', 'Compared with', 'Change (%; rates: percentage points)', 'Units reporting'],
  /** The last column of the indicator tables: the code in the higher-level system (`higher_code`). */
  higherCode: 'Higher-level code',
  completenessHead: ['Code', 'Unit', 'Kind', 'Status', 'Late', 'File', 'Received', 'Problems'],
  checksHead: ['File', 'Sheet', 'Cell / line', 'Severity', 'Code', 'Message'],
  status: { accepted: 'Accepted', rejected: 'Rejected', missing: 'Missing', 'wrong-period': 'Wrong period' },
  fileState: { accepted: 'accepted', rejected: 'rejected', duplicate: 'duplicate', unreadable: 'unreadable', 'not-in-period': 'not in period' },
  severity: words.en.severity,
  total: words.en.total,
  yes: 'yes',
  unitsOwed: 'Units owing data',
  accepted: 'Accepted',
  rejected: 'Rejected',
  missing: 'Missing',
  late: 'Late',
  files: 'Files received',
  period: 'Period',
  deadline: 'Deadline',
  deadlineWithLater: (date, later) => (later.length ? `${date} (${later.map((l) => `${l.forms} ${l.forms === 1 ? 'form' : 'forms'} with calendar-month figures: ${l.deadline}`).join('; ')})` : date),
  lateAgainst: (date) => `yes (due ${date})`,
  completenessTitle: 'Submissions by unit',
  keyTitle: 'Key indicators by unit',
  problemsTitle: 'Problems to resolve',
  target: 'Target',
  province: 'Province',
  noProblems: 'No problems.',
});

/** What the words of a target comparison are given: numbers already formatted with their unit (src/report/target-words.ts). */
export interface TargetWordParams {
  year: number;
  /** The year's target, e.g. "28.000 tỷ đồng". */
  annual: string;
  /** What the value was compared with (the year's target or its share). */
  plan: string;
  months: number;
  /** The target as the set states it, and the year it is due (blank when it has none). */
  final: string;
  by: string;
  fromMilestone: boolean;
  lower: boolean;
  /** The plan is the year's target pro-rated to the period (`prorated`, `annual-plan-prorated`): the margin is from `plan`, not `annual`. */
  share: boolean;
  /** Status details: ratio "13" (percent of the plan), margin "41 vụ" (absolute, in the unit), threshold "60 vụ". */
  ratio: string;
  margin: string;
  threshold: string;
}

// Issue 13 §4: the target status in the report and the rule it was judged by ("Cách so sánh"), one per rule of
// src/model/targets.ts.
export const targetTexts = defineCatalog(
  {
    head: { annual: 'Chỉ tiêu năm', plan: 'Mức chỉ tiêu dùng để so sánh', ratio: '% kế hoạch', margin: 'Chênh lệch (+ tốt hơn, − kém hơn chỉ tiêu)', status: 'Đánh giá', rule: 'Cách so sánh' },
    status: { met: 'Đạt', 'not-met': 'Chưa đạt', 'in-progress': 'Đang thực hiện', warning: 'Cảnh báo', 'not-comparable': 'Không so sánh', normal: 'Bình thường' },
    /** The margin's unit for a percent indicator. */
    points: 'điểm %',
    rule: {
      'annual-plan': (w: TargetWordParams) =>
        w.lower
          ? `Số lũy kế từ đầu năm so với mức trần cả năm ${w.year} (${w.annual}${w.fromMilestone ? ', mốc lộ trình' : ''}): còn lại bao nhiêu đến mức trần; vượt mức trần là không đạt`
          : `Số lũy kế từ đầu năm so với chỉ tiêu cả năm ${w.year} (${w.annual}${w.fromMilestone ? ', mốc lộ trình' : ''}): tính % kế hoạch năm; đánh giá đạt/chưa đạt khi hết năm hoặc khi đã đạt`,
      'annual-plan-prorated': (w: TargetWordParams) =>
        `Số lũy kế ${w.months} tháng so với chỉ tiêu năm ${w.year} chia đều theo tháng (${w.annual} × ${w.months}/12 = ${w.plan}; bộ chỉ số cho phép chia theo kỳ)${w.lower ? '; càng thấp càng tốt' : ''}`,
      prorated: (w: TargetWordParams) =>
        `Số phát sinh trong kỳ so với chỉ tiêu năm ${w.year} chia đều theo kỳ (${w.annual} × ${w.months}/12 = ${w.plan}; bộ chỉ số cho phép chia theo kỳ)${w.lower ? '; càng thấp càng tốt: đạt khi không vượt' : ''}`,
      'year-total': (w: TargetWordParams) => `Số cả năm so với chỉ tiêu năm ${w.year} (${w.annual})${w.lower ? '; càng thấp càng tốt: đạt khi không vượt' : ''}`,
      'not-per-period': (w: TargetWordParams) =>
        `Số phát sinh trong kỳ, còn chỉ tiêu (${w.annual}) tính cho cả năm ${w.year}: không so sánh cho một kỳ vì bộ chỉ số không cho chia chỉ tiêu theo kỳ; so sánh ở báo cáo năm`,
      level: (w: TargetWordParams) =>
        `Giá trị tại kỳ báo cáo (tỷ lệ, số cuối kỳ, bình quân) so trực tiếp với chỉ tiêu năm ${w.year} (${w.annual}${w.fromMilestone ? ', mốc lộ trình' : ''})${w.lower ? '; càng thấp càng tốt: đạt khi không vượt' : ''}`,
      'level-before-due': (w: TargetWordParams) => `Chưa đến năm phải đạt (${w.by}), không có mốc lộ trình năm ${w.year}: so với chỉ tiêu ${w.final} để biết còn cách bao nhiêu`,
      'no-plan-for-year': (w: TargetWordParams) => `Không có chỉ tiêu cho năm ${w.year}: chỉ tiêu ${w.final}${w.by ? ` là của năm ${w.by}` : ''} và không có mốc lộ trình năm ${w.year}`,
      'thresholds-only': () => 'Không có chỉ tiêu; chỉ so với ngưỡng cảnh báo',
    },
    /** The detail after the status word in the "Đánh giá" column. */
    detail: {
      exceeded: (w: TargetWordParams) => (w.lower ? `thấp hơn ${w.share ? `mức của kỳ (${w.plan})` : 'mức chỉ tiêu'} ${w.margin}` : `vượt ${w.share ? `mức của kỳ (${w.plan}) ` : ''}${w.margin}`),
      short: (w: TargetWordParams) => (w.lower ? `vượt ${w.share ? `mức của kỳ (${w.plan})` : 'mức chỉ tiêu'} ${w.margin}` : `còn thiếu ${w.margin}${w.share ? ` so với mức của kỳ (${w.plan})` : ''}`),
      exact: 'đúng bằng mức chỉ tiêu',
      ofPlan: (w: TargetWordParams) => `${w.ratio} % kế hoạch năm`,
      ofProrated: (w: TargetWordParams) => `${w.ratio} % mức của kỳ`,
      leftUnderCeiling: (w: TargetWordParams) => `còn ${w.margin} đến mức trần`,
      below: (w: TargetWordParams) => `dưới ngưỡng cảnh báo ${w.threshold}`,
      above: (w: TargetWordParams) => `trên ngưỡng cảnh báo ${w.threshold}`,
      notPerPeriod: 'chỉ tiêu năm, không chia theo kỳ',
      noPlan: (w: TargetWordParams) => `không có chỉ tiêu năm ${w.year}`,
    },
  },
  {
    head: { annual: 'Target for the year', plan: 'Target level used', ratio: '% of plan', margin: 'Margin (+ better, − worse than the target)', status: 'Status', rule: 'How compared' },
    status: { met: 'Met', 'not-met': 'Not met', 'in-progress': 'In progress', warning: 'Warning', 'not-comparable': 'Not compared', normal: 'Normal' },
    points: 'percentage points',
    rule: {
      'annual-plan': (w: TargetWordParams) =>
        w.lower
          ? `Year-to-date value against the ceiling for the whole of ${w.year} (${w.annual}${w.fromMilestone ? ', a milestone' : ''}): how much is left under it; passing it is not met`
          : `Year-to-date value against the target for the whole of ${w.year} (${w.annual}${w.fromMilestone ? ', a milestone' : ''}): % of the annual plan; met or not met once the year is over or the target reached`,
      'annual-plan-prorated': (w: TargetWordParams) =>
        `Year-to-date value for ${w.months} months against the ${w.year} target pro-rated by month (${w.annual} × ${w.months}/12 = ${w.plan}; the set allows pro-rating)${w.lower ? '; lower is better' : ''}`,
      prorated: (w: TargetWordParams) =>
        `Value of the period against the ${w.year} target pro-rated to the period (${w.annual} × ${w.months}/12 = ${w.plan}; the set allows pro-rating)${w.lower ? '; lower is better: met when not above' : ''}`,
      'year-total': (w: TargetWordParams) => `The year's total against the ${w.year} target (${w.annual})${w.lower ? '; lower is better: met when not above' : ''}`,
      'not-per-period': (w: TargetWordParams) =>
        `Value of the period, while the target (${w.annual}) is for the whole of ${w.year}: not compared for a single period because the set does not allow pro-rating; compared in the year's report`,
      level: (w: TargetWordParams) =>
        `Level at the period (rate, end-of-period figure, average) compared directly with the ${w.year} target (${w.annual}${w.fromMilestone ? ', a milestone' : ''})${w.lower ? '; lower is better: met when not above' : ''}`,
      'level-before-due': (w: TargetWordParams) => `Before the year the target is due (${w.by}), no milestone for ${w.year}: compared with the target ${w.final} to show the distance left`,
      'no-plan-for-year': (w: TargetWordParams) => `No target for ${w.year}: the target ${w.final}${w.by ? ` is for ${w.by}` : ''} and there is no milestone for ${w.year}`,
      'thresholds-only': () => 'No target; compared with the warning thresholds only',
    },
    detail: {
      exceeded: (w: TargetWordParams) =>
        w.lower ? `${w.margin} under ${w.share ? `the period's share (${w.plan})` : 'the target'}` : `${w.margin} over${w.share ? ` the period's share (${w.plan})` : ''}`,
      short: (w: TargetWordParams) =>
        w.lower ? `${w.margin} over ${w.share ? `the period's share (${w.plan})` : 'the target'}` : `${w.margin} short${w.share ? ` of the period's share (${w.plan})` : ''}`,
      exact: 'exactly on target',
      ofPlan: (w: TargetWordParams) => `${w.ratio} % of the annual plan`,
      ofProrated: (w: TargetWordParams) => `${w.ratio} % of the period's share`,
      leftUnderCeiling: (w: TargetWordParams) => `${w.margin} left under the ceiling`,
      below: (w: TargetWordParams) => `below the warning threshold ${w.threshold}`,
      above: (w: TargetWordParams) => `above the warning threshold ${w.threshold}`,
      notPerPeriod: 'annual target, not pro-rated',
      noPlan: (w: TargetWordParams) => `no target for ${w.year}`,
    },
  },
);
