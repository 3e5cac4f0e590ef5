import type { DiagnosticCode } from '../codes.js';
import type { Lang } from '../i18n.js';
import { FILE_MESSAGES } from './files.js';
import { MERGE_MESSAGES } from './merge.js';
import { MODEL_MESSAGES } from './model.js';
import { SCHEMA_MESSAGES } from './schema.js';
import { SUBMISSION_MESSAGES } from './submission.js';
import type { MessageTemplate } from './template.js';

const TABLES = [FILE_MESSAGES, SCHEMA_MESSAGES, MODEL_MESSAGES, SUBMISSION_MESSAGES, MERGE_MESSAGES];

function merge(lang: Lang): Record<DiagnosticCode, MessageTemplate> {
  return Object.assign({}, ...TABLES.map((t) => t[lang]));
}

/** Every code's message in both languages; `messages.test.ts` proves none is missing. */
export const MESSAGES: Record<Lang, Record<DiagnosticCode, MessageTemplate>> = { vi: merge('vi'), en: merge('en') };
