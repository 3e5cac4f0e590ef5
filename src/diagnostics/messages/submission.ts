import type { MessageTable } from './template.js';

type Codes =
  | 'unknown-set' | 'stale-template' | 'meta-missing' | 'unidentified' | 'unit-mismatch' | 'period-mismatch'
  | 'duplicate-submission' | 'sheet-missing' | 'row-missing' | 'row-added' | 'row-moved' | 'formula-overwritten'
  | 'locked-cell-edited' | 'required-blank' | 'value-not-available' | 'number-as-text' | 'ambiguous-number' | 'not-a-number' | 'wrong-type'
  | 'out-of-range' | 'not-integer' | 'negative-count' | 'numerator-exceeds-denominator' | 'ratio-mismatch'
  | 'breakdown-sum-mismatch' | 'rule-violated' | 'previous-period-jump' | 'cumulative-decreased'
  | 'unsupported-format' | 'encrypted-file' | 'corrupt-file' | 'empty-file' | 'zip-bomb' | 'csv-encoding'
  | 'macros-present' | 'sheet-too-large' | 'external-reference' | 'name-redirected'
  | 'csv-field-count' | 'permission-denied' | 'no-submissions';

const RESAVE_VI = 'Mở tệp trong Excel hoặc LibreOffice và chọn Lưu thành (Save As) → "Sổ làm việc Excel (.xlsx)", rồi gửi lại.';
const RESAVE_EN = 'Open the file in Excel or LibreOffice, choose Save As → "Excel Workbook (.xlsx)", and send it again.';
const NEW_FORM_VI = 'Tải biểu mẫu mới của kỳ này, nhập lại số liệu và gửi lại.';
const NEW_FORM_EN = 'Download this period’s current template, enter the figures again and send it back.';

export const SUBMISSION_MESSAGES: MessageTable<Codes> = {
  vi: {
    'unknown-set': { message: (p) => `Biểu mẫu thuộc bộ chỉ số "${p.found}", không phải "${p.expected}"`, hint: () => NEW_FORM_VI },
    'stale-template': {
      message: (p) => `Biểu mẫu của phiên bản ${p.found}, phiên bản hiện hành là ${p.expected}${p.changes ? ` (thay đổi: ${p.changes})` : ''}`,
      hint: () => NEW_FORM_VI,
    },
    'meta-missing': { message: () => 'Trang _meta đã mất (tệp được lưu lại bằng chương trình khác); nhận diện theo phần đầu biểu' },
    'unidentified': { message: (p) => `Không xác định được ${p.what} của biểu`, hint: () => NEW_FORM_VI },
    'unit-mismatch': { message: (p) => `Biểu của đơn vị "${p.found}" nhưng tên tệp/thư mục ghi "${p.expected}"`, hint: () => 'Kiểm tra đã gửi đúng tệp của đơn vị mình chưa.' },
    'period-mismatch': { message: (p) => `Biểu của kỳ ${p.found}, không phải kỳ ${p.expected}`, hint: () => NEW_FORM_VI },
    'duplicate-submission': { message: (p) => `Đơn vị "${p.unit}" kỳ ${p.period} đã nộp tệp khác: ${p.other}`, hint: () => 'Giữ lại một tệp (tệp mới nhất) và xóa tệp còn lại.' },
    'sheet-missing': { message: (p) => `Thiếu trang "${p.sheet}" (bị đổi tên hoặc xóa); các trang hiện có: ${p.present}`, hint: () => NEW_FORM_VI },
    'row-missing': { message: (p) => `Không tìm thấy dòng chỉ số ${p.code}${p.category ? ` (${p.category})` : ''}`, hint: () => 'Không xóa dòng trong biểu; dùng lại biểu mẫu gốc.' },
    'row-added': { message: (p) => `Dòng ${p.row} không thuộc biểu mẫu${p.code ? ` (mã "${p.code}")` : ''}`, hint: () => 'Xóa dòng đã thêm; số liệu ngoài biểu mẫu không được tổng hợp.' },
    'row-moved': { message: (p) => `Dòng chỉ số ${p.code} bị chuyển từ dòng ${p.expected} sang dòng ${p.found}` },
    'formula-overwritten': { message: (p) => `Ô công thức của ${p.code} bị thay bằng số ${p.value}`, hint: () => 'Không nhập vào ô tính sẵn; nhập tử số và mẫu số, tỷ lệ sẽ tự tính.' },
    'locked-cell-edited': { message: (p) => `Ô khóa bị sửa: "${p.found}" thay vì "${p.expected}"`, hint: () => 'Chỉ nhập vào cột Giá trị và Ghi chú.' },
    'required-blank': { message: (p) => `Chưa nhập ${p.code}${p.category ? ` (${p.category})` : ''} (bắt buộc)`, hint: () => 'Nhập giá trị; nếu số liệu bằng 0 thì nhập 0, nếu chưa có thì ghi lý do ở cột Ghi chú.' },
    'value-not-available': { message: (p) => `${p.code} bỏ trống, ghi chú: "${p.note}"; tính là chưa báo cáo, không phải 0`, hint: () => 'Khi có số liệu, nhập vào ô Giá trị và gửi lại.' },
    'number-as-text': { message: (p) => `Số nhập dạng văn bản "${p.text}", đọc là ${p.value}`, hint: () => 'Nhập số không có định dạng để tránh hiểu nhầm.' },
    'ambiguous-number': { message: (p) => `Không rõ "${p.text}" là ${p.a} hay ${p.b}`, hint: () => 'Nhập số không có dấu phân cách hàng nghìn (ví dụ 1234 hoặc 1,234 cho một phẩy hai ba bốn).' },
    'not-a-number': { message: (p) => `"${p.text}" không phải là số`, hint: () => 'Nhập một số; ghi giải thích ở cột Ghi chú.' },
    'wrong-type': { message: (p) => `Giá trị "${p.text}" không đúng kiểu ${p.expected}`, hint: (p) => `Nhập ${p.expected}.` },
    'out-of-range': { message: (p) => `${p.code} = ${p.value} nằm ngoài khoảng [${p.min}; ${p.max}]`, hint: () => 'Kiểm tra lại số liệu và đơn vị tính.' },
    'not-integer': { message: (p) => `${p.code} = ${p.value} phải là số nguyên`, hint: () => 'Nhập số nguyên (không có phần thập phân).' },
    'negative-count': { message: (p) => `${p.code} = ${p.value} là số đếm nhưng âm`, hint: () => 'Số đếm không thể âm.' },
    'numerator-exceeds-denominator': { message: (p) => `Tử số ${p.numerator} = ${p.nValue} lớn hơn mẫu số ${p.denominator} = ${p.dValue}`, hint: () => 'Kiểm tra lại tử số và mẫu số.' },
    'ratio-mismatch': { message: (p) => `${p.code} = ${p.value} nhưng ${p.formula} = ${p.expected}`, hint: () => 'Tỷ lệ phải tính từ tử số và mẫu số; làm tròn 2 chữ số thập phân.' },
    'breakdown-sum-mismatch': { message: (p) => `Tổng ${p.code} = ${p.total} khác tổng các phân tổ = ${p.sum}`, hint: (p) => (p.summed ? 'Kiểm tra các dòng phân tổ; dòng Tổng số (ô xám) tự cộng, không nhập đè lên.' : p.exhaustive ? 'Sửa dòng tổng hoặc các dòng phân tổ cho khớp.' : 'Các nhóm "trong đó" không thể lớn hơn tổng; kiểm tra lại.') },
    'rule-violated': { message: (p) => `${p.message} (${p.expr}: ${p.detail})`, hint: () => 'Kiểm tra lại các chỉ số liên quan.' },
    'previous-period-jump': { message: (p) => `${p.code} thay đổi ${p.change}${p.points ? ' điểm %' : '%'} so với ${p.lastYear ? 'cùng kỳ năm trước' : 'kỳ trước'} (${p.previous} → ${p.value}), vượt ${p.limit}${p.points ? ' điểm %' : '%'}`, hint: () => 'Kiểm tra số liệu; nếu đúng, ghi lý do ở cột Ghi chú.' },
    'cumulative-decreased': { message: (p) => `${p.code} là số lũy kế nhưng giảm từ ${p.previous} xuống ${p.value}`, hint: () => 'Số lũy kế từ đầu năm không thể giảm; kiểm tra lại.' },
    'unsupported-format': { message: (p) => `Định dạng ${p.format} không được hỗ trợ`, hint: () => RESAVE_VI },
    'encrypted-file': { message: () => 'Tệp được đặt mật khẩu, không đọc được', hint: () => 'Gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại và gửi lại.' },
    'corrupt-file': { message: (p) => `Tệp hỏng hoặc không phải tệp Excel: ${p.detail}`, hint: () => RESAVE_VI },
    'empty-file': { message: () => 'Tệp rỗng (0 byte)', hint: () => 'Gửi lại tệp đã nhập số liệu.' },
    'zip-bomb': { message: (p) => `Tệp nén bất thường: ${p.detail}`, hint: () => RESAVE_VI },
    'csv-encoding': { message: (p) => `CSV được đọc theo bảng mã ${p.encoding}` },
    'csv-field-count': {
      message: (p) => p.kind === 'split'
        ? `Dòng ${p.line}: "${p.split}" có vẻ là một số có dấu phẩy thập phân bị tách làm hai cột; không đọc số liệu của dòng này: ${p.text}`
        : `Dòng ${p.line} có ${p.found} trường, dòng tiêu đề có ${p.expected}; không đọc số liệu của dòng này: ${p.text}`,
      hint: () => 'Đặt trong ngoặc kép số có dấu phẩy thập phân ("3640,6") và chữ có dấu phân cách, hoặc lưu CSV với dấu chấm phẩy (;); mỗi dòng có đủ các cột như dòng tiêu đề (để trống nếu không có).',
    },
    'permission-denied': {
      message: (p) => `Không có quyền đọc ${p.path} (${p.detail})`,
      hint: () => 'Cấp quyền đọc cho tài khoản chạy công cụ (chmod, hoặc Properties → Security trên Windows), hoặc chép tệp sang thư mục khác rồi chạy lại.',
    },
    'no-submissions': {
      message: (p) => `Không tìm thấy biểu nào trong ${p.path}`,
      hint: () => 'Công cụ đọc tệp .xlsx, .xlsm và .csv (tệp .xls, .ods, .numbers được báo để lưu lại thành .xlsx); tệp ẩn và tệp khóa ~$ bị bỏ qua. Kiểm tra lại đường dẫn.',
    },
    'macros-present': { message: (p) => `Tệp có macro (${p.detail}); công cụ không chạy macro nhưng không nhận tệp có macro`, hint: () => 'Mở tệp, chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" (không macro), rồi gửi lại.' },
    'sheet-too-large': { message: (p) => `Trang ${p.sheet} có ô ở ${p.where}, vượt giới hạn ${p.limit}`, hint: () => 'Xóa các dòng, cột thừa ở cuối trang (hoặc nhập lại vào biểu mẫu gốc) rồi gửi lại.' },
    'external-reference': { message: (p) => `${p.code}: ô dùng công thức lấy số từ tệp khác (${p.formula})`, hint: () => 'Nhập trực tiếp con số (Dán đặc biệt → Giá trị); không liên kết tới tệp khác.' },
    'name-redirected': { message: (p) => `Tên ô ${p.name} trỏ sang ${p.target} thay vì ô giá trị ${p.expected}; số liệu được đọc theo mã chỉ số`, hint: () => 'Không sửa tên ô (Name Manager); tải lại biểu mẫu gốc và nhập lại nếu cần.' },
  },
  en: {
    'unknown-set': { message: (p) => `The template is from set "${p.found}", not "${p.expected}"`, hint: () => NEW_FORM_EN },
    'stale-template': {
      message: (p) => `The template is from version ${p.found}; the current version is ${p.expected}${p.changes ? ` (changes: ${p.changes})` : ''}`,
      hint: () => NEW_FORM_EN,
    },
    'meta-missing': { message: () => 'The _meta sheet was lost (re-saved by another program); identified from the header' },
    'unidentified': { message: (p) => `Cannot identify the ${p.what} of the workbook`, hint: () => NEW_FORM_EN },
    'unit-mismatch': { message: (p) => `The workbook is unit "${p.found}"'s but the file or folder name says "${p.expected}"`, hint: () => 'Check that the right unit’s file was sent.' },
    'period-mismatch': { message: (p) => `The workbook is for ${p.found}, not ${p.expected}`, hint: () => NEW_FORM_EN },
    'duplicate-submission': { message: (p) => `Unit "${p.unit}" already sent another file for ${p.period}: ${p.other}`, hint: () => 'Keep one file (the latest) and remove the other.' },
    'sheet-missing': { message: (p) => `Sheet "${p.sheet}" is missing (renamed or deleted); the sheets are: ${p.present}`, hint: () => NEW_FORM_EN },
    'row-missing': { message: (p) => `The row of ${p.code}${p.category ? ` (${p.category})` : ''} is not found`, hint: () => 'Do not delete rows; use the original template.' },
    'row-added': { message: (p) => `Row ${p.row} is not part of the template${p.code ? ` (code "${p.code}")` : ''}`, hint: () => 'Remove the added row; figures outside the template are not merged.' },
    'row-moved': { message: (p) => `The row of ${p.code} moved from row ${p.expected} to row ${p.found}` },
    'formula-overwritten': { message: (p) => `The formula cell of ${p.code} was replaced by the number ${p.value}`, hint: () => 'Do not type into computed cells; enter the numerator and denominator and the rate computes itself.' },
    'locked-cell-edited': { message: (p) => `A locked cell was changed: "${p.found}" instead of "${p.expected}"`, hint: () => 'Type only in the Value and Note columns.' },
    'required-blank': { message: (p) => `${p.code}${p.category ? ` (${p.category})` : ''} is blank (required)`, hint: () => 'Enter a value; type 0 when the figure is zero, or explain in the Note column.' },
    'value-not-available': { message: (p) => `${p.code} is blank with the note "${p.note}"; counted as not reported, not as 0`, hint: () => 'When the figure is available, enter it in the Value cell and send the file again.' },
    'number-as-text': { message: (p) => `Number typed as text "${p.text}", read as ${p.value}`, hint: () => 'Type plain numbers to avoid misreading.' },
    'ambiguous-number': { message: (p) => `"${p.text}" could be ${p.a} or ${p.b}`, hint: () => 'Type the number without thousands separators.' },
    'not-a-number': { message: (p) => `"${p.text}" is not a number`, hint: () => 'Enter a number; put explanations in the Note column.' },
    'wrong-type': { message: (p) => `Value "${p.text}" is not ${p.expected}`, hint: (p) => `Enter ${p.expected}.` },
    'out-of-range': { message: (p) => `${p.code} = ${p.value} is outside [${p.min}; ${p.max}]`, hint: () => 'Check the figure and its unit.' },
    'not-integer': { message: (p) => `${p.code} = ${p.value} must be a whole number`, hint: () => 'Enter a whole number.' },
    'negative-count': { message: (p) => `${p.code} = ${p.value} is a count but negative`, hint: () => 'Counts cannot be negative.' },
    'numerator-exceeds-denominator': { message: (p) => `Numerator ${p.numerator} = ${p.nValue} exceeds denominator ${p.denominator} = ${p.dValue}`, hint: () => 'Check the numerator and the denominator.' },
    'ratio-mismatch': { message: (p) => `${p.code} = ${p.value} but ${p.formula} = ${p.expected}`, hint: () => 'A rate must be computed from its numerator and denominator, rounded to 2 decimals.' },
    'breakdown-sum-mismatch': { message: (p) => `Total ${p.code} = ${p.total} differs from the sum of its categories = ${p.sum}`, hint: (p) => (p.summed ? 'Check the category rows; the Total row (grey cell) adds them up, do not type over it.' : p.exhaustive ? 'Make the total and the category rows agree.' : 'The "of which" categories cannot add up to more than the total; check them.') },
    'rule-violated': { message: (p) => `${p.message} (${p.expr}: ${p.detail})`, hint: () => 'Check the indicators involved.' },
    'previous-period-jump': { message: (p) => `${p.code} changed by ${p.change}${p.points ? ' percentage points' : '%'} from ${p.lastYear ? 'the same period last year' : 'the previous period'} (${p.previous} → ${p.value}), over ${p.limit}${p.points ? ' points' : '%'}`, hint: () => 'Check the figure; if it is right, explain in the Note column.' },
    'cumulative-decreased': { message: (p) => `${p.code} is year-to-date but fell from ${p.previous} to ${p.value}`, hint: () => 'A year-to-date figure cannot fall; check it.' },
    'unsupported-format': { message: (p) => `The ${p.format} format is not supported`, hint: () => RESAVE_EN },
    'encrypted-file': { message: () => 'The file is password-protected and cannot be read', hint: () => 'Remove the password (File → Info → Protect Workbook), save and send again.' },
    'corrupt-file': { message: (p) => `The file is damaged or not a workbook: ${p.detail}`, hint: () => RESAVE_EN },
    'empty-file': { message: () => 'The file is empty (0 bytes)', hint: () => 'Send the filled-in file again.' },
    'zip-bomb': { message: (p) => `Suspicious compression: ${p.detail}`, hint: () => RESAVE_EN },
    'csv-encoding': { message: (p) => `CSV read as ${p.encoding}` },
    'csv-field-count': {
      message: (p) => p.kind === 'split'
        ? `Line ${p.line}: "${p.split}" looks like a number with a decimal comma split into two columns; no value is read from it: ${p.text}`
        : `Line ${p.line} has ${p.found} fields, the header ${p.expected}; no value is read from it: ${p.text}`,
      hint: () => 'Quote a number with a decimal comma ("3640,6") and text holding the separator, or save the CSV with semicolons (;); every line has the header\'s columns (left empty when there is nothing).',
    },
    'permission-denied': {
      message: (p) => `No permission to read ${p.path} (${p.detail})`,
      hint: () => 'Give the account running the tool read access (chmod, or Properties → Security on Windows), or copy the file to another folder and run again.',
    },
    'no-submissions': {
      message: (p) => `No return found in ${p.path}`,
      hint: () => 'The tool reads .xlsx, .xlsm and .csv files (.xls, .ods and .numbers are reported so they can be re-saved as .xlsx); hidden files and ~$ lock files are skipped. Check the path.',
    },
    'macros-present': { message: (p) => `The workbook contains macros (${p.detail}); they are never run, but macro workbooks are not accepted`, hint: () => 'Open the file, Save As → "Excel Workbook (.xlsx)" (no macros), and send it again.' },
    'sheet-too-large': { message: (p) => `Sheet ${p.sheet} has a cell at ${p.where}, beyond the limit of ${p.limit}`, hint: () => 'Delete the extra rows and columns at the end of the sheet (or re-enter into the original template) and send it again.' },
    'external-reference': { message: (p) => `${p.code}: the cell takes its number from another workbook (${p.formula})`, hint: () => 'Type the number itself (Paste Special → Values); do not link to other files.' },
    'name-redirected': { message: (p) => `The name ${p.name} points at ${p.target} instead of the value cell ${p.expected}; values were read by indicator code`, hint: () => 'Do not edit defined names (Name Manager); download the original template again if needed.' },
  },
};
