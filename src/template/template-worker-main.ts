import { workerData } from 'node:worker_threads';
import { serveJobs } from '../io/worker-pool.js';
import type { TemplatePlan } from '../model/layout/index.js';
import { writeTemplate } from './write-template.js';

/** Worker side of the compile pool: plans in, workbook bytes out. */
export function serveTemplateWorker(warm?: () => void): void {
  const { toolVersion } = workerData as { toolVersion: string };
  serveJobs(
    (plan: TemplatePlan) => writeTemplate(plan, toolVersion),
    (bytes) => [bytes.buffer as ArrayBuffer],
    warm,
  );
}
