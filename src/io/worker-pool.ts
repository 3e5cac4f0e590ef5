import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/** A worker's answer to one job: its result, or the stack of an internal error. */
type Answer<R> = { id: number; result?: R; error?: string };

/**
 * Runs `jobs` on `workers` threads running `script` (which calls `serveJobs`), two jobs in flight per worker, and
 * yields the results in job order: the output never depends on the number of workers or which one finished first.
 * `workerData` reaches every worker once (the indicator set, the language…). An error thrown in a worker is an
 * internal bug: it is rethrown here with the worker's stack.
 */
export async function* runInOrder<J, R>(script: URL, jobs: readonly J[], workers: number, workerData?: unknown): AsyncGenerator<R> {
  const pool = Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, () => new Worker(script, { workerData }));
  const done = new Map<number, R>();
  const waiting = new Map<number, (r: R) => void>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let next = 0;
  const feed = (worker: Worker) => {
    if (next < jobs.length) worker.postMessage({ id: next, job: jobs[next++] });
  };
  const fail = (error: Error) => {
    failure ??= error;
    wake?.();
  };
  try {
    for (const worker of pool) {
      worker.on('message', (answer: Answer<R>) => {
        if (answer.error !== undefined) return fail(new Error(`worker: ${answer.error}`));
        const resolve = waiting.get(answer.id);
        if (resolve) {
          waiting.delete(answer.id);
          resolve(answer.result as R);
        } else done.set(answer.id, answer.result as R);
        feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => code !== 0 && fail(new Error(`worker exited with code ${code}`)));
      feed(worker);
      feed(worker);
    }
    for (let id = 0; id < jobs.length; id++) {
      let result: R;
      if (done.has(id)) result = done.get(id)!;
      else {
        result = await new Promise<R>((resolve) => {
          waiting.set(id, resolve);
          wake = () => resolve(undefined as R);
        });
      }
      done.delete(id);
      if (failure) throw failure;
      yield result;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * The worker side: answers each job with `handle(job)`; `transfer` names buffers to move rather than copy. `warm`,
 * if given, is called once after `WARM_JOBS` jobs (the bundled worker then keeps the code it compiled: src/cli/launch.ts).
 */
export function serveJobs<J, R>(handle: (job: J) => Promise<R> | R, transfer: (result: R) => ArrayBuffer[] = () => [], warm?: () => void): void {
  let served = 0;
  parentPort?.on('message', async ({ id, job }: { id: number; job: J }) => {
    try {
      const result = await handle(job);
      parentPort!.postMessage({ id, result } satisfies Answer<R>, transfer(result));
      if (++served === WARM_JOBS) warm?.();
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) } satisfies Answer<R>);
    }
  });
}

/** Jobs after which a worker's code is taken as warm (`serveJobs`, `serveShared`). */
export const WARM_JOBS = 24;

/** Threads worth starting for `jobs` jobs: none below `minJobs` (start-up costs more than it saves), at most 4. */
export function defaultWorkers(jobs: number, minJobs: number): number {
  if (jobs < minJobs) return 1;
  return Math.max(1, Math.min(availableParallelism(), 4));
}
