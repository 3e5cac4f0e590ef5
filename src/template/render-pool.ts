import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TemplatePlan } from '../model/layout/index.js';
import { writeTemplate } from './write-template.js';

/**
 * Renders workbooks on all cores (worker threads); small batches render in this thread, where a worker's start-up
 * would cost more than it saves. Results come back in plan order, so the output does not depend on the workers.
 */
export async function* renderTemplates(plans: TemplatePlan[], toolVersion: string, workers = defaultWorkers(plans.length)): AsyncGenerator<{ plan: TemplatePlan; bytes: Buffer }> {
  if (workers <= 1) {
    for (const plan of plans) yield { plan, bytes: await writeTemplate(plan, toolVersion) };
    return;
  }
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./template-worker.js', import.meta.url)));
  const results = new Map<number, Buffer>();
  const waiting = new Map<number, (b: Buffer) => void>();
  let failure: Error | undefined;
  let next = 0;
  const feed = (worker: Worker) => {
    if (next >= plans.length) return;
    const id = next++;
    worker.postMessage({ id, plan: plans[id], toolVersion });
  };
  try {
    for (const worker of pool) {
      worker.on('message', (msg: { id: number; bytes?: Uint8Array; error?: string }) => {
        if (msg.error) failure = new Error(msg.error);
        const bytes = Buffer.from(msg.bytes ?? new Uint8Array());
        const resolve = waiting.get(msg.id);
        if (resolve) {
          waiting.delete(msg.id);
          resolve(bytes);
        } else results.set(msg.id, bytes);
        feed(worker);
      });
      worker.on('error', (error) => (failure = error));
      // Two jobs in flight per worker keeps both cores busy while the main thread writes files.
      feed(worker);
      feed(worker);
    }
    for (let id = 0; id < plans.length; id++) {
      const bytes = results.get(id) ?? (await new Promise<Buffer>((resolve) => waiting.set(id, resolve)));
      results.delete(id);
      if (failure) throw failure;
      yield { plan: plans[id], bytes };
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

function defaultWorkers(jobs: number): number {
  if (jobs < 24) return 1;
  return Math.max(1, Math.min(availableParallelism(), 4));
}
