import chalk, { Chalk } from 'chalk';
import { countBySeverity, pick, type Diagnostic } from '../diagnostics/index.js';
import type { Formatter } from './types.js';

const SEVERITY_TEXT = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

/** Human output grouped by file: `file:line:col  severity  message  code`, then the hint, then a count. */
export const stylish: Formatter = (diagnostics, options) => {
  const c = new Chalk({ level: options.color ? (chalk.level || 1) : 0 });
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
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
