import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function find(): string | undefined {
  const r = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

/** Path of libxml2's `xmllint` (Debian: libxml2-utils), or undefined. */
export const XMLLINT = find();

export interface XsdJob {
  part: string;
  xml: string;
  schema: string;
}

export interface XsdResult {
  /** Validity errors per part, in xmllint's order: line and libxml2's message (as lxml's error_log has them). */
  errors: Map<string, { line: number; message: string }[]>;
  /** Schemas xmllint could not compile, with its output. */
  unusable: Map<string, string>;
}

/**
 * Validates documents with xmllint: one process per schema for all the documents that use it (compiling sml.xsd
 * takes most of the time), so a workbook costs a handful of processes whatever its number of parts.
 */
export function validateWithXmllint(jobs: XsdJob[]): XsdResult {
  if (!XMLLINT) throw new Error('xmllint not found (Debian: apt-get install libxml2-utils)');
  const result: XsdResult = { errors: new Map(), unusable: new Map() };
  if (!jobs.length) return result;
  const dir = mkdtempSync(join(tmpdir(), 'ooxml-check-'));
  try {
    const bySchema = new Map<string, { file: string; part: string }[]>();
    jobs.forEach((job, i) => {
      const file = join(dir, `p${i}.xml`);
      writeFileSync(file, job.xml);
      const list = bySchema.get(job.schema) ?? [];
      list.push({ file, part: job.part });
      bySchema.set(job.schema, list);
    });
    for (const [schema, docs] of bySchema) {
      const r = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', schema, ...docs.map((d) => d.file)], {
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
      });
      if (r.error) throw r.error;
      // 0 valid, 3 validation errors; 4/5: the schema itself could not be used
      if (r.status !== 0 && r.status !== 3) {
        result.unusable.set(schema, `${r.stderr}`.trim().slice(0, 300));
        continue;
      }
      const partOf = new Map(docs.map((d) => [d.file, d.part]));
      const failed: string[] = [];
      for (const line of r.stderr.split('\n')) {
        const fails = /^(.*?\.xml) fails to validate$/.exec(line);
        if (fails) failed.push(fails[1]);
        const m = /^(.*?\.xml):(\d+): .*?Schemas validity error : (.*)$/.exec(line);
        if (!m) continue;
        const part = partOf.get(m[1]);
        if (part === undefined) continue;
        const list = result.errors.get(part) ?? [];
        list.push({ line: Number(m[2]), message: m[3] });
        result.errors.set(part, list);
      }
      for (const file of failed) {
        const part = partOf.get(file);
        if (part !== undefined && !result.errors.has(part)) result.errors.set(part, [{ line: 0, message: 'fails to validate' }]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
