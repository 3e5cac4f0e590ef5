import type { Severity } from './types.js';

/**
 * Every diagnostic code, its default severity and a one-line description (README lists them).
 * This is the contract: codes are stable, messages (in `messages/`) may be reworded.
 */
export const CODES = {
  // Reading files and YAML
  'file-missing': { severity: 'error', vi: 'Thiếu tệp bắt buộc của bộ chỉ số', en: 'A required file of the set is missing' },
  'file-unreadable': { severity: 'error', vi: 'Không đọc được tệp', en: 'A file cannot be read' },
  'file-too-large': { severity: 'error', vi: 'Tệp vượt giới hạn kích thước', en: 'A file exceeds a size limit' },
  'yaml-syntax': { severity: 'error', vi: 'Lỗi cú pháp YAML', en: 'YAML syntax error' },
  'yaml-duplicate-key': { severity: 'error', vi: 'Một khóa xuất hiện hai lần trong cùng đối tượng', en: 'A key appears twice in one mapping' },
  'yaml-alias': { severity: 'error', vi: 'Không dùng anchor/alias (&, *) trong YAML', en: 'YAML anchors/aliases are refused' },
  'yaml-tab': { severity: 'error', vi: 'Thụt lề bằng phím Tab', en: 'Indentation with a tab character' },
  // JSON Schema
  'schema-required': { severity: 'error', vi: 'Thiếu trường bắt buộc', en: 'A required field is missing' },
  'schema-unknown-property': { severity: 'error', vi: 'Trường không có trong mô hình', en: 'A field that the model does not define' },
  'schema-type': { severity: 'error', vi: 'Sai kiểu dữ liệu', en: 'Wrong type' },
  'schema-enum': { severity: 'error', vi: 'Giá trị không thuộc danh sách cho phép', en: 'A value outside the allowed list' },
  'schema-pattern': { severity: 'error', vi: 'Giá trị sai định dạng', en: 'A value in the wrong form' },
  'schema-range': { severity: 'error', vi: 'Số nằm ngoài khoảng cho phép', en: 'A number outside its allowed range' },
  'schema-length': { severity: 'error', vi: 'Chuỗi hoặc danh sách quá ngắn/dài', en: 'A string or list too short or too long' },
  'schema-unique': { severity: 'error', vi: 'Danh sách có phần tử lặp', en: 'A list has repeated items' },
  'schema-invalid': { severity: 'error', vi: 'Giá trị không hợp lệ theo mô hình', en: 'A value the model does not accept' },
  // Semantic checks of the set
  'duplicate-code': { severity: 'error', vi: 'Mã chỉ số, đơn vị, cơ quan, phân tổ hoặc quy tắc bị trùng', en: 'A duplicate indicator, unit, agency, breakdown or rule code' },
  'unknown-agency': { severity: 'error', vi: 'Cơ quan chủ trì/phối hợp không có trong agencies.yaml', en: 'Owner or cooperating agency not in agencies.yaml' },
  'unknown-unit': { severity: 'error', vi: 'Đơn vị báo cáo không có trong units.yaml', en: 'Reporting unit not in units.yaml' },
  'unknown-breakdown': { severity: 'error', vi: 'Phân tổ không có trong breakdowns.yaml', en: 'Breakdown not in breakdowns.yaml' },
  'unknown-indicator': { severity: 'error', vi: 'Công thức hoặc quy tắc dùng mã chỉ số không tồn tại', en: 'A formula or rule uses an unknown indicator code' },
  'formula-syntax': { severity: 'error', vi: 'Công thức hoặc biểu thức sai cú pháp', en: 'Formula or expression syntax error' },
  'formula-cycle': { severity: 'error', vi: 'Công thức tham chiếu vòng', en: 'Formulas refer to each other in a cycle' },
  'formula-frequency': { severity: 'error', vi: 'Chỉ số thành phần có tần suất khác chỉ số tính toán', en: 'A component has another frequency than the derived indicator' },
  'formula-reporters': { severity: 'error', vi: 'Chỉ số thành phần không do cùng các đơn vị báo cáo', en: 'A component is not reported by the same units' },
  'formula-breakdown': { severity: 'error', vi: 'Chỉ số thành phần không có cùng phân tổ', en: 'A component lacks the derived indicator’s breakdown' },
  'formula-division': { severity: 'warning', vi: 'Chia cho chỉ số có thể bằng 0', en: 'Division by an indicator that may be zero' },
  'ratio-averaged': { severity: 'warning', vi: 'Tỷ lệ do nhiều đơn vị báo cáo nhưng không có tử số/mẫu số', en: 'A rate reported by many units without numerator/denominator' },
  'constraint-impossible': { severity: 'error', vi: 'Ràng buộc không thể thỏa mãn', en: 'Constraints that cannot hold' },
  'target-out-of-range': { severity: 'error', vi: 'Chỉ tiêu nằm ngoài khoảng min–max', en: 'Target outside the min–max range' },
  'unit-owes-nothing': { severity: 'warning', vi: 'Đơn vị không phải báo cáo chỉ số nào', en: 'A unit owes no indicator' },
  'province-missing': { severity: 'error', vi: 'units.yaml thiếu đơn vị cấp tỉnh (kind: province)', en: 'units.yaml has no province unit (kind: province)' },
  'period-missing': { severity: 'error', vi: 'set.yaml thiếu ngày chốt/hạn nộp cho tần suất đang dùng', en: 'set.yaml lacks the cut-off/deadline of a frequency in use' },
  'value-type-unit': { severity: 'warning', vi: 'Kiểu giá trị không khớp đơn vị tính', en: 'Value type does not match the unit of measure' },
  // Periods and templates
  'nothing-owed': { severity: 'info', vi: 'Đơn vị không phải nộp gì trong kỳ này', en: 'A unit owes nothing in this period' },
  'output-exists': { severity: 'error', vi: 'Tệp đích đã tồn tại với nội dung khác', en: 'The output file exists with other content' },
  'version-not-bumped': { severity: 'error', vi: 'Bộ chỉ số đổi nội dung mà không nâng phiên bản', en: 'The set’s content changed without raising its version' },
  // Submissions: identity
  'unknown-set': { severity: 'error', vi: 'Biểu mẫu không thuộc bộ chỉ số này', en: 'The workbook is not from this indicator set' },
  'stale-template': { severity: 'error', vi: 'Biểu mẫu của phiên bản bộ chỉ số cũ', en: 'The template is from an older set version' },
  'meta-missing': { severity: 'info', vi: 'Mất trang _meta, nhận diện theo phần đầu biểu', en: 'The _meta sheet was lost; identified from the header' },
  'unidentified': { severity: 'error', vi: 'Không xác định được đơn vị hoặc kỳ báo cáo', en: 'Unit or period cannot be identified' },
  'unit-mismatch': { severity: 'error', vi: 'Biểu của đơn vị khác với tên tệp/thư mục', en: 'The workbook belongs to another unit than its file name says' },
  'period-mismatch': { severity: 'error', vi: 'Biểu của kỳ khác', en: 'The workbook is for another period' },
  'duplicate-submission': { severity: 'error', vi: 'Hai tệp cho cùng đơn vị và kỳ', en: 'Two files for the same unit and period' },
  // Submissions: structure
  'sheet-missing': { severity: 'error', vi: 'Thiếu trang tính', en: 'A sheet is missing' },
  'row-missing': { severity: 'error', vi: 'Dòng chỉ số bị xóa', en: 'An indicator row was deleted' },
  'row-added': { severity: 'warning', vi: 'Dòng lạ được thêm vào', en: 'An unexpected row was added' },
  'row-moved': { severity: 'info', vi: 'Dòng chỉ số bị di chuyển', en: 'An indicator row was moved' },
  'formula-overwritten': { severity: 'error', vi: 'Ô công thức bị ghi đè bằng số', en: 'A formula cell was overwritten with a number' },
  'locked-cell-edited': { severity: 'warning', vi: 'Ô khóa bị sửa', en: 'A locked cell was changed' },
  // Submissions: values
  'required-blank': { severity: 'error', vi: 'Bỏ trống chỉ số bắt buộc', en: 'A required value is blank' },
  'value-not-available': { severity: 'warning', vi: 'Chưa có số liệu, có ghi lý do (tính là chưa báo cáo)', en: 'A required value left blank with a reason (counted as not reported)' },
  'number-as-text': { severity: 'info', vi: 'Số nhập dạng văn bản, đã đọc được', en: 'A number typed as text, read unambiguously' },
  'ambiguous-number': { severity: 'error', vi: 'Số viết mơ hồ', en: 'An ambiguous number' },
  'not-a-number': { severity: 'error', vi: 'Không phải là số', en: 'Not a number' },
  'wrong-type': { severity: 'error', vi: 'Sai kiểu giá trị', en: 'Wrong kind of value' },
  'out-of-range': { severity: 'error', vi: 'Giá trị ngoài khoảng cho phép', en: 'Value outside its allowed range' },
  'not-integer': { severity: 'error', vi: 'Số nguyên có phần thập phân', en: 'An integer with decimals' },
  'negative-count': { severity: 'error', vi: 'Số đếm âm', en: 'A negative count' },
  'numerator-exceeds-denominator': { severity: 'error', vi: 'Tử số lớn hơn mẫu số', en: 'Numerator larger than denominator' },
  'ratio-mismatch': { severity: 'error', vi: 'Tỷ lệ không khớp tử số/mẫu số', en: 'A rate disagrees with its numerator/denominator' },
  'breakdown-sum-mismatch': { severity: 'error', vi: 'Tổng không bằng tổng các phân tổ (phân tổ "trong đó": các nhóm vượt tổng, cảnh báo)', en: 'Total differs from the sum of its categories (an "of which" breakdown: categories above the total, a warning)' },
  'rule-violated': { severity: 'warning', vi: 'Vi phạm quy tắc liên chỉ số', en: 'A cross-indicator rule does not hold' },
  'previous-period-jump': { severity: 'warning', vi: 'Thay đổi quá lớn so với kỳ trước', en: 'A change beyond max_change_pct from the previous period' },
  'cumulative-decreased': { severity: 'error', vi: 'Số lũy kế giảm so với kỳ trước', en: 'A year-to-date value fell' },
  // Submissions: files
  'unsupported-format': { severity: 'error', vi: 'Định dạng tệp không hỗ trợ (.xls, .ods, …)', en: 'Unsupported file format (.xls, .ods, …)' },
  'encrypted-file': { severity: 'error', vi: 'Tệp có mật khẩu', en: 'Password-protected file' },
  'corrupt-file': { severity: 'error', vi: 'Tệp hỏng hoặc không phải Excel', en: 'Corrupt or not a workbook' },
  'empty-file': { severity: 'error', vi: 'Tệp rỗng', en: 'Empty file' },
  'zip-bomb': { severity: 'error', vi: 'Tệp nén bất thường (nghi zip bomb)', en: 'Suspicious compression (zip bomb)' },
  'macros-present': { severity: 'error', vi: 'Tệp có macro (VBA)', en: 'The workbook contains macros (VBA)' },
  'sheet-too-large': { severity: 'error', vi: 'Trang nhập liệu vượt giới hạn dòng hoặc cột', en: 'The entry sheet exceeds the row or column limit' },
  'external-reference': { severity: 'error', vi: 'Ô giá trị lấy số từ tệp khác', en: 'A value cell takes its number from another workbook' },
  'name-redirected': { severity: 'error', vi: 'Tên ô giá trị bị sửa, trỏ sang chỗ khác', en: 'A value cell\'s defined name was changed to point elsewhere' },
  'csv-encoding': { severity: 'info', vi: 'CSV không phải UTF-8, đã đọc theo bảng mã khác', en: 'CSV read in a non-UTF-8 encoding' },
  'csv-field-count': { severity: 'error', vi: 'Dòng CSV không tách đúng các cột của dòng tiêu đề', en: 'A CSV line does not split into the header’s columns' },
  'permission-denied': { severity: 'error', vi: 'Không có quyền đọc tệp hoặc thư mục', en: 'The tool may not read the file or folder (permission)' },
  'no-submissions': { severity: 'error', vi: 'Không tìm thấy biểu nào để kiểm tra', en: 'No return found to check' },
  // Merge
  'missing-submission': { severity: 'warning', vi: 'Đơn vị chưa nộp báo cáo', en: 'A unit that owes data sent nothing' },
  'late-submission': { severity: 'warning', vi: 'Nộp muộn so với hạn', en: 'Submitted after the deadline' },
  'not-in-period': { severity: 'warning', vi: 'Tệp không thuộc kỳ/bộ chỉ số đang tổng hợp', en: 'A file of another period or set' },
  'wrong-period-submission': { severity: 'warning', vi: 'Đơn vị chỉ gửi biểu của kỳ khác', en: 'A unit sent only a return for another period' },
  'received-date-invalid': { severity: 'error', vi: 'Ngày nhận trong --received không đọc được hoặc không có thật', en: 'A --received date is unreadable or impossible' },
  'received-unknown-file': { severity: 'warning', vi: 'Dòng --received cho tệp không có trong hộp thư', en: 'A --received row names a file that is not in the inbox' },
  'previous-other-set': { severity: 'warning', vi: 'Dữ liệu --previous của bộ chỉ số khác', en: 'The --previous dataset is of another indicator set' },
  'previous-other-period': { severity: 'warning', vi: 'Dữ liệu --previous không có kỳ trước', en: 'The --previous dataset does not hold the previous period' },
} as const satisfies Record<string, { severity: Severity; vi: string; en: string }>;

/** The closed union of diagnostic codes. */
export type DiagnosticCode = keyof typeof CODES;

export const ALL_CODES = Object.keys(CODES) as DiagnosticCode[];
