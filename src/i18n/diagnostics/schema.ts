import { defineDiagnostics } from './define.js';

/** Mô hình dữ liệu (JSON Schema) / The data model (JSON Schema). */
export const schema = defineDiagnostics(
  'schema',
  { vi: 'Mô hình dữ liệu (JSON Schema)', en: 'The data model (JSON Schema)' },
  {
    'schema-required': {
      severity: 'error',
      vi: {
        summary: 'Thiếu trường bắt buộc',
        message: (p) => `Thiếu trường bắt buộc "${p.field}"${p.title ? ` (${p.title})` : ''}`,
        hint: (p) => `Thêm dòng \`${p.field}: …\`${p.description ? `: ${p.description}` : ''}.`,
      },
      en: {
        summary: 'A required field is missing',
        message: (p) => `Missing required field "${p.field}"${p.title ? ` (${p.title})` : ''}`,
        hint: (p) => `Add \`${p.field}: …\`${p.description ? `: ${p.description}` : ''}.`,
      },
    },
    'schema-unknown-property': {
      severity: 'error',
      vi: {
        summary: 'Trường không có trong mô hình',
        message: (p) => `Trường "${p.field}" không có trong mô hình`,
        hint: (p) => (p.suggestion ? `Có phải ý bạn là "${p.suggestion}"? ` : '') + `Các trường được phép: ${p.allowed}.`,
      },
      en: {
        summary: 'A field that the model does not define',
        message: (p) => `Field "${p.field}" is not part of the model`,
        hint: (p) => (p.suggestion ? `Did you mean "${p.suggestion}"? ` : '') + `Allowed fields: ${p.allowed}.`,
      },
    },
    'schema-type': {
      severity: 'error',
      vi: {
        summary: 'Sai kiểu dữ liệu',
        message: (p) => `"${p.field}" phải là ${p.expected}`,
        hint: (p) => (p.description ? `${p.description}` : `Sửa giá trị thành ${p.expected}.`),
      },
      en: {
        summary: 'Wrong type',
        message: (p) => `"${p.field}" must be ${p.expected}`,
        hint: (p) => (p.description ? `${p.description}` : `Change the value to ${p.expected}.`),
      },
    },
    'schema-enum': {
      severity: 'error',
      vi: {
        summary: 'Giá trị không thuộc danh sách cho phép',
        message: (p) => `"${p.field}" có giá trị "${p.actual}" không được phép`,
        hint: (p) => `Giá trị được phép: ${p.allowed}.`,
      },
      en: {
        summary: 'A value outside the allowed list',
        message: (p) => `"${p.field}" has the value "${p.actual}", which is not allowed`,
        hint: (p) => `Allowed values: ${p.allowed}.`,
      },
    },
    'schema-pattern': {
      severity: 'error',
      vi: {
        summary: 'Giá trị sai định dạng',
        message: (p) => `"${p.field}" có giá trị "${p.actual}" sai định dạng`,
        hint: (p) => `${p.description ?? `Định dạng yêu cầu: ${p.pattern}`}`,
      },
      en: {
        summary: 'A value in the wrong form',
        message: (p) => `"${p.field}" has the value "${p.actual}" in the wrong form`,
        hint: (p) => `${p.description ?? `Required form: ${p.pattern}`}`,
      },
    },
    'schema-range': {
      severity: 'error',
      vi: {
        summary: 'Số nằm ngoài khoảng cho phép',
        message: (p) => `"${p.field}" = ${p.actual} phải ${p.comparison} ${p.limit}`,
        hint: (p) => (p.description ? `${p.description}` : 'Sửa giá trị cho nằm trong khoảng cho phép.'),
      },
      en: {
        summary: 'A number outside its allowed range',
        message: (p) => `"${p.field}" = ${p.actual} must be ${p.comparison} ${p.limit}`,
        hint: (p) => (p.description ? `${p.description}` : 'Change the value to fit the allowed range.'),
      },
    },
    'schema-length': {
      severity: 'error',
      vi: {
        summary: 'Chuỗi hoặc danh sách quá ngắn/dài',
        message: (p) => `"${p.field}" ${p.comparison} ${p.limit} ${p.what}`,
        hint: (p) => (p.description ? `${p.description}` : 'Sửa độ dài cho phù hợp.'),
      },
      en: {
        summary: 'A string or list too short or too long',
        message: (p) => `"${p.field}" ${p.comparison} ${p.limit} ${p.what}`,
        hint: (p) => (p.description ? `${p.description}` : 'Change the length.'),
      },
    },
    'schema-unique': {
      severity: 'error',
      vi: {
        summary: 'Danh sách có phần tử lặp',
        message: (p) => `"${p.field}" có phần tử lặp lại`,
        hint: () => 'Xóa phần tử lặp.',
      },
      en: {
        summary: 'A list has repeated items',
        message: (p) => `"${p.field}" has repeated items`,
        hint: () => 'Remove the repeated item.',
      },
    },
    'schema-invalid': {
      severity: 'error',
      vi: {
        summary: 'Giá trị không hợp lệ theo mô hình',
        message: (p) => `"${p.field}" không hợp lệ: ${p.detail}`,
        hint: (p) => (p.description ? `${p.description}` : 'Xem mô tả trường trong schemas/.'),
      },
      en: {
        summary: 'A value the model does not accept',
        message: (p) => `"${p.field}" is not valid: ${p.detail}`,
        hint: (p) => (p.description ? `${p.description}` : 'See the field description in schemas/.'),
      },
    },
  },
);
