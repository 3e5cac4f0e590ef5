import { pick, type Lang } from '../diagnostics/index.js';

/** Report texts in both languages. */
export function reportLabels(lang: Lang) {
  const t = <T,>(vi: T, en: T) => pick({ vi, en }, lang);
  return {
    sheets: {
      summary: t('Tổng hợp', 'Summary'),
      byUnit: t('Theo đơn vị', 'By unit'),
      completeness: t('Tình hình nộp báo cáo', 'Submissions'),
      checks: t('Kiểm tra', 'Checks'),
      data: t('Dữ liệu', 'Data'),
    },
    title: t('BÁO CÁO TỔNG HỢP BỘ CHỈ SỐ', 'CONSOLIDATED INDICATOR REPORT'),
    summaryHead: t(
      ['Mã', 'Chỉ số', 'ĐVT', 'Phân tổ', 'Giá trị toàn tỉnh', 'Chỉ tiêu', 'Mức đạt (%)', 'Kỳ so sánh', 'Thay đổi (%)', 'Thay đổi (điểm %)', 'Đơn vị báo cáo'],
      ['Code', 'Indicator', 'Unit', 'Category', 'Province value', 'Target', 'Achievement (%)', 'Compared with', 'Change (%)', 'Change (percentage points)', 'Units reporting'],
    ),
    /** How the change is written next to a figure: relative, or in percentage points for a rate. */
    changeUnit: t({ percent: '%', points: ' điểm %' }, { percent: '%', points: ' percentage points' }),
    previous: t('Kỳ trước', 'Previous period'),
    sameLastYear: t('Cùng kỳ năm trước', 'Same period last year'),
    summaryTitle: t('Số liệu toàn tỉnh', 'Province figures'),
    summaryHtmlHead: t(['Mã', 'Chỉ số', 'Giá trị toàn tỉnh', 'Kỳ so sánh', 'Thay đổi (%; tỷ lệ: điểm %)', 'Đơn vị báo cáo'], ['Code', 'Indicator', 'Province value', 'Compared with', 'Change (%; rates: percentage points)', 'Units reporting']),
    completenessHead: t(['Mã', 'Đơn vị', 'Loại', 'Tình trạng', 'Nộp muộn', 'Tệp', 'Ngày nhận', 'Số vấn đề'], ['Code', 'Unit', 'Kind', 'Status', 'Late', 'File', 'Received', 'Problems']),
    checksHead: t(['Tệp', 'Trang', 'Ô / dòng', 'Mức', 'Mã lỗi', 'Nội dung'], ['File', 'Sheet', 'Cell / line', 'Severity', 'Code', 'Message']),
    status: t({ accepted: 'Đã nộp, hợp lệ', rejected: 'Bị từ chối', missing: 'Chưa nộp', 'wrong-period': 'Gửi nhầm kỳ' }, { accepted: 'Accepted', rejected: 'Rejected', missing: 'Missing', 'wrong-period': 'Wrong period' }),
    fileState: t(
      { accepted: 'hợp lệ', rejected: 'bị từ chối', duplicate: 'trùng', unreadable: 'không đọc được', 'not-in-period': 'không thuộc kỳ' },
      { accepted: 'accepted', rejected: 'rejected', duplicate: 'duplicate', unreadable: 'unreadable', 'not-in-period': 'not in period' },
    ),
    severity: t({ error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' }, { error: 'Error', warning: 'Warning', info: 'Info' }),
    total: t('Tổng số', 'Total'),
    yes: t('có', 'yes'),
    unitsOwed: t('Đơn vị phải nộp', 'Units owing data'),
    accepted: t('Hợp lệ', 'Accepted'),
    rejected: t('Bị từ chối', 'Rejected'),
    missing: t('Chưa nộp', 'Missing'),
    late: t('Nộp muộn', 'Late'),
    files: t('Tệp nhận được', 'Files received'),
    period: t('Kỳ báo cáo', 'Period'),
    deadline: t('Hạn nộp', 'Deadline'),
    completenessTitle: t('Tình hình nộp báo cáo theo đơn vị', 'Submissions by unit'),
    keyTitle: t('Chỉ số chính theo đơn vị', 'Key indicators by unit'),
    problemsTitle: t('Các vấn đề cần xử lý', 'Problems to resolve'),
    target: t('Chỉ tiêu', 'Target'),
    province: t('Toàn tỉnh', 'Province'),
    noProblems: t('Không có vấn đề.', 'No problems.'),
  };
}
