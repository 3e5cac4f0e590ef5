import chalk, { Chalk } from 'chalk';
import { CODES, countBySeverity, type Diagnostic } from '../diagnostics/index.js';
import { cliText } from '../i18n/cli.js';
import { severityWord } from '../i18n/words.js';
import { groupRepeated, UNIT_CODES, type RepeatedCode } from './group-repeated.js';
import type { FormatOptions, Formatter } from './types.js';

/** Files named in a repeated code's entry; the rest are counted ("và 111 tệp khác"). */
const FILES_SHOWN = 5;

/**
 * Human output grouped by file: `file:line:col  severity  message  code`, then the hint, then a count. A code that
 * repeats in many files (`groupRepeated`) is one entry after them, with the count and the first files.
 */
export const stylish: Formatter = (diagnostics, options) => {
  const t = cliText(options.lang).stylish;
  const c = new Chalk({ level: options.color ? chalk.level || 1 : 0 });
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
      const sev = paint[d.severity](severityWord(d.severity, options.lang, true));
      lines.push(`  ${c.dim(where)}  ${sev}  ${d.message}  ${c.dim(d.code)}`);
      if (d.hint) lines.push(`      ${c.dim('→ ' + d.hint)}`);
    }
    lines.push('');
  }
  for (const group of repeated) lines.push(...repeatedEntry(group, options, c, paint));
  const n = countBySeverity(diagnostics);
  const total = t.total(n.errors, n.warnings, n.infos);
  lines.push(n.errors ? c.red.bold(`✖ ${total}`) : n.warnings ? c.yellow.bold(`⚠ ${total}`) : c.green.bold(`✔ ${total}`));
  return lines.join('\n') + '\n';
};

/**
 * `output-exists  lỗi  Tệp đích đã tồn tại với nội dung khác: 116 tệp`, the first files and "và 111 tệp khác", the
 * hint when every diagnostic has the same one, and where to find them all.
 */
function repeatedEntry(group: RepeatedCode, options: FormatOptions, c: InstanceType<typeof Chalk>, paint: Record<Diagnostic['severity'], (s: string) => string>): string[] {
  const { lang } = options;
  const t = cliText(lang).stylish;
  const list = group.diagnostics;
  const first = list[0];
  const count = list.length;
  const files = list.slice(0, FILES_SHOWN).map((d) => d.location.file);
  const more = count - files.length;
  const sev = paint[first.severity](severityWord(first.severity, lang, true));
  // A unit that sent nothing is located by its code, not a file: count what the list holds.
  const ofUnits = UNIT_CODES.has(group.code);
  const counted = ofUnits ? t.units(count) : t.files(count);
  const title = `${CODES[group.code][lang]}: ${counted}`;
  const out = [c.underline(counted), `  ${sev}  ${title}  ${c.dim(group.code)}`];
  out.push(`      ${files.join(', ')}${more ? (ofUnits ? t.moreUnits(more) : t.moreFiles(more)) : ''}`);
  const hints = new Set(list.map((d) => d.hint));
  if (hints.size === 1 && first.hint) out.push(`      ${c.dim('→ ' + first.hint)}`);
  const alike = list.every((d) => d.message === first.message);
  const example = alike ? '' : t.example(first.message);
  out.push(`      ${c.dim(`(${example}${t.fullList})`)}`);
  out.push('');
  return out;
}
