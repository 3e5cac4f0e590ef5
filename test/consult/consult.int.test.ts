// The consultation on the draft set, end to end with real clients: `consult compile` writes the forms of the bundled
// set, units fill them with openpyxl (a client the tool did not write), one re-saves in LibreOffice, one replies by CSV,
// one by a scanned PDF, one late; `consult merge` must count every reply as seed 000 does and put every comment exactly
// once in the synthesis workbook and document, which pass the ECMA-376 check and render in LibreOffice.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOoxml, requireXmllint } from '../helpers/ooxml-check.js';
import { PYTHON, requireOpenpyxl } from '../helpers/programs.js';
import { runCli } from '../helpers/run-cli.js';
import { requireSoffice, sofficeConvert } from '../helpers/soffice.js';

const FILL = fileURLToPath(new URL('./fill-replies.py', import.meta.url));
const SET = 'qng-bo-chi-so';
const enabled = requireOpenpyxl();

interface Job {
  src: string;
  dst: string;
  cells?: Record<string, string>;
  answers?: Record<string, string>;
  meta?: Record<string, string>;
  drop_meta?: boolean;
}

/** Fills workbooks with openpyxl (test/consult/fill-replies.py). */
function fill(jobs: Job[]): void {
  const r = spawnSync(PYTHON, [FILL], { input: JSON.stringify(jobs), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

/** Every cell's text of every sheet but `_meta`, read back with openpyxl. */
function cellTexts(file: string): string[] {
  const script = `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1])
print(json.dumps([str(c.value) for ws in wb.worksheets if ws.title!='_meta' for row in ws.iter_rows() for c in row if c.value is not None]))`;
  return JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

/** The document's text, a line per paragraph (a cell's lines are consecutive paragraphs). */
function docxText(file: string): string {
  const xml = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join('')).join('\n');
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Every file of the inbox dated the day before the deadline; `late` files a week after it. */
function dateFiles(dir: string, late: string[]): void {
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const when = late.some((l) => name.includes(l)) ? new Date('2025-11-11T09:00:00Z') : new Date('2025-11-03T09:00:00Z');
    utimesSync(join(dir, name), when, when);
  }
}

describe.skipIf(!enabled)('consult compile → replies by real clients → consult merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consult-'));
  const forms = join(dir, 'forms');
  const inbox = join(dir, 'inbox');
  const out = join(dir, 'synthesis');
  const form = (unit: string) => join(forms, `${unit}_${SET}_gop-y.xlsx`);
  const reply = (unit: string) => join(inbox, `${unit}_${SET}_gop-y.xlsx`);
  // Each comment carries a tag of its own, so that it can be counted in the outputs.
  const long = `[STC-2] ${'Đề nghị làm rõ phạm vi thu thập số liệu của các đơn vị sự nghiệp công lập trực thuộc. '.repeat(20).trim()}`;
  const comments: Record<string, Record<string, string>> = {
    STC: { 'CDS.01': '[STC-1] Đề nghị bỏ chỉ số này.\nLý do: trùng với chỉ số CDS.02;\nđề nghị gộp lại.', 'CCHC.01': long },
    SXD: { 'CCHC.01a': '[SXD-1] Sở Xây dựng đề nghị bổ sung phân tổ theo lĩnh vực.' },
    SCT: { 'CDS.01': '[SCT-1] Đề nghị lấy số liệu từ Thuế tỉnh.' },
    '21211': { chung: '[21211-1] Xã thống nhất, đề nghị giảm tần suất báo cáo của cấp xã.' },
    '21109': { 'CCHC.01b': '[21109-1] Số hồ sơ cấp xã cần tách theo dịch vụ công trực tuyến.' },
    STP: { 'CDS.01': '[STP-1] Góp ý gửi bằng CSV; có dấu "ngoặc kép", dấu chấm phẩy; và dấu phẩy.', chung: '[STP-2] Thống nhất về cơ bản.' },
  };
  const names = (unit: string): Record<string, string> => {
    const cells: Record<string, string> = {};
    for (const [code, text] of Object.entries(comments[unit] ?? {})) {
      const part = code.replace(/[^A-Za-z0-9_]/g, '_');
      cells[`y_${part}`] = 'Có ý kiến';
      cells[`g_${part}`] = text;
    }
    return cells;
  };
  let compiled: ReturnType<typeof runCli>;
  let merged: ReturnType<typeof runCli>;
  let json: Record<string, unknown> & { comments: { unit: string; indicator: string; text: string }[]; proposals: Record<string, string>[] };

  beforeAll(() => {
    compiled = runCli(['consult', 'compile', '--out', forms, '--deadline', '2025-11-04', '--quiet']);
    mkdirSync(inbox);
    fill([
      // Agreed fully: three departments and three localities (one of them the special zone), one department by a blank form.
      ...['SYT', 'SGDDT', 'SNNMT', '21025', '21028', '21548'].map((u) => ({ src: form(u), dst: reply(u), cells: { y_chung: 'Thống nhất toàn bộ' } })),
      { src: form('TTT'), dst: reply('TTT') },
      // Comments on indicators, one multi-line, one long.
      { src: form('STC'), dst: reply('STC'), cells: { ...names('STC'), y_chung: 'Có ý kiến' } },
      // A general comment only.
      { src: form('21211'), dst: reply('21211'), cells: { y_chung: 'Có ý kiến', g_chung: comments['21211'].chung } },
      // "Agree in full", but a comment on an indicator all the same: counted as commented.
      { src: form('21109'), dst: reply('21109'), cells: { ...names('21109'), y_chung: 'Thống nhất toàn bộ' } },
      // A proposal of a new indicator and nothing else.
      {
        src: form('SKHCN'),
        dst: reply('SKHCN'),
        cells: {
          y_chung: 'Thống nhất toàn bộ',
          dx1_name: '[SKHCN-P1] Số doanh nghiệp khoa học và công nghệ',
          dx1_unit: 'doanh nghiệp',
          dx1_frequency: 'Năm',
          dx1_owner: 'Sở Khoa học và Công nghệ',
          dx1_reason: 'Theo dõi Nghị quyết 57-NQ/TW',
        },
      },
      // Late.
      { src: form('SCT'), dst: reply('SCT'), cells: names('SCT') },
    ]);
    // Re-saved by LibreOffice after filling (the unit opened and saved it there).
    const lo = join(dir, 'lo');
    mkdirSync(lo);
    fill([{ src: form('SXD'), dst: join(lo, `SXD_${SET}_gop-y.xlsx`), cells: names('SXD') }]);
    if (requireSoffice()) {
      const resaved = join(lo, 'resaved');
      sofficeConvert([join(lo, `SXD_${SET}_gop-y.xlsx`)], 'xlsx', resaved);
      copyFileSync(join(resaved, `SXD_${SET}_gop-y.xlsx`), reply('SXD'));
    } else copyFileSync(join(lo, `SXD_${SET}_gop-y.xlsx`), reply('SXD'));
    // A reply typed as CSV (Vietnamese Excel: semicolons, UTF-8 with BOM).
    const csv = ['Mã chỉ số;Ý kiến;Nội dung góp ý', `CDS.01;Có ý kiến;"${comments.STP['CDS.01'].replace(/"/g, '""')}"`, `chung;Có ý kiến;${comments.STP.chung}`].join('\r\n');
    writeFileSync(join(inbox, `STP_${SET}_gop-y.csv`), `\uFEFF${csv}\r\n`);
    // A scanned letter.
    writeFileSync(join(inbox, `SNV_${SET}_gop-y.pdf`), '%PDF-1.4\n% scanned letter\n');
    dateFiles(inbox, ['SCT_']);
    merged = runCli(['consult', 'merge', inbox, '--out', out, '--format', 'json']);
    json = JSON.parse(merged.stdout);
  }, 600_000);

  it('compiles one form per unit of the set', () => {
    expect(compiled.code).toBe(0);
    const files = readdirSync(forms);
    expect(files).toContain(`SYT_${SET}_gop-y.xlsx`);
    expect(files).toContain(`21548_${SET}_gop-y.xlsx`);
    expect(files.every((f) => f.endsWith('_gop-y.xlsx'))).toBe(true);
    expect(json.units_asked).toBe(files.length);
    // The same set gives the same bytes: a second run leaves every form as it is; a form changed since is not overwritten.
    const again = runCli(['consult', 'compile', '--out', forms, '--deadline', '2025-11-04']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`Đã tạo 0 phiếu góp ý (${files.length} không đổi)`);
    const other = runCli(['consult', 'compile', '--out', forms, '--deadline', '2025-11-05', '--unit', 'SYT']);
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('output-exists');
  });

  it('locks the form but the opinion, comment and proposal cells, as the templates are', () => {
    const script = `import json,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1])
ws=wb.worksheets[0]
dn=wb.defined_names
def at(n):
    d=dn[n] if not hasattr(dn,'definedName') else dn.get(n)
    s,c=next(iter(d.destinations)); return c.replace('$','')
lists=[str(v.formula1) for v in ws.data_validations.dataValidation if v.type=='list']
print(json.dumps({'protected':ws.protection.sheet,'meta':wb['_meta'].sheet_state,'y':ws[at('y_CDS_01')].protection.locked,'g':ws[at('g_CDS_01')].protection.locked,'dx':ws[at('dx1_name')].protection.locked,'name':ws['C'+at('y_CDS_01')[1:]].protection.locked,'lists':sorted(set(lists))}))`;
    const info = JSON.parse(execFileSync(PYTHON, ['-c', script, form('SYT')], { encoding: 'utf8' }));
    expect(info).toEqual({ protected: true, meta: 'veryHidden', y: false, g: false, dx: false, name: true, lists: ['"Thống nhất toàn bộ,Có ý kiến"', '"Thống nhất,Có ý kiến"'] });
  });

  it('counts the replies as the submission does', () => {
    expect(merged.code, merged.stderr).toBe(0);
    // 7 agreed fully, 7 commented, 1 letter read by hand.
    expect(json.responded).toBe(15);
    expect(json.no_reply).toBe((json.units_asked as number) - 15);
    expect(json.agreed_fully).toEqual({ agencies: 4, localities: 3 });
    expect(json.commented).toEqual({ agencies: 5, localities: 2 });
    expect(json.read_by_hand).toEqual(['SNV']);
    expect(json.late).toEqual(['SCT']);
    expect(json.counts_text).toContain('đã được 15 cơ quan, đơn vị và địa phương gửi văn bản tham gia ý kiến, trong đó có 04 sở, ngành và 03 địa phương có ý kiến thống nhất hoàn toàn');
    expect(json.counts_text).toContain('và 05 sở, ngành và 02 địa phương bên cạnh thống nhất, còn tham gia góp ý');
    expect(json.counts_text).toContain('Có 01 văn bản trả lời được đọc trực tiếp');
  });

  it('takes every comment and proposal once, line breaks kept', () => {
    const expected = Object.entries(comments).flatMap(([unit, byCode]) => Object.entries(byCode).map(([indicator, text]) => ({ unit, indicator, text })));
    const key = (c: { unit: string; indicator: string }) => `${c.unit}|${c.indicator}`;
    expect(json.comments.map(key).sort()).toEqual(expected.map(key).sort());
    for (const c of expected) expect(json.comments.find((x) => key(x) === key(c))?.text).toBe(c.text);
    expect(json.proposals).toEqual([
      {
        unit: 'SKHCN',
        name: '[SKHCN-P1] Số doanh nghiệp khoa học và công nghệ',
        unit_of_measure: 'doanh nghiệp',
        frequency: 'Năm',
        owner: 'Sở Khoa học và Công nghệ',
        reason: 'Theo dõi Nghị quyết 57-NQ/TW',
      },
    ]);
  });

  it('says what it read: late, by hand, blank, agree with comments', () => {
    const codes = (json.diagnostics as { code: string; location: { file: string } }[]).map((d) => `${d.code} ${d.location.file.split('/').pop()}`);
    expect(codes).toContain(`consult-late-reply SCT_${SET}_gop-y.xlsx`);
    expect(codes).toContain(`consult-read-by-hand SNV_${SET}_gop-y.pdf`);
    expect(codes).toContain(`consult-blank-form TTT_${SET}_gop-y.xlsx`);
    expect(codes).toContain(`consult-agree-with-comments 21109_${SET}_gop-y.xlsx`);
    expect(codes).toContain(`consult-agree-with-comments SKHCN_${SET}_gop-y.xlsx`);
    expect(codes.filter((c) => /error|consult-(other|old|unknown|duplicate)/.test(c))).toEqual([]);
  });

  it('puts every comment exactly once in the synthesis workbook and document', () => {
    const xlsx = join(out, 'tong-hop-y-kien.xlsx');
    const docx = join(out, 'tong-hop-y-kien.docx');
    const cells = cellTexts(xlsx);
    const text = docxText(docx);
    for (const c of json.comments) {
      expect(
        cells.filter((v) => v === c.text),
        c.text,
      ).toHaveLength(1);
      expect(occurrences(text, c.text), c.text).toBe(1);
    }
    expect(cells.filter((v) => v === json.proposals[0].name)).toHaveLength(1);
    expect(occurrences(text, json.proposals[0].name)).toBe(1);
    expect(text).toContain(json.counts_text as string);
  });

  it.skipIf(!requireXmllint())('writes forms and syntheses that pass the ECMA-376 check', () => {
    for (const file of [form('SYT'), form('21211'), join(out, 'tong-hop-y-kien.xlsx'), join(out, 'tong-hop-y-kien.docx')]) {
      expect(
        checkOoxml(file).filter((f) => f.level === 'ERROR' || f.level === 'WARN' || f.part === 'zip'),
        file,
      ).toEqual([]);
    }
  });

  it.skipIf(!requireSoffice())(
    'renders the form and both syntheses in LibreOffice',
    () => {
      const pdf = join(dir, 'pdf');
      sofficeConvert([form('STC'), join(out, 'tong-hop-y-kien.docx')], 'pdf', pdf);
      sofficeConvert([join(out, 'tong-hop-y-kien.xlsx')], 'pdf', join(pdf, 'xlsx'));
      expect(
        readdirSync(pdf)
          .filter((f) => f.endsWith('.pdf'))
          .sort(),
      ).toEqual([`STC_${SET}_gop-y.pdf`, 'tong-hop-y-kien.pdf']);
      expect(readdirSync(join(pdf, 'xlsx'))).toEqual(['tong-hop-y-kien.pdf']);
      const poppler = spawnSync('pdftotext', ['-v']).status === 0;
      if (poppler) {
        const text = execFileSync('pdftotext', [join(pdf, 'tong-hop-y-kien.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(text).toContain('BẢNG TỔNG HỢP, GIẢI TRÌNH, TIẾP THU Ý KIẾN GÓP Ý');
        // Table cells are laid out side by side: the tags of the comments are found, not whole lines.
        for (const tag of ['[STC-1]', '[STC-2]', '[SXD-1]', '[SCT-1]', '[21211-1]', '[21109-1]', '[STP-1]', '[STP-2]', '[SKHCN-P1]']) expect(text).toContain(tag);
        // The national title on one line at 13 pt bold, as Decree 30 shows it (the motto column once wrapped "NAM").
        const lines = execFileSync('pdftotext', ['-layout', '-l', '1', join(pdf, 'tong-hop-y-kien.pdf'), '-'], { encoding: 'utf8' }).split('\n');
        expect(lines.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
      }
    },
    300_000,
  );

  it('keeps the Office answers of an earlier synthesis (--responses) and lists the comments still without one', () => {
    const answered = join(dir, 'answered.xlsx');
    fill([{ src: join(out, 'tong-hop-y-kien.xlsx'), dst: answered, answers: { 'STC|CDS.01': 'Tiếp thu: đã gộp với CDS.02.', 'SKHCN|dx1': 'Giải trình: chưa có nguồn số liệu.' } }]);
    const again = runCli(['consult', 'merge', inbox, '--out', join(dir, 'synthesis-2'), '--responses', answered, '--format', 'json']);
    expect(again.code, again.stderr).toBe(0);
    const second = JSON.parse(again.stdout) as typeof json;
    expect((second.comments as { unit: string; indicator: string; answer?: string }[]).find((c) => c.unit === 'STC' && c.indicator === 'CDS.01')?.answer).toBe('Tiếp thu: đã gộp với CDS.02.');
    expect(second.proposals[0].answer).toBe('Giải trình: chưa có nguồn số liệu.');
    const unanswered = (second.diagnostics as { code: string }[]).filter((d) => d.code === 'consult-unanswered');
    expect(unanswered).toHaveLength(json.comments.length - 1);
    expect(cellTexts(join(dir, 'synthesis-2', 'tong-hop-y-kien.xlsx'))).toContain('Tiếp thu: đã gộp với CDS.02.');
    expect(docxText(join(dir, 'synthesis-2', 'tong-hop-y-kien.docx'))).toContain('Giải trình: chưa có nguồn số liệu.');
  });
});

describe.skipIf(!enabled)('consult merge: the identity checks of check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consult-bad-'));
  const forms = join(dir, 'forms');
  const inbox = join(dir, 'inbox');
  const form = (unit: string) => join(forms, `${unit}_${SET}_gop-y.xlsx`);

  it('rejects another set, another version, an unknown unit, a second reply, a broken file and a collection template', () => {
    expect(runCli(['consult', 'compile', '--out', forms, '--unit', 'SYT', 'STC', 'SXD', 'SCT', '--quiet']).code).toBe(0);
    mkdirSync(join(inbox, 'again'), { recursive: true });
    fill([
      { src: form('SYT'), dst: join(inbox, `SYT_${SET}_gop-y.xlsx`), cells: { y_chung: 'Thống nhất toàn bộ' } },
      { src: form('SYT'), dst: join(inbox, 'again', `SYT_${SET}_gop-y.xlsx`), cells: { y_chung: 'Có ý kiến', g_chung: 'Bản gửi lại' } },
      { src: form('STC'), dst: join(inbox, `STC_${SET}_gop-y.xlsx`), meta: { set_id: 'bo-chi-so-khac' } },
      { src: form('SXD'), dst: join(inbox, `SXD_${SET}_gop-y.xlsx`), meta: { set_version: '0.9.0' } },
      { src: form('SCT'), dst: join(inbox, `SCT_${SET}_gop-y.xlsx`), meta: { unit_code: 'KHONG-CO' } },
    ]);
    writeFileSync(join(inbox, 'XYZ_cong-van.pdf'), '%PDF-1.4\n');
    writeFileSync(join(inbox, `SNV_${SET}_gop-y.xlsx`), readFileSync(form('SYT')).subarray(0, 2000));
    expect(runCli(['compile', '--period', '2026-Q1', '--out', join(dir, 'templates'), '--unit', 'SGDDT', '--quiet']).code).toBe(0);
    copyFileSync(
      join(
        dir,
        'templates',
        readdirSync(join(dir, 'templates')).find((f) => f.endsWith('.xlsx'))!,
      ),
      join(inbox, 'SGDDT_bieu.xlsx'),
    );
    const r = runCli(['consult', 'merge', inbox, '--out', join(dir, 'out'), '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const codes = (json.diagnostics as { code: string; severity: string; location: { file: string } }[])
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.code} ${d.location.file.slice(inbox.length + 1)}`);
    expect(codes.sort()).toEqual(
      [
        `consult-duplicate-reply again/SYT_${SET}_gop-y.xlsx`,
        `consult-other-set STC_${SET}_gop-y.xlsx`,
        `consult-old-version SXD_${SET}_gop-y.xlsx`,
        `consult-unknown-unit SCT_${SET}_gop-y.xlsx`,
        'consult-unknown-unit XYZ_cong-van.pdf',
        `corrupt-file SNV_${SET}_gop-y.xlsx`,
        'consult-not-a-form SGDDT_bieu.xlsx',
      ].sort(),
    );
    // The first SYT reply (path order) is the one taken.
    expect(json.agreed_fully).toEqual({ agencies: 1, localities: 0 });
    // A rejected file whose name gives the unit is a reply not read (to read by hand), never "no reply, taken to agree".
    expect((json.not_read as { unit: string }[]).map((u) => u.unit).sort()).toEqual(['SCT', 'SGDDT', 'SNV', 'STC', 'SXD']);
    expect(json.responded).toBe(6);
    expect(json.no_reply_units).not.toContain('SXD');
    expect(json.counts_text).toContain('Có 05 phiếu trả lời không đọc được bằng công cụ');
  }, 300_000);

  it('reads an English form, a form that lost _meta, a choice typed over the list and "Comment" with nothing written', () => {
    const en = join(dir, 'forms-en');
    const vi = join(dir, 'forms-vi');
    expect(runCli(['consult', 'compile', '--out', en, '--unit', 'SYT', '--lang', 'en', '--quiet']).code).toBe(0);
    expect(runCli(['consult', 'compile', '--out', vi, '--unit', 'STC', 'SXD', '--quiet']).code).toBe(0);
    const box = join(dir, 'inbox-2');
    mkdirSync(box);
    fill([
      { src: join(en, `SYT_${SET}_gop-y.xlsx`), dst: join(box, `SYT_${SET}_gop-y.xlsx`), cells: { y_chung: 'Agree in full' } },
      { src: join(vi, `STC_${SET}_gop-y.xlsx`), dst: join(box, `STC_${SET}_gop-y.xlsx`), cells: { y_chung: 'Có ý kiến', g_chung: 'Ý kiến chung của Sở Tài chính' }, drop_meta: true },
      { src: join(vi, `SXD_${SET}_gop-y.xlsx`), dst: join(box, `SXD_${SET}_gop-y.xlsx`), cells: { y_CDS_01: 'đồng ý', y_CCHC_01: 'Có ý kiến' } },
    ]);
    // Received dates from a list, as merge --received reads them: SYT's after the deadline given on the command line.
    const received = join(dir, 'ngay-nhan.csv');
    writeFileSync(received, `Tệp;Ngày nhận\nSYT_${SET}_gop-y.xlsx;10/11/2025\nSTC_${SET}_gop-y.xlsx;03/11/2025\nSXD_${SET}_gop-y.xlsx;04/11/2025\n`);
    const r = runCli(['consult', 'merge', box, '--out', join(dir, 'out-2'), '--unit', 'SYT', 'STC', 'SXD', 'SCT', '--deadline', '2025-11-04', '--received', received, '--format', 'json']);
    expect(r.code, r.stdout).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.late).toEqual(['SYT']);
    expect(json).toMatchObject({ units_asked: 4, responded: 3, no_reply: 1, agreed_fully: { agencies: 2, localities: 0 }, commented: { agencies: 1, localities: 0 } });
    expect(json.comments).toEqual([{ unit: 'STC', indicator: 'chung', text: 'Ý kiến chung của Sở Tài chính' }]);
    const found = (json.diagnostics as { code: string; location: { file: string; cell?: string } }[]).map(
      (d) => `${d.code} ${d.location.file.split('/').pop()}${d.location.cell ? `!${d.location.cell}` : ''}`,
    );
    expect(found).toContain(`meta-missing STC_${SET}_gop-y.xlsx!H4`);
    expect(found.filter((f) => f.startsWith('consult-choice-unreadable') || f.startsWith('consult-comment-missing'))).toHaveLength(2);
  }, 300_000);

  it('is a usage error to pass --responses a file that is not a synthesis, or a bad --deadline', () => {
    const r = runCli(['consult', 'merge', inbox, '--out', join(dir, 'out2'), '--responses', form('SYT')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--responses');
    const d = runCli(['consult', 'compile', '--out', join(dir, 'f2'), '--deadline', '04/11/2025']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('04/11/2025');
  });
});
