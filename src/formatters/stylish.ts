import chalk, { Chalk } from 'chalk';
import { CODES, countBySeverity, pick, type Diagnostic } from '../diagnostics/index.js';
import { groupRepeated, type RepeatedCode } from './group-repeated.js';
import type { FormatOptions, Formatter } from './types.js';

const SEVERITY_TEXT = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

/** Files named in a repeated code's entry; the rest are counted ("và 111 tệp khác"). */
const FILES_SHOWN = 5;

/**
 * Human output grouped by file: `file:line:col  severity  message  code`, then the hint, then a count. A code that
 * repeats in many files (`groupRepeated`) is one entry after them, with the count and the first files.
 */
export const stylish: Formatter = (diagnostics, options) => {
  const c = new Chalk({ level: options.color ? (chalk.level || 1) : 0 });
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  const { single, repeated } = groupRepeated(diagnostics);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of single) {
    const list = byFile.get(d.location.file) ?? [];
    list.push(d);
    byFile.set(d.location.file, list);
  }
  for (const [file, list] of byFile) {
    lines.push(c.underline(file));
    for (const d of list) {
      const l = d.location;
      const where = l.line !== undefined ? `${file}:${l.line}:${l.column ?? 1}` : l.cell ? `${file}:${l.sheet}!${l.cell}` : file;
      const sev = paint[d.severity](SEVERITY_TEXT[options.lang][d.severity]);
      lines.push(`  ${c.dim(where)}  ${sev}  ${d.message}  ${c.dim(d.code)}`);
      if (d.hint) lines.push(`      ${c.dim('→ ' + d.hint)}`);
    }
    lines.push('');
  }
  for (const group of repeated) lines.push(...repeatedEntry(group, options, c, paint));
  const n = countBySeverity(diagnostics);
  const total = pick(
    {
      vi: `${n.errors} lỗi, ${n.warnings} cảnh báo, ${n.infos} thông tin`,
      en: `${n.errors} error(s), ${n.warnings} warning(s), ${n.infos} info`,
    },
    options.lang,
  );
  lines.push(n.errors ? c.red.bold(`✖ ${total}`) : n.warnings ? c.yellow.bold(`⚠ ${total}`) : c.green.bold(`✔ ${total}`));
  return lines.join('\n') + '\n';
};

/**
 * `output-exists  lỗi  Tệp đích đã tồn tại với nội dung khác: 116 tệp`, the first files and "và 111 tệp khác", the
 * hint when every diagnostic has the same one, and where to find them all.
 */
function repeatedEntry(group: RepeatedCode, options: FormatOptions, c: InstanceType<typeof Chalk>, paint: Record<Diagnostic['severity'], (s: string) => string>): string[] {
  const { lang } = options;
  const list = group.diagnostics;
  const first = list[0];
  const count = list.length;
  const files = list.slice(0, FILES_SHOWN).map((d) => d.location.file);
  const more = count - files.length;
  const sev = paint[first.severity](SEVERITY_TEXT[lang][first.severity]);
  const title = pick({ vi: `${CODES[group.code].vi}: ${count} tệp`, en: `${CODES[group.code].en}: ${count} files` }, lang);
  const out = [c.underline(pick({ vi: `${count} tệp`, en: `${count} files` }, lang)), `  ${sev}  ${title}  ${c.dim(group.code)}`];
  out.push(`      ${files.join(', ')}${more ? pick({ vi: ` và ${more} tệp khác`, en: ` and ${more} more files` }, lang) : ''}`);
  const hints = new Set(list.map((d) => d.hint));
  if (hints.size === 1 && first.hint) out.push(`      ${c.dim('→ ' + first.hint)}`);
  const alike = list.every((d) => d.message === first.message);
  const example = alike ? '' : pick({ vi: `ví dụ: ${first.message}; `, en: `e.g. ${first.message}; ` }, lang);
  out.push(`      ${c.dim(`(${example}${pick({ vi: 'đủ danh sách: --format json', en: 'the full list: --format json' }, lang)})`)}`);
  out.push('');
  return out;
}
