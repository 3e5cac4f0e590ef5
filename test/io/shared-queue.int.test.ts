import { describe, expect, it } from 'vitest';
import { load } from '../helpers/built.js';

// check's threads (src/io/shared-queue.ts): this thread and its helpers take jobs from one counter; the results come
// back in job order whoever took them, and a helper's internal error stops the run with its stack.
const { runShared } = await load<typeof import('../../src/io/shared-queue.js')>('dist/io/shared-queue.js');
const script = new URL('../fixtures/workers/double.mjs', import.meta.url);

async function collect(jobs: number[], helpers: number, delay = 0, hereDelay = 0) {
  const out: { n: number; doubled: number; by: string }[] = [];
  const here = async (n: number) => {
    if (n === 13) throw new Error('thirteen here');
    if (hereDelay) await new Promise((resolve) => setTimeout(resolve, hereDelay));
    return { n, doubled: n * 2, by: 'here' };
  };
  for await (const r of runShared(script, jobs, helpers, here, { delay })) out.push(r);
  return out;
}

describe('runShared', () => {
  const jobs = Array.from({ length: 60 }, (_, i) => (i === 13 ? 100 : i));

  it('yields every result once, in job order, with one or three helpers', async () => {
    for (const helpers of [1, 3]) {
      const out = await collect(jobs, helpers, 1, 2);
      expect(out.map((r) => r.n)).toEqual(jobs);
      expect(out.map((r) => r.doubled)).toEqual(jobs.map((n) => n * 2));
      // A slow thread here leaves jobs to the helpers: both kinds of thread took some.
      expect(new Set(out.map((r) => r.by))).toEqual(new Set(['here', 'helper']));
    }
  });

  it('runs everything here with no helper, and with one job', async () => {
    expect((await collect(jobs, 0)).every((r) => r.by === 'here')).toBe(true);
    expect(await collect([5], 2)).toEqual([{ n: 5, doubled: 10, by: 'here' }]);
    expect(await collect([], 2)).toEqual([]);
  });

  it("rethrows a helper's internal error with its stack", async () => {
    // This thread takes job 0 first and spends a second on it: the helper takes job 13, which it cannot do.
    const here = async (n: number) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return { n, doubled: n * 2, by: 'here' };
    };
    const run = async () => {
      for await (const r of runShared(script, [0, 13], 1, here, {})) void r;
    };
    await expect(run()).rejects.toThrow(/^worker: Error: thirteen\n\s+at /);
  });
});
