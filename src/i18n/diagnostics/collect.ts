import { defineDiagnostics } from './define.js';

const ENV_VI = (env: unknown) => `Đặt biến môi trường ${env} trước khi chạy (ví dụ export ${env}=…), hoặc dùng --system để chỉ lấy hệ thống khác.`;
const ENV_EN = (env: unknown) => `Set the environment variable ${env} before running (e.g. export ${env}=…), or use --system to collect other systems only.`;

/** Lấy số liệu từ hệ thống / Collecting from systems (issue 14). */
export const collect = defineDiagnostics(
  'collect',
  { vi: 'Lấy số liệu từ hệ thống', en: 'Collecting from systems' },
  {
    'query-missing': {
      severity: 'warning',
      vi: {
        summary: 'Chỉ số lấy từ hệ thống chưa có truy vấn',
        message: (p) => `Chỉ số "${p.code}" lấy từ hệ thống "${p.system}" nhưng chưa có query: indicators collect bỏ qua, số liệu của chỉ số sẽ để trống`,
        hint: () => 'Ghi query: câu lệnh SQL (postgres), đường dẫn (http-json) hoặc tệp kết xuất (csv) trả về unit_code và value; chỉ số tính bằng công thức thì không cần.',
      },
      en: {
        summary: 'A system indicator has no query',
        message: (p) => `Indicator "${p.code}" is taken from system "${p.system}" but has no query: indicators collect skips it and its figures stay blank`,
        hint: () => 'Write query: SQL (postgres), a path (http-json) or an export file (csv) returning unit_code and value; a derived indicator needs none.',
      },
    },
    'query-not-allowed': {
      severity: 'error',
      vi: {
        summary: 'Chỉ số nhập trên biểu hoặc tính bằng công thức có truy vấn',
        message: (p) => `Chỉ số "${p.code}" có ${p.field}: nhưng ${p.reason === 'derived' ? 'được tính bằng công thức' : 'được nhập trên biểu mẫu (không có collection: system)'}`,
        hint: (p) => (p.reason === 'derived' ? `Xóa ${p.field}: số liệu này được tính lại từ các thành phần.` : `Thêm collection: system và system: <mã hệ thống>, hoặc xóa ${p.field}:.`),
      },
      en: {
        summary: 'A form or derived indicator has a query',
        message: (p) => `Indicator "${p.code}" has ${p.field}: but ${p.reason === 'derived' ? 'is computed by its formula' : 'is typed on forms (no collection: system)'}`,
        hint: (p) => (p.reason === 'derived' ? `Remove ${p.field}: the value is recomputed from its components.` : `Add collection: system and system: <system id>, or remove ${p.field}:.`),
      },
    },
    'query-unknown-parameter': {
      severity: 'error',
      vi: {
        summary: 'Truy vấn dùng tham số không có',
        message: (p) => `Truy vấn của chỉ số "${p.code}" dùng tham số ${p.parameter}, không phải một trong ${p.known}`,
        hint: () => 'Chỉ dùng :period, :period_start, :period_end (SQL) hoặc {period}, {period_start}, {period_end} (đường dẫn); viết ::kiểu cho phép ép kiểu của PostgreSQL.',
      },
      en: {
        summary: 'A query uses an unknown parameter',
        message: (p) => `The query of indicator "${p.code}" uses parameter ${p.parameter}, not one of ${p.known}`,
        hint: () => 'Use only :period, :period_start, :period_end (SQL) or {period}, {period_start}, {period_end} (paths); write ::type for a PostgreSQL cast.',
      },
    },
    'system-kind-missing': {
      severity: 'error',
      vi: {
        summary: 'Hệ thống có chỉ số cần lấy nhưng chưa ghi cách kết nối',
        message: (p) => `Hệ thống "${p.system}" cung cấp chỉ số "${p.code}" nhưng chưa ghi kind:${p.kind === 'connection' ? ' và connection_env:' : ''}`,
        hint: () => 'Ghi kind: postgres | http-json | csv và (với postgres, http-json) connection_env: TÊN_BIẾN_MÔI_TRƯỜNG trong systems.yaml.',
      },
      en: {
        summary: 'A system supplying indicators has no connection kind',
        message: (p) => `System "${p.system}" supplies indicator "${p.code}" but has no kind:${p.kind === 'connection' ? ' and connection_env:' : ''}`,
        hint: () => 'Write kind: postgres | http-json | csv and (for postgres, http-json) connection_env: ENVIRONMENT_VARIABLE in systems.yaml.',
      },
    },
    'system-env-missing': {
      severity: 'error',
      vi: {
        summary: 'Chưa đặt biến môi trường kết nối hệ thống',
        message: (p) => `Hệ thống "${p.system}": biến môi trường ${p.env} chưa được đặt; không lấy được số liệu của hệ thống này`,
        hint: (p) => ENV_VI(p.env),
      },
      en: {
        summary: 'A system’s connection environment variable is not set',
        message: (p) => `System "${p.system}": the environment variable ${p.env} is not set; nothing was collected from it`,
        hint: (p) => ENV_EN(p.env),
      },
    },
    'system-unreachable': {
      severity: 'error',
      vi: {
        summary: 'Không kết nối được hệ thống',
        message: (p) => `Hệ thống "${p.system}" (${p.target}): không kết nối được: ${p.detail}`,
        hint: () => 'Kiểm tra địa chỉ, cổng và mạng (máy chủ có chạy, tường lửa có cho phép), rồi chạy lại.',
      },
      en: {
        summary: 'The system could not be reached',
        message: (p) => `System "${p.system}" (${p.target}): could not connect: ${p.detail}`,
        hint: () => 'Check the address, port and network (is the server running, does the firewall allow it), then run again.',
      },
    },
    'system-auth-failed': {
      severity: 'error',
      vi: {
        summary: 'Hệ thống từ chối đăng nhập',
        message: (p) => `Hệ thống "${p.system}" (${p.target}): đăng nhập bị từ chối: ${p.detail}`,
        hint: (p) => `Kiểm tra tài khoản và mật khẩu (hoặc mã truy cập) trong biến môi trường ${p.env}; đề nghị đơn vị quản lý hệ thống cấp tài khoản chỉ đọc.`,
      },
      en: {
        summary: 'The system refused the credentials',
        message: (p) => `System "${p.system}" (${p.target}): authentication failed: ${p.detail}`,
        hint: (p) => `Check the user and password (or token) in the environment variable ${p.env}; ask the system’s owner for a read-only account.`,
      },
    },
    'system-query-failed': {
      severity: 'error',
      vi: {
        summary: 'Truy vấn của chỉ số bị hệ thống báo lỗi',
        message: (p) => `Hệ thống "${p.system}", chỉ số "${p.code}": truy vấn bị lỗi: ${p.detail}`,
        hint: () => 'Sửa query: trong tệp nhóm chỉ số (chạy indicators collect --dry-run để xem câu lệnh và tham số), rồi chạy lại.',
      },
      en: {
        summary: 'The system rejected an indicator’s query',
        message: (p) => `System "${p.system}", indicator "${p.code}": the query failed: ${p.detail}`,
        hint: () => 'Fix query: in the group file (indicators collect --dry-run shows the statement and its parameters), then run again.',
      },
    },
    'system-timeout': {
      severity: 'error',
      vi: {
        summary: 'Hệ thống trả lời quá thời gian cho phép',
        message: (p) => `Hệ thống "${p.system}"${p.code ? `, chỉ số "${p.code}"` : ''}: không trả lời sau ${p.seconds} giây`,
        hint: () => 'Chạy lại lúc hệ thống ít tải; nếu vẫn chậm, đề nghị đơn vị quản lý tạo chỉ mục hoặc bảng tổng hợp cho truy vấn này.',
      },
      en: {
        summary: 'The system did not answer in time',
        message: (p) => `System "${p.system}"${p.code ? `, indicator "${p.code}"` : ''}: no answer after ${p.seconds} seconds`,
        hint: () => 'Run again when the system is less busy; if it stays slow, ask its owner for an index or a summary table for this query.',
      },
    },
    'system-bad-answer': {
      severity: 'error',
      vi: {
        summary: 'Câu trả lời của hệ thống không đọc được',
        message: (p) => `Hệ thống "${p.system}", chỉ số "${p.code}": ${p.detail}`,
        hint: () => 'Câu trả lời phải là các dòng có unit_code và value (và breakdown, category khi có phân tổ); dùng select: để chỉ ra các trường khi tên khác.',
      },
      en: {
        summary: 'The system’s answer could not be read',
        message: (p) => `System "${p.system}", indicator "${p.code}": ${p.detail}`,
        hint: () => 'The answer must be rows with unit_code and value (and breakdown, category for a breakdown); use select: to name the fields when they differ.',
      },
    },
    'system-unknown-unit': {
      severity: 'error',
      vi: {
        summary: 'Hệ thống trả về dòng của đơn vị không có trong bộ chỉ số',
        message: (p) => `Hệ thống "${p.system}", chỉ số "${p.code}": dòng ${p.row} có mã đơn vị "${p.unit}", không có trong units.yaml; bỏ qua dòng này`,
        hint: () => 'Sửa truy vấn để trả mã đơn vị như units.yaml (ví dụ nối với bảng đối chiếu mã), hoặc thêm đơn vị vào units.yaml.',
      },
      en: {
        summary: 'The system returned a row for a unit the set does not know',
        message: (p) => `System "${p.system}", indicator "${p.code}": row ${p.row} has unit code "${p.unit}", not in units.yaml; the row is skipped`,
        hint: () => 'Make the query return the unit codes of units.yaml (e.g. join a code mapping table), or add the unit to units.yaml.',
      },
    },
    'system-unit-not-owing': {
      severity: 'warning',
      vi: {
        summary: 'Hệ thống trả về dòng của đơn vị không báo cáo chỉ số này',
        message: (p) => `Hệ thống "${p.system}", chỉ số "${p.code}": dòng ${p.row} của đơn vị "${p.unit}", đơn vị này không báo cáo chỉ số (reported_by); bỏ qua dòng này`,
        hint: () => 'Lọc truy vấn theo các đơn vị báo cáo chỉ số, hoặc sửa reported_by: của chỉ số.',
      },
      en: {
        summary: 'The system returned a row for a unit that does not report the indicator',
        message: (p) => `System "${p.system}", indicator "${p.code}": row ${p.row} is for unit "${p.unit}", which does not report it (reported_by); the row is skipped`,
        hint: () => 'Filter the query to the units that report the indicator, or fix its reported_by:.',
      },
    },
    'system-duplicate-row': {
      severity: 'error',
      vi: {
        summary: 'Hệ thống trả về hai dòng cho một đơn vị',
        message: (p) => `Hệ thống "${p.system}", chỉ số "${p.code}": đơn vị "${p.unit}"${p.category ? ` (${p.category})` : ''} có nhiều dòng (dòng ${p.rows}); không lấy giá trị nào`,
        hint: () => 'Thêm GROUP BY unit_code (và category) vào truy vấn để mỗi đơn vị một dòng.',
      },
      en: {
        summary: 'The system returned two rows for one unit',
        message: (p) => `System "${p.system}", indicator "${p.code}": unit "${p.unit}"${p.category ? ` (${p.category})` : ''} has several rows (rows ${p.rows}); no value is taken`,
        hint: () => 'Add GROUP BY unit_code (and category) to the query so each unit has one row.',
      },
    },
    'system-value-imprecise': {
      severity: 'error',
      vi: {
        summary: 'Hệ thống trả về số nguyên quá lớn để giữ chính xác',
        message: (p) => `Hệ thống "${p.system}", chỉ số "${p.code}": giá trị ${p.text} của đơn vị "${p.unit}" (dòng ${p.row}) vượt 9.007.199.254.740.991, không giữ được chính xác từng chữ số`,
        hint: () => 'Kiểm tra truy vấn (đơn vị tính, phép nhân thừa); số liệu lớn hơn thì đổi sang đơn vị lớn hơn (ví dụ triệu đồng).',
      },
      en: {
        summary: 'The system returned a whole number too large to keep exactly',
        message: (p) => `System "${p.system}", indicator "${p.code}": value ${p.text} of unit "${p.unit}" (row ${p.row}) exceeds 9,007,199,254,740,991 and cannot be kept digit for digit`,
        hint: () => 'Check the query (unit of measure, an extra multiplication); for larger figures use a larger unit (e.g. million đồng).',
      },
    },
    'system-not-a-number': {
      severity: 'error',
      vi: {
        summary: 'Hệ thống trả về giá trị không phải số',
        message: (p) => `Hệ thống "${p.system}", chỉ số "${p.code}": giá trị "${p.text}" của đơn vị "${p.unit}" (dòng ${p.row}) không phải là số`,
        hint: () => 'Sửa truy vấn để cột value là số (ví dụ count(*), sum(...)::numeric).',
      },
      en: {
        summary: 'The system returned a value that is not a number',
        message: (p) => `System "${p.system}", indicator "${p.code}": value "${p.text}" of unit "${p.unit}" (row ${p.row}) is not a number`,
        hint: () => 'Make the query’s value column a number (e.g. count(*), sum(...)::numeric).',
      },
    },
    'system-unknown-category': {
      severity: 'error',
      vi: {
        summary: 'Hệ thống trả về nhóm phân tổ không có',
        message: (p) => `Hệ thống "${p.system}", chỉ số "${p.code}": dòng ${p.row} có phân tổ "${p.category}", không phải nhóm nào của ${p.breakdown}; bỏ qua dòng này`,
        hint: (p) => `Trả cột category bằng mã nhóm trong breakdowns.yaml: ${p.known}.`,
      },
      en: {
        summary: 'The system returned an unknown breakdown category',
        message: (p) => `System "${p.system}", indicator "${p.code}": row ${p.row} has category "${p.category}", not a category of ${p.breakdown}; the row is skipped`,
        hint: (p) => `Return category as a code of breakdowns.yaml: ${p.known}.`,
      },
    },
    'system-no-row': {
      severity: 'warning',
      vi: {
        summary: 'Hệ thống không có số liệu của một đơn vị phải báo cáo',
        message: (p) =>
          `Hệ thống "${p.system}", chỉ số "${p.code}": ${p.row ? `dòng ${p.row} của đơn vị "${p.unit}" có value rỗng (NULL)` : `không có dòng nào cho đơn vị "${p.unit}"`}${p.category ? ` (${p.category})` : ''}; để trống`,
        hint: () => 'Một đơn vị không có hồ sơ nào không có dòng khi dùng GROUP BY: nối với danh sách đơn vị (LEFT JOIN … COALESCE(count, 0)) nếu số đúng là 0.',
      },
      en: {
        summary: 'The system has no figure for a unit that owes one',
        message: (p) =>
          `System "${p.system}", indicator "${p.code}": ${p.row ? `row ${p.row} of unit "${p.unit}" has a blank (NULL) value` : `no row for unit "${p.unit}"`}${p.category ? ` (${p.category})` : ''}; left blank`,
        hint: () => 'A unit with no records has no row under GROUP BY: join the list of units (LEFT JOIN … COALESCE(count, 0)) if the true figure is 0.',
      },
    },
    'system-return-unexpected': {
      severity: 'error',
      vi: {
        summary: 'Tệp lấy từ hệ thống không khớp bộ chỉ số',
        message: (p) =>
          p.known
            ? `Tệp lấy từ hệ thống "${p.system}" cho đơn vị "${p.unit}", nhưng đơn vị này không báo cáo chỉ số nào của hệ thống trong kỳ`
            : `Tệp lấy từ hệ thống "${p.system}", không có trong systems.yaml`,
        hint: () => 'Chạy lại indicators collect với bộ chỉ số hiện hành để ghi lại các tệp.',
      },
      en: {
        summary: 'A return collected from a system does not match the set',
        message: (p) =>
          p.known
            ? `Return collected from system "${p.system}" for unit "${p.unit}", which reports none of its indicators in the period`
            : `Return collected from system "${p.system}", which systems.yaml does not declare`,
        hint: () => 'Run indicators collect again with the current set to rewrite the returns.',
      },
    },
  },
);
