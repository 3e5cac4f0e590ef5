/** The outcome of reading a number typed as text. */
export type ParsedNumber = { kind: 'number'; value: number; notation: 'plain' | 'vi' | 'en'; percent: boolean } | { kind: 'ambiguous'; a: number; b: number } | { kind: 'nan' };

const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;

/**
 * Reads a number typed as text in Vietnamese (`1.245.649`, `71,54 %`) or English (`1,245,649`, `71.54`) notation.
 * Rules, conservative on purpose:
 * - one kind of separator repeated (`1.245.649`, `1,245,649`) is thousands grouping, and every group after the first
 *   must have 3 digits;
 * - both kinds: the last one is the decimal mark, the other groups thousands (`1.245.649,5`, `1,245,649.5`);
 * - one separator followed by other than 3 digits is a decimal mark (`71,54`, `71.54`);
 * - one separator followed by exactly 3 digits (`1.234`, `1,234`) is ambiguous (1234 or 1.234), unless the part
 *   before it is 0 (`0,234` can only be a fraction) or the cell holds a whole number (`integer`: a count of people
 *   cannot hold three decimals, so `45.067` there is 45,067);
 * - spaces (also non-breaking) between digit groups, a leading apostrophe, `+`, `-`, `−` and a trailing `%` are
 *   accepted; anything else is not a number.
 */
export function parseNumberText(input: string, options: { integer?: boolean } = {}): ParsedNumber {
  let s = input
    .trim()
    .replace(/^'/, '')
    .replace(/\u2212/g, '-');
  const percent = /%$/.test(s);
  s = s.replace(/%$/, '').trim();
  const spaced = s.replace(SPACES, '');
  if (spaced !== s && !/^[+-]?\d{1,3}([\s\u00a0\u202f\u2009\u2007]\d{3})+([.,]\d+)?$/.test(s)) return { kind: 'nan' };
  s = spaced;
  const m = /^([+-]?)([\d.,]+)$/.exec(s);
  if (!m || !/\d/.test(m[2])) return { kind: 'nan' };
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2];
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  const num = (intPart: string, frac = '') => sign * Number(`${intPart.replace(/[.,]/g, '') || '0'}${frac ? `.${frac}` : ''}`);
  const grouped = (part: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(part);
  if (dots === 0 && commas === 0) return { kind: 'number', value: num(body), notation: 'plain', percent };
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, frac] = [body.slice(0, body.lastIndexOf(decimal)), body.slice(body.lastIndexOf(decimal) + 1)];
    if ((intPart.includes(group) ? !grouped(intPart, group) : false) || frac.includes(group) || !/^\d+$/.test(frac) || body.split(decimal).length > 2) return { kind: 'nan' };
    return { kind: 'number', value: num(intPart, frac), notation: decimal === ',' ? 'vi' : 'en', percent };
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count > 1) {
    if (!grouped(body, sep)) return { kind: 'nan' };
    return { kind: 'number', value: num(body), notation: sep === '.' ? 'vi' : 'en', percent };
  }
  const [intPart, frac] = body.split(sep);
  if (!/^\d*$/.test(intPart) || !/^\d+$/.test(frac ?? '')) return { kind: 'nan' };
  const decimalNotation = sep === ',' ? 'vi' : 'en';
  if (frac.length !== 3 || /^0*$/.test(intPart)) return { kind: 'number', value: num(intPart, frac), notation: decimalNotation, percent };
  if (options.integer) return { kind: 'number', value: num(intPart + frac), notation: sep === '.' ? 'vi' : 'en', percent };
  return { kind: 'ambiguous', a: num(intPart + frac), b: num(intPart, frac) };
}
