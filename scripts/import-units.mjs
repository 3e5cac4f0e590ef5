#!/usr/bin/env node
// Regenerates indicators/units.yaml from the statistics office's unit list (CSV: level,code_if_known,name).
// Usage: node scripts/import-units.mjs ../shared/data/quang-ngai-units.csv > indicators/units.yaml
// Departments have no official code in the CSV: they get the short codes below, which agencies.yaml reuses.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const DEPARTMENT_CODES = {
  'Văn phòng Ủy ban nhân dân tỉnh': 'VPUBND',
  'Sở Nội vụ': 'SNV',
  'Sở Tài chính': 'STC',
  'Sở Xây dựng': 'SXD',
  'Sở Nông nghiệp và Môi trường': 'SNNMT',
  'Sở Văn hóa, Thể thao và Du lịch': 'SVHTTDL',
  'Sở Khoa học và Công nghệ': 'SKHCN',
  'Thanh tra tỉnh': 'TTT',
  'Sở Giáo dục và Đào tạo': 'SGDDT',
  'Sở Y tế': 'SYT',
  'Sở Công Thương': 'SCT',
  'Sở Dân tộc và Tôn giáo': 'SDTTG',
  'Sở Tư pháp': 'STP',
  'Sở Ngoại vụ': 'SNGV',
};
/**
 * Other bodies that report: the police and social insurance own province-level indicators and fill their own workbook;
 * the Dung Quất economic zone board receives dossiers on the province's administrative-procedure system. Tax,
 * statistics, treasury, the State Bank and customs only cooperate (agencies.yaml), so they are not reporting units.
 */
const OTHER_UNITS = [
  ['CA', 'Công an tỉnh'],
  ['BHXH', 'Bảo hiểm xã hội tỉnh Quảng Ngãi'],
  ['BQLKKT', 'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi'],
];
const KIND = { tỉnh: 'province', xã: 'commune', phường: 'ward', 'đặc khu': 'special-zone' };

const rows = parse(readFileSync(process.argv[2]), { columns: true, skip_empty_lines: true, trim: true });
const quote = (s) => (/^[\p{L}\d ,.()-]+$/u.test(s) && !/^\d/.test(s) && !s.includes(',') ? s : JSON.stringify(s));
const lines = [
  '# yaml-language-server: $schema=../schemas/units.schema.json',
  '# Tỉnh, 14 cơ quan chuyên môn thuộc UBND tỉnh, 96 xã, phường, đặc khu (mã đơn vị hành chính của Thống kê)',
  '# và các cơ quan khác là đơn vị báo cáo: Công an tỉnh, BHXH tỉnh (chỉ số cấp tỉnh do mình chủ trì) và Ban Quản lý',
  '# Khu kinh tế Dung Quất (hồ sơ TTHC trên hệ thống của tỉnh). Sinh bằng scripts/import-units.mjs.',
  'units:',
];
for (const r of rows) {
  const kind = KIND[r.level] ?? 'department';
  const code = kind === 'department' ? DEPARTMENT_CODES[r.name] : r.code_if_known;
  if (!code) throw new Error(`no code for ${r.name}`);
  lines.push(`  - { code: "${code}", name: ${quote(r.name)}, kind: ${kind} }`);
  if (kind === 'province') {
    for (const [c, n] of OTHER_UNITS) lines.push(`  - { code: "${c}", name: ${quote(n)}, kind: other }`);
  }
}
process.stdout.write(lines.join('\n') + '\n');
