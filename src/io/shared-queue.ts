import { parentPort, Worker, workerData } from 'node:worker_threads';
import { WARM_JOBS } from './worker-pool.js';

/** What a helper thread answers for one job: its result, or the stack of an internal error. */
type Answer<R> = { id: number; result?: R; error?: string };

/** What every helper receives: the jobs, the counter they share with this thread, and the caller's own data. */
interface SharedWorkerData {
  jobs: readonly unknown[];
  counter: SharedArrayBuffer;
  data: unknown;
}

/**
 * Runs `jobs` on this thread (`here`) and on `helpers` worker threads running `script` (which calls `serveShared`):
 * every thread takes the next job from one shared counter, so this thread starts at once while the helpers are still
 * starting, and no thread waits while jobs are left. Results are yielded in job order: the output never depends on
 * the number of threads or which one took a job. An error thrown in a helper is an internal bug: it is rethrown here
 * with the helper's stack.
 */
export async function* runShared<J, R>(script: URL, jobs: readonly J[], helpers: number, here: (job: J) => Promise<R>, data?: unknown): AsyncGenerator<R> {
  const counter = new SharedArrayBuffer(4);
  const taken = new Int32Array(counter);
  const done = new Map<number, R>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const shared: SharedWorkerData = { jobs, counter, data };
  const pool = Array.from({ length: Math.max(0, Math.min(helpers, jobs.length - 1)) }, () => new Worker(script, { workerData: shared }));
  for (const worker of pool) {
    worker.on('message', (answer: Answer<R>) => {
      if (answer.error !== undefined) failure ??= new Error(`worker: ${answer.error}`);
      else done.set(answer.id, answer.result as R);
      signal();
    });
    worker.on('error', (error) => {
      failure ??= error;
      signal();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`worker exited with code ${code}`);
      signal();
    });
  }
  let next = 0;
  try {
    for (let id = Atomics.add(taken, 0, 1); id < jobs.length; id = Atomics.add(taken, 0, 1)) {
      done.set(id, await here(jobs[id]));
      if (failure) throw failure;
      for (; done.has(next); next++) {
        const result = done.get(next)!;
        done.delete(next);
        yield result;
      }
    }
    while (next < jobs.length) {
      if (failure) throw failure;
      if (!done.has(next)) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const result = done.get(next)!;
      done.delete(next);
      next++;
      yield result;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * The helper side of `runShared`: takes jobs from the shared counter until none is left, answering each with
 * `handle(job)`. `warm`, if given, is called once after `WARM_JOBS` jobs, as `serveJobs` does.
 */
export async function serveShared<J, R>(handle: (job: J) => Promise<R> | R, warm?: () => void): Promise<void> {
  const { jobs, counter } = workerData as SharedWorkerData;
  const taken = new Int32Array(counter);
  let served = 0;
  for (let id = Atomics.add(taken, 0, 1); id < jobs.length; id = Atomics.add(taken, 0, 1)) {
    try {
      parentPort!.postMessage({ id, result: await handle(jobs[id] as J) } satisfies Answer<R>);
      if (++served === WARM_JOBS) warm?.();
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) } satisfies Answer<R>);
      return;
    }
  }
}

/** In a helper started by `runShared`: the data its caller passed. */
export function sharedData<T>(): T {
  return (workerData as SharedWorkerData).data as T;
}
