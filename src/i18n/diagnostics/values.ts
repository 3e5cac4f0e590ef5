import { defineDiagnostics } from './define.js';

/** Giá trị nhập / Values. */
export const values = defineDiagnostics(
  'values',
  { vi: 'Giá trị nhập', en: 'Values' },
  {
    'required-blank': {
      severity: 'error',
      vi: {
        summary: 'Bỏ trống chỉ số bắt buộc',
        message: (p) => `Chưa nhập ${p.code}${p.category ? ` (${p.category})` : ''} (bắt buộc)`,
        hint: () => 'Nhập giá trị; nếu số liệu bằng 0 thì nhập 0, nếu chưa có thì ghi lý do ở cột Ghi chú.',
      },
      en: {
        summary: 'A required value is blank',
        message: (p) => `${p.code}${p.category ? ` (${p.category})` : ''} is blank (required)`,
        hint: () => 'Enter a value; type 0 when the figure is zero, or explain in the Note column.',
      },
    },
    'value-not-available': {
      severity: 'warning',
      vi: {
        summary: 'Chưa có số liệu, có ghi lý do (tính là chưa báo cáo)',
        message: (p) => `${p.code} bỏ trống, ghi chú: "${p.note}"; tính là chưa báo cáo, không phải 0`,
        hint: () => 'Khi có số liệu, nhập vào ô Giá trị và gửi lại.',
      },
      en: {
        summary: 'A required value left blank with a reason (counted as not reported)',
        message: (p) => `${p.code} is blank with the note "${p.note}"; counted as not reported, not as 0`,
        hint: () => 'When the figure is available, enter it in the Value cell and send the file again.',
      },
    },
    'number-as-text': {
      severity: 'info',
      vi: {
        summary: 'Số nhập dạng văn bản, đã đọc được',
        message: (p) => `Số nhập dạng văn bản "${p.text}", đọc là ${p.value}`,
        hint: () => 'Nhập số không có định dạng để tránh hiểu nhầm.',
      },
      en: {
        summary: 'A number typed as text, read unambiguously',
        message: (p) => `Number typed as text "${p.text}", read as ${p.value}`,
        hint: () => 'Type plain numbers to avoid misreading.',
      },
    },
    'ambiguous-number': {
      severity: 'error',
      vi: {
        summary: 'Số viết mơ hồ',
        message: (p) => `Không rõ "${p.text}" là ${p.a} hay ${p.b}`,
        hint: () => 'Nhập số không có dấu phân cách hàng nghìn (ví dụ 1234 hoặc 1,234 cho một phẩy hai ba bốn).',
      },
      en: {
        summary: 'An ambiguous number',
        message: (p) => `"${p.text}" could be ${p.a} or ${p.b}`,
        hint: () => 'Type the number without thousands separators.',
      },
    },
    'not-a-number': {
      severity: 'error',
      vi: {
        summary: 'Không phải là số',
        message: (p) => `"${p.text}" không phải là số`,
        hint: () => 'Nhập một số; ghi giải thích ở cột Ghi chú.',
      },
      en: {
        summary: 'Not a number',
        message: (p) => `"${p.text}" is not a number`,
        hint: () => 'Enter a number; put explanations in the Note column.',
      },
    },
    'wrong-type': {
      severity: 'error',
      vi: {
        summary: 'Sai kiểu giá trị',
        message: (p) => `Giá trị "${p.text}" không đúng kiểu ${p.expected}`,
        hint: (p) => `Nhập ${p.expected}.`,
      },
      en: {
        summary: 'Wrong kind of value',
        message: (p) => `Value "${p.text}" is not ${p.expected}`,
        hint: (p) => `Enter ${p.expected}.`,
      },
    },
    'out-of-range': {
      severity: 'error',
      vi: {
        summary: 'Giá trị ngoài khoảng cho phép',
        message: (p) => `${p.code} = ${p.value} nằm ngoài khoảng [${p.min}; ${p.max}]`,
        hint: () => 'Kiểm tra lại số liệu và đơn vị tính.',
      },
      en: {
        summary: 'Value outside its allowed range',
        message: (p) => `${p.code} = ${p.value} is outside [${p.min}; ${p.max}]`,
        hint: () => 'Check the figure and its unit.',
      },
    },
    'not-integer': {
      severity: 'error',
      vi: {
        summary: 'Số nguyên có phần thập phân',
        message: (p) => `${p.code} = ${p.value} phải là số nguyên`,
        hint: () => 'Nhập số nguyên (không có phần thập phân).',
      },
      en: {
        summary: 'An integer with decimals',
        message: (p) => `${p.code} = ${p.value} must be a whole number`,
        hint: () => 'Enter a whole number.',
      },
    },
    'negative-count': {
      severity: 'error',
      vi: {
        summary: 'Số đếm âm',
        message: (p) => `${p.code} = ${p.value} là số đếm nhưng âm`,
        hint: () => 'Số đếm không thể âm.',
      },
      en: {
        summary: 'A negative count',
        message: (p) => `${p.code} = ${p.value} is a count but negative`,
        hint: () => 'Counts cannot be negative.',
      },
    },
    'numerator-exceeds-denominator': {
      severity: 'error',
      vi: {
        summary: 'Tử số lớn hơn mẫu số',
        message: (p) => `Tử số ${p.numerator} = ${p.nValue} lớn hơn mẫu số ${p.denominator} = ${p.dValue}`,
        hint: () => 'Kiểm tra lại tử số và mẫu số.',
      },
      en: {
        summary: 'Numerator larger than denominator',
        message: (p) => `Numerator ${p.numerator} = ${p.nValue} exceeds denominator ${p.denominator} = ${p.dValue}`,
        hint: () => 'Check the numerator and the denominator.',
      },
    },
    'ratio-mismatch': {
      severity: 'error',
      vi: {
        summary: 'Tỷ lệ không khớp tử số/mẫu số',
        message: (p) => `${p.code} = ${p.value} nhưng ${p.formula} = ${p.expected}`,
        hint: () => 'Tỷ lệ phải tính từ tử số và mẫu số; làm tròn 2 chữ số thập phân.',
      },
      en: {
        summary: 'A rate disagrees with its numerator/denominator',
        message: (p) => `${p.code} = ${p.value} but ${p.formula} = ${p.expected}`,
        hint: () => 'A rate must be computed from its numerator and denominator, rounded to 2 decimals.',
      },
    },
    'breakdown-sum-mismatch': {
      severity: 'error',
      vi: {
        summary: 'Tổng không bằng tổng các phân tổ (phân tổ "trong đó": các nhóm vượt tổng, cảnh báo)',
        message: (p) => `Tổng ${p.code} = ${p.total} khác tổng các phân tổ = ${p.sum}`,
        hint: (p) =>
          p.summed
            ? 'Kiểm tra các dòng phân tổ; dòng Tổng số (ô xám) tự cộng, không nhập đè lên.'
            : p.exhaustive
              ? 'Sửa dòng tổng hoặc các dòng phân tổ cho khớp.'
              : 'Các nhóm "trong đó" không thể lớn hơn tổng; kiểm tra lại.',
      },
      en: {
        summary: 'Total differs from the sum of its categories (an "of which" breakdown: categories above the total, a warning)',
        message: (p) => `Total ${p.code} = ${p.total} differs from the sum of its categories = ${p.sum}`,
        hint: (p) =>
          p.summed
            ? 'Check the category rows; the Total row (grey cell) adds them up, do not type over it.'
            : p.exhaustive
              ? 'Make the total and the category rows agree.'
              : 'The "of which" categories cannot add up to more than the total; check them.',
      },
    },
    'rule-violated': {
      severity: 'warning',
      vi: {
        summary: 'Vi phạm quy tắc liên chỉ số',
        message: (p) => `${p.message} (${p.expr}: ${p.detail})`,
        hint: () => 'Kiểm tra lại các chỉ số liên quan.',
      },
      en: {
        summary: 'A cross-indicator rule does not hold',
        message: (p) => `${p.message} (${p.expr}: ${p.detail})`,
        hint: () => 'Check the indicators involved.',
      },
    },
    'previous-period-jump': {
      severity: 'warning',
      vi: {
        summary: 'Thay đổi quá lớn so với kỳ trước',
        message: (p) =>
          `${p.code} thay đổi ${p.change}${p.points ? ' điểm %' : '%'} so với ${p.lastYear ? 'cùng kỳ năm trước' : 'kỳ trước'} (${p.previous} → ${p.value}), vượt ${p.limit}${p.points ? ' điểm %' : '%'}`,
        hint: () => 'Kiểm tra số liệu; nếu đúng, ghi lý do ở cột Ghi chú.',
      },
      en: {
        summary: 'A change beyond max_change_pct from the previous period',
        message: (p) =>
          `${p.code} changed by ${p.change}${p.points ? ' percentage points' : '%'} from ${p.lastYear ? 'the same period last year' : 'the previous period'} (${p.previous} → ${p.value}), over ${p.limit}${p.points ? ' points' : '%'}`,
        hint: () => 'Check the figure; if it is right, explain in the Note column.',
      },
    },
    'cumulative-decreased': {
      severity: 'error',
      vi: {
        summary: 'Số lũy kế giảm so với kỳ trước',
        message: (p) => `${p.code} là số lũy kế nhưng giảm từ ${p.previous} xuống ${p.value}`,
        hint: () => 'Số lũy kế từ đầu năm không thể giảm; kiểm tra lại.',
      },
      en: {
        summary: 'A year-to-date value fell',
        message: (p) => `${p.code} is year-to-date but fell from ${p.previous} to ${p.value}`,
        hint: () => 'A year-to-date figure cannot fall; check it.',
      },
    },
    'external-reference': {
      severity: 'error',
      vi: {
        summary: 'Ô giá trị lấy số từ tệp khác',
        message: (p) => `${p.code}: ô dùng công thức lấy số từ tệp khác (${p.formula})`,
        hint: () => 'Nhập trực tiếp con số (Dán đặc biệt → Giá trị); không liên kết tới tệp khác.',
      },
      en: {
        summary: 'A value cell takes its number from another workbook',
        message: (p) => `${p.code}: the cell takes its number from another workbook (${p.formula})`,
        hint: () => 'Type the number itself (Paste Special → Values); do not link to other files.',
      },
    },
  },
);
