import type { Diagnostic } from '../diagnostics/index.js';
import type { Formatter } from './types.js';

// GitHub Actions workflow commands need `%`, `\r` and `\n` escaped in the message, and additionally `:` and `,`
// in properties. See https://github.com/actions/toolkit/issues/193 and toolkit's command.ts escapeData/escapeProperty.
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function line(d: Diagnostic): string {
  const l = d.location;
  const props = [`file=${escapeProperty(l.file)}`];
  if (l.line !== undefined) props.push(`line=${l.line}`);
  if (l.column !== undefined) props.push(`col=${l.column}`);
  const where = l.cell ? `${l.sheet ?? ''}!${l.cell}: ` : '';
  props.push(`title=${escapeProperty(d.code)}`);
  const message = `${where}${d.message}${d.hint ? `\n${d.hint}` : ''}`;
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(message)}`;
}

/** One workflow command per diagnostic, so GitHub annotates the YAML line (or the workbook file). */
export const github: Formatter = (diagnostics) => diagnostics.map((d) => line(d) + '\n').join('');
