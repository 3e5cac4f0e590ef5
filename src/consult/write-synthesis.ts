import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { GENERAL } from './layout.js';
import type { ConsultSynthesis } from './merge-replies.js';
import { SYNTHESIS_FILE } from './synthesis-layout.js';
import { writeSynthesisDocx } from './write-synthesis-docx.js';
import { writeSynthesisXlsx } from './write-synthesis-xlsx.js';

/** Writes `DIR/tong-hop-y-kien.xlsx` and `DIR/tong-hop-y-kien.docx`; returns their paths. */
export async function writeSynthesis(s: ConsultSynthesis, outDir: string, lang: Lang): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const xlsx = join(outDir, `${SYNTHESIS_FILE}.xlsx`);
  const docx = join(outDir, `${SYNTHESIS_FILE}.docx`);
  await writeFileAtomic(xlsx, await writeSynthesisXlsx(s, lang));
  await writeFileAtomic(docx, await writeSynthesisDocx(s, lang));
  return [xlsx, docx];
}

/** What `consult merge --format json` prints: the counts, every comment and proposal, and the run's diagnostics. */
export function synthesisJson(s: ConsultSynthesis, countsText: string, diagnostics: unknown[]): Record<string, unknown> {
  const c = s.counts;
  const unitsIn = (state: string) => s.units.filter((u) => u.state === state).map((u) => u.unit.code);
  return {
    units_asked: c.unitsAsked,
    responded: c.responded,
    no_reply: c.noReply,
    agreed_fully: { agencies: c.agreedAgencies, localities: c.agreedLocalities },
    commented: { agencies: c.commentedAgencies, localities: c.commentedLocalities },
    read_by_hand: unitsIn('by-hand'),
    not_read: s.units.filter((u) => u.state === 'not-read').map((u) => ({ unit: u.unit.code, file: u.file })),
    late: s.units.filter((u) => u.late).map((u) => u.unit.code),
    no_reply_units: unitsIn('none'),
    comments: s.comments.map((x) => ({ unit: x.unit.code, indicator: x.code === GENERAL ? GENERAL : x.code, text: x.text, ...(x.answer ? { answer: x.answer } : {}) })),
    proposals: s.proposals.map((p) => ({
      unit: p.unit.code,
      name: p.proposal.name,
      unit_of_measure: p.proposal.unit,
      frequency: p.proposal.frequency,
      owner: p.proposal.owner,
      reason: p.proposal.reason,
      ...(p.answer ? { answer: p.answer } : {}),
    })),
    counts_text: countsText,
    diagnostics,
  };
}
