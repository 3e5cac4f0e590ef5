import { makeDiagnostic, type Lang } from '../diagnostics/index.js';
import type { IndicatorSet } from '../model/types.js';
import { matchReceived } from '../report/file-states.js';
import { receivedDiagnostics } from '../report/merge-submissions.js';
import type { ReceivedDates } from '../report/read-received.js';
import { collectInputs } from '../submission/collect-inputs.js';
import { mergeReplies, type ConsultSynthesis } from './merge-replies.js';
import { applyResponses, type EarlierAnswer } from './read-responses.js';
import { readReply, REPLY_FILES } from './read-reply.js';
import type { ConsultReply } from './reply-types.js';

export interface ConsultMergeOptions {
  set: IndicatorSet;
  /** Files and folders (searched recursively). */
  inputs: string[];
  lang: Lang;
  /** The units asked, when not every unit of the set. */
  units?: string[];
  /** ISO date; else the deadline stamped on the forms. */
  deadline?: string;
  /** --received (`readReceived`). */
  received?: ReceivedDates;
  /** --responses: the earlier synthesis and its answers (`readResponses`). */
  responses?: { file: string; answers: ReadonlyMap<string, EarlierAnswer> };
  onProgress?: (done: number, total: number) => void;
}

/** `consult merge`'s work: read every reply, merge them, carry earlier answers over. Undefined when no reply was found. */
export async function consultMergeRun(options: ConsultMergeOptions): Promise<{ synthesis?: ConsultSynthesis; missingPaths: string[] }> {
  const { files, missing, denied } = await collectInputs(options.inputs, REPLY_FILES);
  const replies: ConsultReply[] = [];
  for (const file of files) {
    replies.push(readReply(file, options.set));
    options.onProgress?.(replies.length, files.length);
  }
  for (const d of denied) {
    const diagnostics = [makeDiagnostic('permission-denied', { location: { file: d.path }, params: { path: d.path, detail: d.code } })];
    replies.push({ file: d.path, sha256: '', kind: 'xlsx', status: 'unreadable', comments: [], proposals: [], diagnostics });
  }
  if (replies.length === 0) return { missingPaths: missing };
  const matched = matchReceived(
    replies.map((r) => r.file),
    options.received?.dates ?? new Map(),
  );
  // A file two rows date equally well is not judged (undefined), as one whose date could not be read.
  const received = options.received
    ? new Map<string, string | undefined>([...[...matched.byFile].map(([f, r]) => [f, r.date] as const), ...matched.ambiguous.map((a) => [a.file, undefined] as const)])
    : undefined;
  const synthesis = mergeReplies(options.set, replies, { deadline: options.deadline, received, lang: options.lang, units: options.units });
  synthesis.diagnostics.unshift(...receivedDiagnostics(options.received, matched.unknown, matched.ambiguous));
  if (options.responses) applyResponses(synthesis, options.responses.file, options.responses.answers);
  return { synthesis, missingPaths: missing };
}
