import type { IndicatorSet, Period, TemplatePlan } from '../../src/model/index.js';
import { load } from './built.js';

// The synthetic-submission generator (bench/generate, plain ESM), typed.

/** The diagnostic a generated mistake must give (bench/generate/mistakes.mjs). */
export interface ExpectedMistake {
  kind: string;
  code: string;
  sheet?: string;
  cell?: string;
}

export interface GeneratedSubmission {
  file: string;
  unit: string;
  values: Map<string, unknown>;
  expected: ExpectedMistake[];
  plan: TemplatePlan;
}

export interface GenerateOptions {
  set: IndicatorSet;
  period: Period;
  /** Where `indicators compile` wrote the templates. */
  templatesDir: string;
  outDir: string;
  /** Unit codes (default: every unit with a template). */
  units?: string[];
  /** Unit code → mistake kinds (keys of WORKBOOK_MISTAKES or FILE_MISTAKES). */
  mistakes?: Record<string, string[]>;
  /** Edits the values before they are written. */
  adjust?: (values: Map<string, unknown>, plan: TemplatePlan) => void;
}

interface GeneratorModule {
  generateSubmissions(o: GenerateOptions): Promise<GeneratedSubmission[]>;
  copyAs(file: string, target: string): string;
}

interface MistakesModule {
  WORKBOOK_MISTAKES: Record<string, unknown>;
  FILE_MISTAKES: Record<string, unknown>;
}

const generator = await load<GeneratorModule>('bench/generate/generate.mjs');
const mistakes = await load<MistakesModule>('bench/generate/mistakes.mjs');

/** Filled workbooks from compiled templates, with the chosen mistakes (bench/generate/generate.mjs). */
export const generateSubmissions = generator.generateSubmissions;
/** Copies a generated file under another name (a duplicate submission, or a wrong file name). */
export const copyAs = generator.copyAs;
/** The kinds of mistake, by where they are made: in the workbook, or in the file's bytes. */
export const { WORKBOOK_MISTAKES, FILE_MISTAKES } = mistakes;
