import type { IndicatorType } from '../model/types.js';
import { words } from './frequency.js';

/** The five types of Guidance 7146/VPCP-KSTT (`composite` is a deprecated alias the importer never writes). */
export type Typology = Exclude<IndicatorType, 'composite'>;

/** The type an indicator gets when nothing in the list says it: listed as a guess on every such indicator. */
export const DEFAULT_TYPE: Typology = 'output';

/** The words of each type, in `words()` form. */
const TYPES: [string, Typology][] = [
  ['dau vao|input|inputs', 'input'],
  ['qua trinh|tien trinh|hoat dong|process|activity', 'process'],
  ['dau ra|output|outputs', 'output'],
  ['ket qua|result|results|outcome|outcomes', 'result'],
  ['tac dong|impact|impacts', 'impact'],
];
const CELL = TYPES.map(([w, type]) => [new RegExp(` (${w}) `), type] as const);
const STATED = TYPES.map(([w, type]) => [new RegExp(` (chi so|chi tieu|nhom chi so|nhom chi tieu|loai) (${w}) | (${w}) (indicators?) `), type] as const);

/** A type column's cell ("Đầu ra", "Kết quả", "outcome"): the type, or undefined when it names none or several. */
export function readType(text: string): Typology | undefined {
  const w = words(text);
  const found = CELL.filter(([re]) => re.test(w));
  return found.length === 1 ? found[0][1] : undefined;
}

/**
 * A type stated in so many words in a name, definition or group heading: "Chỉ số đầu ra", "Nhóm chỉ số tác động",
 * "(chỉ tiêu kết quả)", "impact indicator". A word such as "kết quả" elsewhere ("kết quả giải quyết hồ sơ") is not.
 */
export function statedType(text: string): Typology | undefined {
  const w = words(text);
  const found = new Set(STATED.filter(([re]) => re.test(w)).map(([, t]) => t));
  return found.size === 1 ? [...found][0] : undefined;
}
