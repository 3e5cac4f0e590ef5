import { defineCatalog, textsOf } from './catalog.js';
import type { Lang } from './lang.js';

// The words of the consultation on a draft set (`indicators consult`): the comment form, the synthesis table and
// document, the counts paragraph (in the words of the Office's submission, seed 000) and the command's own texts.

/** What the counts paragraph and the summary line are built from. */
export interface ConsultCounts {
  unitsAsked: number;
  responded: number;
  noReply: number;
  agreedAgencies: number;
  agreedLocalities: number;
  commentedAgencies: number;
  commentedLocalities: number;
  /** Replies read by hand (a scanned letter, a PDF): counted as replied, their content is not in the table. */
  byHand: number;
  /** Replies the tool rejected (an .ods, a form of another version, a broken file): replied, to be read by hand. */
  notRead: number;
  late: number;
  comments: number;
  proposals: number;
}

/** 5 → "05", as the Office writes counts below ten. */
const two = (n: number) => String(n).padStart(2, '0');

/** "1 locality", "3 localities" (English only: Vietnamese nouns do not change). */
const many = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

const vi = {
  /** The list values of a per-indicator choice cell (`y_<CODE>`). */
  choice: { agree: 'Thống nhất', comment: 'Có ý kiến' },
  /** The list values of the general choice cell (`y_chung`). */
  generalChoice: { agreeAll: 'Thống nhất toàn bộ', comment: 'Có ý kiến' },
  form: {
    sheet: 'Góp ý',
    title: 'PHIẾU GÓP Ý DỰ THẢO BỘ CHỈ SỐ',
    unit: 'Đơn vị góp ý',
    unitCode: 'Mã đơn vị',
    deadline: 'Hạn gửi',
    noDeadline: 'theo văn bản xin ý kiến',
    version: 'Phiên bản',
    instructions:
      'Với mỗi chỉ số, chọn ở cột "Ý kiến": "Thống nhất" hoặc "Có ý kiến" và ghi nội dung ở cột "Nội dung góp ý" (xuống dòng bằng Alt+Enter). Nếu thống nhất với toàn bộ dự thảo, chỉ cần chọn "Thống nhất toàn bộ" ở dòng Ý kiến chung. Đề xuất chỉ số mới ở cuối bảng. Giữ nguyên tên tệp, lưu dạng .xlsx và gửi lại Văn phòng.',
    general: 'Ý kiến chung về dự thảo (chọn ở cột Ý kiến, ghi nội dung ở cột Nội dung góp ý)',
    headings: ['STT', 'Mã', 'Tên chỉ số', 'Đơn vị tính', 'Tần suất', 'Khái niệm, phương pháp tính', 'Cơ quan chủ trì', 'Đơn vị báo cáo', 'Ý kiến', 'Nội dung góp ý'],
    own: 'CHỈ SỐ DO ĐƠN VỊ CHỦ TRÌ HOẶC BÁO CÁO',
    others: 'CÁC CHỈ SỐ KHÁC CỦA DỰ THẢO',
    proposals: 'ĐỀ XUẤT CHỈ SỐ MỚI (nếu có)',
    proposalHeadings: { stt: 'STT', name: 'Tên chỉ số đề xuất', unit: 'Đơn vị tính', frequency: 'Tần suất', owner: 'Cơ quan chủ trì', reason: 'Lý do, căn cứ đề xuất' },
    reporters: { province: 'Cơ quan chủ trì (số liệu toàn tỉnh)', all: 'Tất cả đơn vị', departments: 'Các sở, ngành', communes: 'Các xã, phường, đặc khu' },
    promptChoice: 'Chọn "Thống nhất" hoặc "Có ý kiến"; ghi nội dung ở cột bên phải.',
    promptGeneral: 'Chọn "Thống nhất toàn bộ" hoặc "Có ý kiến".',
    choiceError: 'Chọn một giá trị trong danh sách.',
    choiceTitle: 'Ý kiến',
    /** A comment taken from an attribute cell the unit typed over. */
    edited: (heading: string, text: string) => `Sửa trực tiếp "${heading}" thành: ${text}`,
  },
  synthesis: {
    title: 'BẢNG TỔNG HỢP, GIẢI TRÌNH, TIẾP THU Ý KIẾN GÓP Ý',
    subtitle: (set: string) => `Dự thảo ${set}`,
    sheet: 'Tổng hợp ý kiến',
    proposalsSheet: 'Đề xuất chỉ số mới',
    repliesSheet: 'Đơn vị trả lời',
    headings: ['STT', 'Cơ quan, đơn vị', 'Chỉ số', 'Nội dung góp ý', 'Giải trình, tiếp thu'],
    proposalHeadings: ['STT', 'Cơ quan, đơn vị', 'Tên chỉ số đề xuất', 'Đơn vị tính', 'Tần suất', 'Cơ quan chủ trì', 'Lý do, căn cứ', 'Giải trình, tiếp thu'],
    replyHeadings: ['STT', 'Mã', 'Cơ quan, đơn vị', 'Loại', 'Trả lời', 'Số ý kiến', 'Ngày nhận', 'Tệp'],
    general: 'Ý kiến chung về dự thảo',
    generalIndicator: 'Ý kiến chung',
    none: 'Không có ý kiến góp ý.',
    noProposals: 'Không có đề xuất chỉ số mới.',
    kind: { agency: 'Sở, ngành', locality: 'Địa phương' },
    reply: {
      agreed: 'Thống nhất toàn bộ',
      commented: 'Có ý kiến',
      byHand: 'Đã trả lời, đọc trực tiếp (văn bản, bản quét)',
      notRead: 'Đã trả lời, tệp không đọc được bằng công cụ: cần đọc trực tiếp',
      none: 'Không trả lời (xem như thống nhất)',
    },
    late: 'muộn',
    proposalsHeading: 'ĐỀ XUẤT CHỈ SỐ MỚI',
    annexOf: (set: string, version: string) => `(Kèm theo dự thảo ${set}, phiên bản ${version})`,
  },
  /** The counts paragraph of the submission (Tờ trình), in the Office's words. */
  counts: (c: ConsultCounts) =>
    `Dự thảo Bộ chỉ số đã được ${two(c.responded)} cơ quan, đơn vị và địa phương gửi văn bản tham gia ý kiến, trong đó có ${two(c.agreedAgencies)} sở, ngành và ${two(c.agreedLocalities)} địa phương có ý kiến thống nhất hoàn toàn với nội dung của dự thảo và ${two(c.commentedAgencies)} sở, ngành và ${two(c.commentedLocalities)} địa phương bên cạnh thống nhất, còn tham gia góp ý đối với một số nội dung dự thảo (các cơ quan, đơn vị, địa phương không có văn bản phản hồi xem như thống nhất với nội dung dự thảo).` +
    (c.byHand ? ` Có ${two(c.byHand)} văn bản trả lời được đọc trực tiếp (bản giấy, bản quét), nội dung tổng hợp riêng.` : '') +
    (c.notRead ? ` Có ${two(c.notRead)} phiếu trả lời không đọc được bằng công cụ (sai định dạng, mẫu cũ hoặc tệp hỏng), được đọc trực tiếp, nội dung tổng hợp riêng.` : ''),
  /** Why a file is not a comment form (the `detail` of consult-not-a-form). */
  notForm: {
    template: (period: string) => `đây là biểu thu thập số liệu kỳ ${period}`,
    otherWorkbook: 'không có trang _meta hay phần đầu của phiếu góp ý',
    csvColumns: (missing: string) => `tệp CSV thiếu cột ${missing}`,
    columns: { code: 'Mã chỉ số', text: 'Nội dung góp ý' },
  },
  cli: {
    summary: 'lấy ý kiến góp ý dự thảo bộ chỉ số (phiếu góp ý, bảng tổng hợp)',
    description:
      'Lấy ý kiến góp ý dự thảo bộ chỉ số: "consult compile" tạo một phiếu góp ý (.xlsx) cho mỗi đơn vị; "consult merge" đọc các phiếu gửi về và ghi bảng tổng hợp, giải trình, tiếp thu ý kiến (.xlsx, .docx) cùng đoạn số liệu cho tờ trình.',
    compileSummary: 'tạo phiếu góp ý (.xlsx) cho mỗi đơn vị',
    compileDescription:
      'Tạo một phiếu góp ý <đơn vị>_<bộ chỉ số>_gop-y.xlsx cho mỗi nơi được hỏi ý kiến: mọi chỉ số của dự thảo với thuộc tính, chỉ số của đơn vị đứng trước; mỗi chỉ số một ô Ý kiến và một ô Nội dung góp ý; ý kiến chung; vài dòng đề xuất chỉ số mới.\n\nNơi được hỏi (như công văn xin ý kiến): mọi đơn vị trong units.yaml trừ tỉnh và cơ quan soạn thảo (drafting_unit trong set.yaml, ví dụ VPUBND: cơ quan chủ trì lấy ý kiến không tự góp ý), cộng mọi cơ quan trong agencies.yaml không phải đơn vị báo cáo (Thuế, Thống kê, Kho bạc, Ngân hàng Nhà nước, Hải quan…; được đếm là sở, ngành). --unit chỉ định đúng các mã cần hỏi (đơn vị hoặc cơ quan, kể cả cơ quan soạn thảo).',
    mergeSummary: 'tổng hợp phiếu góp ý gửi về (.xlsx, .docx)',
    mergeDescription:
      'Đọc các phiếu gửi về (.xlsx, CSV; PDF hay bản quét được liệt kê là "đã trả lời, đọc trực tiếp"), kiểm tra như check (bộ chỉ số, phiên bản, đơn vị, tệp trùng, tệp hỏng) và ghi tong-hop-y-kien.xlsx, tong-hop-y-kien.docx.',
    out: 'thư mục ghi kết quả',
    deadline: 'hạn gửi ý kiến (YYYY-MM-DD), ghi trên phiếu; merge dùng để xét trả lời muộn',
    unit: 'chỉ tạo phiếu cho các đơn vị, cơ quan này (mã trong units.yaml hoặc agencies.yaml)',
    mergeUnit: 'các đơn vị, cơ quan đã được hỏi ý kiến, khi không phải những nơi consult compile hỏi mặc định (mã); đơn vị có trả lời luôn được tính là đã hỏi',
    force: 'ghi đè phiếu đã có nhưng khác nội dung',
    paths: 'tệp hoặc thư mục chứa phiếu gửi về',
    responses: 'bảng tổng hợp lần trước (tong-hop-y-kien.xlsx) có cột "Giải trình, tiếp thu" đã điền: giữ lại các câu trả lời',
    received: 'CSV ngày nhận từng tệp (cột file, received), thay cho thời gian của tệp',
    badDeadline: (text: string) => `Hạn "${text}" không phải ngày dạng YYYY-MM-DD`,
    badDeadlineHint: 'Ví dụ: --deadline 2025-11-04',
    unknownUnits: (codes: string) => `Không có đơn vị ${codes} trong units.yaml`,
    unknownUnitsHint: 'Xem mã đơn vị trong units.yaml của bộ chỉ số.',
    responsesUnusable: (file: string, reason: string) => `Không dùng được bảng tổng hợp --responses ${file}: ${reason}`,
    responsesHint: 'Đưa vào tệp tong-hop-y-kien.xlsx do "consult merge" ghi lần trước (đã điền cột Giải trình, tiếp thu).',
    notSynthesis: 'không phải bảng tổng hợp ý kiến do công cụ ghi',
    compiled: (n: number, unchanged: number, out: string) => `Đã tạo ${n} phiếu góp ý (${unchanged} không đổi) trong ${out}.`,
    refused: (out: string) => `Không ghi gì vào ${out}: có phiếu khác nội dung đã tồn tại (dùng --force để ghi đè).`,
    merged: (c: ConsultCounts) =>
      `Lấy ý kiến: ${c.unitsAsked} đơn vị được hỏi — ${c.responded} trả lời (${c.agreedAgencies + c.agreedLocalities} thống nhất toàn bộ, ${c.commentedAgencies + c.commentedLocalities} có ý kiến, ${c.byHand} đọc trực tiếp, ${c.notRead} không đọc được), ${c.noReply} không trả lời, ${c.late} trả lời muộn; ${c.comments} ý kiến, ${c.proposals} đề xuất chỉ số mới.`,
    written: (files: string) => `Đã ghi: ${files}`,
    unanswered: (n: number) => `${n} ý kiến, đề xuất chưa có giải trình, tiếp thu.`,
    examples:
      '\nVí dụ:\n  npx indicators consult compile --out gop-y/phieu --deadline 2025-11-04\n  npx indicators consult compile --out gop-y/phieu --unit SYT 21211\n  npx indicators consult merge gop-y/hop-thu --out gop-y/tong-hop\n  npx indicators consult merge gop-y/hop-thu --out gop-y/tong-hop-2 --responses gop-y/tong-hop/tong-hop-y-kien.xlsx\n  npx indicators consult merge gop-y/hop-thu --out gop-y/tong-hop --format json',
  },
};

const en: typeof vi = {
  choice: { agree: 'Agree', comment: 'Comment' },
  generalChoice: { agreeAll: 'Agree in full', comment: 'Comment' },
  form: {
    sheet: 'Comments',
    title: 'COMMENT FORM ON THE DRAFT INDICATOR SET',
    unit: 'Commenting unit',
    unitCode: 'Unit code',
    deadline: 'Reply by',
    noDeadline: 'as stated in the request for comments',
    version: 'Version',
    instructions:
      'For each indicator, choose "Agree" or "Comment" in the "Opinion" column and write your comment in the "Comment" column (Alt+Enter for a new line). If you agree with the whole draft, choose "Agree in full" on the General opinion row. Propose new indicators at the end of the table. Keep the file name, save as .xlsx and send it back to the Office.',
    general: 'General opinion on the draft (choose in the Opinion column, write in the Comment column)',
    headings: ['No.', 'Code', 'Indicator', 'Unit', 'Frequency', 'Definition, method', 'Owner', 'Reporting units', 'Opinion', 'Comment'],
    own: 'INDICATORS YOUR UNIT OWNS OR REPORTS',
    others: 'OTHER INDICATORS OF THE DRAFT',
    proposals: 'NEW INDICATORS PROPOSED (if any)',
    proposalHeadings: { stt: 'No.', name: 'Proposed indicator', unit: 'Unit', frequency: 'Frequency', owner: 'Owner', reason: 'Reason, basis' },
    reporters: { province: 'The owner (province figure)', all: 'Every unit', departments: 'Departments and agencies', communes: 'Communes, wards, special zone' },
    promptChoice: 'Choose "Agree" or "Comment"; write the comment in the next column.',
    promptGeneral: 'Choose "Agree in full" or "Comment".',
    choiceError: 'Choose a value from the list.',
    choiceTitle: 'Opinion',
    edited: (heading: string, text: string) => `Changed "${heading}" on the form to: ${text}`,
  },
  synthesis: {
    title: 'TABLE OF COMMENTS RECEIVED, WITH EXPLANATIONS AND HOW THEY WERE TAKEN ON',
    subtitle: (set: string) => `Draft ${set}`,
    sheet: 'Comments received',
    proposalsSheet: 'Proposed indicators',
    repliesSheet: 'Replies',
    headings: ['No.', 'Agency, unit', 'Indicator', 'Comment', 'Explanation, taken on'],
    proposalHeadings: ['No.', 'Agency, unit', 'Proposed indicator', 'Unit', 'Frequency', 'Owner', 'Reason, basis', 'Explanation, taken on'],
    replyHeadings: ['No.', 'Code', 'Agency, unit', 'Kind', 'Reply', 'Comments', 'Received', 'File'],
    general: 'General comments on the draft',
    generalIndicator: 'General',
    none: 'No comments.',
    noProposals: 'No new indicators proposed.',
    kind: { agency: 'Department, agency', locality: 'Locality' },
    reply: {
      agreed: 'Agrees in full',
      commented: 'Commented',
      byHand: 'Replied, read by hand (letter, scan)',
      notRead: 'Replied, file the tool could not read: read it by hand',
      none: 'No reply (taken to agree)',
    },
    late: 'late',
    proposalsHeading: 'NEW INDICATORS PROPOSED',
    annexOf: (set: string, version: string) => `(Attached to the draft ${set}, version ${version})`,
  },
  counts: (c: ConsultCounts) =>
    `${many(c.responded, 'agency, unit or locality', 'agencies, units and localities')} replied in writing on the draft indicator set: ${many(c.agreedAgencies, 'department or agency', 'departments and agencies')} and ${many(c.agreedLocalities, 'locality', 'localities')} agreed fully with the draft, and ${many(c.commentedAgencies, 'department or agency', 'departments and agencies')} and ${many(c.commentedLocalities, 'locality', 'localities')} agreed with comments on some of its content (agencies, units and localities that did not reply are taken to agree with the draft).` +
    (c.byHand ? ` ${c.byHand} ${c.byHand === 1 ? 'reply was' : 'replies were'} read by hand (paper letters, scans) and ${c.byHand === 1 ? 'is' : 'are'} summarised separately.` : '') +
    (c.notRead
      ? ` ${c.notRead} ${c.notRead === 1 ? 'reply form' : 'reply forms'} the tool could not read (wrong format, an old form or a broken file) ${c.notRead === 1 ? 'was' : 'were'} read by hand and ${c.notRead === 1 ? 'is' : 'are'} summarised separately.`
      : ''),
  notForm: {
    template: (period: string) => `it is a collection template for ${period}`,
    otherWorkbook: 'no _meta sheet and no comment-form header',
    csvColumns: (missing: string) => `the CSV has no ${missing} column`,
    columns: { code: 'Indicator code', text: 'Comment' },
  },
  cli: {
    summary: 'consultation on the draft set (comment forms, synthesis table)',
    description:
      'Consultation on the draft set: "consult compile" writes one comment form (.xlsx) per unit; "consult merge" reads the returned forms and writes the table of comments with the Office\'s answers (.xlsx, .docx) and the counts paragraph for the submission.',
    compileSummary: 'write one comment form (.xlsx) per unit',
    compileDescription:
      "Writes one comment form <unit>_<set>_gop-y.xlsx per addressee: every indicator of the draft with its attributes, the unit's own first; per indicator an Opinion cell and a Comment cell; a general opinion; a few rows to propose new indicators.\n\nAddressees (as the request for comments): every unit of units.yaml but the province and the drafting office (drafting_unit in set.yaml, e.g. VPUBND: the office running the consultation does not comment on its own draft), plus every agency of agencies.yaml that is not a reporting unit (tax, statistics, treasury, State Bank, customs…; counted as agencies). --unit names exactly whom to ask (units or agencies, the drafting office included).",
    mergeSummary: 'merge the returned comment forms (.xlsx, .docx)',
    mergeDescription:
      'Reads the returned forms (.xlsx, CSV; a PDF or a scan is listed as "replied, read by hand"), checks them as check does (set, version, unit, duplicates, broken files) and writes tong-hop-y-kien.xlsx and tong-hop-y-kien.docx.',
    out: 'folder to write to',
    deadline: 'reply deadline (YYYY-MM-DD), printed on the form; merge uses it to find late replies',
    unit: 'only these units or agencies (codes of units.yaml or agencies.yaml)',
    mergeUnit: 'the units or agencies asked, when not those consult compile asks by default (codes); a unit that replied always counts as asked',
    force: 'overwrite existing forms whose content differs',
    paths: 'files or folders holding the returned forms',
    responses: 'an earlier synthesis (tong-hop-y-kien.xlsx) whose "Explanation, taken on" column was filled in: its answers are kept',
    received: 'CSV of the date each file was received (columns file, received), instead of the file time',
    badDeadline: (text: string) => `Deadline "${text}" is not a YYYY-MM-DD date`,
    badDeadlineHint: 'For example: --deadline 2025-11-04',
    unknownUnits: (codes: string) => `No unit ${codes} in units.yaml`,
    unknownUnitsHint: "See the unit codes in the set's units.yaml.",
    responsesUnusable: (file: string, reason: string) => `Cannot use the --responses synthesis ${file}: ${reason}`,
    responsesHint: 'Pass the tong-hop-y-kien.xlsx an earlier "consult merge" wrote (with its Explanation column filled in).',
    notSynthesis: 'not a synthesis written by the tool',
    compiled: (n: number, unchanged: number, out: string) => `Comment forms written: ${n} (${unchanged} unchanged) in ${out}.`,
    refused: (out: string) => `Nothing written to ${out}: forms with other content exist (--force overwrites them).`,
    merged: (c: ConsultCounts) =>
      `Consultation: ${c.unitsAsked} units asked — ${c.responded} replied (${c.agreedAgencies + c.agreedLocalities} agree in full, ${c.commentedAgencies + c.commentedLocalities} with comments, ${c.byHand} read by hand, ${c.notRead} not readable), ${c.noReply} no reply, ${c.late} late; comments: ${c.comments}, new indicators proposed: ${c.proposals}.`,
    written: (files: string) => `Written: ${files}`,
    unanswered: (n: number) => `Comments and proposals still without an answer: ${n}.`,
    examples:
      '\nExamples:\n  npx indicators consult compile --out consult/forms --deadline 2025-11-04\n  npx indicators consult compile --out consult/forms --unit SYT 21211\n  npx indicators consult merge consult/inbox --out consult/synthesis\n  npx indicators consult merge consult/inbox --out consult/synthesis-2 --responses consult/synthesis/tong-hop-y-kien.xlsx\n  npx indicators consult merge consult/inbox --out consult/synthesis --format json',
  },
};

export const consultLabels = defineCatalog(vi, en);

/** The consultation's words in one language (the current one by default). */
export function consultText(lang?: Lang): typeof vi {
  return textsOf(consultLabels, lang);
}
