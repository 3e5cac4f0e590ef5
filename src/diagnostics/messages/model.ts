import type { MessageTable } from './template.js';

type Codes =
  | 'duplicate-code'
  | 'unknown-agency'
  | 'unknown-unit'
  | 'unknown-breakdown'
  | 'unknown-indicator'
  | 'formula-syntax'
  | 'formula-cycle'
  | 'formula-frequency'
  | 'formula-reporters'
  | 'formula-breakdown'
  | 'formula-division'
  | 'ratio-averaged'
  | 'constraint-impossible'
  | 'target-out-of-range'
  | 'unit-owes-nothing'
  | 'province-missing'
  | 'period-missing'
  | 'value-type-unit'
  | 'nothing-owed'
  | 'output-exists'
  | 'version-not-bumped';

const KIND_VI: Record<string, string> = {
  indicator: 'chỉ số',
  unit: 'đơn vị',
  agency: 'cơ quan',
  breakdown: 'phân tổ',
  category: 'nhóm phân tổ',
  rule: 'quy tắc',
  group: 'nhóm chỉ số',
};

export const MODEL_MESSAGES: MessageTable<Codes> = {
  vi: {
    'duplicate-code': {
      message: (p) => `Mã ${KIND_VI[String(p.kind)] ?? p.kind} "${p.code}" bị trùng (đã khai báo tại ${p.first})`,
      hint: () => 'Mỗi mã phải duy nhất: đổi mã này hoặc xóa bản khai báo thừa.',
    },
    'unknown-agency': {
      message: (p) => `${p.field === 'owner' ? 'Cơ quan chủ trì' : 'Cơ quan phối hợp'} "${p.code}" không có trong agencies.yaml`,
      hint: (p) => `Thêm "${p.code}" vào agencies.yaml hoặc dùng một mã có sẵn${p.suggestion ? ` (có phải "${p.suggestion}"?)` : ''}.`,
    },
    'unknown-unit': {
      message: (p) => `Đơn vị "${p.code}" không có trong units.yaml`,
      hint: (p) => `Thêm "${p.code}" vào units.yaml hoặc sửa mã${p.suggestion ? ` (có phải "${p.suggestion}"?)` : ''}.`,
    },
    'unknown-breakdown': {
      message: (p) => `Phân tổ "${p.code}" không có trong breakdowns.yaml`,
      hint: (p) => `Các phân tổ đã khai báo: ${p.known || '(chưa có)'}.`,
    },
    'unknown-indicator': {
      message: (p) => `Mã chỉ số "${p.code}" không tồn tại`,
      hint: (p) => (p.suggestion ? `Có phải ý bạn là "${p.suggestion}"?` : 'Kiểm tra mã trong các tệp groups/*.yaml.'),
    },
    'formula-syntax': {
      message: (p) => `Biểu thức "${p.expr}" sai cú pháp: ${p.detail}`,
      hint: () => 'Chỉ dùng + - * /, dấu ngoặc, số (dấu chấm thập phân) và mã chỉ số; quy tắc so sánh dùng <, <=, =, >=, >, !=.',
    },
    'formula-cycle': {
      message: (p) => `Công thức tham chiếu vòng: ${p.cycle}`,
      hint: () => 'Một chỉ số tính toán không được phụ thuộc (trực tiếp hay gián tiếp) vào chính nó.',
    },
    'formula-frequency': {
      message: (p) => `"${p.code}" (${p.frequency}) dùng "${p.component}" có tần suất ${p.componentFrequency}`,
      hint: () => 'Các chỉ số thành phần phải có cùng tần suất với chỉ số tính toán.',
    },
    'formula-reporters': {
      message: (p) => `"${p.component}" không được báo cáo bởi tất cả đơn vị báo cáo "${p.code}"`,
      hint: () => 'Đặt reported_by của chỉ số thành phần bao gồm các đơn vị của chỉ số tính toán.',
    },
    'formula-breakdown': {
      message: (p) => `"${p.code}" có phân tổ "${p.breakdown}" nhưng thành phần "${p.component}" thì không`,
      hint: () => 'Thêm cùng phân tổ cho chỉ số thành phần, hoặc bỏ phân tổ của chỉ số tính toán.',
    },
    'formula-division': {
      message: (p) => `"${p.code}" chia cho "${p.component}", có thể bằng 0`,
      hint: (p) => `Đặt constraints.min lớn hơn 0 cho "${p.component}" nếu mẫu số luôn dương.`,
    },
    'ratio-averaged': {
      message: (p) => `Tỷ lệ "${p.code}" do nhiều đơn vị báo cáo nhưng không có tử số và mẫu số`,
      hint: () => 'Khai báo tử số và mẫu số thành chỉ số riêng và đặt formula: TU / MAU * 100; tỷ lệ toàn tỉnh phải tính lại, không lấy trung bình.',
    },
    'constraint-impossible': {
      message: (p) => `Ràng buộc của "${p.code}" không thể thỏa mãn: ${p.detail}`,
      hint: () => 'Sửa min/max để min ≤ max và nằm trong khoảng hợp lý của kiểu giá trị.',
    },
    'target-out-of-range': {
      message: (p) => `Chỉ tiêu ${p.target} của "${p.code}" nằm ngoài khoảng [${p.min}; ${p.max}]`,
      hint: () => 'Sửa target.value hoặc constraints min/max.',
    },
    'unit-owes-nothing': {
      message: (p) => `Đơn vị "${p.unit}" không phải báo cáo chỉ số nào`,
      hint: () => 'Thêm đơn vị vào reported_by của chỉ số phù hợp, hoặc xóa đơn vị khỏi units.yaml.',
    },
    'province-missing': {
      message: () => 'units.yaml không có đơn vị cấp tỉnh (kind: province)',
      hint: () => 'Thêm một đơn vị, ví dụ `- { code: "51", name: Tỉnh Quảng Ngãi, kind: province }`.',
    },
    'period-missing': {
      message: (p) => `set.yaml thiếu cấu hình kỳ cho tần suất "${p.frequency}"`,
      hint: (p) => `Thêm \`periods.${p.frequency}: { cutoff_day: 14, deadline_days: 5 }\` vào set.yaml.`,
    },
    'value-type-unit': {
      message: (p) => `"${p.code}" có đơn vị tính "${p.unit}" nhưng value_type là "${p.valueType}"`,
      hint: () => 'Chỉ số đơn vị % dùng value_type: percent; chỉ số đếm (người, hồ sơ, …) dùng integer.',
    },
    'nothing-owed': {
      message: (p) => `Đơn vị "${p.unit}" không phải nộp chỉ số nào trong kỳ ${p.period}; không tạo biểu`,
    },
    'output-exists': {
      message: () => 'Tệp đã tồn tại với nội dung khác; không ghi đè',
      hint: () => 'Dùng --force để ghi đè, hoặc chọn thư mục --out khác.',
    },
    'version-not-bumped': {
      message: (p) => p.where === 'check'
        ? `Cùng phiên bản ${p.version}, khác nội dung: bộ chỉ số đã được sửa mà không nâng phiên bản${p.changes ? ` (thay đổi: ${p.changes})` : ''}`
        : `Đã có biểu mẫu của bộ chỉ số "${p.set}" phiên bản ${p.version} với nội dung khác (${p.file}): bộ chỉ số đã được sửa mà không nâng phiên bản; không ghi gì`,
      hint: (p) => p.where === 'check'
        ? 'Người quản lý bộ chỉ số: nâng `version` trong set.yaml, chạy lại compile và gửi biểu mẫu mới cho đơn vị.'
        : `Nâng \`version\` trong set.yaml (đang là ${p.version}) rồi chạy lại compile với --force; --force không bỏ qua kiểm tra này. Nếu biểu mẫu cũ chưa gửi cho ai, xóa chúng hoặc chọn thư mục --out khác.`,
    },
  },
  en: {
    'duplicate-code': {
      message: (p) => `Duplicate ${p.kind} code "${p.code}" (first declared at ${p.first})`,
      hint: () => 'Every code must be unique: change this one or remove the extra declaration.',
    },
    'unknown-agency': {
      message: (p) => `${p.field === 'owner' ? 'Owner' : 'Cooperating agency'} "${p.code}" is not in agencies.yaml`,
      hint: (p) => `Add "${p.code}" to agencies.yaml or use an existing code${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}.`,
    },
    'unknown-unit': {
      message: (p) => `Unit "${p.code}" is not in units.yaml`,
      hint: (p) => `Add "${p.code}" to units.yaml or fix the code${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}.`,
    },
    'unknown-breakdown': {
      message: (p) => `Breakdown "${p.code}" is not in breakdowns.yaml`,
      hint: (p) => `Declared breakdowns: ${p.known || '(none)'}.`,
    },
    'unknown-indicator': {
      message: (p) => `Indicator code "${p.code}" does not exist`,
      hint: (p) => (p.suggestion ? `Did you mean "${p.suggestion}"?` : 'Check the codes in groups/*.yaml.'),
    },
    'formula-syntax': {
      message: (p) => `Expression "${p.expr}" has a syntax error: ${p.detail}`,
      hint: () => 'Use only + - * /, parentheses, numbers (dot as decimal mark) and indicator codes; rules compare with <, <=, =, >=, >, !=.',
    },
    'formula-cycle': {
      message: (p) => `Formulas refer to each other in a cycle: ${p.cycle}`,
      hint: () => 'A derived indicator must not depend, directly or indirectly, on itself.',
    },
    'formula-frequency': {
      message: (p) => `"${p.code}" (${p.frequency}) uses "${p.component}", whose frequency is ${p.componentFrequency}`,
      hint: () => 'Components must have the same frequency as the derived indicator.',
    },
    'formula-reporters': {
      message: (p) => `"${p.component}" is not reported by every unit that reports "${p.code}"`,
      hint: () => 'Make the component’s reported_by include the derived indicator’s units.',
    },
    'formula-breakdown': {
      message: (p) => `"${p.code}" has breakdown "${p.breakdown}" but its component "${p.component}" does not`,
      hint: () => 'Give the component the same breakdown, or drop the breakdown of the derived indicator.',
    },
    'formula-division': {
      message: (p) => `"${p.code}" divides by "${p.component}", which may be zero`,
      hint: (p) => `Set constraints.min above 0 for "${p.component}" if the denominator is always positive.`,
    },
    'ratio-averaged': {
      message: (p) => `Rate "${p.code}" is reported by many units without numerator and denominator`,
      hint: () => 'Declare the numerator and denominator as indicators and set formula: NUM / DEN * 100; the province rate must be recomputed, not averaged.',
    },
    'constraint-impossible': {
      message: (p) => `The constraints of "${p.code}" cannot hold: ${p.detail}`,
      hint: () => 'Fix min/max so that min ≤ max and both fit the value type.',
    },
    'target-out-of-range': {
      message: (p) => `Target ${p.target} of "${p.code}" is outside [${p.min}; ${p.max}]`,
      hint: () => 'Fix target.value or the min/max constraints.',
    },
    'unit-owes-nothing': {
      message: (p) => `Unit "${p.unit}" owes no indicator`,
      hint: () => 'Add the unit to the reported_by of an indicator, or remove it from units.yaml.',
    },
    'province-missing': {
      message: () => 'units.yaml has no province unit (kind: province)',
      hint: () => 'Add one, e.g. `- { code: "51", name: Tỉnh Quảng Ngãi, kind: province }`.',
    },
    'period-missing': {
      message: (p) => `set.yaml has no period settings for frequency "${p.frequency}"`,
      hint: (p) => `Add \`periods.${p.frequency}: { cutoff_day: 14, deadline_days: 5 }\` to set.yaml.`,
    },
    'value-type-unit': {
      message: (p) => `"${p.code}" has unit "${p.unit}" but value_type "${p.valueType}"`,
      hint: () => 'Indicators in % use value_type: percent; counts (people, dossiers, …) use integer.',
    },
    'nothing-owed': {
      message: (p) => `Unit "${p.unit}" owes no indicator in ${p.period}; no workbook written`,
    },
    'output-exists': {
      message: () => 'The file exists with other content; not overwritten',
      hint: () => 'Use --force to overwrite, or choose another --out folder.',
    },
    'version-not-bumped': {
      message: (p) => p.where === 'check'
        ? `Same version ${p.version}, different content: the set was changed without raising its version${p.changes ? ` (changes: ${p.changes})` : ''}`
        : `Templates of set "${p.set}" version ${p.version} with other content are already here (${p.file}): the set was changed without raising its version; nothing written`,
      hint: (p) => p.where === 'check'
        ? 'Whoever keeps the set: raise `version` in set.yaml, compile again and send the units the new template.'
        : `Raise \`version\` in set.yaml (now ${p.version}) and compile again with --force; --force does not skip this check. If the old templates were never sent, delete them or choose another --out folder.`,
    },
  },
};
