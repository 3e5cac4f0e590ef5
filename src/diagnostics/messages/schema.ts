import type { MessageTable } from './template.js';

type Codes =
  | 'schema-required'
  | 'schema-unknown-property'
  | 'schema-type'
  | 'schema-enum'
  | 'schema-pattern'
  | 'schema-range'
  | 'schema-length'
  | 'schema-unique'
  | 'schema-invalid';

// Params: field (the key or path shown), expected, allowed (comma list), actual, limit, detail, title (schema title).
export const SCHEMA_MESSAGES: MessageTable<Codes> = {
  vi: {
    'schema-required': {
      message: (p) => `Thiếu trường bắt buộc "${p.field}"${p.title ? ` (${p.title})` : ''}`,
      hint: (p) => `Thêm dòng \`${p.field}: …\`${p.description ? `: ${p.description}` : ''}.`,
    },
    'schema-unknown-property': {
      message: (p) => `Trường "${p.field}" không có trong mô hình`,
      hint: (p) => (p.suggestion ? `Có phải ý bạn là "${p.suggestion}"? ` : '') + `Các trường được phép: ${p.allowed}.`,
    },
    'schema-type': {
      message: (p) => `"${p.field}" phải là ${p.expected}`,
      hint: (p) => (p.description ? `${p.description}` : `Sửa giá trị thành ${p.expected}.`),
    },
    'schema-enum': {
      message: (p) => `"${p.field}" có giá trị "${p.actual}" không được phép`,
      hint: (p) => `Giá trị được phép: ${p.allowed}.`,
    },
    'schema-pattern': {
      message: (p) => `"${p.field}" có giá trị "${p.actual}" sai định dạng`,
      hint: (p) => `${p.description ?? `Định dạng yêu cầu: ${p.pattern}`}`,
    },
    'schema-range': {
      message: (p) => `"${p.field}" = ${p.actual} phải ${p.comparison} ${p.limit}`,
      hint: (p) => (p.description ? `${p.description}` : 'Sửa giá trị cho nằm trong khoảng cho phép.'),
    },
    'schema-length': {
      message: (p) => `"${p.field}" ${p.comparison} ${p.limit} ${p.what}`,
      hint: (p) => (p.description ? `${p.description}` : 'Sửa độ dài cho phù hợp.'),
    },
    'schema-unique': {
      message: (p) => `"${p.field}" có phần tử lặp lại`,
      hint: () => 'Xóa phần tử lặp.',
    },
    'schema-invalid': {
      message: (p) => `"${p.field}" không hợp lệ: ${p.detail}`,
      hint: (p) => (p.description ? `${p.description}` : 'Xem mô tả trường trong schemas/.'),
    },
  },
  en: {
    'schema-required': {
      message: (p) => `Missing required field "${p.field}"${p.title ? ` (${p.title})` : ''}`,
      hint: (p) => `Add \`${p.field}: …\`${p.description ? `: ${p.description}` : ''}.`,
    },
    'schema-unknown-property': {
      message: (p) => `Field "${p.field}" is not part of the model`,
      hint: (p) => (p.suggestion ? `Did you mean "${p.suggestion}"? ` : '') + `Allowed fields: ${p.allowed}.`,
    },
    'schema-type': {
      message: (p) => `"${p.field}" must be ${p.expected}`,
      hint: (p) => (p.description ? `${p.description}` : `Change the value to ${p.expected}.`),
    },
    'schema-enum': {
      message: (p) => `"${p.field}" has the value "${p.actual}", which is not allowed`,
      hint: (p) => `Allowed values: ${p.allowed}.`,
    },
    'schema-pattern': {
      message: (p) => `"${p.field}" has the value "${p.actual}" in the wrong form`,
      hint: (p) => `${p.description ?? `Required form: ${p.pattern}`}`,
    },
    'schema-range': {
      message: (p) => `"${p.field}" = ${p.actual} must be ${p.comparison} ${p.limit}`,
      hint: (p) => (p.description ? `${p.description}` : 'Change the value to fit the allowed range.'),
    },
    'schema-length': {
      message: (p) => `"${p.field}" ${p.comparison} ${p.limit} ${p.what}`,
      hint: (p) => (p.description ? `${p.description}` : 'Change the length.'),
    },
    'schema-unique': {
      message: (p) => `"${p.field}" has repeated items`,
      hint: () => 'Remove the repeated item.',
    },
    'schema-invalid': {
      message: (p) => `"${p.field}" is not valid: ${p.detail}`,
      hint: (p) => (p.description ? `${p.description}` : 'See the field description in schemas/.'),
    },
  },
};
