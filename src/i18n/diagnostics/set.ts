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
    'holiday-invalid': {
      severity: 'error',
      vi: {
        summary: 'set.yaml có ngày nghỉ không tồn tại',
        message: (p) => `Ngày nghỉ "${p.date}" trong holidays của set.yaml không có trong lịch`,
        hint: () => 'Sửa thành một ngày có thật, dạng YYYY-MM-DD (tháng 01–12, ngày trong tháng, ví dụ 2026-02-20).',
      },
      en: {
        summary: 'set.yaml lists a holiday that does not exist',
        message: (p) => `Holiday "${p.date}" in set.yaml's holidays is not a date of the calendar`,
        hint: () => 'Write a real day as YYYY-MM-DD (month 01–12, a day of that month, e.g. 2026-02-20).',
      },
    },
    'drafting-unit-unknown': {
      severity: 'error',
      vi: {
        summary: 'Cơ quan soạn thảo (drafting_unit) không có trong units.yaml hay agencies.yaml',
        message: (p) => `drafting_unit "${p.code}" trong set.yaml không phải mã đơn vị hay cơ quan của bộ chỉ số`,
        hint: (p) =>
          `Ghi mã của cơ quan soạn thảo bộ chỉ số (ví dụ VPUBND), có trong units.yaml hoặc agencies.yaml${p.suggestion ? ` (có phải "${p.suggestion}"?)` : ''}; nếu không, lấy ý kiến sẽ gửi phiếu cho chính cơ quan này.`,
      },
      en: {
        summary: 'The drafting office (drafting_unit) is not in units.yaml or agencies.yaml',
        message: (p) => `drafting_unit "${p.code}" in set.yaml is not a unit or agency code of the set`,
        hint: (p) =>
          `Write the code of the office that drafts the set (e.g. VPUBND), as in units.yaml or agencies.yaml${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}; otherwise the consultation sends that office a form of its own.`,
      },
    },
    'decision-date-invalid': {
      severity: 'error',
      vi: {
        summary: 'Ngày quyết định ban hành không tồn tại',
        message: (p) => `Ngày quyết định "${p.date}" (decision.date) trong set.yaml không có trong lịch; phụ lục (catalog --out phu-luc.docx) sẽ in ngày không có thật`,
        hint: () => 'Sửa thành một ngày có thật, dạng YYYY-MM-DD (tháng 01–12, ngày trong tháng, ví dụ 2026-01-05).',
      },
      en: {
        summary: 'The decision date does not exist',
        message: (p) => `Decision date "${p.date}" (decision.date) in set.yaml is not a date of the calendar; the annex (catalog --out phu-luc.docx) would print a day that does not exist`,
        hint: () => 'Write a real day as YYYY-MM-DD (month 01–12, a day of that month, e.g. 2026-01-05).',
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
    'unknown-system': {
      severity: 'error',
      vi: {
        summary: 'Chỉ số lấy từ hệ thống không có trong systems.yaml',
        message: (p) => `Chỉ số "${p.code}" lấy số liệu từ hệ thống "${p.system}", nhưng systems.yaml không có hệ thống này`,
        hint: (p) =>
          `Thêm hệ thống "${p.system}" (id, name, owner) vào systems.yaml trong thư mục bộ chỉ số, hoặc sửa mã${p.suggestion ? ` (có phải "${p.suggestion}"?)` : ''}. Các hệ thống đã khai báo: ${p.known || '(chưa có)'}.`,
      },
      en: {
        summary: 'A system indicator names a system not in systems.yaml',
        message: (p) => `Indicator "${p.code}" is taken from system "${p.system}", which systems.yaml does not declare`,
        hint: (p) =>
          `Add system "${p.system}" (id, name, owner) to systems.yaml in the set folder, or fix the id${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}. Declared systems: ${p.known || '(none)'}.`,
      },
    },
    'system-missing': {
      severity: 'error',
      vi: {
        summary: 'Chỉ số collection: system chưa ghi hệ thống nguồn',
        message: (p) => `Chỉ số "${p.code}" có collection: system nhưng không ghi system: (hệ thống cung cấp số liệu)`,
        hint: (p) => `Thêm \`system: <mã>\` với mã một hệ thống trong systems.yaml${p.known ? ` (${p.known})` : ''}, hoặc bỏ collection: system nếu đơn vị nhập chỉ số này vào biểu mẫu.`,
      },
      en: {
        summary: 'A collection: system indicator names no system',
        message: (p) => `Indicator "${p.code}" has collection: system but no system: (the system its values come from)`,
        hint: (p) => `Add \`system: <id>\` naming a system of systems.yaml${p.known ? ` (${p.known})` : ''}, or drop collection: system if units type this indicator into their forms.`,
      },
    },
    'system-on-form-indicator': {
      severity: 'error',
      vi: {
        summary: 'Chỉ số nhập trên biểu mẫu lại ghi hệ thống nguồn',
        message: (p) => `Chỉ số "${p.code}" ghi system: ${p.system} nhưng không có collection: system, nên vẫn nằm trên biểu mẫu của các đơn vị`,
        hint: () => 'Thêm `collection: system` nếu số liệu lấy từ hệ thống (chỉ số sẽ không còn trên biểu mẫu), hoặc xóa dòng system: nếu đơn vị nhập số liệu.',
      },
      en: {
        summary: 'A form indicator names a source system',
        message: (p) => `Indicator "${p.code}" names system: ${p.system} but has no collection: system, so it stays on the units' forms`,
        hint: () => 'Add `collection: system` if the values come from the system (the indicator leaves the forms), or remove system: if units type the values in.',
      },
    },
    'unknown-system-owner': {
      severity: 'error',
      vi: {
        summary: 'Cơ quan quản lý hệ thống không có trong agencies.yaml',
        message: (p) => `Hệ thống "${p.system}" do cơ quan "${p.owner}" quản lý, nhưng agencies.yaml không có cơ quan này`,
        hint: (p) => `Ghi owner là mã một cơ quan trong agencies.yaml${p.suggestion ? ` (có phải "${p.suggestion}"?)` : ''}, hoặc thêm cơ quan "${p.owner}" vào agencies.yaml.`,
      },
      en: {
        summary: 'A system’s owner is not in agencies.yaml',
        message: (p) => `System "${p.system}" is run by agency "${p.owner}", which agencies.yaml does not declare`,
        hint: (p) => `Set owner to an agency code of agencies.yaml${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}, or add agency "${p.owner}" to agencies.yaml.`,
      },
    },
    'baseline-after-target': {
      severity: 'error',
      vi: {
        summary: 'Năm gốc sau năm đạt chỉ tiêu',
        message: (p) => `Chỉ số "${p.code}": năm gốc ${p.baseline} sau năm đạt chỉ tiêu ${p.target}`,
        hint: () => 'Năm gốc (baseline.year) là năm của số liệu xuất phát, phải trước hoặc bằng năm đạt chỉ tiêu (target.by): sửa một trong hai.',
      },
      en: {
        summary: 'Baseline year after the target year',
        message: (p) => `Indicator "${p.code}": baseline year ${p.baseline} is after target year ${p.target}`,
        hint: () => 'The baseline year (baseline.year) is the starting figure’s year and must not be after the target year (target.by): fix one of them.',
      },
    },
    'milestone-order': {
      severity: 'error',
      vi: {
        summary: 'Lộ trình không theo thứ tự năm hoặc trùng năm',
        message: (p) => `Chỉ số "${p.code}": mốc năm ${p.year} đứng sau mốc năm ${p.previous}`,
        hint: () => 'Ghi mỗi năm một mốc trong milestones, theo thứ tự năm tăng dần.',
      },
      en: {
        summary: 'Milestones out of year order or a year given twice',
        message: (p) => `Indicator "${p.code}": milestone ${p.year} comes after milestone ${p.previous}`,
        hint: () => 'Give one milestone per year in milestones, in increasing year order.',
      },
    },
    'milestone-outside': {
      severity: 'error',
      vi: {
        summary: 'Mốc lộ trình ngoài khoảng từ năm gốc đến năm đạt chỉ tiêu',
        message: (p) => `Chỉ số "${p.code}": mốc năm ${p.year} nằm ngoài khoảng sau năm gốc ${p.from} đến năm đạt chỉ tiêu ${p.to}`,
        hint: () => 'Mốc lộ trình phải sau năm gốc (baseline.year) và không sau năm đạt chỉ tiêu (target.by): sửa năm của mốc, năm gốc hoặc năm đạt.',
      },
      en: {
        summary: 'A milestone outside the baseline-to-target years',
        message: (p) => `Indicator "${p.code}": milestone ${p.year} lies outside the years after baseline ${p.from} up to target ${p.to}`,
        hint: () => 'Milestones come after the baseline year (baseline.year) and not after the target year (target.by): fix the milestone’s year, the baseline or the target year.',
      },
    },
    'warning-thresholds-cross': {
      severity: 'error',
      vi: {
        summary: 'Ngưỡng cảnh báo dưới không nhỏ hơn ngưỡng trên',
        message: (p) => `Chỉ số "${p.code}": warning.below ${p.below} không nhỏ hơn warning.above ${p.above}, mọi giá trị đều bị cảnh báo`,
        hint: () => 'Ngưỡng below phải nhỏ hơn ngưỡng above: giá trị nằm giữa hai ngưỡng là bình thường.',
      },
      en: {
        summary: 'The lower warning threshold is not below the upper one',
        message: (p) => `Indicator "${p.code}": warning.below ${p.below} is not below warning.above ${p.above}, so every value warns`,
        hint: () => 'below must be smaller than above: values between the two are normal.',
      },
    },
    'warning-beyond-target': {
      severity: 'warning',
      vi: {
        summary: 'Ngưỡng cảnh báo vượt quá chỉ tiêu theo hướng của chỉ tiêu',
        message: (p) =>
          `Chỉ số "${p.code}": warning.${p.field} ${p.threshold} ${p.direction === 'higher' ? 'cao hơn' : 'thấp hơn'} chỉ tiêu ${p.target} (${p.direction === 'higher' ? 'càng cao càng tốt' : 'càng thấp càng tốt'}), nên giá trị đã đạt chỉ tiêu vẫn bị cảnh báo`,
        hint: (p) => (p.direction === 'higher' ? 'Với chỉ số càng cao càng tốt, đặt warning.below thấp hơn chỉ tiêu.' : 'Với chỉ số càng thấp càng tốt, đặt warning.above cao hơn chỉ tiêu.'),
      },
      en: {
        summary: 'A warning threshold beyond the target in the target’s direction',
        message: (p) =>
          `Indicator "${p.code}": warning.${p.field} ${p.threshold} is ${p.direction === 'higher' ? 'above' : 'below'} the target ${p.target} (${p.direction === 'higher' ? 'higher is better' : 'lower is better'}), so a value that meets the target still warns`,
        hint: (p) => (p.direction === 'higher' ? 'For a higher-is-better indicator, set warning.below under the target.' : 'For a lower-is-better indicator, set warning.above over the target.'),
      },
    },
    'type-composite': {
      severity: 'warning',
      vi: {
        summary: 'Loại chỉ số composite không còn dùng',
        message: (p) => `Chỉ số "${p.code}" có type: composite, không thuộc năm loại của Công văn 7146/VPCP-KSTT`,
        hint: () => 'Đổi type thành một trong input (đầu vào), process (quá trình), output (đầu ra), result (kết quả), impact (tác động); chỉ số tổng hợp thường là result hoặc impact.',
      },
      en: {
        summary: 'Indicator type composite is deprecated',
        message: (p) => `Indicator "${p.code}" has type: composite, which is not one of the five types of 7146/VPCP-KSTT`,
        hint: () => 'Change type to one of input, process, output, result, impact; a composite index is usually result or impact.',
      },
    },
  },
);
