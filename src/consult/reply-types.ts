import type { Diagnostic } from '../diagnostics/index.js';
import type { ProposalField } from './layout.js';

/** A comment read from a reply: on an indicator (its code) or on the draft as a whole (`chung`). */
export interface ReplyComment {
  indicator: string;
  text: string;
  /** Where it was read: the comment cell of a form, the line of a CSV. */
  location?: Diagnostic['location'];
}

/** A new indicator a unit proposes (and where its name was read). */
export type ReplyProposal = Record<ProposalField, string> & { location?: Diagnostic['location'] };

/** One returned file, as read. */
export interface ConsultReply {
  file: string;
  sha256: string;
  /** File modification time (ISO), for lateness when no --received list is given. */
  modified?: string;
  /** A form (.xlsx), a CSV, or a letter (PDF, scan, Word) to be read by hand. */
  kind: 'xlsx' | 'csv' | 'letter';
  /** read: comments taken in; by-hand: a letter, counted as replied; rejected: not merged (errors); unreadable. */
  status: 'read' | 'by-hand' | 'rejected' | 'unreadable';
  unit?: string;
  /** The deadline stamped in the form's `_meta`, if any. */
  deadline?: string;
  /** The general choice: agree in full, or comment. */
  general?: 'agree' | 'comment';
  comments: ReplyComment[];
  proposals: ReplyProposal[];
  diagnostics: Diagnostic[];
}
