import { defineDiagnostics } from './define.js';

const NEW_FORM_VI = 'Gửi lại đơn vị phiếu góp ý mới (npx indicators consult compile --unit MÃ) để đơn vị điền và gửi lại.';
const NEW_FORM_EN = 'Send the unit a new comment form (npx indicators consult compile --unit CODE) to fill in and return.';

/** Lấy ý kiến góp ý / Consultation. */
export const consult = defineDiagnostics(
  'consult',
  { vi: 'Lấy ý kiến góp ý dự thảo', en: 'Consultation on the draft' },
  {
    'consult-not-a-form': {
      severity: 'error',
      vi: {
        summary: 'Tệp không phải phiếu góp ý',
        message: (p) => `Tệp không phải phiếu góp ý dự thảo bộ chỉ số (${p.detail})`,
        hint: () => `${NEW_FORM_VI} Trả lời bằng văn bản (PDF, bản quét) thì lưu dạng .pdf: tệp được liệt kê là "đã trả lời, đọc trực tiếp".`,
      },
      en: {
        summary: 'The file is not a comment form',
        message: (p) => `The file is not a comment form on the draft set (${p.detail})`,
        hint: () => `${NEW_FORM_EN} A reply by letter (PDF, scan) is saved as .pdf: it is listed as "replied, read by hand".`,
      },
    },
    'consult-other-set': {
      severity: 'error',
      vi: {
        summary: 'Phiếu góp ý của bộ chỉ số khác',
        message: (p) => `Phiếu góp ý của bộ chỉ số "${p.found}", không phải "${p.expected}"; không tổng hợp`,
        hint: () => NEW_FORM_VI,
      },
      en: {
        summary: 'A comment form of another set',
        message: (p) => `The comment form is of set "${p.found}", not "${p.expected}"; not merged`,
        hint: () => NEW_FORM_EN,
      },
    },
    'consult-old-version': {
      severity: 'error',
      vi: {
        summary: 'Phiếu góp ý của phiên bản dự thảo khác',
        message: (p) => `Phiếu góp ý của phiên bản ${p.found}, dự thảo hiện là phiên bản ${p.expected}${p.same ? ' (nội dung đã đổi mà chưa tăng phiên bản)' : ''}; không tổng hợp`,
        hint: () => `Đọc ý kiến trong tệp bằng tay, hoặc ${NEW_FORM_VI.charAt(0).toLowerCase()}${NEW_FORM_VI.slice(1)}`,
      },
      en: {
        summary: 'A comment form of another draft version',
        message: (p) => `The comment form is of version ${p.found}; the draft is now version ${p.expected}${p.same ? ' (its content changed without a new version)' : ''}; not merged`,
        hint: () => `Read its comments by hand, or: ${NEW_FORM_EN}`,
      },
    },
    'consult-unknown-unit': {
      severity: 'error',
      vi: {
        summary: 'Không xác định được đơn vị góp ý',
        message: (p) => (p.found ? `Đơn vị "${p.found}" không có trong units.yaml` : 'Không xác định được đơn vị góp ý của tệp'),
        hint: () => 'Đặt tên tệp bắt đầu bằng mã đơn vị (SYT_qng-bo-chi-so_gop-y.pdf) hoặc để tệp trong thư mục mang mã đơn vị; với phiếu .xlsx, dùng đúng phiếu đã gửi đơn vị.',
      },
      en: {
        summary: 'The commenting unit cannot be identified',
        message: (p) => (p.found ? `Unit "${p.found}" is not in units.yaml` : "Cannot identify the file's commenting unit"),
        hint: () => 'Start the file name with the unit code (SYT_qng-bo-chi-so_gop-y.pdf) or put the file in a folder named after the unit; for an .xlsx, use the form sent to the unit.',
      },
    },
    'consult-duplicate-reply': {
      severity: 'error',
      vi: {
        summary: 'Hai phiếu góp ý của cùng một đơn vị',
        message: (p) => `Đơn vị "${p.unit}" đã gửi phiếu khác: ${p.other}; tệp này không được tổng hợp`,
        hint: () => 'Giữ lại một tệp (bản mới nhất) trong hộp thư và xóa tệp còn lại.',
      },
      en: {
        summary: 'Two comment forms from the same unit',
        message: (p) => `Unit "${p.unit}" already sent another form: ${p.other}; this file is not merged`,
        hint: () => 'Keep one file (the latest) in the inbox and remove the other.',
      },
    },
    'consult-unknown-indicator': {
      severity: 'warning',
      vi: {
        summary: 'Góp ý cho mã chỉ số không có trong dự thảo',
        message: (p) => `Mã chỉ số "${p.code}" không có trong dự thảo; ý kiến được tổng hợp vào ý kiến chung`,
        hint: () => 'Ghi đúng mã chỉ số như trong phiếu góp ý (cột Mã), hoặc "chung" cho ý kiến chung.',
      },
      en: {
        summary: 'A comment on an indicator code not in the draft',
        message: (p) => `Indicator code "${p.code}" is not in the draft; the comment is merged with the general comments`,
        hint: () => 'Write the indicator code as on the comment form (Code column), or "chung" for a general comment.',
      },
    },
    'consult-late-reply': {
      severity: 'warning',
      vi: {
        summary: 'Trả lời sau hạn góp ý',
        message: (p) => `Đơn vị "${p.unit}" trả lời ngày ${p.received}, sau hạn ${p.deadline}; vẫn được tổng hợp`,
      },
      en: {
        summary: 'A reply after the deadline',
        message: (p) => `Unit "${p.unit}" replied on ${p.received}, after the deadline ${p.deadline}; merged all the same`,
      },
    },
    'consult-read-by-hand': {
      severity: 'info',
      vi: {
        summary: 'Trả lời bằng văn bản, cần đọc trực tiếp',
        message: (p) => `Đơn vị "${p.unit}" trả lời bằng tệp ${p.format}: tính là đã trả lời; nội dung cần đọc trực tiếp`,
        hint: () => 'Đọc văn bản và chép các ý kiến vào bảng tổng hợp, hoặc đề nghị đơn vị gửi kèm phiếu .xlsx.',
      },
      en: {
        summary: 'A reply by letter, to be read by hand',
        message: (p) => `Unit "${p.unit}" replied with a ${p.format} file: counted as replied; its content must be read by hand`,
        hint: () => 'Read the letter and copy its comments into the synthesis, or ask the unit to send the .xlsx form as well.',
      },
    },
    'consult-choice-unreadable': {
      severity: 'warning',
      vi: {
        summary: 'Ô Ý kiến có giá trị ngoài danh sách',
        message: (p) => `Ô Ý kiến của ${p.indicator} ghi "${p.text}", không phải "${p.agree}" hay "${p.comment}"; ${p.asComment ? 'đọc là có ý kiến' : 'đọc là thống nhất'}`,
        hint: () => 'Chọn giá trị trong danh sách của ô; nội dung góp ý ghi ở cột Nội dung góp ý.',
      },
      en: {
        summary: 'An Opinion cell holds a value not in its list',
        message: (p) => `The Opinion cell of ${p.indicator} holds "${p.text}", not "${p.agree}" or "${p.comment}"; read as ${p.asComment ? 'a comment' : 'agreement'}`,
        hint: () => "Choose a value from the cell's list; write the comment in the Comment column.",
      },
    },
    'consult-comment-missing': {
      severity: 'warning',
      vi: {
        summary: 'Chọn "Có ý kiến" nhưng không ghi nội dung',
        message: (p) => `${p.indicator}: chọn "Có ý kiến" nhưng ô Nội dung góp ý để trống; không có ý kiến nào được tổng hợp`,
        hint: () => 'Hỏi lại đơn vị nội dung góp ý, hoặc xem như thống nhất.',
      },
      en: {
        summary: '"Comment" chosen but no comment written',
        message: (p) => `${p.indicator}: "Comment" chosen but the Comment cell is blank; no comment is merged`,
        hint: () => 'Ask the unit for its comment, or take it as agreement.',
      },
    },
    'consult-attribute-edited': {
      severity: 'warning',
      vi: {
        summary: 'Đơn vị sửa trực tiếp thuộc tính của chỉ số trên phiếu',
        message: (p) => `${p.indicator}: ô "${p.heading}" đã bị sửa thành "${p.text}"; nội dung này được tổng hợp như một ý kiến góp ý`,
        hint: () => 'Xem lại ý kiến trong bảng tổng hợp; phiếu khóa các ô thuộc tính, đơn vị nên ghi đề nghị sửa ở cột Nội dung góp ý.',
      },
      en: {
        summary: 'A unit typed over an indicator attribute on the form',
        message: (p) => `${p.indicator}: the "${p.heading}" cell was changed to "${p.text}"; this text is merged as a comment`,
        hint: () => 'Check the comment in the synthesis; the form locks attribute cells, and units should write proposed changes in the Comment column.',
      },
    },
    'consult-agree-with-comments': {
      severity: 'info',
      vi: {
        summary: 'Chọn "Thống nhất toàn bộ" nhưng có ghi ý kiến',
        message: (p) => `Đơn vị "${p.unit}" chọn "Thống nhất toàn bộ" nhưng ghi ${p.count} ý kiến: tính là có ý kiến`,
      },
      en: {
        summary: '"Agree in full" chosen but comments written',
        message: (p) => `Unit "${p.unit}" chose "Agree in full" but wrote ${p.count} comments: counted as commented`,
      },
    },
    'consult-blank-form': {
      severity: 'info',
      vi: {
        summary: 'Phiếu gửi về không chọn, không ghi gì',
        message: (p) => `Phiếu của đơn vị "${p.unit}" không chọn ý kiến, không ghi nội dung nào: tính là thống nhất toàn bộ`,
        hint: () => 'Nếu đơn vị gửi nhầm phiếu trắng, đề nghị gửi lại phiếu đã điền.',
      },
      en: {
        summary: 'A returned form with nothing chosen or written',
        message: (p) => `The form of unit "${p.unit}" chooses nothing and holds no comment: counted as agreeing in full`,
        hint: () => 'If the unit sent a blank form by mistake, ask for the filled one.',
      },
    },
    'consult-unanswered': {
      severity: 'info',
      vi: {
        summary: 'Ý kiến chưa có giải trình, tiếp thu',
        message: (p) => `Ý kiến của "${p.unit}" (${p.indicator}) chưa có giải trình, tiếp thu: "${p.text}"`,
        hint: () => 'Điền cột "Giải trình, tiếp thu" của bảng tổng hợp mới rồi chạy lại với --responses.',
      },
      en: {
        summary: 'A comment without an answer yet',
        message: (p) => `The comment of "${p.unit}" (${p.indicator}) has no answer yet: "${p.text}"`,
        hint: () => 'Fill in the "Explanation, taken on" column of the new synthesis and run again with --responses.',
      },
    },
    'consult-answer-orphan': {
      severity: 'warning',
      vi: {
        summary: 'Câu trả lời cho một ý kiến không còn trong các phiếu',
        message: (p) => `Dòng ${p.row} của bảng tổng hợp cũ trả lời ý kiến của "${p.unit}" (${p.indicator}), nhưng ý kiến này không còn trong các phiếu gửi về; câu trả lời không được chép sang`,
        hint: () => 'Kiểm tra phiếu của đơn vị (có thể đã bị thay bằng bản mới hoặc bị xóa khỏi hộp thư).',
      },
      en: {
        summary: 'An answer to a comment no longer in the replies',
        message: (p) => `Row ${p.row} of the earlier synthesis answers the comment of "${p.unit}" (${p.indicator}), which is no longer in the replies; the answer is not carried over`,
        hint: () => "Check the unit's form (it may have been replaced or removed from the inbox).",
      },
    },
  },
);
