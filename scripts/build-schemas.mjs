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

const periodRule = obj(
  {
    cutoff_day: { type: 'integer', minimum: 1, maximum: 28, ...f('Ngày chốt số liệu', 'Ngày trong tháng cuối kỳ chốt số liệu (NĐ 09/2019: ngày 14).', 'Cut-off day of the last month of the period.') },
    deadline_days: { type: 'integer', minimum: 0, maximum: 120, ...f('Hạn nộp (số ngày)', 'Số ngày sau ngày chốt mà đơn vị phải nộp biểu.', 'Days after the cut-off by which the workbook is due.') },
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
    periods: obj(
      Object.fromEntries(FREQ.map((k) => [k, periodRule])),
      [],
      f('Kỳ báo cáo', 'Ngày chốt số liệu và hạn nộp cho từng tần suất (month, quarter, half-year, nine-months, year).', 'Cut-off day and deadline of each frequency.'),
    ),
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
      enum: ['input', 'process', 'result', 'impact', 'composite'],
      ...f('Loại chỉ số', 'Theo Công văn 7146/VPCP-KSTT: input (đầu vào), process (quá trình), result (kết quả), impact (tác động), composite (tổng hợp).', 'Logical type (7146/VPCP-KSTT).'),
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
      },
      ['value', 'direction'],
      f('Chỉ tiêu', 'Mục tiêu của chỉ số.', 'Target.'),
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
