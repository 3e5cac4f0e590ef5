import { defaultWorkers, runInOrder } from '../io/worker-pool.js';
import type { TemplatePlan } from '../model/layout/index.js';
import { writeTemplate } from './write-template.js';

/**
 * Renders workbooks on all cores (worker threads); small batches render in this thread, where a worker's start-up
 * would cost more than it saves. Results come back in plan order, so the output does not depend on the workers.
 */
export async function* renderTemplates(plans: TemplatePlan[], toolVersion: string, workers = defaultWorkers(plans.length, 24)): AsyncGenerator<{ plan: TemplatePlan; bytes: Buffer }> {
  if (workers <= 1) {
    for (const plan of plans) yield { plan, bytes: await writeTemplate(plan, toolVersion) };
    return;
  }
  let i = 0;
  for await (const bytes of runInOrder<TemplatePlan, Uint8Array>(new URL('./template-worker.js', import.meta.url), plans, workers, { toolVersion })) {
    yield { plan: plans[i++], bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  }
}
