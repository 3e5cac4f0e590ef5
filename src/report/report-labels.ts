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
    summaryHead: t(['Mã', 'Chỉ số', 'ĐVT', 'Phân tổ', 'Giá trị toàn tỉnh', 'Chỉ tiêu', 'Mức đạt (%)', 'Kỳ trước', 'Thay đổi (%)', 'Đơn vị báo cáo'], ['Code', 'Indicator', 'Unit', 'Category', 'Province value', 'Target', 'Achievement (%)', 'Previous', 'Change (%)', 'Units reporting']),
    completenessHead: t(['Mã', 'Đơn vị', 'Loại', 'Tình trạng', 'Nộp muộn', 'Tệp', 'Ngày nhận', 'Số vấn đề'], ['Code', 'Unit', 'Kind', 'Status', 'Late', 'File', 'Received', 'Problems']),
    checksHead: t(['Tệp', 'Trang', 'Ô / dòng', 'Mức', 'Mã lỗi', 'Nội dung'], ['File', 'Sheet', 'Cell / line', 'Severity', 'Code', 'Message']),
    status: t({ accepted: 'Đã nộp, hợp lệ', rejected: 'Bị từ chối', missing: 'Chưa nộp' }, { accepted: 'Accepted', rejected: 'Rejected', missing: 'Missing' }),
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
