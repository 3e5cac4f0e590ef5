import { defineDiagnostics } from './define.js';
import { KIND_VI } from './shared.js';

/** Bộ chỉ số: mã, công thức, ràng buộc / The set: codes, formulas, constraints. */
export const set = defineDiagnostics(
  'set',
  { vi: 'Bộ chỉ số: mã, công thức, ràng buộc', en: 'The set: codes, formulas, constraints' },
  {
    'duplicate-code': {
      severity: 'error',
      vi: {
        summary: 'Mã chỉ số, đơn vị, cơ quan, phân tổ hoặc quy tắc bị trùng',
        message: (p) => `Mã ${KIND_VI[String(p.kind)] ?? p.kind} "${p.code}" bị trùng (đã khai báo tại ${p.first})`,
        hint: () => 'Mỗi mã phải duy nhất: đổi mã này hoặc xóa bản khai báo thừa.',
      },
      en: {
        summary: 'A duplicate indicator, unit, agency, breakdown or rule code',
        message: (p) => `Duplicate ${p.kind} code "${p.code}" (first declared at ${p.first})`,
        hint: () => 'Every code must be unique: change this one or remove the extra declaration.',
      },
    },
    'unknown-agency': {
      severity: 'error',
      vi: {
        summary: 'Cơ quan chủ trì/phối hợp không có trong agencies.yaml',
        message: (p) => `${p.field === 'owner' ? 'Cơ quan chủ trì' : 'Cơ quan phối hợp'} "${p.code}" không có trong agencies.yaml`,
        hint: (p) => `Thêm "${p.code}" vào agencies.yaml hoặc dùng một mã có sẵn${p.suggestion ? ` (có phải "${p.suggestion}"?)` : ''}.`,
      },
      en: {
        summary: 'Owner or cooperating agency not in agencies.yaml',
        message: (p) => `${p.field === 'owner' ? 'Owner' : 'Cooperating agency'} "${p.code}" is not in agencies.yaml`,
        hint: (p) => `Add "${p.code}" to agencies.yaml or use an existing code${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}.`,
      },
    },
    'unknown-unit': {
      severity: 'error',
      vi: {
        summary: 'Đơn vị báo cáo không có trong units.yaml',
        message: (p) => `Đơn vị "${p.code}" không có trong units.yaml`,
        hint: (p) => `Thêm "${p.code}" vào units.yaml hoặc sửa mã${p.suggestion ? ` (có phải "${p.suggestion}"?)` : ''}.`,
      },
      en: {
        summary: 'Reporting unit not in units.yaml',
        message: (p) => `Unit "${p.code}" is not in units.yaml`,
        hint: (p) => `Add "${p.code}" to units.yaml or fix the code${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}.`,
      },
    },
    'unknown-breakdown': {
      severity: 'error',
      vi: {
        summary: 'Phân tổ không có trong breakdowns.yaml',
        message: (p) => `Phân tổ "${p.code}" không có trong breakdowns.yaml`,
        hint: (p) => `Các phân tổ đã khai báo: ${p.known || '(chưa có)'}.`,
      },
      en: {
        summary: 'Breakdown not in breakdowns.yaml',
        message: (p) => `Breakdown "${p.code}" is not in breakdowns.yaml`,
        hint: (p) => `Declared breakdowns: ${p.known || '(none)'}.`,
      },
    },
    'unknown-indicator': {
      severity: 'error',
      vi: {
        summary: 'Công thức hoặc quy tắc dùng mã chỉ số không tồn tại',
        message: (p) => `Mã chỉ số "${p.code}" không tồn tại`,
        hint: (p) => (p.suggestion ? `Có phải ý bạn là "${p.suggestion}"?` : 'Kiểm tra mã trong các tệp groups/*.yaml.'),
      },
      en: {
        summary: 'A formula or rule uses an unknown indicator code',
        message: (p) => `Indicator code "${p.code}" does not exist`,
        hint: (p) => (p.suggestion ? `Did you mean "${p.suggestion}"?` : 'Check the codes in groups/*.yaml.'),
      },
    },
    'formula-syntax': {
      severity: 'error',
      vi: {
        summary: 'Công thức hoặc biểu thức sai cú pháp',
        message: (p) => `Biểu thức "${p.expr}" sai cú pháp: ${p.detail}`,
        hint: () => 'Chỉ dùng + - * /, dấu ngoặc, số (dấu chấm thập phân) và mã chỉ số; quy tắc so sánh dùng <, <=, =, >=, >, !=.',
      },
      en: {
        summary: 'Formula or expression syntax error',
        message: (p) => `Expression "${p.expr}" has a syntax error: ${p.detail}`,
        hint: () => 'Use only + - * /, parentheses, numbers (dot as decimal mark) and indicator codes; rules compare with <, <=, =, >=, >, !=.',
      },
    },
    'formula-cycle': {
      severity: 'error',
      vi: {
        summary: 'Công thức tham chiếu vòng',
        message: (p) => `Công thức tham chiếu vòng: ${p.cycle}`,
        hint: () => 'Một chỉ số tính toán không được phụ thuộc (trực tiếp hay gián tiếp) vào chính nó.',
      },
      en: {
        summary: 'Formulas refer to each other in a cycle',
        message: (p) => `Formulas refer to each other in a cycle: ${p.cycle}`,
        hint: () => 'A derived indicator must not depend, directly or indirectly, on itself.',
      },
    },
    'formula-frequency': {
      severity: 'error',
      vi: {
        summary: 'Chỉ số thành phần có tần suất khác chỉ số tính toán',
        message: (p) => `"${p.code}" (${p.frequency}) dùng "${p.component}" có tần suất ${p.componentFrequency}`,
        hint: () => 'Các chỉ số thành phần phải có cùng tần suất với chỉ số tính toán.',
      },
      en: {
        summary: 'A component has another frequency than the derived indicator',
        message: (p) => `"${p.code}" (${p.frequency}) uses "${p.component}", whose frequency is ${p.componentFrequency}`,
        hint: () => 'Components must have the same frequency as the derived indicator.',
      },
    },
    'formula-reporters': {
      severity: 'error',
      vi: {
        summary: 'Chỉ số thành phần không do cùng các đơn vị báo cáo',
        message: (p) => `"${p.component}" không được báo cáo bởi tất cả đơn vị báo cáo "${p.code}"`,
        hint: () => 'Đặt reported_by của chỉ số thành phần bao gồm các đơn vị của chỉ số tính toán.',
      },
      en: {
        summary: 'A component is not reported by the same units',
        message: (p) => `"${p.component}" is not reported by every unit that reports "${p.code}"`,
        hint: () => 'Make the component’s reported_by include the derived indicator’s units.',
      },
    },
    'formula-breakdown': {
      severity: 'error',
      vi: {
        summary: 'Chỉ số thành phần không có cùng phân tổ',
        message: (p) => `"${p.code}" có phân tổ "${p.breakdown}" nhưng thành phần "${p.component}" thì không`,
        hint: () => 'Thêm cùng phân tổ cho chỉ số thành phần, hoặc bỏ phân tổ của chỉ số tính toán.',
      },
      en: {
        summary: 'A component lacks the derived indicator’s breakdown',
        message: (p) => `"${p.code}" has breakdown "${p.breakdown}" but its component "${p.component}" does not`,
        hint: () => 'Give the component the same breakdown, or drop the breakdown of the derived indicator.',
      },
    },
    'formula-division': {
      severity: 'warning',
      vi: {
        summary: 'Chia cho chỉ số có thể bằng 0',
        message: (p) => `"${p.code}" chia cho "${p.component}", có thể bằng 0`,
        hint: (p) => `Đặt constraints.min lớn hơn 0 cho "${p.component}" nếu mẫu số luôn dương.`,
      },
      en: {
        summary: 'Division by an indicator that may be zero',
        message: (p) => `"${p.code}" divides by "${p.component}", which may be zero`,
        hint: (p) => `Set constraints.min above 0 for "${p.component}" if the denominator is always positive.`,
      },
    },
    'ratio-averaged': {
      severity: 'warning',
      vi: {
        summary: 'Tỷ lệ do nhiều đơn vị báo cáo nhưng không có tử số/mẫu số',
        message: (p) => `Tỷ lệ "${p.code}" do nhiều đơn vị báo cáo nhưng không có tử số và mẫu số`,
        hint: () => 'Khai báo tử số và mẫu số thành chỉ số riêng và đặt formula: TU / MAU * 100; tỷ lệ toàn tỉnh phải tính lại, không lấy trung bình.',
      },
      en: {
        summary: 'A rate reported by many units without numerator/denominator',
        message: (p) => `Rate "${p.code}" is reported by many units without numerator and denominator`,
        hint: () => 'Declare the numerator and denominator as indicators and set formula: NUM / DEN * 100; the province rate must be recomputed, not averaged.',
      },
    },
    'constraint-impossible': {
      severity: 'error',
      vi: {
        summary: 'Ràng buộc không thể thỏa mãn',
        message: (p) => `Ràng buộc của "${p.code}" không thể thỏa mãn: ${p.detail}`,
        hint: () => 'Sửa min/max để min ≤ max và nằm trong khoảng hợp lý của kiểu giá trị.',
      },
      en: {
        summary: 'Constraints that cannot hold',
        message: (p) => `The constraints of "${p.code}" cannot hold: ${p.detail}`,
        hint: () => 'Fix min/max so that min ≤ max and both fit the value type.',
      },
    },
    'target-out-of-range': {
      severity: 'error',
      vi: {
        summary: 'Chỉ tiêu nằm ngoài khoảng min–max',
        message: (p) => `Chỉ tiêu ${p.target} của "${p.code}" nằm ngoài khoảng [${p.min}; ${p.max}]`,
        hint: () => 'Sửa target.value hoặc constraints min/max.',
      },
      en: {
        summary: 'Target outside the min–max range',
        message: (p) => `Target ${p.target} of "${p.code}" is outside [${p.min}; ${p.max}]`,
        hint: () => 'Fix target.value or the min/max constraints.',
      },
    },
    'unit-owes-nothing': {
      severity: 'warning',
      vi: {
        summary: 'Đơn vị không phải báo cáo chỉ số nào',
        message: (p) => `Đơn vị "${p.unit}" không phải báo cáo chỉ số nào`,
        hint: () => 'Thêm đơn vị vào reported_by của chỉ số phù hợp, hoặc xóa đơn vị khỏi units.yaml.',
      },
      en: {
        summary: 'A unit owes no indicator',
        message: (p) => `Unit "${p.unit}" owes no indicator`,
        hint: () => 'Add the unit to the reported_by of an indicator, or remove it from units.yaml.',
      },
    },
    'province-missing': {
      severity: 'error',
      vi: {
        summary: 'units.yaml thiếu đơn vị cấp tỉnh (kind: province)',
        message: () => 'units.yaml không có đơn vị cấp tỉnh (kind: province)',
        hint: () => 'Thêm một đơn vị, ví dụ `- { code: "51", name: Tỉnh Quảng Ngãi, kind: province }`.',
      },
      en: {
        summary: 'units.yaml has no province unit (kind: province)',
        message: () => 'units.yaml has no province unit (kind: province)',
        hint: () => 'Add one, e.g. `- { code: "51", name: Tỉnh Quảng Ngãi, kind: province }`.',
      },
    },
    'period-missing': {
      severity: 'error',
      vi: {
        summary: 'set.yaml thiếu ngày chốt/hạn nộp cho tần suất đang dùng',
        message: (p) => `set.yaml thiếu cấu hình kỳ cho tần suất "${p.frequency}"`,
        hint: (p) => `Thêm \`periods.${p.frequency}: { cutoff_day: 14, deadline_days: 5 }\` vào set.yaml.`,
      },
      en: {
        summary: 'set.yaml lacks the cut-off/deadline of a frequency in use',
        message: (p) => `set.yaml has no period settings for frequency "${p.frequency}"`,
        hint: (p) => `Add \`periods.${p.frequency}: { cutoff_day: 14, deadline_days: 5 }\` to set.yaml.`,
      },
    },
    'value-type-unit': {
      severity: 'warning',
      vi: {
        summary: 'Kiểu giá trị không khớp đơn vị tính',
        message: (p) => `"${p.code}" có đơn vị tính "${p.unit}" nhưng value_type là "${p.valueType}"`,
        hint: () => 'Chỉ số đơn vị % dùng value_type: percent; chỉ số đếm (người, hồ sơ, …) dùng integer.',
      },
      en: {
        summary: 'Value type does not match the unit of measure',
        message: (p) => `"${p.code}" has unit "${p.unit}" but value_type "${p.valueType}"`,
        hint: () => 'Indicators in % use value_type: percent; counts (people, dossiers, …) use integer.',
      },
    },
  },
);
