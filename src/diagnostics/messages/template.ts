import type { MessageParams } from '../types.js';

/** Builds the message (and optional hint) of one code from its params. */
export interface MessageTemplate {
  message: (p: MessageParams) => string;
  hint?: (p: MessageParams) => string;
}

/** Messages of a set of codes in both languages. TypeScript checks that `vi` and `en` name the same codes. */
export type MessageTable<C extends string> = { vi: Record<C, MessageTemplate>; en: Record<C, MessageTemplate> };
