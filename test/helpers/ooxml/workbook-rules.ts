import { posix } from 'node:path';
import { allText, attr, iter, kid, kids, ownText, type XEl } from './xml-tree.js';
import { checkFormula, colName, isCellRefName, parseCell, parseRange, pyRepr, type Report } from './formula-rules.js';

/** SpreadsheetML rules check-ooxml.py checks beyond the schemas: workbook, styles, shared strings, sheets, docProps. */

export const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const VML_X = 'urn:schemas-microsoft-com:office:excel';
const VML_V = 'urn:schemas-microsoft-com:vml';
const EP = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

export interface Rel {
  type: string;
  target: string;
  mode?: string;
}

export interface PackageView {
  parts: Map<string, XEl>;
  ctype: Map<string, string | undefined>;
  /** Relationships by source part ('' for the package). */
  rels: Map<string, Map<string, Rel>>;
  rep: Report;
}

/** A part named by a relationship target, relative to the source part's folder (or absolute). */
export function resolveTarget(baseDir: string, target: string): string {
  const full = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(baseDir, target));
  return full.replace(/\/+$/, '');
}

const int = (v: string | undefined, dflt = 0) => (v === undefined ? dflt : Number.parseInt(v, 10));

/** Print titles are whole rows or columns, absolute ($5:$6, $A:$B); #REF! (a deleted range) is not a reference. */
function printTitlesAbsolute(txt: string): boolean {
  if (txt === '#REF!') return true;
  return txt
    .split(',')
    .map((piece) => piece.replace(/^(?:'(?:[^']|'')+'|[^!]+)!/, ''))
    .every((ref) => /^\$[A-Z]+:\$[A-Z]+$/.test(ref) || /^\$\d+:\$\d+$/.test(ref));
}

export function checkWorkbook(pkg: PackageView): void {
  const { parts, ctype, rels, rep } = pkg;
  const wbn = [...ctype].find(([, t]) => t?.endsWith('sheet.main+xml'))?.[0];
  const wb = wbn ? parts.get(wbn) : undefined;
  if (!wbn || !wb) {
    rep('[Content_Types].xml', 'ERROR', 'no readable workbook part (content type …sheet.main+xml)');
    return;
  }
  const wbdir = posix.dirname(wbn) === '.' ? '' : posix.dirname(wbn);
  const sheets = [...iter(wb, S, 'sheet')];
  const sheetNames = sheets.map((s) => attr(s, 'name') ?? '');
  const lower = new Map<string, number>();
  for (const n of sheetNames) lower.set(n.toLowerCase(), (lower.get(n.toLowerCase()) ?? 0) + 1);
  for (const nm of sheetNames) {
    if ([...nm].length > 31) rep(wbn, 'ERROR', `sheet name > 31 chars: ${pyRepr(nm)}`);
    if (/[[\]:*?/\\]/.test(nm) || nm.startsWith("'") || nm.endsWith("'") || nm.toLowerCase() === 'history') rep(wbn, 'ERROR', `illegal sheet name ${pyRepr(nm)}`);
    if ((lower.get(nm.toLowerCase()) ?? 0) > 1) rep(wbn, 'ERROR', `duplicate sheet name ${pyRepr(nm)}`);
  }
  const ids = sheets.map((s) => attr(s, 'sheetId'));
  if (new Set(ids).size !== ids.length) rep(wbn, 'ERROR', 'duplicate sheetId');
  const bookViews = kid(wb, S, 'bookViews');
  const bv = bookViews && kid(bookViews, S, 'workbookView');
  const hidden = (i: number) => ['hidden', 'veryHidden'].includes(attr(sheets[i], 'state') ?? '');
  const active = bv ? int(attr(bv, 'activeTab')) : 0;
  if (active >= sheets.length) rep(wbn, 'ERROR', 'activeTab out of range');
  else if (hidden(active)) rep(wbn, 'ERROR', `active tab ${active} is ${attr(sheets[active], 'state')}`);
  const first = bv ? int(attr(bv, 'firstSheet')) : 0;
  if (bv && first < sheets.length && hidden(first)) rep(wbn, 'WARN', 'firstSheet is hidden');
  if (sheets.every((_, i) => hidden(i))) rep(wbn, 'ERROR', 'no visible sheet');

  const definedNames = [...iter(wb, S, 'definedName')];
  const seen = new Set<string>();
  for (const dn of definedNames) {
    const name = attr(dn, 'name') ?? '';
    const lsid = attr(dn, 'localSheetId');
    const txt = ownText(dn) ?? '';
    const key = `${name.toLowerCase()}\u0000${lsid}`;
    if (seen.has(key)) rep(wbn, 'ERROR', `duplicate defined name ${name} (scope ${lsid ?? 'None'})`);
    seen.add(key);
    if (lsid !== undefined && int(lsid) >= sheets.length) rep(wbn, 'ERROR', `localSheetId ${lsid} out of range for ${name}`);
    if (!name.startsWith('_xlnm.')) {
      if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\?\u00C0-\uFFFF]*$/.test(name)) rep(wbn, 'ERROR', `invalid defined name ${pyRepr(name)}`);
      if (isCellRefName(name)) rep(wbn, 'ERROR', `defined name looks like a cell reference: ${pyRepr(name)}`);
      if (name.length > 255) rep(wbn, 'ERROR', 'defined name > 255 chars');
    } else {
      if (['_xlnm.Print_Area', '_xlnm.Print_Titles', '_xlnm._FilterDatabase'].includes(name) && lsid === undefined) rep(wbn, 'WARN', `${name} without localSheetId`);
      if (name === '_xlnm.Print_Area' && /\$[A-Z]+\d/.test(txt)) rep(wbn, 'WARN', `Print_Area with relative row references: ${txt}`);
      // not in check-ooxml.py: print titles are whole rows or columns, absolute ($5:$6, $A:$B)
      if (name === '_xlnm.Print_Titles' && !printTitlesAbsolute(txt)) rep(wbn, 'WARN', `Print_Titles not absolute whole rows/columns: ${txt}`);
    }
    // As check-ooxml.py, `#REF!` (Gnumeric's print area of a sheet without one) reads as an unknown sheet 'REF'.
    for (const m of txt.matchAll(/(?:'((?:[^']|'')+)'|([A-Za-z0-9_.\u00C0-\uFFFF]+))!/g)) {
      const sn = (m[1] ?? m[2]).replace(/''/g, "'");
      if (!sheetNames.includes(sn)) rep(wbn, 'ERROR', `defined name ${name} refers to unknown sheet ${pyRepr(sn)}`);
    }
  }

  // styles
  const stn = [...ctype].find(([, t]) => t?.endsWith('styles+xml'))?.[0];
  const st = stn ? parts.get(stn) : undefined;
  let nxf = 0;
  let ndxf = 0;
  if (stn && st) {
    const cnt = (tag: string): [number, string | undefined] => {
      const e = kid(st, S, tag);
      return e ? [kids(e).length, attr(e, 'count')] : [0, undefined];
    };
    for (const tag of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']) {
      const [n, c] = cnt(tag);
      if (c !== undefined && int(c) !== n) rep(stn, 'WARN', `${tag} count=${c} but ${n} children`);
    }
    const [nfont, nfill, nborder] = [cnt('fonts')[0], cnt('fills')[0], cnt('borders')[0]];
    nxf = cnt('cellXfs')[0];
    ndxf = cnt('dxfs')[0];
    const numFmts = [...iter(st, S, 'numFmt')];
    const custom = new Set(numFmts.map((x) => int(attr(x, 'numFmtId'))));
    for (const x of numFmts) {
      if (int(attr(x, 'numFmtId')) < 164) rep(stn, 'note', `custom numFmt with builtin id ${attr(x, 'numFmtId')}: ${attr(x, 'formatCode')}`);
    }
    for (const sec of ['cellXfs', 'cellStyleXfs']) {
      const e = kid(st, S, sec);
      if (!e) continue;
      kids(e).forEach((xf, i) => {
        for (const [a, lim] of [
          ['fontId', nfont],
          ['fillId', nfill],
          ['borderId', nborder],
        ] as const) {
          if (int(attr(xf, a)) >= lim) rep(stn, 'ERROR', `${sec}[${i}] ${a}=${attr(xf, a) ?? 'None'} out of range`);
        }
        const nf = int(attr(xf, 'numFmtId'));
        if (nf >= 164 && !custom.has(nf)) rep(stn, 'ERROR', `${sec}[${i}] numFmtId ${nf} undefined`);
        if (nf >= 50 && nf < 164 && !custom.has(nf)) rep(stn, 'WARN', `${sec}[${i}] numFmtId ${nf} is not a builtin in all locales`);
        if (sec === 'cellXfs' && int(attr(xf, 'xfId')) >= cnt('cellStyleXfs')[0]) rep(stn, 'ERROR', `cellXfs[${i}] xfId out of range`);
      });
    }
  }

  // shared strings
  const ssn = [...ctype].find(([, t]) => t?.endsWith('sharedStrings+xml'))?.[0];
  const ss = ssn ? parts.get(ssn) : undefined;
  let nss = 0;
  if (ssn && ss) {
    const sis = kids(ss, S, 'si');
    nss = sis.length;
    const uc = attr(ss, 'uniqueCount');
    if (uc !== undefined && int(uc) !== nss) rep(ssn, 'WARN', `uniqueCount=${uc} but ${nss} <si>`);
    sis.forEach((si, i) => {
      const t = allText(si);
      if ([...t].length > 32767) rep(ssn, 'ERROR', `string ${i} > 32767 chars`);
      if (/_x[0-9A-Fa-f]{4}_/.test(t)) rep(ssn, 'note', `string ${i} contains _xHHHH_ escape text: ${pyRepr([...t].slice(0, 60).join(''))}`);
    });
  }

  const counts = { sharedStringRefs: 0 };
  const wbrels = rels.get(wbn) ?? new Map<string, Rel>();
  sheets.forEach((s, idx) => {
    const rid = attr(s, 'id', R);
    const rel = rid === undefined ? undefined : wbrels.get(rid);
    if (!rel?.target) {
      rep(wbn, 'ERROR', `sheet ${attr(s, 'name')} r:id ${rid ?? 'None'} not in rels`);
      return;
    }
    const wsn = resolveTarget(wbdir, rel.target);
    const ws = parts.get(wsn);
    if (!ws) return;
    checkSheet(pkg, { wsn, ws, idx, sheetNames, definedNames, nxf, ndxf, nss, counts });
  });

  if (ssn && ss) {
    const c = attr(ss, 'count');
    if (c !== undefined && int(c) !== counts.sharedStringRefs) rep(ssn, 'note', `sst count=${c} but ${counts.sharedStringRefs} t="s" cells`);
  }
  checkDocProps(pkg, sheetNames);
}

interface SheetContext {
  wsn: string;
  ws: XEl;
  idx: number;
  sheetNames: string[];
  definedNames: XEl[];
  nxf: number;
  ndxf: number;
  nss: number;
  counts: { sharedStringRefs: number };
}

const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA'];

function checkSheet(pkg: PackageView, cx: SheetContext): void {
  const { rels, rep } = pkg;
  const { wsn, ws, sheetNames } = cx;
  const wsrels = rels.get(wsn) ?? new Map<string, Rel>();
  for (const el of iter(ws)) {
    for (const a of el.attrs) {
      if (a.uri === R && !wsrels.has(a.value)) rep(wsn, 'ERROR', `${el.local} ${a.local}=${a.value} not in sheet rels`);
    }
  }
  // cells (a row or cell without r is the next one, as the spec says; check-ooxml.py would crash on it)
  let prevRow = 0;
  let [maxc, maxr] = [0, 0];
  for (const row of iter(ws, S, 'row')) {
    const r = attr(row, 'r') !== undefined ? int(attr(row, 'r')) : prevRow + 1;
    if (r <= prevRow) rep(wsn, 'ERROR', `row ${r} out of order`);
    prevRow = r;
    let prevC = 0;
    for (const c of kids(row, S, 'c')) {
      const ref = attr(c, 'r') ?? `${colName(prevC + 1)}${r}`;
      const p = parseCell(ref);
      if (!p || p[1] !== r) {
        rep(wsn, 'ERROR', `cell ref ${ref} in row ${r}`);
        continue;
      }
      if (p[0] <= prevC) rep(wsn, 'ERROR', `cell ${ref} out of order/duplicate`);
      prevC = p[0];
      maxc = Math.max(maxc, p[0]);
      maxr = Math.max(maxr, r);
      const sidx = int(attr(c, 's'));
      if (sidx >= Math.max(cx.nxf, 1)) rep(wsn, 'ERROR', `${ref} style s=${sidx} >= cellXfs ${cx.nxf}`);
      const t = attr(c, 't') ?? 'n';
      const v = kid(c, S, 'v');
      const fe = kid(c, S, 'f');
      const vt = v ? (ownText(v) ?? undefined) : undefined;
      if (t === 's') {
        cx.counts.sharedStringRefs++;
        if (vt === undefined || !/^\d+$/.test(vt) || int(vt) >= cx.nss) rep(wsn, 'ERROR', `${ref} shared string index ${pyRepr(vt)} (have ${cx.nss})`);
      } else if (t === 'n' && vt !== undefined) {
        if (!isPythonFloat(vt)) rep(wsn, 'ERROR', `${ref} numeric cell with value ${pyRepr(vt)}`);
      } else if (t === 'b' && vt !== '0' && vt !== '1') rep(wsn, 'ERROR', `${ref} boolean value ${pyRepr(vt)}`);
      else if (t === 'd') rep(wsn, 'WARN', `${ref} t="d" ISO date cell (Excel 2007 cannot read)`);
      else if (t === 'e' && !ERROR_VALUES.includes(vt ?? '')) rep(wsn, 'ERROR', `${ref} error value ${pyRepr(vt)}`);
      else if (t === 'inlineStr' && !kid(c, S, 'is')) rep(wsn, 'ERROR', `${ref} inlineStr without <is>`);
      if (fe) {
        const ft = ownText(fe) ?? '';
        if (attr(fe, 't') === 'shared' && attr(fe, 'si') === undefined) rep(wsn, 'ERROR', `${ref} shared formula without si`);
        if (ft.length > 8192) rep(wsn, 'ERROR', `${ref} formula > 8192 chars`);
        checkFormula(rep, wsn, ref, ft, sheetNames);
      }
    }
  }
  const dim = kid(ws, S, 'dimension');
  if (dim && maxr) {
    const d = parseRange(attr(dim, 'ref'));
    if (d && (d[2] < maxc || d[3] < maxr)) rep(wsn, 'note', `dimension ${attr(dim, 'ref')} smaller than used range`);
  }
  let last = 0;
  for (const col of iter(ws, S, 'col')) {
    const [mn, mx] = [int(attr(col, 'min')), int(attr(col, 'max'))];
    if (mn <= last || mx < mn) rep(wsn, 'ERROR', `<col min=${mn} max=${mx}> overlaps/out of order`);
    last = mx;
    if (Number(attr(col, 'width') ?? 0) > 255) rep(wsn, 'ERROR', 'column width > 255');
  }
  const mc = kid(ws, S, 'mergeCells');
  if (mc) {
    const refs = kids(mc, S, 'mergeCell').map((m) => attr(m, 'ref'));
    const rs = refs.map(parseRange);
    if (attr(mc, 'count') && int(attr(mc, 'count')) !== rs.length) rep(wsn, 'WARN', 'mergeCells count mismatch');
    rs.forEach((a, i) => {
      if (!a) return rep(wsn, 'ERROR', `merge ref ${pyRepr(refs[i])} unreadable`);
      if (a[0] === a[2] && a[1] === a[3]) rep(wsn, 'WARN', `single-cell merge (${a.join(', ')})`);
      for (const b of rs.slice(i + 1)) {
        if (b && overlap(a, b)) rep(wsn, 'ERROR', `overlapping merges (${a.join(', ')}) (${b.join(', ')})`);
      }
    });
  }
  const prios = new Map<string, number>();
  for (const cf of iter(ws, S, 'cfRule')) {
    const pr = attr(cf, 'priority') ?? 'None';
    prios.set(pr, (prios.get(pr) ?? 0) + 1);
    const dxf = attr(cf, 'dxfId');
    if (dxf !== undefined && int(dxf) >= cx.ndxf) rep(wsn, 'ERROR', `cfRule dxfId ${dxf} >= dxfs ${cx.ndxf}`);
    for (const fm of kids(cf, S, 'formula')) checkFormula(rep, wsn, 'cfRule', ownText(fm) ?? '', sheetNames);
  }
  const dup = [...prios].filter(([, k]) => k > 1).map(([p]) => p);
  if (dup.length) rep(wsn, 'note', `cfRule priorities repeated within the sheet: ${pyRepr(dup.sort().slice(0, 6))} (x${Math.max(...prios.values())})`);
  checkDataValidations(rep, wsn, ws, sheetNames);
  for (const h of iter(ws, S, 'hyperlink')) {
    const rid = attr(h, 'id', R);
    const loc = attr(h, 'location');
    if (rid && loc) rep(wsn, 'WARN', `hyperlink ${attr(h, 'ref')} has both r:id (-> ${pyRepr(wsrels.get(rid)?.target ?? '?')}) and location=${pyRepr(loc)}`);
    if (loc?.startsWith('#')) rep(wsn, 'WARN', `hyperlink ${attr(h, 'ref')} location starts with "#": ${pyRepr(loc)}`);
  }
  checkComments(pkg, wsn, ws, wsrels);
  const hf = kid(ws, S, 'headerFooter');
  if (hf) for (const e of kids(hf)) if ((ownText(e) ?? '').length > 255) rep(wsn, 'ERROR', `{${e.uri}}${e.local} > 255 chars`);
  const sp = kid(ws, S, 'sheetProtection');
  const pw = sp && attr(sp, 'password');
  if (pw && !/^[0-9A-Fa-f]{4}$/.test(pw)) rep(wsn, 'ERROR', 'legacy password hash not 4 hex');
  const af = kid(ws, S, 'autoFilter');
  if (af) {
    const has = cx.definedNames.some((dn) => attr(dn, 'name') === '_xlnm._FilterDatabase' && attr(dn, 'localSheetId') === String(cx.idx));
    if (!has) rep(wsn, 'note', `autoFilter ${attr(af, 'ref')} without _xlnm._FilterDatabase defined name`);
  }
  const views = kid(ws, S, 'sheetViews');
  const view = views && kid(views, S, 'sheetView');
  const pane = view && kid(view, S, 'pane');
  if (pane && attr(pane, 'state') === 'frozen' && attr(pane, 'topLeftCell')) {
    const tl = parseCell(attr(pane, 'topLeftCell'));
    const ys = attr(pane, 'ySplit');
    if (ys && tl && tl[1] !== Math.trunc(Number(ys)) + 1) rep(wsn, 'note', `frozen pane topLeftCell ${attr(pane, 'topLeftCell')} vs ySplit ${ys}`);
  }
}

function overlap(a: number[], b: number[]): boolean {
  return !(a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1]);
}

/** float(v) in Python: decimal or scientific notation, inf/nan words; finite only. */
function isPythonFloat(v: string): boolean {
  const t = v.trim().replace(/_/g, '');
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) && Number.isFinite(Number(t));
}

const DV_LIMITS = [
  ['promptTitle', 32],
  ['errorTitle', 32],
  ['prompt', 255],
  ['error', 255],
] as const;

function checkDataValidations(rep: Report, wsn: string, ws: XEl, sheetNames: string[]): void {
  const dvs = kid(ws, S, 'dataValidations');
  if (!dvs) return;
  const lst = kids(dvs, S, 'dataValidation');
  if (attr(dvs, 'count') && int(attr(dvs, 'count')) !== lst.length) rep(wsn, 'WARN', 'dataValidations count mismatch');
  const covered: number[][] = [];
  for (const dv of lst) {
    for (const [a, lim] of DV_LIMITS) {
      const v = attr(dv, a);
      if (v !== undefined && v.length > lim) rep(wsn, 'ERROR', `dataValidation ${a} has ${[...v].length} chars > ${lim}: ${pyRepr([...v].slice(0, 50).join(''))}`);
    }
    const sqref = attr(dv, 'sqref') ?? '';
    const f1 = ownText(kid(dv, S, 'formula1'));
    const f2 = kid(dv, S, 'formula2');
    if (attr(dv, 'type') === 'list' && f1?.startsWith('"') && f1.length - 2 > 255) rep(wsn, 'ERROR', `list validation literal ${f1.length - 2} chars > 255`);
    for (const fx of [f1, ownText(f2)]) if (fx) checkFormula(rep, wsn, `dataValidation ${sqref}`, fx, sheetNames);
    if (['whole', 'decimal', 'date', 'time', 'textLength'].includes(attr(dv, 'type') ?? '') && ['between', 'notBetween'].includes(attr(dv, 'operator') ?? 'between') && !f2)
      rep(wsn, 'ERROR', `dataValidation ${sqref} between without formula2`);
    for (const rr of sqref.split(/\s+/).filter(Boolean)) {
      const pr = parseRange(rr);
      if (!pr) {
        rep(wsn, 'ERROR', `dataValidation sqref ${pyRepr(rr)} unreadable`);
        continue;
      }
      for (const q of covered) if (overlap(pr, q)) rep(wsn, 'WARN', `overlapping data validations at ${rr}`);
      covered.push(pr);
    }
  }
}

function checkComments(pkg: PackageView, wsn: string, ws: XEl, wsrels: Map<string, Rel>): void {
  const { parts, rep } = pkg;
  const all = [...wsrels.values()];
  const comm = all.filter((t) => t.type?.endsWith('/comments'));
  if (comm.length && !kid(ws, S, 'legacyDrawing')) rep(wsn, 'ERROR', 'comments without legacyDrawing');
  const dir = posix.dirname(wsn);
  for (const rel of comm) {
    const cn = resolveTarget(dir, rel.target);
    const cr = parts.get(cn);
    if (!cr) continue;
    const comments = [...iter(cr, S, 'comment')];
    const refs = comments.map((c) => attr(c, 'ref') ?? '');
    if (new Set(refs).size !== refs.length) rep(cn, 'ERROR', 'duplicate comment refs');
    const authors = kid(cr, S, 'authors');
    const nauth = authors ? kids(authors, S, 'author').length : 0;
    for (const c of comments) {
      if (int(attr(c, 'authorId')) >= nauth) rep(cn, 'ERROR', 'authorId out of range');
      if ([...allText(c)].length > 32767) rep(cn, 'ERROR', 'comment > 32767 chars');
    }
    for (const vrel of all.filter((t) => t.type?.endsWith('/vmlDrawing'))) {
      const vn = resolveTarget(dir, vrel.target);
      const vr = parts.get(vn);
      if (!vr) continue;
      const anchor = (sh: XEl, tag: string) => {
        const e = iter(sh, VML_X, tag).next().value as XEl | undefined;
        return e ? Number.parseInt(allText(e), 10) : Number.NaN;
      };
      // shapes anchored to a cell (notes); check-ooxml.py would crash on other shapes (form controls)
      const shapes = [...iter(vr, VML_V, 'shape')].filter((sh) => !Number.isNaN(anchor(sh, 'Row')));
      const notes = shapes.map((sh) => `${anchor(sh, 'Row')},${anchor(sh, 'Column')}`).sort();
      const cref = refs
        .map(parseCell)
        .map((p) => (p ? `${p[1] - 1},${p[0] - 1}` : 'NaN'))
        .sort();
      if (notes.join(';') !== cref.join(';')) rep(vn, 'ERROR', `VML note anchors ${notes.length} do not match comments ${refs.length}`);
      const sids = shapes.map((sh) => attr(sh, 'id'));
      if (new Set(sids).size !== sids.length) rep(vn, 'ERROR', 'duplicate VML shape ids');
    }
  }
}

function checkDocProps(pkg: PackageView, sheetNames: string[]): void {
  const { parts, rep } = pkg;
  const core = parts.get('docProps/core.xml');
  if (core) {
    for (const el of kids(core)) {
      if (el.local !== 'created' && el.local !== 'modified') continue;
      if (attr(el, 'type', XSI) !== 'dcterms:W3CDTF') rep('docProps/core.xml', 'ERROR', `dcterms:${el.local} without xsi:type dcterms:W3CDTF`);
      const text = ownText(el);
      if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(text ?? '')) rep('docProps/core.xml', 'ERROR', `dcterms:${el.local} value ${pyRepr(text)}`);
    }
  }
  const app = parts.get('docProps/app.xml');
  const top = app && kid(app, EP, 'TitlesOfParts');
  if (top) {
    const titles = [...iter(top, VT, 'lpstr')].map((x) => ownText(x) ?? '');
    const head = sheetNames.slice(0, titles.length);
    if (titles.join('\u0000') !== head.join('\u0000') || titles.length < sheetNames.length) rep('docProps/app.xml', 'note', `TitlesOfParts ${pyRepr(titles)} vs sheets ${pyRepr(sheetNames)}`);
    const vec = kid(top, VT, 'vector');
    if (vec && int(attr(vec, 'size')) !== kids(vec).length) rep('docProps/app.xml', 'ERROR', 'TitlesOfParts vector size mismatch');
  }
}
