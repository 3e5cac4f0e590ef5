import type { IndicatorSet } from '../model/types.js';
import { HistoryBuilder, type HistoryOptions } from './build-history.js';
import { readHistoryInput } from './read-datasets.js';
import type { History } from './types.js';

/**
 * Reads the dataset files one at a time into a history (a period's rows are dropped once counted, so twelve periods
 * of 3,300 units never sit in memory together). Throws a DatasetError naming a file that cannot be read.
 */
export async function readHistory(set: IndicatorSet, files: readonly string[], options: HistoryOptions & { onProgress?: (done: number, total: number) => void } = {}): Promise<History> {
  const builder = new HistoryBuilder(set, options);
  let done = 0;
  for (const file of files) {
    builder.add(await readHistoryInput(file));
    options.onProgress?.(++done, files.length);
  }
  return builder.finish();
}
