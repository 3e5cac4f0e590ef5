// A returned form whose cells are not what the form wrote: a comment stored as a formula, names left behind on rows
// that a program sorted without moving the names. The comment must stay whole and on its own indicator.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { commentName } from '../../src/consult/layout.js';
import { mergeReplies } from '../../src/consult/merge-replies.js';
import { planConsultForm, type ConsultFormPlan } from '../../src/consult/plan-form.js';
import { readReply } from '../../src/consult/read-reply.js';
import { readResponses } from '../../src/consult/read-responses.js';
import type { ConsultReply } from '../../src/consult/reply-types.js';
import { writeConsultForm } from '../../src/consult/write-form.js';
import { writeSynthesisXlsx } from '../../src/consult/write-synthesis-xlsx.js';
import { loadAndValidateSet } from '../../src/model/index.js';
import type { IndicatorSet } from '../../src/model/types.js';
import { makeSet } from '../helpers/make-set.js';

const dir = mkdtempSync(join(tmpdir(), 'consult-cells-'));

async function form(): Promise<{ set: IndicatorSet; plan: ConsultFormPlan; parts: Record<string, Uint8Array> }> {
  const set = (await loadAndValidateSet(makeSet())).set!;
  const plan = planConsultForm(
    set,
    set.units.find((u) => u.code === 'SA')!,
    'vi',
  );
  return { set, plan, parts: unzipSync(new Uint8Array(await writeConsultForm(plan, '0.0.0'))) };
}

const rowOf = (plan: ConsultFormPlan, code: string) => plan.rows.find((r) => r.kind === 'indicator' && r.indicator.code === code)!.row;

/** Replaces the cell `address` of the form sheet with `xml` (its inside, `<f>` or `<is>`), keeping its style. */
function setCell(parts: Record<string, Uint8Array>, address: string, attrs: string, inner: string): void {
  const path = 'xl/worksheets/sheet1.xml';
  const xml = strFromU8(parts[path]);
  const re = new RegExp(`<c r="${address}"( s="\\d+")?[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  expect(xml, address).toMatch(re);
  parts[path] = strToU8(xml.replace(re, (_m, s: string | undefined) => `<c r="${address}"${s ?? ''}${attrs}>${inner}</c>`));
}

function save(parts: Record<string, Uint8Array>, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, zipSync(parts));
  return file;
}

describe('comment cells as other programs leave them', () => {
  it('writes the comment and proposal cells as text, so that "=…" and "+84…" stay what was typed', async () => {
    const { plan, parts } = await form();
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
    const styles = strFromU8(parts['xl/styles.xml']);
    const styleOf = (address: string) => Number(new RegExp(`<c r="${address}" s="(\\d+)"`).exec(sheet)?.[1]);
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    for (const address of [`J${rowOf(plan, 'A.01')}`, `C${plan.proposals.rows[0]}`, `J${plan.proposals.rows[0]}`]) expect(xfs[styleOf(address)], address).toContain('numFmtId="49"');
  });

  it('reads a comment stored as a formula as the text typed', async () => {
    const { set, plan, parts } = await form();
    setCell(parts, `J${rowOf(plan, 'A.01')}`, '', '<f>SUM(A1:A3)</f>');
    setCell(parts, `J${rowOf(plan, 'B.01')}`, ' t="e"', '<f>+84 905 123 456</f><v>#NULL!</v>');
    const reply = readReply(save(parts, 'SA_formula.xlsx'), set);
    expect(reply.status).toBe('read');
    expect(reply.comments.map((c) => [c.indicator, c.text])).toEqual([
      ['A.01', '=SUM(A1:A3)'],
      ['B.01', '+84 905 123 456'],
    ]);
  });

  it('follows the hidden key column when the names were left on rows another program moved', async () => {
    const { set, plan, parts } = await form();
    const [a, b] = [rowOf(plan, 'A.01'), rowOf(plan, 'B.01')];
    // Rows sorted by a program that moves cells but not names: A.01's names now point at B.01's row and back.
    const wbPath = 'xl/workbook.xml';
    const swap = (xml: string, code: string, from: number, to: number) => xml.replace(new RegExp(`(<definedName name="[yg]_${code}"[^>]*>[^<]*\\$)${from}(</definedName>)`, 'g'), `$1${to}$2`);
    let wbXml = strFromU8(parts[wbPath]);
    expect(wbXml).toContain(`name="${commentName('A.01')}"`);
    wbXml = swap(swap(wbXml, 'A_01', a, b), 'B_01', b, a);
    parts[wbPath] = strToU8(wbXml);
    setCell(parts, `J${b}`, ' t="inlineStr"', '<is><t>Góp ý về B.01</t></is>');
    const reply = readReply(save(parts, 'SA_sorted.xlsx'), set);
    expect(reply.comments.map((c) => [c.indicator, c.text, c.location?.cell])).toEqual([['B.01', 'Góp ý về B.01', `J${b}`]]);
  });

  it('does not read a heading as a comment when rows above were deleted and the names stayed where they were', async () => {
    const { set, plan, parts } = await form();
    // A.01's names now point at the proposals' heading row (no key there), whose J cell is a heading.
    const wbPath = 'xl/workbook.xml';
    const heading = plan.proposals.headings;
    parts[wbPath] = strToU8(strFromU8(parts[wbPath]).replace(new RegExp(`(<definedName name="[yg]_A_01"[^>]*>[^<]*\\$)${rowOf(plan, 'A.01')}(</definedName>)`, 'g'), `$1${heading}$2`));
    expect(strFromU8(parts[wbPath])).toContain(`$J$${heading}</definedName>`);
    const reply = readReply(save(parts, 'SA_deleted.xlsx'), set);
    expect(reply.comments).toEqual([]);
  });
});

describe('a comment typed over the Opinion list', () => {
  it('keeps a long text typed in the Opinion cell when the Comment cell has more of it', async () => {
    const { set, plan, parts } = await form();
    const row = rowOf(plan, 'A.01');
    setCell(parts, `I${row}`, ' t="inlineStr"', '<is><t>Đề nghị bỏ chỉ số này vì trùng lặp với B.01</t></is>');
    setCell(parts, `J${row}`, ' t="inlineStr"', '<is><t>Lý do: cùng nguồn số liệu.</t></is>');
    const reply = readReply(save(parts, 'SA_typed.xlsx'), set);
    expect(reply.comments.map((c) => [c.indicator, c.text])).toEqual([['A.01', 'Đề nghị bỏ chỉ số này vì trùng lặp với B.01\nLý do: cùng nguồn số liệu.']]);
    expect(reply.diagnostics.map((d) => d.code)).toEqual(['consult-choice-unreadable']);
  });
});

describe('an attribute typed over once the protection was taken off', () => {
  it('takes what was written in a locked attribute cell as a comment on its indicator, and says so', async () => {
    const { set, plan, parts } = await form();
    const row = rowOf(plan, 'A.01');
    setCell(parts, `C${row}`, ' t="inlineStr"', '<is><t>Tỷ lệ hồ sơ giải quyết đúng hạn (đề nghị đổi tên)</t></is>');
    setCell(parts, `J${row}`, ' t="inlineStr"', '<is><t>Đề nghị đổi tên.</t></is>');
    const reply = readReply(save(parts, 'SA_edited.xlsx'), set);
    expect(reply.comments.map((c) => [c.indicator, c.text])).toEqual([['A.01', 'Đề nghị đổi tên.\nSửa trực tiếp "Tên chỉ số" thành: Tỷ lệ hồ sơ giải quyết đúng hạn (đề nghị đổi tên)']]);
    expect(reply.diagnostics.map((d) => [d.code, d.location.cell])).toEqual([['consult-attribute-edited', `C${row}`]]);
  });

  it('finds nothing typed over on a form as written', async () => {
    const { set, parts } = await form();
    expect(readReply(save(parts, 'SA_untouched.xlsx'), set).diagnostics.map((d) => d.code)).toEqual(['consult-blank-form']);
  });
});

describe('a general "Có ý kiến" with nothing written', () => {
  it('is counted as agreeing but said, at the general choice cell', async () => {
    const { set, parts } = await form();
    setCell(parts, `I6`, ' t="inlineStr"', '<is><t>Có ý kiến</t></is>');
    const reply = readReply(save(parts, 'SA_empty.xlsx'), set);
    expect(reply).toMatchObject({ status: 'read', general: 'comment', comments: [], proposals: [] });
    expect(reply.diagnostics.map((d) => [d.code, d.location.cell, d.message])).toEqual([['consult-comment-missing', 'I6', expect.stringContaining('Ý kiến chung')]]);
  });
});

describe('answers typed in the synthesis as other programs store them', () => {
  it('writes the answer cells as text and reads an answer stored as a formula ("- Tiếp thu …") as typed', async () => {
    const set = (await loadAndValidateSet(makeSet())).set!;
    const reply: ConsultReply = {
      file: 'inbox/SA_tiny_gop-y.xlsx',
      sha256: '',
      kind: 'xlsx',
      status: 'read',
      unit: 'SA',
      comments: [{ indicator: 'A.01', text: 'Góp ý' }],
      proposals: [{ name: 'Chỉ số mới', unit: '', frequency: '', owner: '', reason: '' }],
      diagnostics: [],
    };
    const parts = unzipSync(new Uint8Array(await writeSynthesisXlsx(mergeReplies(set, [reply]), 'vi')));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
    const row = Number(/<c r="F(\d+)"/.exec(sheet)?.[1]);
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(strFromU8(parts['xl/styles.xml']))?.[1] ?? '').matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    expect(xfs[Number(new RegExp(`<c r="E${row}" s="(\\d+)"`).exec(sheet)?.[1])]).toContain('numFmtId="49"');
    // The Office typed "- Tiếp thu, đã sửa." in Excel without the text format: a formula with an error cached.
    const cell = new RegExp(`<c r="E${row}"( s="\\d+")?[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    expect(sheet).toMatch(cell);
    parts['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(cell, (_m, s: string | undefined) => `<c r="E${row}"${s ?? ''} t="e"><f>- Tiếp thu, đã sửa.</f><v>#NAME?</v></c>`));
    const answers = await readResponses(save(parts, 'answered.xlsx'));
    expect([...answers].map(([k, a]) => [k, a.answer])).toEqual([['SA|A.01', '- Tiếp thu, đã sửa.']]);
  });
});
