import type { Severity } from '../../diagnostics/index.js';
import { NS, PatchError, rootTag, setAttr } from './xml.js';

/** Fill colours of marked cells, as in the earlier copies: error red, warning amber, info blue. */
export const MARK_FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

// CT_Stylesheet's sequence: a missing element is inserted before the first present one that follows it.
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type ListName = 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs';
const CHILD: Record<ListName, string> = { fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf' };
const DEFAULTS: Record<ListName, string[]> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}"></styleSheet>`;

/** The styles the problems sheet uses (cellXfs indexes). */
export interface ListStyles {
  title: number;
  heading: number;
  body: number;
  wrap: number;
  link: number;
  severity: Record<Severity, number>;
}

/**
 * Adds fills, fonts and cell formats to a workbook's styles part, leaving every existing entry (and so every
 * existing `s` index) as it was. A marked cell gets a copy of its own format with only the fill changed: number
 * format, font, borders, alignment and protection (locked or not) are kept.
 */
export class StylesPatch {
  private xml: string;
  private readonly lists = new Map<ListName, { items: string[]; added: string[] }>();
  private readonly marks = new Map<string, number>();
  private readonly fills = new Map<string, number>();

  constructor(xml: string) {
    rootTag(xml, 'styleSheet');
    this.xml = xml;
    for (const name of ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const) {
      const body = this.element(name)?.body ?? '';
      const items = [...body.matchAll(new RegExp(`<${CHILD[name]}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${CHILD[name]}>)`, 'g'))].map((m) => m[0]);
      // Excel needs the defaults (two fills among them) before anything of ours.
      const added = items.length === 0 ? [...DEFAULTS[name]] : name === 'fills' && items.length === 1 ? [DEFAULTS.fills[1]] : [];
      this.lists.set(name, { items, added });
    }
  }

  /** The cellXfs index of `base`'s format with the fill of `severity`. */
  marked(base: number, severity: Severity): number {
    const key = `${base}|${severity}`;
    const known = this.marks.get(key);
    if (known !== undefined) return known;
    const xfs = this.lists.get('cellXfs')!;
    const all = [...xfs.items, ...xfs.added];
    const source = all[base] ?? all[0];
    const open = /^<xf\b[^>]*?\/?>/.exec(source)![0];
    const tag = setAttr(setAttr(open, 'fillId', String(this.fill(MARK_FILL[severity]))), 'applyFill', '1');
    const index = this.add('cellXfs', tag + source.slice(open.length));
    this.marks.set(key, index);
    return index;
  }

  /**
   * The format a marked cell had before an earlier check marked it: for a format that is a copy of another with only
   * a mark fill added, that other (the first such); undefined when `index` is not a mark.
   */
  unmarked(index: number): number | undefined {
    const xfs = this.lists.get('cellXfs')!.items;
    const fills = this.lists.get('fills')!.items;
    const isMark = (xf: string) => {
      const fill = fills[Number(/\sfillId="(\d+)"/.exec(xf)?.[1] ?? 0)] ?? '';
      return /patternType="solid"/.test(fill) && Object.values(MARK_FILL).some((rgb) => fill.includes(`rgb="${rgb}"`));
    };
    if (!xfs[index] || !isMark(xfs[index])) return undefined;
    const key = (xf: string) => xf.replace(/\s(fillId|applyFill)="[^"]*"/g, '');
    const found = xfs.findIndex((xf, i) => i !== index && key(xf) === key(xfs[index]) && !isMark(xf));
    return found < 0 ? undefined : found;
  }

  /** The formats of the problems sheet. */
  listStyles(): ListStyles {
    const font = (inner: string) => this.add('fonts', `<font>${inner}<name val="Calibri"/><family val="2"/></font>`);
    const [title, bold, plain, link] = [font('<b/><sz val="14"/>'), font('<b/><sz val="11"/>'), font('<sz val="11"/>'), font('<u/><sz val="11"/><color rgb="FF0563C1"/>')];
    const xf = (fontId: number, wrap: boolean, fillId = 0) =>
      this.add(
        'cellXfs',
        `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyFont="1"${fillId ? ' applyFill="1"' : ''} applyAlignment="1"><alignment vertical="top"${wrap ? ' wrapText="1"' : ''}/></xf>`,
      );
    const severity = (s: Severity) => xf(plain, false, this.fill(MARK_FILL[s]));
    return {
      title: xf(title, false),
      heading: xf(bold, true),
      body: xf(plain, false),
      wrap: xf(plain, true),
      link: xf(link, false),
      severity: { error: severity('error'), warning: severity('warning'), info: severity('info') },
    };
  }

  toXml(): string {
    let xml = this.xml;
    for (const name of ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const) {
      const { items, added } = this.lists.get(name)!;
      if (added.length === 0) continue;
      const count = items.length + added.length;
      const found = this.element(name, xml);
      if (found) {
        const open = setAttr(found.open.replace(/\s*\/>$/, '>'), 'count', String(count));
        xml = xml.slice(0, found.start) + open + found.body + added.join('') + `</${found.prefix}${name}>` + xml.slice(found.end);
      } else {
        xml = insertInOrder(xml, name, `<${name} count="${count}">${added.join('')}</${name}>`);
      }
    }
    return xml;
  }

  private fill(rgb: string): number {
    const known = this.fills.get(rgb);
    if (known !== undefined) return known;
    const index = this.add('fills', `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`);
    this.fills.set(rgb, index);
    return index;
  }

  private add(name: ListName, item: string): number {
    const list = this.lists.get(name)!;
    list.added.push(item);
    return list.items.length + list.added.length - 1;
  }

  private element(name: string, xml = this.xml): { start: number; end: number; open: string; body: string; prefix: string } | undefined {
    const m = new RegExp(`<(\\w+:)?${name}\\b([^>]*?)(\\/>|>([\\s\\S]*?)<\\/\\1?${name}>)`).exec(xml);
    if (!m) return undefined;
    const prefix = m[1] ?? '';
    const open = m[3] === '/>' ? `<${prefix}${name}${m[2]}/>` : `<${prefix}${name}${m[2]}>`;
    return { start: m.index, end: m.index + m[0].length, open, body: m[4] ?? '', prefix };
  }
}

/** Inserts a missing stylesheet element where CT_Stylesheet's sequence puts it. */
function insertInOrder(xml: string, name: (typeof ORDER)[number], element: string): string {
  for (const next of ORDER.slice(ORDER.indexOf(name) + 1)) {
    const at = new RegExp(`<(\\w+:)?${next}\\b`).exec(xml);
    if (at) return xml.slice(0, at.index) + element + xml.slice(at.index);
  }
  const close = /<\/(\w+:)?styleSheet\s*>/.exec(xml);
  if (close) return xml.slice(0, close.index) + element + xml.slice(close.index);
  const empty = /<((?:\w+:)?)styleSheet\b([^>]*?)\/>/.exec(xml);
  if (!empty) throw new PatchError('styles part: no <styleSheet> element');
  return xml.replace(empty[0], `<${empty[1]}styleSheet${empty[2]}>${element}</${empty[1]}styleSheet>`);
}
