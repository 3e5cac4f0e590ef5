#!/usr/bin/env node
// The one description of the model: writes schemas/*.schema.json (draft 2020-12), from which scripts/build-types.mjs
// generates the TypeScript types (src/model/generated/documents.ts, used by src/model/types.ts).
// Titles and descriptions are Vietnamese (an editor shows them on hover); English follows in x-description-en.
// Run: npm run schemas (this, then scripts/build-types.mjs for the TypeScript types); test/schema/schemas-in-sync.test.ts
// fails when schemas/*.schema.json or src/model/generated/documents.ts are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BASE = 'https://indicators.local/schemas/';
const f = (title, description, en, extra = {}) => ({ title, description, 'x-description-en': en, ...extra });
const str = (title, description, en, extra = {}) => ({ type: 'string', minLength: 1, ...f(title, description, en), ...extra });
const obj = (properties, required, extra = {}) => ({ type: 'object', additionalProperties: false, required, properties, ...extra });
const CODE = '^[A-Za-z0-9][A-Za-z0-9_.-]*$';
const codeField = (title, description, en) => ({
  ...f(title, description, en),
  anyOf: [
    { type: 'string', pattern: CODE },
    { type: 'integer', minimum: 0 },
  ],
  examples: ['21211', 'SKHCN'],
});
const FREQ = ['month', 'quarter', 'half-year', 'nine-months', 'year'];

const WINDOW = {
  enum: ['decree-09', 'calendar'],
  examples: ['decree-09'],
};

const periodRule = obj(
  {
    cutoff_day: {
      type: 'integer',
      minimum: 1,
      maximum: 28,
      ...f(
        'Ngày chốt số liệu',
        'Ngày trong tháng cuối kỳ chốt số liệu (NĐ 09/2019: ngày 14); kỳ số liệu theo NĐ 09 chạy từ ngày kế tiếp của tháng trước kỳ đến ngày này.',
        'Cut-off day of the last month of the period (Decree 09/2019: the 14th); a decree-09 window runs from the next day of the month before the period to this day.',
      ),
    },
    deadline_days: {
      type: 'integer',
      minimum: 0,
      maximum: 120,
      ...f(
        'Hạn nộp (số ngày)',
        'Số ngày sau ngày chốt mà đơn vị phải nộp biểu: ngày làm việc (bỏ thứ Bảy, Chủ nhật và các ngày trong holidays) khi bộ chỉ số có regime, ngày lịch khi không có.',
        'Days after the cut-off by which the workbook is due: working days (skipping Saturdays, Sundays and `holidays`) when the set has a `regime`, calendar days otherwise.',
      ),
    },
  },
  ['cutoff_day', 'deadline_days'],
);

const set = obj(
  {
    id: str('Mã bộ chỉ số', 'Mã ổn định, chữ thường và gạch nối; dùng trong tên tệp biểu mẫu.', 'Stable id, kebab-case; used in template file names.', {
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      examples: ['qng-bo-chi-so'],
    }),
    name: str('Tên bộ chỉ số', 'Tên đầy đủ của bộ chỉ số.', 'Full name of the set.'),
    name_en: str('Tên tiếng Anh', 'Tên bộ chỉ số bằng tiếng Anh (dùng với --lang en).', 'English name (used with --lang en).'),
    version: str('Phiên bản', 'Phiên bản bộ chỉ số, dạng 1.0.0; tăng mỗi khi đơn vị cần dùng biểu mẫu mới.', 'Version, e.g. 1.0.0; bump it whenever units need new templates.', {
      pattern: '^\\d+\\.\\d+(\\.\\d+)?$',
    }),
    status: str('Trạng thái', 'Ví dụ: "dự thảo", "dự thảo minh họa", "chính thức".', 'E.g. draft, official.'),
    decision: obj(
      {
        number: str('Số quyết định', 'Số hiệu quyết định ban hành, ví dụ 123/QĐ-UBND.', 'Decision number.'),
        date: str('Ngày quyết định', 'Ngày ban hành, dạng YYYY-MM-DD.', 'Date issued, YYYY-MM-DD.', { pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
        signer: str('Người ký', 'Người ký quyết định.', 'Signer.'),
      },
      ['number', 'date'],
      f('Quyết định ban hành', 'Quyết định ban hành bộ chỉ số.', 'The decision that issues the set.'),
    ),
    issuing_body: str('Cơ quan ban hành', 'Ví dụ: UBND tỉnh Quảng Ngãi.', 'Issuing body.'),
    issuing_body_en: str('Cơ quan ban hành (tiếng Anh)', 'Tên tiếng Anh của cơ quan ban hành.', 'Issuing body in English.'),
    receiving_unit: str('Đơn vị nhận báo cáo', 'Đơn vị nhận biểu (in ở phần đầu biểu mẫu).', 'Who receives the workbooks (template header).'),
    receiving_unit_en: str('Đơn vị nhận báo cáo (tiếng Anh)', 'Tên tiếng Anh của đơn vị nhận báo cáo.', 'Receiving unit in English.'),
    contact: obj(
      {
        name: str('Người liên hệ', 'Họ tên cán bộ đầu mối.', 'Contact person.'),
        email: str('Thư điện tử', 'Địa chỉ thư điện tử nhận biểu.', 'E-mail address.'),
        phone: str('Điện thoại', 'Số điện thoại liên hệ.', 'Phone number.'),
      },
      [],
      f('Đầu mối liên hệ', 'In ở trang Hướng dẫn của biểu mẫu.', 'Shown on the instructions sheet.'),
    ),
    drafting_unit: str(
      'Cơ quan soạn thảo',
      'Mã (units.yaml hoặc agencies.yaml) của cơ quan soạn thảo bộ chỉ số và chủ trì lấy ý kiến, ví dụ VPUBND; "consult compile" không gửi phiếu góp ý cho cơ quan này (trừ khi ghi --unit).',
      'Code (units.yaml or agencies.yaml) of the office that drafts the set and runs the consultation, e.g. VPUBND; "consult compile" sends it no comment form (unless named with --unit).',
      { examples: ['VPUBND'] },
    ),
    periods: obj(
      Object.fromEntries(FREQ.map((k) => [k, periodRule])),
      [],
      f('Kỳ báo cáo', 'Ngày chốt số liệu và hạn nộp cho từng tần suất (month, quarter, half-year, nine-months, year).', 'Cut-off day and deadline of each frequency.'),
    ),
    reporting_window: {
      ...WINDOW,
      default: 'decree-09',
      ...f(
        'Kỳ số liệu',
        'decree-09 (mặc định, NĐ 09/2019/NĐ-CP điều 12): số liệu từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ; calendar: trọn các tháng dương lịch của kỳ. Chỉ số có thể ghi reporting_window riêng.',
        'decree-09 (default, Decree 09/2019 art. 12): data from the 15th of the month before the period to the 14th of its last month; calendar: whole calendar months. An indicator may set its own reporting_window.',
      ),
    },
    regime: obj(
      {
        decision: str(
          'Văn bản quy định chế độ báo cáo',
          'Quyết định quy định thời hạn gửi báo cáo, ví dụ "QĐ 37/2020/QĐ-UBND (sửa đổi 2024)"; in trên biểu mẫu cạnh hạn nộp.',
          'The decision that sets the deadlines; printed beside the deadline.',
          {
            examples: ['QĐ 37/2020/QĐ-UBND (sửa đổi 2024)'],
          },
        ),
        decision_en: str('Văn bản (tiếng Anh)', 'Tên văn bản bằng tiếng Anh (dùng với --lang en).', 'The decision in English.'),
      },
      ['decision'],
      f(
        'Chế độ báo cáo',
        'Văn bản quy định hạn nộp; khi có, deadline_days trong periods tính theo ngày làm việc.',
        'The reporting regime; when present, deadline_days in `periods` count working days.',
      ),
    ),
    holidays: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      ...f(
        'Ngày nghỉ lễ, Tết',
        'Các ngày nghỉ (YYYY-MM-DD, gồm ngày nghỉ bù) không tính vào hạn nộp theo ngày làm việc.',
        'Public holidays (YYYY-MM-DD, including days in lieu) skipped when counting working days.',
      ),
      examples: [['2026-01-01', '2026-04-27']],
    },
    place: str('Địa danh', 'Địa danh ở dòng ngày tháng dưới biểu, ví dụ "Quảng Ngãi".', 'Place on the date line under the form.', { examples: ['Quảng Ngãi'] }),
    description: str('Mô tả', 'Mô tả ngắn về bộ chỉ số.', 'Short description.'),
  },
  ['id', 'name', 'version', 'issuing_body', 'receiving_unit', 'periods'],
);

const unit = obj(
  {
    code: codeField('Mã đơn vị', 'Mã đơn vị; với xã, phường dùng mã đơn vị hành chính của cơ quan thống kê, ví dụ "21211".', 'Unit code; communes use the statistics office code.'),
    name: str('Tên đơn vị', 'Tên đầy đủ, ví dụ "Xã Tịnh Khê".', 'Full name.'),
    name_en: str('Tên tiếng Anh', 'Tên đơn vị bằng tiếng Anh.', 'English name.'),
    kind: {
      enum: ['province', 'department', 'commune', 'ward', 'special-zone', 'other'],
      ...f('Loại đơn vị', 'province (tỉnh), department (sở, ngành), commune (xã), ward (phường), special-zone (đặc khu), other (cơ quan khác).', 'Kind of unit.'),
    },
    short_name: str('Tên ngắn', 'Tên ngắn dùng trong biểu đồ.', 'Short name for charts.'),
    email: str('Thư điện tử', 'Địa chỉ nhận biểu mẫu.', 'E-mail address.'),
  },
  ['code', 'name', 'kind'],
);
const units = obj({ units: { type: 'array', minItems: 1, items: unit, ...f('Đơn vị', 'Tỉnh và các đơn vị báo cáo.', 'The province and the reporting units.') } }, ['units']);

const agency = obj(
  {
    code: codeField('Mã cơ quan', 'Mã cơ quan chủ trì/phối hợp; có thể trùng mã đơn vị.', 'Agency code; may equal a unit code.'),
    name: str('Tên cơ quan', 'Tên đầy đủ của cơ quan.', 'Full name.'),
    name_en: str('Tên tiếng Anh', 'Tên cơ quan bằng tiếng Anh.', 'English name.'),
    unit: codeField('Đơn vị báo cáo thay', 'Mã đơn vị (units.yaml) nhập số liệu cấp tỉnh của cơ quan này; mặc định là đơn vị cùng mã.', 'Unit that fills in this agency’s province-level indicators.'),
  },
  ['code', 'name'],
);
const agencies = obj({ agencies: { type: 'array', minItems: 1, items: agency, ...f('Cơ quan', 'Các cơ quan chủ trì và phối hợp.', 'Owning and cooperating agencies.') } }, ['agencies']);

const category = obj(
  {
    code: codeField('Mã nhóm', 'Mã ngắn của nhóm phân tổ, ví dụ "tinh".', 'Category code.'),
    name: str('Tên nhóm', 'Tên nhóm phân tổ, ví dụ "Cấp tỉnh".', 'Category name.'),
    name_en: str('Tên tiếng Anh', 'Tên nhóm bằng tiếng Anh.', 'English name.'),
  },
  ['code', 'name'],
);
const breakdown = obj(
  {
    id: str('Mã phân tổ', 'Mã phân tổ, ví dụ "level".', 'Breakdown id.', { pattern: CODE }),
    name: str('Tên phân tổ', 'Ví dụ "Theo cấp hành chính".', 'Breakdown name.'),
    name_en: str('Tên tiếng Anh', 'Tên phân tổ bằng tiếng Anh.', 'English name.'),
    categories: { type: 'array', minItems: 1, items: category, ...f('Các nhóm', 'Các nhóm của phân tổ; biểu mẫu có một dòng cho mỗi nhóm.', 'Categories; the template has one row per category.') },
    exhaustive: {
      type: 'boolean',
      default: true,
      ...f(
        'Phân tổ đầy đủ',
        'true (mặc định): các nhóm cộng lại bằng dòng tổng; dòng "Tổng số" của biểu mẫu là công thức SUM tự cộng và tổng lệch là lỗi. false: phân tổ "trong đó" (các nhóm chỉ là một phần của tổng); dòng tổng được nhập và các nhóm không được vượt tổng.',
        'true (default): the categories add up to the total; the template\'s total row is a live SUM and a total that differs is an error. false: an "of which" breakdown (the categories are part of the total); the total is typed and the categories may not exceed it.',
      ),
    },
  },
  ['id', 'name', 'categories'],
);
const breakdowns = obj({ breakdowns: { type: 'array', items: breakdown, ...f('Phân tổ', 'Các phân tổ dùng trong bộ chỉ số.', 'Breakdowns.') } }, ['breakdowns']);

const indicator = obj(
  {
    code: str('Mã chỉ số', 'Mã duy nhất, ổn định, ví dụ CDS.03; dùng trong công thức, quy tắc và tên ô.', 'Unique, stable code.', {
      pattern: '^[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9]$',
      examples: ['CDS.03', 'CDS.03a'],
    }),
    name: str('Tên chỉ số', 'Tên chỉ số như trong quyết định.', 'Indicator name.'),
    name_en: str('Tên tiếng Anh', 'Tên chỉ số bằng tiếng Anh (dùng với --lang en).', 'English name.'),
    type: {
      enum: ['input', 'process', 'output', 'result', 'impact', 'composite'],
      ...f(
        'Loại chỉ số',
        'Theo Công văn 7146/VPCP-KSTT: input (đầu vào), process (quá trình), output (đầu ra), result (kết quả), impact (tác động). composite (tổng hợp) chỉ còn để đọc bộ cũ: kiểm tra cảnh báo và đề nghị một trong năm loại trên.',
        'Logical type (7146/VPCP-KSTT): input, process, output, result, impact. composite is a deprecated alias kept so older sets still read; validate warns and asks for one of the five.',
      ),
    },
    unit: str('Đơn vị tính', 'Ví dụ: %, người, hồ sơ, doanh nghiệp, tỷ đồng.', 'Unit of measure.', { examples: ['%', 'người', 'hồ sơ'] }),
    unit_en: str('Đơn vị tính (tiếng Anh)', 'Đơn vị tính bằng tiếng Anh.', 'Unit of measure in English.'),
    value_type: {
      enum: ['integer', 'decimal', 'percent', 'boolean', 'text'],
      ...f('Kiểu giá trị', 'integer (số nguyên), decimal (số thập phân), percent (tỷ lệ %, 0–100), boolean (có/không), text (văn bản).', 'Value type.'),
    },
    frequency: { enum: FREQ, ...f('Tần suất', 'month (tháng), quarter (quý), half-year (6 tháng), nine-months (9 tháng), year (năm).', 'Reporting frequency.') },
    accumulation: {
      enum: ['period', 'year-to-date', 'stock'],
      ...f('Cách tính theo thời gian', 'period (phát sinh trong kỳ), year-to-date (lũy kế từ đầu năm), stock (số tại thời điểm cuối kỳ).', 'period, year-to-date or stock.'),
    },
    owner: codeField('Cơ quan chủ trì', 'Mã một cơ quan trong agencies.yaml ("một dữ liệu - một nguồn - một chủ thể").', 'Exactly one owning agency.'),
    cooperating: {
      type: 'array',
      uniqueItems: true,
      items: {
        anyOf: [
          { type: 'string', pattern: CODE },
          { type: 'integer', minimum: 0 },
        ],
      },
      ...f('Cơ quan phối hợp', 'Danh sách mã cơ quan phối hợp.', 'Cooperating agencies.'),
    },
    reported_by: {
      ...f(
        'Đơn vị báo cáo',
        'all (tất cả), departments (các sở, ngành), communes (các xã, phường, đặc khu), province (cơ quan chủ trì báo cáo một số liệu toàn tỉnh), hoặc danh sách mã đơn vị.',
        'all | departments | communes | province | a list of unit codes.',
      ),
      anyOf: [
        { enum: ['all', 'departments', 'communes', 'province'] },
        {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: {
            anyOf: [
              { type: 'string', pattern: CODE },
              { type: 'integer', minimum: 0 },
            ],
          },
        },
      ],
    },
    source: str('Nguồn số liệu', 'Hệ thống thông tin hoặc báo cáo hành chính cung cấp số liệu.', 'Data source.'),
    definition: str('Khái niệm', 'Khái niệm, nội dung chỉ số (hiện thành ghi chú trong biểu mẫu).', 'Definition.'),
    method: str('Phương pháp tính', 'Phương pháp tính bằng lời.', 'Method of calculation, in words.'),
    formula: str('Công thức', 'Chỉ số tính toán: + - * /, dấu ngoặc, số và mã chỉ số, ví dụ "CDS.03a / CDS.03b * 100". Không nhập tay.', 'Derived: computed, never typed.', {
      examples: ['CDS.03a / CDS.03b * 100'],
    }),
    aggregation: {
      enum: ['sum', 'average', 'min', 'max', 'last', 'none'],
      ...f('Cách tổng hợp', 'Cách cộng dồn số liệu các đơn vị lên toàn tỉnh: sum, average, min, max, last, none. Tỷ lệ dùng công thức, không lấy trung bình.', 'How unit values roll up.'),
    },
    breakdown: {
      type: 'array',
      uniqueItems: true,
      minItems: 1,
      items: { type: 'string', pattern: CODE },
      ...f('Phân tổ', 'Mã phân tổ trong breakdowns.yaml; biểu mẫu có một dòng cho mỗi nhóm.', 'Breakdown ids.'),
    },
    constraints: obj(
      {
        min: { type: 'number', ...f('Giá trị nhỏ nhất', 'Giá trị nhỏ nhất được phép.', 'Smallest allowed value.') },
        max: { type: 'number', ...f('Giá trị lớn nhất', 'Giá trị lớn nhất được phép.', 'Largest allowed value.') },
        required: { type: 'boolean', ...f('Bắt buộc', 'Bỏ trống là lỗi (mặc định true).', 'Blank is an error (default true).') },
        max_change_pct: {
          type: 'number',
          exclusiveMinimum: 0,
          ...f(
            'Biến động tối đa (%)',
            'Thay đổi lớn nhất so với kỳ trước trước khi cảnh báo, tính bằng %; với chỉ số tỷ lệ (%) tính bằng điểm phần trăm; số lũy kế so với cùng kỳ năm trước.',
            'Largest change from the previous period before a warning, in percent; in percentage points for a percent indicator; a year-to-date value is compared with the same period last year.',
          ),
        },
      },
      [],
      f('Ràng buộc', 'Kiểm tra giá trị khi nhập và khi kiểm tra biểu.', 'Value constraints.'),
    ),
    target: obj(
      {
        value: { type: 'number', ...f('Giá trị chỉ tiêu', 'Mục tiêu cần đạt.', 'Target value.') },
        direction: { enum: ['higher', 'lower'], ...f('Hướng', 'higher: càng cao càng tốt; lower: càng thấp càng tốt.', 'higher or lower is better.') },
        by: { type: 'integer', minimum: 2000, maximum: 2100, ...f('Năm đạt', 'Năm phải đạt chỉ tiêu.', 'Year due.') },
        prorate: {
          type: 'boolean',
          ...f(
            'Chia theo kỳ',
            'true: số liệu phát sinh trong kỳ (tháng, quý) được so với chỉ tiêu năm chia theo kỳ; mặc định false (chỉ so số lũy kế hoặc số cả năm với chỉ tiêu năm).',
            'true: a per-period value may be compared with the annual target pro-rated to the period; default false.',
          ),
        },
      },
      ['value', 'direction'],
      f('Chỉ tiêu', 'Mục tiêu của chỉ số.', 'Target.'),
    ),
    collection: {
      enum: ['form', 'system'],
      default: 'form',
      ...f(
        'Cách thu thập',
        'form (mặc định): đơn vị nhập vào biểu mẫu; system: lấy từ hệ thống thông tin hoặc cơ sở dữ liệu (ghi mã hệ thống ở trường system), không có trên biểu mẫu.',
        'form (default): units type it into a template; system: taken from an information system or database (named in `system`), never on a form.',
      ),
    },
    system: str(
      'Hệ thống nguồn',
      'Mã một hệ thống trong systems.yaml; bắt buộc khi collection là system, không dùng với chỉ số nhập trên biểu mẫu.',
      'Id of a system in systems.yaml; required when collection is system.',
      {
        pattern: CODE,
        examples: ['TTHC'],
      },
    ),
    sharing: {
      enum: ['open', 'shared', 'restricted'],
      ...f(
        'Mức độ chia sẻ',
        'Theo Nghị định 278/2025/NĐ-CP: open (dữ liệu mở, công bố), shared (chia sẻ giữa các cơ quan), restricted (hạn chế, chia sẻ có điều kiện).',
        'Publication and sharing level (Decree 278/2025): open, shared or restricted.',
      ),
    },
    legal_basis: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', minLength: 1 },
      ...f('Căn cứ pháp lý', 'Các văn bản làm căn cứ cho chỉ số, ví dụ ["QĐ 766/QĐ-TTg", "NQ 131/NQ-CP"].', 'Documents the indicator rests on.'),
      examples: [['QĐ 766/QĐ-TTg', 'NQ 131/NQ-CP']],
    },
    baseline: obj(
      {
        value: { type: 'number', ...f('Giá trị gốc', 'Giá trị tại năm gốc.', 'Value in the baseline year.') },
        year: { type: 'integer', minimum: 2000, maximum: 2100, ...f('Năm gốc', 'Năm của giá trị gốc.', 'Baseline year.') },
        source: str('Nguồn số liệu gốc', 'Văn bản và năm trích dẫn số liệu gốc, ví dụ "Báo cáo 78/BC-UBND ngày 25/4/2023".', 'Document and year the figure is quoted from.'),
      },
      ['value', 'year'],
      f('Giá trị gốc', 'Số liệu năm gốc làm mốc so sánh.', 'Baseline value and year.'),
    ),
    milestones: {
      type: 'array',
      minItems: 1,
      items: obj(
        {
          year: { type: 'integer', minimum: 2000, maximum: 2100, ...f('Năm', 'Năm của mốc.', 'Year of the milestone.') },
          value: { type: 'number', ...f('Giá trị', 'Giá trị cần đạt trong năm đó.', 'Value due that year.') },
        },
        ['year', 'value'],
      ),
      ...f(
        'Lộ trình',
        'Chỉ tiêu từng năm trước chỉ tiêu cuối cùng, theo thứ tự năm tăng dần, nằm giữa năm gốc và năm đạt.',
        'Yearly intermediate targets, in year order, between the baseline and the target year.',
      ),
    },
    warning: obj(
      {
        below: { type: 'number', ...f('Cảnh báo khi dưới', 'Giá trị thấp hơn ngưỡng này được đánh dấu cảnh báo.', 'A value below this is flagged.') },
        above: { type: 'number', ...f('Cảnh báo khi trên', 'Giá trị cao hơn ngưỡng này được đánh dấu cảnh báo.', 'A value above this is flagged.') },
      },
      [],
      f('Ngưỡng cảnh báo', 'Ngưỡng để báo cáo đánh dấu chỉ số cần chú ý.', 'Thresholds for a warning status.'),
    ),
    component: {
      type: 'boolean',
      ...f(
        'Số liệu thành phần',
        'true: tử số, mẫu số hoặc số liệu đầu vào để tính chỉ số khác, không phải một chỉ số của bộ; các phần tổng hợp đếm riêng.',
        'true: a numerator, denominator or input to another indicator, not an indicator of the set in its own right; summaries count it separately.',
      ),
    },
    reporting_window: {
      ...WINDOW,
      ...f(
        'Kỳ số liệu',
        'Ghi đè kỳ số liệu của bộ chỉ số cho chỉ số này: decree-09 (ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ) hoặc calendar (trọn tháng dương lịch, cho số liệu thống kê, kho bạc).',
        "Overrides the set's reporting window for this indicator: decree-09 or calendar (whole calendar months, for statistical and treasury figures).",
      ),
    },
    query: str(
      'Truy vấn',
      'Chỉ số lấy từ hệ thống (collection: system): postgres: câu lệnh SQL trả các cột unit_code, value (và breakdown, category khi có phân tổ), dùng tham số :period, :period_start, :period_end; http-json: đường dẫn với {period}, {period_start}, {period_end}; csv: đường dẫn hoặc mẫu tệp kết xuất ({period} được thay bằng kỳ).',
      'System indicators: postgres: SQL returning unit_code, value (and breakdown, category for a breakdown), with :period, :period_start, :period_end; http-json: a path with {period}, {period_start}, {period_end}; csv: the export file path or glob ({period} is replaced).',
      { examples: ['SELECT unit_code, count(*) AS value FROM ho_so WHERE ngay_tiep_nhan BETWEEN :period_start AND :period_end GROUP BY unit_code'] },
    ),
    select: obj(
      {
        rows: str(
          'Vị trí danh sách',
          'Đường dẫn (dạng a.b.c) tới mảng các dòng trong câu trả lời JSON; bỏ trống khi câu trả lời là mảng.',
          'Dotted path to the array of rows in the JSON answer; omit when the answer is the array.',
          { examples: ['data.items'] },
        ),
        unit_code: str('Trường mã đơn vị', 'Tên (hoặc đường dẫn a.b) của trường chứa mã đơn vị trong mỗi dòng.', 'Field (or dotted path) holding the unit code in each row.', {
          examples: ['ma_don_vi'],
        }),
        value: str('Trường giá trị', 'Tên (hoặc đường dẫn a.b) của trường chứa giá trị.', 'Field (or dotted path) holding the value.', { examples: ['so_luong'] }),
        breakdown: str('Trường phân tổ', 'Tên trường chứa mã phân tổ.', 'Field holding the breakdown id.'),
        category: str('Trường nhóm phân tổ', 'Tên trường chứa mã nhóm của phân tổ.', 'Field holding the category code.'),
      },
      [],
      f(
        'Ánh xạ trường',
        'http-json: câu trả lời không dùng tên trường unit_code, value…: chỉ ra chúng nằm ở đâu.',
        'http-json: where the rows and their fields are when the answer does not use unit_code, value….',
      ),
    ),
    higher_code: str('Mã cấp trên', 'Mã chỉ số tương ứng trong hệ thống cấp trên (QĐ 05/2023, bộ chỉ số quốc gia).', 'Code in a higher system.'),
    key: { type: 'boolean', ...f('Chỉ số chính', 'Hiện thành biểu đồ trong báo cáo HTML.', 'Shown as a chart in the HTML report.') },
  },
  ['code', 'name', 'type', 'unit', 'value_type', 'frequency', 'accumulation', 'owner', 'reported_by', 'source', 'definition', 'method', 'aggregation'],
);
const group = obj(
  {
    id: str('Mã nhóm', 'Mã nhóm chỉ số, ví dụ "chuyen-doi-so".', 'Group id.', { pattern: CODE }),
    name: str('Tên nhóm', 'Ví dụ "Chuyển đổi số".', 'Group name.'),
    name_en: str('Tên tiếng Anh', 'Tên nhóm bằng tiếng Anh.', 'English name.'),
    order: { type: 'integer', minimum: 0, ...f('Thứ tự', 'Thứ tự nhóm trong biểu mẫu và danh mục.', 'Order in templates and catalogs.') },
    indicators: { type: 'array', minItems: 1, items: indicator, ...f('Các chỉ số', 'Các chỉ số của nhóm.', 'The group’s indicators.') },
  },
  ['id', 'name', 'indicators'],
);

const system = obj(
  {
    id: str('Mã hệ thống', 'Mã ngắn, ổn định của hệ thống, ví dụ "TTHC"; chỉ số ghi mã này ở trường system.', 'Short stable id, e.g. TTHC; indicators name it in `system`.', {
      pattern: CODE,
      examples: ['TTHC'],
    }),
    name: str('Tên hệ thống', 'Tên đầy đủ của hệ thống thông tin hoặc cơ sở dữ liệu.', 'Full name of the information system or database.'),
    name_en: str('Tên tiếng Anh', 'Tên hệ thống bằng tiếng Anh.', 'English name.'),
    owner: codeField('Cơ quan quản lý', 'Mã một cơ quan trong agencies.yaml quản lý hệ thống.', 'Code of the agency (agencies.yaml) that runs the system.'),
    description: str('Mô tả', 'Hệ thống chứa gì, lấy số liệu thế nào.', 'What the system holds and how figures are taken from it.'),
    kind: {
      enum: ['postgres', 'http-json', 'csv'],
      ...f(
        'Cách kết nối',
        'postgres: cơ sở dữ liệu PostgreSQL (query là câu lệnh SQL); http-json: dịch vụ trả JSON (query là đường dẫn); csv: tệp kết xuất của hệ thống (query là đường dẫn tệp, tính từ thư mục bộ chỉ số).',
        'postgres: a PostgreSQL database (query is SQL); http-json: a service answering JSON (query is a path); csv: an export of the system (query is a file path, from the set folder).',
      ),
      examples: ['postgres'],
    },
    connection_env: str(
      'Biến môi trường kết nối',
      'Tên biến môi trường chứa chuỗi kết nối (postgres: postgres://…; http-json: địa chỉ gốc; csv: thư mục chứa tệp kết xuất). Không bao giờ ghi mật khẩu vào YAML.',
      'Name of the environment variable holding the connection (postgres: a postgres:// URL; http-json: the base URL; csv: the export folder). No secret is ever written in YAML.',
      { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', examples: ['TTHC_DATABASE_URL'] },
    ),
    token_env: str(
      'Biến môi trường mã truy cập',
      'http-json: tên biến môi trường chứa mã truy cập (bearer token), nếu dịch vụ cần.',
      'http-json: name of the environment variable holding a bearer token, when the service needs one.',
      {
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        examples: ['TTHC_API_TOKEN'],
      },
    ),
  },
  ['id', 'name', 'owner'],
);
const systems = obj(
  {
    systems: {
      type: 'array',
      items: system,
      ...f('Hệ thống', 'Các hệ thống thông tin, cơ sở dữ liệu cung cấp chỉ số (collection: system).', 'Information systems and databases that supply indicators.'),
    },
  },
  ['systems'],
);

const rule = obj(
  {
    id: str('Mã quy tắc', 'Mã duy nhất của quy tắc.', 'Rule id.', { pattern: CODE }),
    expr: str('Biểu thức', 'So sánh hai công thức, ví dụ "CDS.05a <= CDS.05b".', 'Two formulas compared.', { examples: ['CDS.05a <= CDS.05b'] }),
    severity: { enum: ['error', 'warning'], ...f('Mức độ', 'error (lỗi) hoặc warning (cảnh báo, mặc định).', 'error or warning (default).') },
    tolerance: { type: 'number', minimum: 0, ...f('Sai số cho phép', 'Sai số tuyệt đối cho phép với phép so sánh =.', 'Absolute tolerance for =.') },
    message: str('Thông báo', 'Thông báo khi quy tắc không thỏa mãn.', 'Message when the rule fails.'),
    message_en: str('Thông báo (tiếng Anh)', 'Thông báo bằng tiếng Anh.', 'English message.'),
  },
  ['id', 'expr', 'message'],
);
const rules = obj({ rules: { type: 'array', items: rule, ...f('Quy tắc', 'Các quy tắc kiểm tra liên chỉ số.', 'Cross-indicator rules.') } }, ['rules']);

const SCHEMAS = {
  set: [set, 'Bộ chỉ số (set.yaml)'],
  units: [units, 'Đơn vị (units.yaml)'],
  agencies: [agencies, 'Cơ quan (agencies.yaml)'],
  breakdowns: [breakdowns, 'Phân tổ (breakdowns.yaml)'],
  group: [group, 'Nhóm chỉ số (groups/*.yaml)'],
  rules: [rules, 'Quy tắc (rules.yaml)'],
  systems: [systems, 'Hệ thống nguồn (systems.yaml)'],
};
/** The text of each schemas/<name>.schema.json. */
export function buildSchemas() {
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, [schema, title]]) => {
      const doc = { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `${BASE}${name}.schema.json`, title, ...schema };
      return [name, JSON.stringify(doc, null, 2) + '\n'];
    }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
  for (const [name, text] of Object.entries(buildSchemas())) writeFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), text);
}
