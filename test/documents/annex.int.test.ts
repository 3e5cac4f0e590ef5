import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidateSet } from '../../src/model/validate-set.js';
import { checkOoxml, formatFindings, requireXmllint } from '../helpers/ooxml-check.js';
import { requirePoppler } from '../helpers/programs.js';
import { runCli } from '../helpers/run-cli.js';
import { requireSofficeWriter, sofficeConvert } from '../helpers/soffice.js';

// `catalog --out phu-luc.docx` on the bundled set: the annex issued with the decision, in Decree 30/2020 format.
const dir = mkdtempSync(join(tmpdir(), 'annex-docx-'));
const docx = join(dir, 'phu-luc.docx');
const partsOf = (file: string) => unzipSync(new Uint8Array(readFileSync(file)));
const textOf = (file: string, part = 'word/document.xml') => new TextDecoder().decode(partsOf(file)[part]);

describe('catalog --out phu-luc.docx', () => {
  beforeAll(() => {
    const r = runCli(['catalog', '--out', docx]);
    expect(r.stderr).toContain('phu-luc.docx');
    expect(r.code).toBe(0);
  });

  it('writes the same bytes for the same set', () => {
    const again = join(dir, 'again.docx');
    expect(runCli(['catalog', '--out', again, '--quiet']).code).toBe(0);
    expect(Buffer.compare(readFileSync(docx), readFileSync(again))).toBe(0);
  });

  it('passes the ECMA-376 schemas (wml.xsd) and the package checks', () => {
    if (!requireXmllint()) return;
    const findings = checkOoxml(docx).filter((f) => f.level === 'ERROR' || f.level === 'WARN');
    expect(formatFindings(findings)).toBe('');
  });

  it('the check would see a Word part that breaks the schema', () => {
    if (!requireXmllint()) return;
    const parts = partsOf(docx);
    const broken = join(dir, 'broken.docx');
    parts['word/document.xml'] = new TextEncoder().encode(textOf(docx).replace('<w:body>', '<w:body><w:notAnElement/>'));
    writeFileSync(broken, zipSync(parts));
    expect(checkOoxml(broken).some((f) => f.part === 'word/document.xml' && f.level === 'ERROR')).toBe(true);
  });

  it('speaks English with --lang en', () => {
    const en = join(dir, 'annex.docx');
    expect(runCli(['catalog', '--out', en, '--lang', 'en', '--quiet']).code).toBe(0);
    const xml = textOf(en);
    expect(xml).toContain('>Annex<');
    expect(xml).toContain('(Attached to Decision No. ');
    expect(xml).toContain('>Data source, how collected<');
    expect(xml).not.toContain('Phụ lục');
  });

  it('LibreOffice renders it: A4, the summary upright, the tables landscape, the heading, every code, page numbers', async () => {
    if (!requireSofficeWriter() || !requirePoppler()) return;
    sofficeConvert([docx], 'pdf', dir);
    const pdf = join(dir, 'phu-luc.pdf');
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
    const pages = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ n: Number(m[1]), w: Number(m[2]), h: Number(m[3]) }));
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) expect([Math.round(Math.min(p.w, p.h)), Math.round(Math.max(p.w, p.h))], `page ${p.n}`).toEqual([595, 842]); // A4 in points
    expect(pages[0].w < pages[0].h, 'page 1 portrait').toBe(true);
    expect(
      pages.slice(1).every((p) => p.w > p.h),
      'the group tables are landscape',
    ).toBe(true);

    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
    const first = pageText(1);
    expect(first).toMatch(/^\s*Phụ lục\n/);
    expect(first.replace(/\s+/g, ' ')).toContain('(Kèm theo Quyết định số');
    expect(first.replace(/\s+/g, ' ')).toContain('của Ủy ban nhân dân tỉnh Quảng Ngãi)');
    // Decree 30: the page number centred in the top margin, none on the first page.
    for (const p of pages.slice(1)) expect(pageText(p.n).trim().split('\n')[0], `page ${p.n}`).toBe(String(p.n));

    const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const { set } = await loadAndValidateSet('indicators');
    expect(set!.indicators.length).toBeGreaterThan(40);
    const missing = set!.indicators.map((i) => i.code).filter((code) => !all.includes(code));
    expect(missing).toEqual([]);
  });

  it('names .docx among the kinds of file --out takes', () => {
    const r = runCli(['catalog', '--out', join(dir, 'annex.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.docx');
  });
});
