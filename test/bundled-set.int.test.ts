import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('editor integration', () => {
  /** Every YAML file under `dir` with the first line naming its schema, and whether that schema file exists. */
  function schemaComments(dir: string): { file: string; ok: boolean }[] {
    const out: { file: string; ok: boolean }[] = [];
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      if (!name.endsWith('.yaml')) continue;
      const file = join(dir, name);
      const schema = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(file, 'utf8'))?.[1];
      out.push({ file: name, ok: Boolean(schema && existsSync(join(dirname(file), schema))) });
    }
    return out;
  }

  it('every YAML file of the bundled set and of `init` starts with a schema comment that resolves', () => {
    const bundled = schemaComments('indicators');
    expect(bundled.length).toBeGreaterThanOrEqual(9);
    expect(bundled.filter((f) => !f.ok)).toEqual([]);
    const dir = join(mkdtempSync(join(tmpdir(), 'init-schema-')), 'set');
    expect(runCli(['init', dir]).code).toBe(0);
    const created = schemaComments(dir);
    expect(created.length).toBeGreaterThanOrEqual(7);
    expect(created.filter((f) => !f.ok)).toEqual([]);
  });
});
