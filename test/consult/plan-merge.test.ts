// The consultation's pure steps on the tiny set: what a unit's form lists first, and how replies are counted.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choiceName, commentName, consultFileName } from '../../src/consult/layout.js';
import { compileConsultForms, planConsultForms } from '../../src/consult/compile.js';
import { mergeReplies } from '../../src/consult/merge-replies.js';
import { planConsultForm } from '../../src/consult/plan-form.js';
import { readReply } from '../../src/consult/read-reply.js';
import type { ConsultReply } from '../../src/consult/reply-types.js';
import { consultText } from '../../src/i18n/index.js';
import { loadAndValidateSet } from '../../src/model/index.js';
import type { IndicatorSet } from '../../src/model/types.js';
import { makeSet } from '../helpers/make-set.js';

async function tinySet(overrides: Record<string, string> = {}): Promise<IndicatorSet> {
  const { set } = await loadAndValidateSet(makeSet(overrides));
  return set!;
}

/** The tiny set as seed 001 asks: SA drafts the set; a statistics office cooperates but is not a reporting unit. */
const draftedBySa = () =>
  tinySet({
    'set.yaml': [
      'id: tiny',
      'name: Bộ chỉ số thử',
      'version: 1.0.0',
      'issuing_body: UBND tỉnh Thử',
      'receiving_unit: Văn phòng UBND tỉnh Thử',
      'drafting_unit: SA',
      'periods:',
      '  quarter: { cutoff_day: 14, deadline_days: 6 }',
      '',
    ].join('\n'),
    'agencies.yaml': ['agencies:', '  - { code: SA, name: Sở A }', '  - { code: SB, name: Sở B }', '  - { code: TK, name: Thống kê tỉnh, name_en: Statistics Office }', ''].join('\n'),
  });

const reply = (unit: string, over: Partial<ConsultReply> = {}): ConsultReply => ({
  file: `inbox/${unit}_tiny_gop-y.xlsx`,
  sha256: '',
  kind: 'xlsx',
  status: 'read',
  unit,
  comments: [],
  proposals: [],
  diagnostics: [],
  modified: '2025-11-01T08:00:00.000Z',
  ...over,
});

describe('the comment form plan', () => {
  it('names the cells as the templates name value cells, and the file after the unit and the set', () => {
    expect(choiceName('CDS.01a')).toBe('y_CDS_01a');
    expect(commentName('CDS.01a')).toBe('g_CDS_01a');
    expect(choiceName('chung')).toBe('y_chung');
    expect(consultFileName('21211', 'qng-bo-chi-so')).toBe('21211_qng-bo-chi-so_gop-y.xlsx');
  });

  it("lists every indicator, the unit's own first, then the proposal rows", async () => {
    const set = await tinySet();
    const sb = planConsultForm(
      set,
      set.units.find((u) => u.code === 'SB')!,
      'vi',
      '2025-11-04',
    );
    const codes = sb.rows.flatMap((r) => (r.kind === 'indicator' ? [r.indicator.code] : []));
    expect(codes).toEqual(['B.01', 'A.01a', 'A.01b', 'A.01']);
    const parts = sb.rows.flatMap((r) => (r.kind === 'part' ? [r.text] : []));
    const t = consultText('vi').form;
    expect(parts).toEqual([t.own, t.others, t.proposals]);
    expect(sb.proposals.rows).toHaveLength(5);
    expect(sb.proposals.rows[0]).toBe(sb.proposals.headings + 1);
    // A commune reports the A indicators: they come first on its form.
    const commune = planConsultForm(
      set,
      set.units.find((u) => u.code === '1001')!,
      'vi',
    );
    expect(commune.rows.flatMap((r) => (r.kind === 'indicator' ? [r.indicator.code] : []))).toEqual(['A.01a', 'A.01b', 'A.01', 'B.01']);
    expect(commune.deadline).toBeUndefined();
  });
});

describe('merging replies', () => {
  it('counts agencies and localities, agreeing or commenting, by hand, and no reply as agreement', async () => {
    const set = await tinySet();
    const s = mergeReplies(set, [
      reply('SA', { general: 'agree' }),
      reply('SB', { general: 'agree', comments: [{ indicator: 'B.01', text: 'Đề nghị làm rõ.' }] }),
      reply('1001', { comments: [{ indicator: 'chung', text: 'Thống nhất, có ý kiến chung.' }] }),
      reply('1002', { kind: 'letter', status: 'by-hand' }),
    ]);
    expect(s.counts).toEqual({
      unitsAsked: 5,
      responded: 4,
      noReply: 1,
      agreedAgencies: 1,
      agreedLocalities: 0,
      commentedAgencies: 1,
      commentedLocalities: 1,
      byHand: 1,
      notRead: 0,
      late: 0,
      comments: 2,
      proposals: 0,
    });
    // General comments first, then the indicators in set order.
    expect(s.comments.map((c) => c.key)).toEqual(['1001|chung', 'SB|B.01']);
    expect(s.units.find((u) => u.unit.code === '1003')?.state).toBe('none');
    expect(consultText('vi').counts(s.counts)).toContain('đã được 04 cơ quan, đơn vị và địa phương gửi văn bản tham gia ý kiến, trong đó có 01 sở, ngành và 00 địa phương');
  });

  it('rejects the second reply of a unit and flags a late one, still counted', async () => {
    const set = await tinySet();
    const later = reply('SA', { file: 'inbox/z/SA.xlsx', comments: [{ indicator: 'chung', text: 'x' }] });
    const late = reply('SB', { modified: '2025-11-10T08:00:00.000Z' });
    const s = mergeReplies(set, [reply('SA', { general: 'agree' }), later, late], { deadline: '2025-11-04' });
    expect(later.status).toBe('rejected');
    expect(later.diagnostics.map((d) => d.code)).toEqual(['consult-duplicate-reply']);
    expect(late.diagnostics.map((d) => d.code)).toEqual(['consult-late-reply']);
    expect(s.counts).toMatchObject({ responded: 2, agreedAgencies: 2, late: 1, comments: 0 });
    // A --received date wins over the file time.
    const again = mergeReplies(set, [reply('SB', { modified: '2025-11-10T08:00:00.000Z' })], { deadline: '2025-11-04', received: new Map([['inbox/SB_tiny_gop-y.xlsx', '2025-11-03']]) });
    expect(again.counts.late).toBe(0);
    // A file time is dated in Vietnam: saved at 00:30 (+07:00) on 05/11, still 04/11 in UTC, is late.
    const afterMidnight = mergeReplies(set, [reply('SB', { modified: '2025-11-04T17:30:00.000Z' })], { deadline: '2025-11-04' });
    expect(afterMidnight.units.find((u) => u.unit.code === 'SB')).toMatchObject({ received: '2025-11-05', late: true });
  });

  it('reads the form of a unit that also sent its signed letter, whichever comes first', async () => {
    const set = await tinySet();
    for (const order of ['letter first', 'form first']) {
      const letter = reply('SB', { file: 'inbox/SB_cong-van.pdf', kind: 'letter', status: 'by-hand' });
      const form = reply('SB', { comments: [{ indicator: 'B.01', text: 'Đề nghị làm rõ.' }] });
      const s = mergeReplies(set, order === 'letter first' ? [letter, form] : [form, letter]);
      expect(
        s.comments.map((c) => c.key),
        order,
      ).toEqual(['SB|B.01']);
      expect(s.counts, order).toMatchObject({ responded: 1, commentedAgencies: 1, byHand: 0 });
      expect([...letter.diagnostics, ...form.diagnostics], order).toEqual([]);
      expect(form.status).toBe('read');
    }
  });

  it('asks only the units given (--unit)', async () => {
    const set = await tinySet();
    const s = mergeReplies(set, [reply('SA', { general: 'agree' })], { units: ['SA', '1001'] });
    expect(s.counts).toMatchObject({ unitsAsked: 2, responded: 1, noReply: 1 });
    expect(s.units.map((u) => u.unit.code)).toEqual(['SA', '1001']);
    // A unit that replied was asked, even if left out of the list.
    const more = mergeReplies(set, [reply('SA', { general: 'agree' }), reply('SB', { general: 'agree' })], { units: ['SA'] });
    expect(more.counts).toMatchObject({ unitsAsked: 2, responded: 2, agreedAgencies: 2 });
  });
});

describe('the counts paragraph', () => {
  it("says seed 000's counts in seed 000's words", () => {
    const counts = {
      unitsAsked: 150,
      responded: 55,
      noReply: 95,
      agreedAgencies: 5,
      agreedLocalities: 33,
      commentedAgencies: 14,
      commentedLocalities: 3,
      byHand: 0,
      notRead: 0,
      late: 0,
      comments: 40,
      proposals: 2,
    };
    // The submission (Tờ trình) to the Chairman, seed 000, word for word from "đã được".
    const seed =
      'đã được 55 cơ quan, đơn vị và địa phương gửi văn bản tham gia ý kiến, trong đó có 05 sở, ngành và 33 địa phương có ý kiến thống nhất hoàn toàn với nội dung của dự thảo và 14 sở, ngành và 03 địa phương bên cạnh thống nhất, còn tham gia góp ý đối với một số nội dung dự thảo (các cơ quan, đơn vị, địa phương không có văn bản phản hồi xem như thống nhất với nội dung dự thảo).';
    expect(consultText('vi').counts(counts)).toBe(`Dự thảo Bộ chỉ số ${seed}`);
    expect(consultText('vi').counts({ ...counts, responded: 56, byHand: 1 })).toContain('Có 01 văn bản trả lời được đọc trực tiếp');
  });

  it('says one as one in English', () => {
    const one = {
      unitsAsked: 5,
      responded: 1,
      noReply: 4,
      agreedAgencies: 1,
      agreedLocalities: 0,
      commentedAgencies: 0,
      commentedLocalities: 1,
      byHand: 0,
      notRead: 0,
      late: 0,
      comments: 1,
      proposals: 0,
    };
    expect(consultText('en').counts(one)).toContain(
      '1 agency, unit or locality replied in writing on the draft indicator set: 1 department or agency and 0 localities agreed fully with the draft, and 0 departments and agencies and 1 locality agreed with comments',
    );
  });

  it('asks every unit but the province and the drafting office, and every agency that is not a unit (seed 001)', async () => {
    const set = await draftedBySa();
    const asked = planConsultForms(set, 'vi').map((p) => p.unit.code);
    expect(asked).toEqual(['SB', '1001', '1002', '1003', 'TK']);
    // --unit still names whom to ask, the drafting office or an agency included.
    expect(planConsultForms(set, 'vi', undefined, ['SA', 'TK']).map((p) => p.fileName)).toEqual(['SA_tiny_gop-y.xlsx', 'TK_tiny_gop-y.xlsx']);
    const s = mergeReplies(set, [reply('TK', { comments: [{ indicator: 'A.01', text: 'Số liệu lấy theo tháng dương lịch.' }] }), reply('SB', { general: 'agree' })]);
    expect(s.units.map((u) => u.unit.code)).toEqual(['SB', '1001', '1002', '1003', 'TK']);
    // The statistics office counts as an agency.
    expect(s.counts).toMatchObject({ unitsAsked: 5, responded: 2, noReply: 3, agreedAgencies: 1, commentedAgencies: 1, commentedLocalities: 0 });
    expect(s.comments.map((c) => c.key)).toEqual(['TK|A.01']);
  });

  it('writes the forms of agencies that are not units, and reads their replies', async () => {
    const set = await draftedBySa();
    const out = mkdtempSync(join(tmpdir(), 'consult-agency-'));
    const result = await compileConsultForms({ set, outDir: out, lang: 'vi', toolVersion: 'test', units: ['TK'] });
    expect(result.written.map((f) => basename(f))).toEqual(['TK_tiny_gop-y.xlsx']);
    const read = readReply(result.written[0]!, set);
    expect(read).toMatchObject({ status: 'read', unit: 'TK' });
  });

  it('counts a rejected reply as replied but not read, never as agreement', async () => {
    const set = await tinySet();
    // An .ods, a form of an old version (its unit known from the file name only), a broken file.
    const ods = reply('SA', { file: 'inbox/SA_tiny_gop-y.ods', status: 'unreadable', unit: undefined, diagnostics: [] });
    const old = reply('1001', { status: 'rejected', unit: undefined });
    const letter = reply('1002', { kind: 'letter', status: 'by-hand' });
    const s = mergeReplies(set, [ods, old, letter, reply('SB', { general: 'agree' })]);
    expect(s.units.find((u) => u.unit.code === 'SA')).toMatchObject({ state: 'not-read', file: 'inbox/SA_tiny_gop-y.ods' });
    expect(s.units.find((u) => u.unit.code === '1001')?.state).toBe('not-read');
    expect(s.counts).toMatchObject({ unitsAsked: 5, responded: 4, noReply: 1, agreedAgencies: 1, agreedLocalities: 0, byHand: 1, notRead: 2 });
    const paragraph = consultText('vi').counts(s.counts);
    expect(paragraph).toContain('đã được 04 cơ quan, đơn vị và địa phương');
    expect(paragraph).toContain('Có 02 phiếu trả lời không đọc được bằng công cụ');
    expect(consultText('en').counts(s.counts)).toContain('2 reply forms the tool could not read');
    // A unit whose good form came too: the form is read, the rejected file does not change its state.
    const both = mergeReplies(set, [reply('SA', { file: 'inbox/SA_old.xlsx', status: 'rejected' }), reply('SA', { general: 'agree' })]);
    expect(both.units.find((u) => u.unit.code === 'SA')?.state).toBe('agreed');
    expect(both.counts).toMatchObject({ responded: 1, notRead: 0 });
  });
});
