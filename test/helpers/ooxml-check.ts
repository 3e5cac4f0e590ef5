import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { unzipSync } from 'fflate';
import { readCentralDirectory } from './ooxml/zip-directory.js';
import { decodeXml, iter, attr, parseXml, serializeStripped, type XEl } from './ooxml/xml-tree.js';
import { validateWithXmllint, XMLLINT, type XsdJob } from './ooxml/xsd-validate.js';
import { checkWorkbook, resolveTarget, type Rel } from './ooxml/workbook-rules.js';
import { pyRepr } from './ooxml/formula-rules.js';

/**
 * A TypeScript port of `../shared/ooxml/check-ooxml.py` for the test suite: validates every XML part of an .xlsx
 * against the ECMA-376 transitional schemas (copied into test/fixtures/ooxml) with libxml2's `xmllint`, after
 * removing markup-compatibility-ignorable content, then checks Excel's rules the schemas cannot express.
 * ERROR: Excel is known to repair or refuse it. WARN: a reader handles it differently from Excel.
 */
export interface Finding {
  part: string;
  level: 'ERROR' | 'WARN' | 'note' | 'info';
  message: string;
}

export { XMLLINT };

/**
 * Whether schema tests run. In CI (`CI=true`) a missing xmllint is a failure, not a skip; elsewhere the tests are
 * skipped with a visible notice naming the Debian package.
 */
export function requireXmllint(): boolean {
  if (XMLLINT) return true;
  if (process.env.CI === 'true') throw new Error('xmllint is required in CI: apt-get install -y libxml2-utils');
  console.warn('⚠ xmllint không có: bỏ qua kiểm tra lược đồ ECMA-376 (Debian: apt-get install libxml2-utils)');
  return false;
}

const FIXTURES = fileURLToPath(new URL('../fixtures/ooxml/', import.meta.url));
const XSD = `${FIXTURES}schemas-transitional/`;
const OPC = `${FIXTURES}schemas-opc/`;
const P = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

const SML = `${XSD}sml.xsd`;
const WML = `${FIXTURES}schemas-word/wml.xsd`;
const SCHEMA_BY_CT: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': SML,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml': SML,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml': SML,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml': SML,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml': SML,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml': SML,
  'application/vnd.openxmlformats-officedocument.theme+xml': `${XSD}dml-main.xsd`,
  'application/vnd.openxmlformats-officedocument.extended-properties+xml': `${XSD}shared-documentPropertiesExtended.xsd`,
  'application/vnd.openxmlformats-package.relationships+xml': `${OPC}opc-relationships.xsd`,
  // Word parts, for .docx documents (as check-ooxml.py maps them), through a wrapper that resolves the xml: namespace.
  ...Object.fromEntries(
    ['document.main', 'styles', 'numbering', 'settings', 'fontTable', 'footer', 'header', 'footnotes', 'endnotes'].map((t) => [
      `application/vnd.openxmlformats-officedocument.wordprocessingml.${t}+xml`,
      WML,
    ]),
  ),
};
/** A Word document's main part: a package with one is checked as a .docx (schemas only), not as a workbook. */
const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const CONTROL_CHAR_REF = /&#(x0*[0-8bcefBCEF]|x0*1[0-9a-fA-F]|0*([0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/;

/** Checks one .xlsx or .docx; an empty list means Office and the schemas have nothing to say about it. */
export function checkOoxml(file: string): Finding[] {
  if (!XMLLINT) throw new Error('checkOoxml needs xmllint (Debian: libxml2-utils); guard the test with requireXmllint()');
  const out: Finding[] = [];
  const rep = (part: string, level: Finding['level'], message: string) => void out.push({ part, level, message });
  const data = new Uint8Array(readFileSync(file));

  // zip entries
  let files: Record<string, Uint8Array>;
  let order: string[];
  try {
    const entries = readCentralDirectory(data);
    files = unzipSync(data);
    order = entries.map((e) => e.name);
    const lowered = new Set(order.map((n) => n.toLowerCase()));
    if (lowered.size !== order.length) rep('zip', 'ERROR', 'duplicate (case-insensitive) entry names');
    for (const e of entries) {
      if (e.flags & 0x8) rep('zip', 'note', `data descriptor (bit 3) on ${e.name}`);
      if (e.method !== 0 && e.method !== 8) rep('zip', 'ERROR', `compression method ${e.method} on ${e.name}`);
      if (e.name.startsWith('/') || e.name.includes('\\')) rep('zip', 'ERROR', `bad entry name ${e.name}`);
      if (e.size > 0xffffffff) rep('zip', 'note', 'zip64');
      if (e.extra.length) rep('zip', 'note', `extra field on ${e.name}: ${Buffer.from(e.extra.subarray(0, 8)).toString('hex')}`);
      if (e.flags & 0x800 && /[^\x00-\x7f]/.test(e.name)) rep('zip', 'note', 'utf8 names');
    }
    const dirs = entries.filter((e) => e.name.endsWith('/'));
    if (dirs.length) rep('zip', 'info', `${dirs.length} directory entries (${[...new Set(dirs.map((d) => String(d.method)))].sort().join(', ')} method) e.g. ${dirs[0].name}`);
    if (order[0] !== '[Content_Types].xml') rep('zip', 'info', `first entry is ${order[0]} (not [Content_Types].xml)`);
  } catch (e) {
    rep('zip', 'ERROR', `not a zip: ${(e as Error).message}`);
    return out;
  }
  const names = order.filter((n) => !n.endsWith('/'));

  // parts: every XML part must be well-formed (binary parts, e.g. images, are not parsed)
  const parts = new Map<string, XEl>();
  for (const n of names) {
    const raw = files[n] ?? new Uint8Array();
    if (!looksXml(n, raw)) continue;
    try {
      parts.set(n, parseXml(decodeXml(raw)));
    } catch (e) {
      rep(n, 'ERROR', `not well-formed: ${(e as Error).message.split('\n')[0]}`);
    }
    const head = Buffer.from(raw.subarray(0, Math.min(raw.length, 1 << 26))).toString('latin1');
    if (CONTROL_CHAR_REF.test(head)) rep(n, 'ERROR', 'numeric character reference to a control char (not allowed in XML 1.0)');
    if (!head.startsWith('<?xml') && /\.(xml|rels|vml)$/.test(n)) rep(n, 'note', 'no XML declaration');
  }

  // content types
  const ctroot = parts.get('[Content_Types].xml');
  if (!ctroot) {
    rep('[Content_Types].xml', 'ERROR', 'missing');
    return out;
  }
  const defaults = new Map<string, string>();
  for (const d of iter(ctroot, CT, 'Default')) defaults.set((attr(d, 'Extension') ?? '').toLowerCase(), attr(d, 'ContentType') ?? '');
  const overrides = new Map<string, string>();
  for (const o of iter(ctroot, CT, 'Override')) overrides.set(attr(o, 'PartName') ?? '', attr(o, 'ContentType') ?? '');
  const overridesLower = new Map([...overrides].map(([k, v]) => [k.toLowerCase(), v]));
  const ctype = new Map<string, string | undefined>();
  for (const n of names) {
    if (n === '[Content_Types].xml') continue;
    const t = overridesLower.get(`/${n}`.toLowerCase()) || defaults.get((n.split('.').pop() ?? '').toLowerCase()) || undefined;
    if (!t) rep('[Content_Types].xml', 'ERROR', `no content type for part /${n}`);
    ctype.set(n, t);
  }
  for (const pn of overrides.keys()) if (!names.includes(pn.replace(/^\/+/, ''))) rep('[Content_Types].xml', 'ERROR', `Override for missing part ${pn}`);

  // relationships
  const rels = new Map<string, Map<string, Rel>>();
  for (const n of names) {
    if (!n.endsWith('.rels')) continue;
    const pkgRels = n === '_rels/.rels';
    const srcDir = dirOf(dirOf(n));
    const src = posix.join(srcDir, posix.basename(n).slice(0, -5)).replace(/^\.$/, '');
    if (src && !names.includes(src) && !pkgRels) rep(n, 'ERROR', `rels for missing source part ${src}`);
    const map = new Map<string, Rel>();
    rels.set(pkgRels ? '' : src, map);
    const root = parts.get(n);
    if (!root) continue;
    for (const r of iter(root, P, 'Relationship')) {
      const rid = attr(r, 'Id') ?? '';
      const target = attr(r, 'Target') ?? '';
      const type = attr(r, 'Type') ?? '';
      const mode = attr(r, 'TargetMode');
      if (map.has(rid)) rep(n, 'ERROR', `duplicate relationship Id ${rid}`);
      map.set(rid, { type, target, mode });
      if (mode === 'External') {
        if (/[\s\u0080-\uffff'"<>]/.test(target) || target.startsWith('#')) rep(n, 'WARN', `External target is not a plain URI: ${pyRepr(target)} (${type.split('/').pop()})`);
        continue;
      }
      const full = resolveTarget(pkgRels ? '' : srcDir, target);
      if (!names.includes(full)) rep(n, 'ERROR', `relationship ${rid} -> missing part ${full}`);
    }
  }

  // schema validation of every XML part by content type (the content types part against its own schema)
  const jobs: XsdJob[] = [];
  for (const [n, root] of parts) {
    let schema = n === '[Content_Types].xml' ? `${OPC}opc-contentTypes.xsd` : SCHEMA_BY_CT[ctype.get(n) ?? ''];
    if (n.endsWith('.rels')) schema = `${OPC}opc-relationships.xsd`;
    if (schema) jobs.push({ part: n, xml: serializeStripped(root), schema });
  }
  const xsd = validateWithXmllint(jobs);
  for (const job of jobs) {
    const unusable = xsd.unusable.get(job.schema);
    if (unusable !== undefined) {
      rep(job.part, 'note', `schema ${job.schema} unusable: ${unusable}`);
      continue;
    }
    const errors = xsd.errors.get(job.part) ?? [];
    if (job.part === '[Content_Types].xml') {
      if (errors.length) rep(job.part, 'ERROR', `XSD: ${errors[0].message}, line ${errors[0].line}`);
      continue;
    }
    for (const e of errors.slice(0, 5)) rep(job.part, 'ERROR', `XSD line ${e.line}: ${e.message.slice(0, 300)}`);
  }

  if (![...ctype.values()].includes(WORD_MAIN)) checkWorkbook({ parts, ctype, rels, rep });
  return out;
}

function dirOf(p: string): string {
  const d = posix.dirname(p);
  return d === '.' ? '' : d;
}

function looksXml(name: string, raw: Uint8Array): boolean {
  if (/\.(xml|rels|vml)$/i.test(name)) return true;
  let i = 0;
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) i = 3;
  if (raw[0] === 0xff || raw[0] === 0xfe) return true;
  while (i < raw.length && (raw[i] === 0x20 || raw[i] === 0x0a || raw[i] === 0x0d || raw[i] === 0x09)) i++;
  return raw[i] === 0x3c; // '<'
}

/** One line per finding, as check-ooxml.py prints them (without the file). */
export function formatFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.part}\t${f.level}\t${f.message}`).join('\n');
}
