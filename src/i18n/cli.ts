import { defineCatalog, textsOf } from './catalog.js';
import type { Lang } from './lang.js';

// The words the command line prints itself: help, usage errors, notes on stderr, progress and the stylish format.
// Diagnostics have their own catalog; words shared with workbooks and reports (severity, fields) are in words.ts.

type FileStatus = 'accepted' | 'rejected' | 'unreadable';

/** The counts merge's summary line names (the report's `counts`). */
export interface MergeCounts {
  period: string;
  unitsOwed: number;
  accepted: number;
  rejected: number;
  missing: number;
  wrongPeriod: number;
  late: number;
  files: number;
  byState: { accepted: number; rejected: number; duplicate: number; unreadable: number; notInPeriod: number };
  written: string;
}

/** What compile's summary line names. */
export interface CompileCounts {
  written: number;
  unchanged: number;
  period: string;
  out: string;
  owingNothing: string[];
  /** Units with no form this period whose figures come from systems (systems.yaml ids), grouped by those systems. */
  fromSystems: { units: string[]; systems: string[] }[];
}

const vi = {
  program: {
    description: 'Bộ chỉ số dưới dạng mã: kiểm tra bộ chỉ số YAML, tạo biểu mẫu Excel, kiểm tra biểu đã nộp và tổng hợp báo cáo.',
    version: 'in số phiên bản',
    helpCommand: 'trợ giúp của một lệnh',
    helpOption: 'hiển thị trợ giúp',
    interrupted: 'Đã dừng theo yêu cầu; tệp tạm đã được xóa, các tệp kết quả giữ nguyên như trước khi chạy hoặc đã hoàn chỉnh.',
    internalError: 'Lỗi nội bộ của indicators. Vui lòng báo lỗi (please report) kèm nội dung dưới đây:',
    usagePrefix: 'Lỗi cách dùng',
    versionSet: (id: string, version: string, file: string) => `bộ chỉ số ${id} v${version} (${file})`,
    examples:
      '\nVí dụ:\n  npx indicators validate\n  npx indicators compile --period 2026-Q1 --out bieu-mau/2026-Q1\n  npx indicators check hop-thu/2026-Q1 --period 2026-Q1 --annotate tra-lai/2026-Q1\n  npx indicators merge hop-thu/2026-Q1 --period 2026-Q1 --out bao-cao/2026-Q1\n  npx indicators compile --help     # cách dùng và ví dụ của một lệnh',
  },
  /** commander's help titles and parse errors (the English half is commander's own text). */
  commander: {
    titles: { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Arguments:': 'Tham số:', 'Commands:': 'Lệnh:', 'Global Options:': 'Tùy chọn chung:' } as Record<string, string>,
    choices: 'chọn một trong: ',
    default: 'mặc định: ',
    didYouMean: '(Có phải',
    unknownOption: (option: string, rest: string) => `lỗi: không có tùy chọn '${option}'${rest}`,
    unknownCommand: (command: string, rest: string) => `lỗi: không có lệnh '${command}'${rest}`,
    missingArgument: (argument: string) => `lỗi: thiếu tham số bắt buộc '${argument}'`,
    optionValueMissing: (option: string) => `lỗi: tùy chọn '${option}' cần một giá trị`,
    requiredOption: (option: string) => `lỗi: thiếu tùy chọn bắt buộc '${option}'`,
    badChoice: (option: string, value: string, choices: string) => `lỗi: giá trị '${value}' của '${option}' không hợp lệ; chọn một trong: ${choices}.`,
    tooManyArguments: (rest: string) => `lỗi: thừa tham số${rest}`,
  },
  options: {
    lang: 'ngôn ngữ / language: vi | en',
    set: 'thư mục bộ chỉ số (mặc định: ./indicators, không có thì . nếu có set.yaml)',
    noColor: 'không tô màu',
    quiet: 'không in tiến độ và tóm tắt',
    quietNoProgress: 'không in tóm tắt',
    setNotFound: (dir: string) => `Không tìm thấy thư mục bộ chỉ số "${dir}"`,
    defaultSetNotFound: 'Không tìm thấy bộ chỉ số: không có thư mục ./indicators, thư mục hiện tại cũng không có set.yaml',
    setNotFoundHint: 'Chỉ định bằng --set THƯ_MỤC, hoặc tạo bộ mới bằng `indicators init`.',
    badPeriod: (text: string) => `Kỳ báo cáo "${text}" không hợp lệ`,
    periodForms: (forms: string) => `Dạng được chấp nhận: ${forms} (ví dụ 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M).`,
    outIsFile: (out: string, option: string) => `${option} "${out}" là một tệp, không phải thư mục`,
    outIsFileHint: 'Chọn một thư mục (mới hoặc đã có) cho kết quả.',
    outHoldsInputs: (out: string, option: string) => `Thư mục ${option} "${out}" chứa tệp đầu vào hoặc nằm trong thư mục đầu vào`,
    outHoldsInputsHint: (option: string) => `Chọn một thư mục ${option} riêng, không chứa tệp đầu vào.`,
    readReasons: { ENOENT: 'không tồn tại', EACCES: 'không có quyền đọc', EPERM: 'không có quyền đọc', EISDIR: 'là thư mục, không phải tệp' } as Record<string, string>,
    previousUnusable: (path: string, reason: string) => `Không dùng được tệp --previous ${path}: ${reason}`,
    previousHint: 'Truyền dataset.csv hoặc dataset.json do lệnh merge của kỳ trước ghi ra.',
    receivedUnusable: (path: string, reason: string) => `Không dùng được tệp --received ${path}: ${reason}`,
    receivedHint: 'Tệp CSV (dấu , hoặc ;) có cột "file" (hoặc "tệp") và "received" (hoặc "ngày nhận"), ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd.',
    notFound: (paths: string) => `Không tìm thấy: ${paths}`,
  },
  /** File-system errors, by errno code, in words a data officer can act on. */
  fs: {
    reasons: {
      EACCES: 'không có quyền ghi',
      EPERM: 'hệ thống không cho phép ghi',
      EROFS: 'ổ đĩa chỉ cho đọc',
      ENOTDIR: 'một phần của đường dẫn là tệp, không phải thư mục',
      ENOENT: 'không tạo được thư mục ở vị trí này',
      EISDIR: 'đã có một thư mục trùng tên tệp cần ghi',
      ENOSPC: 'ổ đĩa đã đầy',
      EDQUOT: 'vượt hạn mức dung lượng',
      EEXIST: 'đã có tệp trùng tên',
    } as Record<string, string>,
    cannotWrite: (folder: string, reason: string) => `Không ghi được vào thư mục "${folder}": ${reason}`,
    cannotWriteHint: 'Chọn một thư mục mà bạn có quyền ghi (ví dụ trong thư mục dự án). Không có tệp nào được ghi dở.',
    cannotAccess: (path: string, reason: string) => `Không truy cập được "${path}": ${reason}`,
    cannotAccessHint: 'Kiểm tra quyền của tệp/thư mục này, hoặc chọn vị trí khác.',
  },
  gitRef: {
    unreadable: (ref: string, setDir: string) => `Không đọc được "${ref}" trong kho git chứa ${setDir}`,
    unreadableHint: 'Kiểm tra tên commit/tag (git tag, git log).',
    noSet: (ref: string, rel: string) => `Ở "${ref}" không có bộ chỉ số tại ${rel}`,
    setUnreadable: (ref: string) => `Bộ chỉ số ở "${ref}" không đọc được`,
  },
  progress: { files: 'tệp', checking: 'Đang kiểm tra', compiling: 'Đang tạo biểu mẫu', consultForms: 'Đang tạo phiếu góp ý', collecting: 'Đang lấy số liệu', queries: 'truy vấn' },
  validate: {
    summary: 'kiểm tra bộ chỉ số (YAML, schema, ngữ nghĩa)',
    description: 'Đọc mọi tệp YAML của bộ chỉ số và báo tất cả lỗi trong một lần chạy. Thoát 0 nếu sạch, 1 nếu có lỗi (hoặc cảnh báo với --strict), 2 nếu sai cách dùng.',
    strict: 'cảnh báo cũng tính là lỗi',
    examples: '\nVí dụ:\n  npx indicators validate\n  npx indicators validate --set path/to/bo-chi-so --format sarif > validate.sarif',
    done: (name: string, nameEn: string | undefined, version: string, indicators: number, groups: number, units: number, components = 0) =>
      `Bộ chỉ số "${name}" v${version}: ${indicators} chỉ số${components ? ` (và ${components} số liệu thành phần)` : ''}, ${groups} nhóm, ${units} đơn vị.`,
  },
  compile: {
    summary: 'tạo biểu mẫu Excel cho từng đơn vị',
    description: 'Tạo một biểu mẫu thu thập (.xlsx) cho mỗi đơn vị phải báo cáo trong kỳ, và manifest.json. Không ghi gì nếu bộ chỉ số có lỗi; không ghi đè tệp khác nội dung nếu không có --force.',
    period: 'kỳ báo cáo: 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M',
    out: 'thư mục ghi biểu mẫu',
    unit: 'chỉ tạo cho các đơn vị này',
    force: 'ghi đè tệp đã có',
    since: 'ghi các thay đổi so với bộ chỉ số ở commit/tag git này vào manifest.json',
    examples: '\nVí dụ:\n  npx indicators compile --period 2026-Q1 --out bieu-mau/2026-Q1\n  npx indicators compile --period 2026-Q1 --out bieu-mau/2026-Q1 --unit 21211 SKHCN',
    setHasErrors: 'Bộ chỉ số có lỗi: không tạo biểu mẫu nào.',
    unknownUnits: (units: string) => `Không có đơn vị: ${units}`,
    unknownUnitsHint: 'Xem mã đơn vị trong units.yaml.',
    refused: (out: string) => `Không ghi gì vào ${out}: thư mục giữ nguyên như trước.`,
    done: (c: CompileCounts) =>
      `Đã tạo ${c.written} biểu mẫu (${c.unchanged} không đổi) cho kỳ ${c.period} trong ${c.out}; manifest: ${c.out}/manifest.json.` +
      c.fromSystems.map((g) => `\n${g.units.length} đơn vị không cần biểu mẫu kỳ này, số liệu lấy từ hệ thống ${g.systems.join(', ')} (indicators collect): ${g.units.join(', ')}.`).join('') +
      (c.owingNothing.length ? `\n${c.owingNothing.length} đơn vị không phải nộp chỉ số nào trong kỳ này: ${c.owingNothing.join(', ')}.` : ''),
  },
  check: {
    summary: 'kiểm tra biểu đã nộp (.xlsx, .csv)',
    description: 'Nhận diện từng tệp (bộ chỉ số, phiên bản, đơn vị, kỳ), đọc và kiểm tra mọi giá trị; một tệp hỏng không làm dừng các tệp khác. Thoát 0 nếu mọi tệp hợp lệ, 1 nếu có tệp bị từ chối.',
    paths: 'tệp hoặc thư mục (tìm đệ quy)',
    period: 'kỳ đang thu thập; tệp của kỳ khác bị báo lỗi',
    annotate: 'ghi bản sao có đánh dấu lỗi của các tệp có vấn đề vào thư mục này',
    previous: 'dataset.csv/json của kỳ trước, để so sánh biến động',
    examples: '\nVí dụ:\n  npx indicators check hop-thu/2026-Q1 --annotate tra-lai/\n  npx indicators check 21211_qng-bo-chi-so_2026-Q1.xlsx --format json',
    annotateFailed: (file: string, reason: string) => `Không ghi được bản đánh dấu lỗi cho ${file}: ${reason}`,
    listOnly: (out: string, reason: string) => `Danh sách lỗi (không tô được ô trên tệp gốc: ${reason}): ${out}`,
    listCsv: (out: string) => `Danh sách lỗi (biểu CSV không có ô để tô): ${out}`,
    annotated: (out: string) => `Bản đánh dấu lỗi: ${out}`,
    status: { accepted: 'hợp lệ', rejected: 'bị từ chối', unreadable: 'không đọc được' } satisfies Record<FileStatus, string>,
    done: (files: number, accepted: number, rejected: number) => `${files} tệp: ${accepted} hợp lệ, ${rejected} bị từ chối.`,
  },
  merge: {
    summary: 'tổng hợp biểu hợp lệ thành báo cáo và bộ dữ liệu',
    description:
      'Kiểm tra mọi tệp như `check`, rồi tổng hợp các tệp hợp lệ: report.xlsx, report.html, dataset.csv, dataset.json. Mỗi tệp có một trạng thái; đơn vị chưa nộp được liệt kê. Thoát 1 nếu có tệp bị từ chối (báo cáo vẫn được ghi).',
    paths: 'tệp hoặc thư mục biểu đã nộp',
    period: 'kỳ tổng hợp',
    out: 'thư mục ghi báo cáo',
    previous: 'dataset.csv/json kỳ trước',
    received: 'CSV ngày nhận (cột file/tệp và received/ngày nhận, phân cách bằng dấu phẩy hoặc chấm phẩy; ngày dd/mm/yyyy, yyyy-mm-dd hoặc ô ngày Excel); mặc định theo thời gian tệp',
    examples:
      '\nVí dụ:\n  npx indicators merge hop-thu/2026-Q1 --period 2026-Q1 --out bao-cao/2026-Q1\n  npx indicators merge hop-thu/2026-Q2 --period 2026-Q2 --out bao-cao/2026-Q2 --previous bao-cao/2026-Q1/dataset.csv',
    done: (c: MergeCounts) =>
      `Tổng hợp kỳ ${c.period}: ${c.unitsOwed} đơn vị phải nộp — ${c.accepted} hợp lệ, ${c.rejected} bị từ chối, ${c.missing} chưa nộp${c.wrongPeriod ? `, ${c.wrongPeriod} gửi nhầm kỳ` : ''}, ${c.late} nộp muộn. ${c.files} tệp: ${c.byState.accepted} hợp lệ, ${c.byState.rejected} bị từ chối, ${c.byState.duplicate} trùng, ${c.byState.unreadable} không đọc được, ${c.byState.notInPeriod} không thuộc kỳ.\nĐã ghi: ${c.written}`,
  },
  catalog: {
    summary: 'xuất phụ lục danh mục chỉ số (.docx, .xlsx hoặc .md)',
    description:
      'Danh mục chỉ số kèm đầy đủ thuộc tính (STT, mã, tên, nhóm, loại, ĐVT, tần suất, cơ quan chủ trì/phối hợp, nguồn, khái niệm, phương pháp tính, phân tổ, chỉ tiêu): một trang tổng hợp và một trang cho mỗi nhóm. Với .docx: phụ lục kèm quyết định ban hành, đúng thể thức Nghị định 30/2020/NĐ-CP (khổ A4, Times New Roman, bảng mỗi nhóm trên trang ngang, đánh số trang).',
    out: 'tệp ghi ra, .docx, .xlsx hoặc .md (mặc định catalog.xlsx)',
    examples:
      '\nVí dụ:\n  npx indicators catalog --out phu-luc.docx\n  npx indicators catalog --out phu-luc.xlsx\n  npx indicators catalog --out phu-luc.md\n  npx indicators catalog --out annex.docx --lang en',
    badExtension: (out: string) => `Tệp "${out}" phải có đuôi .docx, .xlsx hoặc .md`,
    badExtensionHint: 'Đuôi của --out chọn loại tệp: .docx (phụ lục Word theo Nghị định 30/2020/NĐ-CP), .xlsx (bảng tính) hoặc .md (markdown).',
    done: (count: number, out: string, components = 0) => `Đã ghi phụ lục ${count} chỉ số${components ? ` và ${components} số liệu thành phần` : ''} vào ${out}.`,
  },
  schema: {
    summary: 'xuất JSON Schema cho trình soạn thảo',
    description: 'Không có --out: in đường dẫn các schema. Có --out: chép các schema vào thư mục đó; thêm dòng `# yaml-language-server: $schema=…` ở đầu tệp YAML để VS Code gợi ý và kiểm tra khi gõ.',
    out: 'thư mục ghi schema',
    examples: '\nVí dụ:\n  npx indicators schema --out indicators/schemas',
  },
  init: {
    summary: 'tạo bộ chỉ số mẫu hợp lệ',
    description: 'Tạo thư mục bộ chỉ số mẫu (hai nhóm, một tỷ lệ có tử số và mẫu số) kèm JSON Schema cho trình soạn thảo. Không ghi đè thư mục đã có nội dung.',
    dir: 'thư mục cần tạo',
    fromCatalog:
      'nhập danh mục chỉ số có sẵn (.xlsx hoặc .csv: STT, tên chỉ tiêu, ĐVT, kỳ như "tháng (lũy kế)", cấp báo cáo như "cấp xã", loại chỉ số, cơ quan chủ trì, nguồn, phương pháp tính…); mọi điều phải đoán được liệt kê trong import-report.txt',
    example: 'chép một bộ chỉ số thật đi kèm công cụ (quang-ngai: Bộ chỉ số của tỉnh Quảng Ngãi) thay cho bộ mẫu nhỏ',
    unknownExample: (name: string, known: string) => `Không có bộ chỉ số mẫu "${name}" (có: ${known})`,
    examples:
      '\nVí dụ:\n  npx indicators init bo-chi-so\n  npx indicators init bo-chi-so --from-catalog danh-muc-chi-tieu.xlsx\n  npx indicators init bo-chi-so --example quang-ngai\n  npx indicators validate --set bo-chi-so',
    notEmpty: (dir: string) => `Thư mục "${dir}" đã có nội dung; không ghi đè`,
    notEmptyHint: 'Chọn một thư mục mới: `indicators init THƯ_MỤC_MỚI`.',
    done: (dir: string) =>
      `Đã tạo bộ chỉ số mẫu trong "${dir}" (set.yaml, units.yaml, agencies.yaml, breakdowns.yaml, rules.yaml, groups/, schemas/).\nBước tiếp theo: npx indicators validate --set ${dir}\n`,
    doneExample: (example: string, dir: string, files: string) => `Đã chép bộ chỉ số ${example} vào "${dir}" (${files}).\nBước tiếp theo: npx indicators validate --set ${dir}\n`,
  },
  diff: {
    summary: 'so sánh hai phiên bản bộ chỉ số',
    description:
      'Liệt kê chỉ số được thêm, bỏ, đổi mã, hoặc đổi tên, đơn vị tính, kiểu, kỳ, cơ quan chủ trì, công thức, đơn vị báo cáo, phân tổ, loại, cách thu thập, hệ thống nguồn, mức độ chia sẻ, căn cứ pháp lý, giá trị gốc, lộ trình, ngưỡng cảnh báo, chỉ tiêu, mã cấp trên; và hệ thống trong systems.yaml được thêm, bỏ hoặc sửa. Hai thư mục, hoặc --since REF để so với bộ chỉ số ở một commit/tag git.',
    old: 'thư mục bộ chỉ số cũ',
    new: 'thư mục bộ chỉ số mới (mặc định --set)',
    since: 'so với bộ chỉ số ở commit/tag git này',
    format: 'định dạng kết quả',
    examples: '\nVí dụ:\n  npx indicators diff bo-chi-so-2025 indicators\n  npx indicators diff --since v1.0.0\n  npx indicators diff --since origin/main --format json',
    twoFolders: 'Cần hai thư mục, hoặc --since REF',
    twoFoldersHint: 'Ví dụ: indicators diff --since v1.0.0',
    heading: (id: string, from: string, to: string) => `Bộ chỉ số ${id}: ${from} → ${to}`,
    added: '(thêm)',
    removed: '(bỏ)',
    recodedAs: 'đổi mã thành',
    system: (id: string) => `hệ thống ${id}`,
    noChanges: 'Không có thay đổi.',
    changes: (n: number) => `${n} thay đổi.`,
  },
  completion: {
    summary: 'in script tự hoàn thành lệnh cho bash/zsh',
    description: 'In script tự hoàn thành (Tab) tên lệnh, tùy chọn và giá trị cho bash hoặc zsh.',
    shell: 'bash hoặc zsh',
    examples: '\nVí dụ:\n  echo \'eval "$(npx indicators completion bash)"\' >> ~/.bashrc',
  },
  /** The stylish format's words. */
  stylish: {
    total: (errors: number, warnings: number, infos: number) => `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin`,
    files: (count: number) => `${count} tệp`,
    moreFiles: (more: number) => ` và ${more} tệp khác`,
    units: (count: number) => `${count} đơn vị`,
    moreUnits: (more: number) => ` và ${more} đơn vị khác`,
    example: (message: string) => `ví dụ: ${message}; `,
    fullList: 'đủ danh sách: --format json',
  },
};

const en: typeof vi = {
  program: {
    description: 'Indicator sets as code: validate the YAML set, compile Excel templates, check submissions and merge a report.',
    version: 'print the version',
    helpCommand: 'help for a command',
    helpOption: 'display help',
    interrupted: 'Stopped on request; temporary files were removed, outputs are as before the run or complete.',
    internalError: 'Internal error in indicators. Please report it with the text below:',
    usagePrefix: 'Usage error',
    versionSet: (id, version, file) => `indicator set ${id} v${version} (${file})`,
    examples:
      '\nExamples:\n  npx indicators validate\n  npx indicators compile --period 2026-Q1 --out templates/2026-Q1\n  npx indicators check inbox/2026-Q1 --period 2026-Q1 --annotate returned/2026-Q1\n  npx indicators merge inbox/2026-Q1 --period 2026-Q1 --out report/2026-Q1\n  npx indicators compile --help     # how to use one command, with examples',
  },
  commander: {
    titles: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Arguments:': 'Arguments:', 'Commands:': 'Commands:', 'Global Options:': 'Global Options:' },
    choices: 'choices: ',
    default: 'default: ',
    didYouMean: '(Did you mean',
    unknownOption: (option, rest) => `error: unknown option '${option}'${rest}`,
    unknownCommand: (command, rest) => `error: unknown command '${command}'${rest}`,
    missingArgument: (argument) => `error: missing required argument '${argument}'`,
    optionValueMissing: (option) => `error: option '${option}' argument missing`,
    requiredOption: (option) => `error: required option '${option}' not specified`,
    badChoice: (option, value, choices) => `error: option '${option}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
    tooManyArguments: (rest) => `error: too many arguments${rest}`,
  },
  options: {
    lang: 'ngôn ngữ / language: vi | en',
    set: 'indicator-set folder (default: ./indicators, else . if it has set.yaml)',
    noColor: 'no colours',
    quiet: 'no progress or summary',
    quietNoProgress: 'no summary',
    setNotFound: (dir) => `Indicator-set folder "${dir}" not found`,
    defaultSetNotFound: 'No indicator set found: there is no ./indicators folder and no set.yaml in the current folder',
    setNotFoundHint: 'Name it with --set DIR, or create one with `indicators init`.',
    badPeriod: (text) => `Invalid period "${text}"`,
    periodForms: (forms) => `Accepted forms: ${forms} (e.g. 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M).`,
    outIsFile: (out, option) => `${option} "${out}" is a file, not a folder`,
    outIsFileHint: 'Choose a folder (new or existing) for the output.',
    outHoldsInputs: (out, option) => `${option} "${out}" contains the inputs or lies inside an input folder`,
    outHoldsInputsHint: (option) => `Choose a separate ${option} folder that holds no input.`,
    readReasons: { ENOENT: 'does not exist', EACCES: 'no permission to read it', EPERM: 'no permission to read it', EISDIR: 'is a folder, not a file' },
    previousUnusable: (path, reason) => `Cannot use the --previous file ${path}: ${reason}`,
    previousHint: 'Pass the dataset.csv or dataset.json written by the previous period’s merge.',
    receivedUnusable: (path, reason) => `Cannot use the --received file ${path}: ${reason}`,
    receivedHint: 'A CSV (, or ;) with the columns "file" (or "tệp") and "received" (or "ngày nhận"), dates as dd/mm/yyyy or yyyy-mm-dd.',
    notFound: (paths) => `Not found: ${paths}`,
  },
  fs: {
    reasons: {
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EROFS: 'read-only file system',
      ENOTDIR: 'part of the path is a file, not a folder',
      ENOENT: 'a folder cannot be created there',
      EISDIR: 'a folder has the name of a file to write',
      ENOSPC: 'no space left on the device',
      EDQUOT: 'disk quota exceeded',
      EEXIST: 'a file with that name exists',
    },
    cannotWrite: (folder, reason) => `Cannot write to the folder "${folder}": ${reason}`,
    cannotWriteHint: 'Choose a folder you can write to (e.g. inside the project folder). Nothing was half-written.',
    cannotAccess: (path, reason) => `Cannot access "${path}": ${reason}`,
    cannotAccessHint: 'Check the permissions of this file or folder, or choose another place.',
  },
  gitRef: {
    unreadable: (ref, setDir) => `Cannot read "${ref}" in the git repository holding ${setDir}`,
    unreadableHint: 'Check the commit or tag name (git tag, git log).',
    noSet: (ref, rel) => `No set at ${rel} in "${ref}"`,
    setUnreadable: (ref) => `The set at "${ref}" cannot be read`,
  },
  progress: { files: 'files', checking: 'Checking', compiling: 'Writing templates', consultForms: 'Writing comment forms', collecting: 'Collecting', queries: 'queries' },
  validate: {
    summary: 'check the indicator set (YAML, schema, semantics)',
    description: 'Reads every YAML file of the set and reports all problems in one run. Exit 0 when clean, 1 on an error (or a warning with --strict), 2 on a usage error.',
    strict: 'warnings fail too',
    examples: '\nExamples:\n  npx indicators validate\n  npx indicators validate --set path/to/set --format sarif > validate.sarif',
    done: (name, nameEn, version, indicators, groups, units, components = 0) =>
      `Set "${nameEn ?? name}" v${version}: ${indicators} indicators${components ? ` (and ${components} components)` : ''}, ${groups} groups, ${units} units.`,
  },
  compile: {
    summary: 'write the Excel templates for every unit',
    description:
      'Writes one collection workbook (.xlsx) per unit that owes data in the period, and manifest.json. Writes nothing when the set has errors; never overwrites a different file without --force.',
    period: 'period: 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M',
    out: 'output folder',
    unit: 'only these units',
    force: 'overwrite existing files',
    since: 'record the changes since the set at this git commit or tag in manifest.json',
    examples: '\nExamples:\n  npx indicators compile --period 2026-Q1 --out templates/2026-Q1\n  npx indicators compile --period 2026-Q1 --out templates/2026-Q1 --unit 21211 SKHCN',
    setHasErrors: 'The set has errors: no template written.',
    unknownUnits: (units) => `Unknown unit(s): ${units}`,
    unknownUnitsHint: 'See the unit codes in units.yaml.',
    refused: (out) => `Nothing written to ${out}: the folder is as it was.`,
    done: (c) =>
      `Wrote ${c.written} templates (${c.unchanged} unchanged) for ${c.period} in ${c.out}; manifest: ${c.out}/manifest.json.` +
      c.fromSystems
        .map((g) => `\n${g.units.length} unit(s) need no template this period, their figures come from system ${g.systems.join(', ')} (indicators collect): ${g.units.join(', ')}.`)
        .join('') +
      (c.owingNothing.length ? `\n${c.owingNothing.length} unit(s) owe nothing this period: ${c.owingNothing.join(', ')}.` : ''),
  },
  check: {
    summary: 'check submitted workbooks (.xlsx, .csv)',
    description: 'Identifies each file (set, version, unit, period), reads and checks every value; a bad file never stops the others. Exit 0 when every file is accepted, 1 when one is rejected.',
    paths: 'files or folders (searched recursively)',
    period: 'the period being collected; files of another period are flagged',
    annotate: 'write marked-up copies of files with problems to this folder',
    previous: 'dataset.csv/json of the previous period, to compare changes',
    examples: '\nExamples:\n  npx indicators check inbox/2026-Q1 --annotate returned/\n  npx indicators check 21211_qng-bo-chi-so_2026-Q1.xlsx --format json',
    annotateFailed: (file, reason) => `Could not write the annotated copy of ${file}: ${reason}`,
    listOnly: (out, reason) => `List of problems (cells could not be marked on the original: ${reason}): ${out}`,
    listCsv: (out) => `List of problems (a CSV has no cells to mark): ${out}`,
    annotated: (out) => `Annotated copy: ${out}`,
    status: { accepted: 'accepted', rejected: 'rejected', unreadable: 'unreadable' },
    done: (files, accepted, rejected) => `${files} file(s): ${accepted} accepted, ${rejected} rejected.`,
  },
  merge: {
    summary: 'consolidate accepted workbooks into the report and dataset',
    description:
      'Checks every input as `check` does, then consolidates the accepted ones: report.xlsx, report.html, dataset.csv, dataset.json. Every file ends in one state; missing units are listed. Exit 1 when a file was rejected (the report is still written).',
    paths: 'submitted files or folders',
    period: 'period to consolidate',
    out: 'output folder',
    previous: 'previous period dataset.csv/json',
    received: 'CSV of receipt dates (columns file and received, separated by commas or semicolons; dates dd/mm/yyyy, yyyy-mm-dd or Excel date cells); default: file times',
    examples:
      '\nExamples:\n  npx indicators merge inbox/2026-Q1 --period 2026-Q1 --out report/2026-Q1\n  npx indicators merge inbox/2026-Q2 --period 2026-Q2 --out report/2026-Q2 --previous report/2026-Q1/dataset.csv',
    done: (c) =>
      `Merged ${c.period}: ${c.unitsOwed} units owe data — ${c.accepted} accepted, ${c.rejected} rejected, ${c.missing} missing${c.wrongPeriod ? `, ${c.wrongPeriod} wrong period` : ''}, ${c.late} late. ${c.files} files: ${c.byState.accepted} accepted, ${c.byState.rejected} rejected, ${c.byState.duplicate} duplicate, ${c.byState.unreadable} unreadable, ${c.byState.notInPeriod} not in period.\nWrote: ${c.written}`,
  },
  catalog: {
    summary: 'write the indicator annex (.docx, .xlsx or .md)',
    description:
      "Every indicator with all its attributes: a summary sheet and one sheet per group. With .docx: the annex issued with the decision, in Decree 30/2020/NĐ-CP format (A4, Times New Roman, each group's table on landscape pages, page numbers).",
    out: 'output file, .docx, .xlsx or .md (default catalog.xlsx)',
    examples: '\nExamples:\n  npx indicators catalog --out annex.docx --lang en\n  npx indicators catalog --out annex.xlsx\n  npx indicators catalog --out annex.md',
    badExtension: (out) => `"${out}" must end in .docx, .xlsx or .md`,
    badExtensionHint: 'The extension of --out chooses the kind of file: .docx (the Word annex in Decree 30/2020 format), .xlsx (a workbook) or .md (markdown).',
    done: (count, out, components = 0) => `Wrote the annex of ${count} indicators${components ? ` and ${components} components` : ''} to ${out}.`,
  },
  schema: {
    summary: 'write the JSON Schemas for editors',
    description:
      'Without --out: prints the schema paths. With --out: copies the schemas there; add `# yaml-language-server: $schema=…` at the top of a YAML file for completion and checks in VS Code.',
    out: 'folder to write the schemas to',
    examples: '\nExample:\n  npx indicators schema --out indicators/schemas',
  },
  init: {
    summary: 'create a valid example set',
    description: 'Creates an example indicator-set folder (two groups, a rate with numerator and denominator) with the JSON Schemas for editors. Never overwrites a non-empty folder.',
    dir: 'folder to create',
    fromCatalog:
      'import an existing indicator list (.xlsx or .csv: no., name, unit, frequency such as "monthly (cumulative)", reporting level such as "communes", type, owner, source, method…); every guess is listed in import-report.txt',
    example: 'copy a real set bundled with the tool (quang-ngai: the Quảng Ngãi province set) instead of the small sample',
    unknownExample: (name, known) => `No bundled set "${name}" (available: ${known})`,
    examples:
      '\nExamples:\n  npx indicators init my-set\n  npx indicators init my-set --from-catalog indicator-list.xlsx\n  npx indicators init my-set --example quang-ngai\n  npx indicators validate --set my-set',
    notEmpty: (dir) => `Folder "${dir}" is not empty; nothing overwritten`,
    notEmptyHint: 'Choose a new folder: `indicators init NEW_DIR`.',
    done: (dir) => `Created an example set in "${dir}" (set.yaml, units.yaml, agencies.yaml, breakdowns.yaml, rules.yaml, groups/, schemas/).\nNext: npx indicators validate --set ${dir}\n`,
    doneExample: (example, dir, files) => `Copied the ${example} set into "${dir}" (${files}).\nNext: npx indicators validate --set ${dir}\n`,
  },
  diff: {
    summary: 'compare two versions of a set',
    description:
      'Lists indicators added, removed, re-coded, or with a changed name, unit, value type, frequency, owner, formula, reporters, breakdown, type, collection, source system, sharing, legal basis, baseline, milestones, warning thresholds, target or higher-level code; and systems of systems.yaml added, removed or changed. Two folders, or --since REF to compare with the set at a git commit or tag.',
    old: 'older set folder',
    new: 'newer set folder (default --set)',
    since: 'compare with the set at this git commit or tag',
    format: 'output format',
    examples: '\nExamples:\n  npx indicators diff set-2025 indicators\n  npx indicators diff --since v1.0.0\n  npx indicators diff --since origin/main --format json',
    twoFolders: 'Two folders are needed, or --since REF',
    twoFoldersHint: 'Example: indicators diff --since v1.0.0',
    heading: (id, from, to) => `Set ${id}: ${from} → ${to}`,
    added: '(added)',
    removed: '(removed)',
    recodedAs: 're-coded as',
    system: (id) => `system ${id}`,
    noChanges: 'No changes.',
    changes: (n) => `${n} change(s).`,
  },
  completion: {
    summary: 'print the bash/zsh completion script',
    description: 'Prints a completion script (Tab) for commands, options and values, for bash or zsh.',
    shell: 'bash or zsh',
    examples: '\nExample:\n  echo \'eval "$(npx indicators completion bash)"\' >> ~/.bashrc',
  },
  stylish: {
    total: (errors, warnings, infos) => `${errors} error(s), ${warnings} warning(s), ${infos} info`,
    files: (count) => `${count} files`,
    moreFiles: (more) => ` and ${more} more files`,
    units: (count) => `${count} units`,
    moreUnits: (more) => ` and ${more} more units`,
    example: (message) => `e.g. ${message}; `,
    fullList: 'the full list: --format json',
  },
};

/** The command line's words, vi and en. */
export const CLI_TEXT = defineCatalog(vi, en);

/** The command line's words in the given language (the current one by default). */
export function cliText(lang?: Lang): typeof vi {
  return textsOf(CLI_TEXT, lang);
}
