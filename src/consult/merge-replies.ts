import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { ConsultCounts, Lang } from '../i18n/index.js';
import { provinceDate } from '../model/period.js';
import { isCommuneLevel } from '../model/reporters.js';
import type { Indicator, IndicatorSet, SetInfo, Unit } from '../model/types.js';
import { consultAddressees, consultCandidates, unitFromPath } from './addressees.js';
import { GENERAL, type ProposalField } from './layout.js';
import type { ConsultReply } from './reply-types.js';

/** One comment of the synthesis, with the Office's answer when an earlier synthesis gave one. */
export interface SynthesisComment {
  /** `<unit>|<indicator code or chung>`: finds the comment's answer in an earlier synthesis. */
  key: string;
  unit: Unit;
  /** The indicator code, or `chung`. */
  code: string;
  indicator?: Indicator;
  text: string;
  answer?: string;
  /** Where the comment was read (the reply's cell or line). */
  location?: Diagnostic['location'];
}

export interface SynthesisProposal {
  /** `<unit>|dx<n>`. */
  key: string;
  unit: Unit;
  proposal: Record<ProposalField, string>;
  answer?: string;
  location?: Diagnostic['location'];
}

/** How each unit asked answered. */
export interface UnitReply {
  unit: Unit;
  /** Departments and other agencies, or communes, wards and the special zone. */
  side: 'agency' | 'locality';
  /** not-read: the unit sent a file the tool rejected (an .ods, an old form, a broken file): replied, to be read by hand. */
  state: 'agreed' | 'commented' | 'by-hand' | 'not-read' | 'none';
  comments: number;
  received?: string;
  late: boolean;
  file?: string;
}

/** The consultation's result: what the synthesis workbook and document print and `--format json` gives. */
export interface ConsultSynthesis {
  set: SetInfo;
  counts: ConsultCounts;
  /** Grouped: general comments first, then by indicator group and indicator, units in units.yaml order. */
  comments: SynthesisComment[];
  proposals: SynthesisProposal[];
  units: UnitReply[];
  replies: ConsultReply[];
  /** Indicator group names by id, in the language asked. */
  groupNames: Map<string, string>;
  diagnostics: Diagnostic[];
}

export interface MergeRepliesOptions {
  lang?: Lang;
  /** The units asked, when not every unit of the set (`--unit`); a unit that replied counts as asked. */
  units?: readonly string[];
  /** ISO deadline (--deadline), else the one stamped on the forms. */
  deadline?: string;
  /** Received dates by file (--received); a file not in it is dated by its modification time. */
  received?: ReadonlyMap<string, string | undefined>;
}

/**
 * Merges the replies read (pure): a second reply of a unit is rejected (the earlier path is kept), late replies are
 * flagged but counted, and every unit asked gets its state. Units that did not reply are taken to agree; a unit whose
 * only file was rejected (its code from `_meta` or the file's name) replied but is not read: `not-read`, to read by hand.
 */
export function mergeReplies(set: IndicatorSet, replies: ConsultReply[], options: MergeRepliesOptions = {}): ConsultSynthesis {
  const diagnostics: Diagnostic[] = [];
  const byUnit = new Map<string, ConsultReply>();
  for (const r of replies) {
    if ((r.status !== 'read' && r.status !== 'by-hand') || !r.unit) continue;
    const earlier = byUnit.get(r.unit);
    // The signed letter beside the filled form, as units send them: the form is the reply read, the letter its cover.
    if (earlier && earlier.status !== r.status && [earlier.status, r.status].includes('by-hand')) {
      if (r.status === 'read') byUnit.set(r.unit, r);
      continue;
    }
    if (earlier) {
      r.diagnostics.push(makeDiagnostic('consult-duplicate-reply', { location: { file: r.file }, params: { unit: r.unit, other: earlier.file } }));
      r.status = 'rejected';
      continue;
    }
    byUnit.set(r.unit, r);
  }
  // A file the tool could not take in still says the unit replied: never "no reply, taken to agree".
  const rejected = new Map<string, ConsultReply>();
  for (const r of replies) {
    const unit = r.status === 'rejected' || r.status === 'unreadable' ? (r.unit ?? unitFromPath(r.file, set)) : undefined;
    if (unit && !byUnit.has(unit) && !rejected.has(unit)) rejected.set(unit, r);
  }
  const deadline = options.deadline ?? mostCommon(replies.map((r) => r.deadline));
  // A unit that replied was asked, even when --unit leaves it out (the form was passed on to it).
  const chosen = new Set(consultAddressees(set, options.units).map((u) => u.code));
  const asked = consultCandidates(set).filter((u) => chosen.has(u.code) || byUnit.has(u.code) || rejected.has(u.code));
  const units: UnitReply[] = asked.map((unit) => {
    const side = isCommuneLevel(unit) ? 'locality' : 'agency';
    const notRead = rejected.get(unit.code);
    if (notRead && !byUnit.has(unit.code)) return { unit, side, state: 'not-read', comments: 0, late: false, file: notRead.file };
    const r = byUnit.get(unit.code);
    if (!r) return { unit, side, state: 'none', comments: 0, late: false };
    // A file time is an instant: dated in the province's time zone (00:30 in Vietnam is that day, not the day before in UTC).
    const received = options.received?.has(r.file) ? options.received.get(r.file) : r.modified ? provinceDate(r.modified) : undefined;
    const late = Boolean(deadline && received && received > deadline);
    if (late) r.diagnostics.push(makeDiagnostic('consult-late-reply', { location: { file: r.file }, params: { unit: unit.code, received: dmy(received!), deadline: dmy(deadline!) } }));
    const count = r.comments.length + r.proposals.length;
    const state = r.status === 'by-hand' ? 'by-hand' : count > 0 ? 'commented' : 'agreed';
    return { unit, side, state, comments: count, received, late, file: r.file };
  });
  const comments = orderComments(set, asked, byUnit);
  const proposals: SynthesisProposal[] = asked.flatMap((unit) =>
    (byUnit.get(unit.code)?.proposals ?? []).map(({ location, ...proposal }, i) => ({ key: `${unit.code}|dx${i + 1}`, unit, proposal, ...(location ? { location } : {}) })),
  );
  const n = (side: UnitReply['side'], state: UnitReply['state']) => units.filter((u) => u.side === side && u.state === state).length;
  const responded = units.filter((u) => u.state !== 'none').length;
  const counts: ConsultCounts = {
    unitsAsked: asked.length,
    responded,
    noReply: asked.length - responded,
    agreedAgencies: n('agency', 'agreed'),
    agreedLocalities: n('locality', 'agreed'),
    commentedAgencies: n('agency', 'commented'),
    commentedLocalities: n('locality', 'commented'),
    byHand: units.filter((u) => u.state === 'by-hand').length,
    notRead: units.filter((u) => u.state === 'not-read').length,
    late: units.filter((u) => u.late).length,
    comments: comments.length,
    proposals: proposals.length,
  };
  for (const r of replies) diagnostics.push(...r.diagnostics);
  const groupNames = new Map(set.groups.map((g) => [g.id, options.lang === 'en' ? (g.name_en ?? g.name) : g.name]));
  return { set: set.info, counts, comments, proposals, units, replies, groupNames, diagnostics };
}

/** General comments first, then the set's indicators in order; within each, units in units.yaml order. */
function orderComments(set: IndicatorSet, asked: Unit[], byUnit: ReadonlyMap<string, ConsultReply>): SynthesisComment[] {
  const out: SynthesisComment[] = [];
  for (const code of [GENERAL, ...set.indicators.map((i) => i.code)]) {
    const indicator = set.indicators.find((i) => i.code === code);
    for (const unit of asked) {
      const mine = (byUnit.get(unit.code)?.comments ?? []).filter((c) => c.indicator === code);
      // Two general comments of one CSV reply are kept apart; their keys stay distinct.
      mine.forEach((c, i) =>
        out.push({ key: `${unit.code}|${code}${i ? `#${i + 1}` : ''}`, unit, code, ...(indicator ? { indicator } : {}), text: c.text, ...(c.location ? { location: c.location } : {}) }),
      );
    }
  }
  return out;
}

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');
