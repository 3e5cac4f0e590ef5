import { parentPort } from 'node:worker_threads';
import type { TemplatePlan } from '../model/layout/index.js';
import { writeTemplate } from './write-template.js';

/** Worker side of the compile pool: plans in, workbook bytes out. */
parentPort?.on('message', async (job: { id: number; plan: TemplatePlan; toolVersion: string }) => {
  try {
    const bytes = await writeTemplate(job.plan, job.toolVersion);
    parentPort!.postMessage({ id: job.id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
