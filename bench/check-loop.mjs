// One measured loop of bench/check, run in its own process so that its peak RSS is its own:
//   node bench/check-loop.mjs <check|check-1|exceljs|floor> <set dir> <submissions dir>
// check: as the CLI runs it (worker threads from 200 files); check-1: on one thread.
// Prints {"files":n,"seconds":s} for the loop alone (process start and set loading excluded).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

const [mode, setDir, dir] = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((f) => join(dir, f));

// The parts the reader inflates (src/submission/read-workbook.ts): the floor inflates and scans the same ones.
const WANTED = /^(\[Content_Types\]\.xml|mimetype|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;

async function checkLoop(workers) {
  const { loadAndValidateSet } = await import('../dist/model/validate-set.js');
  const { checkSubmissions } = await import('../dist/submission/check-submissions.js');
  const { set } = await loadAndValidateSet(setDir);
  const t0 = process.hrtime.bigint();
  const { results } = await checkSubmissions({ set, inputs: [dir], workers });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rejected = results.filter((r) => r.status !== 'accepted').length;
  if (rejected) console.error(`${rejected} rejected: ${results.find((r) => r.status !== 'accepted').diagnostics.map((d) => d.code)}`);
  return seconds;
}

const loops = {
  check: () => checkLoop(undefined),
  'check-1': () => checkLoop(1),
  async exceljs() {
    const { default: ExcelJS } = await import('exceljs');
    const t0 = process.hrtime.bigint();
    for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
    return Number(process.hrtime.bigint() - t0) / 1e9;
  },
  async floor() {
    const t0 = process.hrtime.bigint();
    let elements = 0;
    for (const f of files) {
      const entries = unzipSync(readFileSync(f), { filter: (e) => WANTED.test(e.name) });
      // The least any XML reading does: decode the text and visit every tag once.
      for (const data of Object.values(entries)) for (const _ of strFromU8(data).matchAll(/<[^>]+>/g)) elements++;
    }
    if (elements === 0) throw new Error('nothing parsed');
    return Number(process.hrtime.bigint() - t0) / 1e9;
  },
};

const seconds = await loops[mode]();
console.log(JSON.stringify({ files: files.length, seconds }));
