// writeChunks writes in 64 K pieces (issue 17: smaller pieces keep merge's heap from growing); the file must be
// exactly the pieces joined, across every flush boundary and with characters of more than one byte.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChunks } from '../../src/io/write-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'write-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeChunks', () => {
  it('writes the pieces joined, byte for byte, over many flushes', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i},Xã Tịnh Ấn Tây ${'ệ'.repeat(i % 7)},"a""b"\r\n`);
    lines.push('x'.repeat(200_000), 'cuối');
    const file = join(dir, 'a.csv');
    await writeChunks(file, lines);
    expect(readFileSync(file).equals(Buffer.from(lines.join(''), 'utf8'))).toBe(true);
  });

  it('writes an empty file for no pieces and refuses to overwrite', async () => {
    const file = join(dir, 'b.csv');
    await writeChunks(file, []);
    expect(readFileSync(file, 'utf8')).toBe('');
    await expect(writeChunks(file, ['x'])).rejects.toThrow();
  });
});
