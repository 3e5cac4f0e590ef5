import { Command } from 'commander';
import { pick, sortDiagnostics, type Diagnostic } from '../../diagnostics/index.js';
import type { SubmissionResult } from '../../model/submission-types.js';
import { UsageError } from '../errors.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';
import { startProgress } from '../progress.js';
import { noSubmissions, readPreviousOption } from './input-options.js';
import { checkWritable } from './out-option.js';
import { parsePeriodOption } from './period-option.js';

interface CheckCliOptions extends CommonOptions {
  period?: string;
  annotate?: string;
  previous?: string;
}

/** `indicators check`: identify, read and check submitted workbooks; optionally write annotated copies. */
export function checkCommand(run: (code: number) => void): Command {
  return new Command('check')
    .summary(pick({ vi: 'kiểm tra biểu đã nộp (.xlsx, .csv)', en: 'check submitted workbooks (.xlsx, .csv)' }))
    .description(pick({
      vi: 'Nhận diện từng tệp (bộ chỉ số, phiên bản, đơn vị, kỳ), đọc và kiểm tra mọi giá trị; một tệp hỏng không làm dừng các tệp khác. Thoát 0 nếu mọi tệp hợp lệ, 1 nếu có tệp bị từ chối.',
      en: 'Identifies each file (set, version, unit, period), reads and checks every value; a bad file never stops the others. Exit 0 when every file is accepted, 1 when one is rejected.',
    }))
    .argument('<paths...>', pick({ vi: 'tệp hoặc thư mục (tìm đệ quy)', en: 'files or folders (searched recursively)' }))
    .addOption(setOption())
    .option('--period <period>', pick({ vi: 'kỳ đang thu thập; tệp của kỳ khác bị báo lỗi', en: 'the period being collected; files of another period are flagged' }))
    .option('--annotate <dir>', pick({ vi: 'ghi bản sao có đánh dấu lỗi của các tệp có vấn đề vào thư mục này', en: 'write marked-up copies of files with problems to this folder' }))
    .option('--previous <dataset>', pick({ vi: 'dataset.csv/json của kỳ trước, để so sánh biến động', en: 'dataset.csv/json of the previous period, to compare changes' }))
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption())
    .addHelpText('after', pick({
      vi: '\nVí dụ:\n  npx indicators check hop-thu/2026-Q1 --annotate tra-lai/\n  npx indicators check 21211_qng-bo-chi-so_2026-Q1.xlsx --format json',
      en: '\nExamples:\n  npx indicators check inbox/2026-Q1 --annotate returned/\n  npx indicators check 21211_qng-bo-chi-so_2026-Q1.xlsx --format json',
    }))
    .action(async (paths: string[], options: CheckCliOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const period = options.period ? parsePeriodOption(options.period) : undefined;
      if (options.annotate) checkWritable(options.annotate);
      const { loadAndValidateSet } = await import('../../model/validate-set.js');
      const { set, diagnostics } = await loadAndValidateSet(resolveSetDir(options));
      if (!set || exitCodeFor(diagnostics) !== 0) {
        await printDiagnostics(diagnostics, format, { color: useColor(options), lang });
        run(1);
        return;
      }
      const { checkSubmissions } = await import('../../submission/check-submissions.js');
      const previous = options.previous ? await readPreviousOption(options.previous) : undefined;
      const progress = await startProgress({ vi: 'Đang kiểm tra', en: 'Checking' }, { ...options, format });
      const { results, missingPaths } = await checkSubmissions({ set, inputs: paths, period, previous, onProgress: progress.update }).finally(() => progress.stop());
      if (missingPaths.length) throw new UsageError(pick({ vi: `Không tìm thấy: ${missingPaths.join(', ')}`, en: `Not found: ${missingPaths.join(', ')}` }));
      if (results.length === 0) {
        await printResults(results, [noSubmissions(paths)], format, options, lang);
        run(1);
        return;
      }
      // Problems of the run's inputs other than the returns: a --previous dataset that cannot serve these periods.
      const { parsePeriod } = await import('../../model/period.js');
      const { previousWarnings } = await import('../../submission/read-previous.js');
      const periods = period ? [period] : [...new Set(results.map((r) => r.period).filter((p): p is string => Boolean(p)))].sort().flatMap((p) => parsePeriod(p) ?? []);
      const runDiagnostics = previous && options.previous ? previousWarnings(options.previous, previous, set.info.id, periods) : [];
      if (options.annotate) {
        const { annotateSubmission } = await import('../../submission/annotate.js');
        // A file that cannot be opened (encrypted, not a zip…) gets the list of its problems alone (`<name>.loi.xlsx`).
        for (const r of results.filter((x) => x.diagnostics.length > 0 && /\.(xlsx|xlsm|csv)$/i.test(x.file))) {
          let out: string;
          try {
            out = await annotateSubmission(r, options.annotate, lang);
          } catch (error) {
            process.stderr.write(pick({ vi: `Không ghi được bản đánh dấu lỗi cho ${r.file}: ${(error as Error).message}\n`, en: `Could not write the annotated copy of ${r.file}: ${(error as Error).message}\n` }));
            continue;
          }
          const listOnly = out.endsWith('.loi.xlsx') && !/\.csv$/i.test(r.file);
          note(
            listOnly
              ? pick({ vi: `Danh sách lỗi (không mở được tệp gốc để tô ô): ${out}`, en: `List of problems (the original could not be opened to mark cells): ${out}` })
              : pick({ vi: `Bản đánh dấu lỗi: ${out}`, en: `Annotated copy: ${out}` }),
            { ...options, format },
          );
        }
      }
      await printResults(results, runDiagnostics, format, options, lang);
      const rejected = results.filter((r) => r.status !== 'accepted').length;
      note(
        pick({
          vi: `${results.length} tệp: ${results.length - rejected} hợp lệ, ${rejected} bị từ chối.`,
          en: `${results.length} file(s): ${results.length - rejected} accepted, ${rejected} rejected.`,
        }),
        { ...options, format },
      );
      run(rejected > 0 ? 1 : 0);
    });
}

/** `runDiagnostics`: problems not of one return (no return found, a --previous of another period); `diagnostics` in JSON. */
async function printResults(results: SubmissionResult[], runDiagnostics: Diagnostic[], format: ReturnType<typeof resolveFormat>, options: CheckCliOptions, lang: 'vi' | 'en'): Promise<void> {
  if (format === 'json') {
    const plain = ({ params: _p, onKey: _k, ...d }: Diagnostic) => d;
    const files = results.map((r) => ({ file: r.file, status: r.status === 'unreadable' ? 'rejected' : r.status, unit: r.unit ?? null, period: r.period ?? null, set_version: r.setVersion ?? null, diagnostics: r.diagnostics.map(plain) }));
    const count = (s: string) => files.filter((f) => f.status === s).length;
    process.stdout.write(JSON.stringify({ files, diagnostics: runDiagnostics.map(plain), summary: { files: files.length, accepted: count('accepted'), rejected: count('rejected') } }, null, 2) + '\n');
    return;
  }
  const all = [...runDiagnostics, ...sortDiagnostics(results.flatMap((r) => r.diagnostics))];
  await printDiagnostics(all, format, { color: useColor(options), lang });
  if (format !== 'stylish') return;
  const lines = results.map((r) => {
    const mark = r.status === 'accepted' ? '✔' : '✖';
    const word = pick({ vi: { accepted: 'hợp lệ', rejected: 'bị từ chối', unreadable: 'không đọc được' }, en: { accepted: 'accepted', rejected: 'rejected', unreadable: 'unreadable' } })[r.status];
    return `${mark} ${word.padEnd(16)} ${r.file}${r.unit ? `  (${r.unit}, ${r.period})` : ''}`;
  });
  if (lines.length) process.stdout.write(lines.join('\n') + '\n');
}
