import { Command } from 'commander';
import { pick } from '../../diagnostics/index.js';
import { UsageError } from '../errors.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';
import { startProgress } from '../progress.js';
import { checkOutDir } from './out-option.js';
import { noSubmissions, readPreviousOption, readReceivedOption } from './input-options.js';
import { parsePeriodOption } from './period-option.js';

interface MergeCliOptions extends CommonOptions {
  period: string;
  out: string;
  previous?: string;
  received?: string;
}

/** `indicators merge`: check every input, consolidate the accepted ones into the report and the dataset. */
export function mergeCommand(run: (code: number) => void): Command {
  return new Command('merge')
    .summary(pick({ vi: 'tổng hợp biểu hợp lệ thành báo cáo và bộ dữ liệu', en: 'consolidate accepted workbooks into the report and dataset' }))
    .description(pick({
      vi: 'Kiểm tra mọi tệp như `check`, rồi tổng hợp các tệp hợp lệ: report.xlsx, report.html, dataset.csv, dataset.json. Mỗi tệp có một trạng thái; đơn vị chưa nộp được liệt kê. Thoát 1 nếu có tệp bị từ chối (báo cáo vẫn được ghi).',
      en: 'Checks every input as `check` does, then consolidates the accepted ones: report.xlsx, report.html, dataset.csv, dataset.json. Every file ends in one state; missing units are listed. Exit 1 when a file was rejected (the report is still written).',
    }))
    .argument('<paths...>', pick({ vi: 'tệp hoặc thư mục biểu đã nộp', en: 'submitted files or folders' }))
    .requiredOption('--period <period>', pick({ vi: 'kỳ tổng hợp', en: 'period to consolidate' }))
    .requiredOption('--out <dir>', pick({ vi: 'thư mục ghi báo cáo', en: 'output folder' }))
    .addOption(setOption())
    .option('--previous <dataset>', pick({ vi: 'dataset.csv/json kỳ trước', en: 'previous period dataset.csv/json' }))
    .option('--received <csv>', pick({ vi: 'CSV ngày nhận (cột file/tệp và received/ngày nhận; dấu , hoặc ;; ngày dd/mm/yyyy, yyyy-mm-dd hoặc ô ngày Excel); mặc định theo thời gian tệp', en: 'CSV of receipt dates (columns file and received; , or ;; dates dd/mm/yyyy, yyyy-mm-dd or Excel date cells); default: file times' }))
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption())
    .addHelpText('after', pick({
      vi: '\nVí dụ:\n  npx indicators merge hop-thu/2026-Q1 --period 2026-Q1 --out bao-cao/2026-Q1\n  npx indicators merge hop-thu/2026-Q2 --period 2026-Q2 --out bao-cao/2026-Q2 --previous bao-cao/2026-Q1/dataset.csv',
      en: '\nExamples:\n  npx indicators merge inbox/2026-Q1 --period 2026-Q1 --out report/2026-Q1\n  npx indicators merge inbox/2026-Q2 --period 2026-Q2 --out report/2026-Q2 --previous report/2026-Q1/dataset.csv',
    }))
    .action(async (paths: string[], options: MergeCliOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const period = parsePeriodOption(options.period);
      checkOutDir(options.out, paths);
      const { loadAndValidateSet } = await import('../../model/validate-set.js');
      const { set, diagnostics } = await loadAndValidateSet(resolveSetDir(options));
      if (!set || exitCodeFor(diagnostics) !== 0) {
        await printDiagnostics(diagnostics, format, { color: useColor(options), lang });
        run(1);
        return;
      }
      const { checkSubmissions } = await import('../../submission/check-submissions.js');
      const { previousWarnings } = await import('../../submission/read-previous.js');
      const { mergeSubmissions } = await import('../../report/merge-submissions.js');
      const { writeReport } = await import('../../report/write-report.js');
      // The other inputs are read first: a missing --previous or --received stops the run before any work (exit 2).
      const previousRows = options.previous ? await readPreviousOption(options.previous) : undefined;
      const received = options.received ? await readReceivedOption(options.received) : undefined;
      const progress = await startProgress({ vi: 'Đang kiểm tra', en: 'Checking' }, { ...options, format });
      const { results, missingPaths } = await checkSubmissions({ set, inputs: paths, period, previous: previousRows, onProgress: progress.update }).finally(() => progress.stop());
      if (missingPaths.length) throw new UsageError(pick({ vi: `Không tìm thấy: ${missingPaths.join(', ')}`, en: `Not found: ${missingPaths.join(', ')}` }));
      if (results.length === 0) {
        // Most likely a wrong path: no report is written over the previous one.
        await printDiagnostics([noSubmissions(paths)], format, { color: useColor(options), lang });
        run(1);
        return;
      }
      // The province figures to compare with: the period before, or last year's same period for a year-to-date one.
      const { provincePrevious } = await import('../../report/previous-values.js');
      const previous = previousRows ? provincePrevious(previousRows, set, period) : new Map<string, number>();
      const inputDiagnostics = previousRows && options.previous ? previousWarnings(options.previous, previousRows, set.info.id, [period]) : [];
      const report = mergeSubmissions({ set, period, results, previous, received, inputDiagnostics });
      const written = await writeReport(report, options.out, lang);
      await printDiagnostics(report.diagnostics, format, { color: useColor(options), lang, summary: { ...report.counts } });
      const c = report.counts;
      note(
        pick({
          vi: `Tổng hợp kỳ ${period.id}: ${c.unitsOwed} đơn vị phải nộp — ${c.accepted} hợp lệ, ${c.rejected} bị từ chối, ${c.missing} chưa nộp${c.wrongPeriod ? `, ${c.wrongPeriod} gửi nhầm kỳ` : ''}, ${c.late} nộp muộn. ${c.files} tệp: ${c.byState.accepted} hợp lệ, ${c.byState.rejected} bị từ chối, ${c.byState.duplicate} trùng, ${c.byState.unreadable} không đọc được, ${c.byState['not-in-period']} không thuộc kỳ.\nĐã ghi: ${written.join(', ')}`,
          en: `Merged ${period.id}: ${c.unitsOwed} units owe data — ${c.accepted} accepted, ${c.rejected} rejected, ${c.missing} missing${c.wrongPeriod ? `, ${c.wrongPeriod} wrong period` : ''}, ${c.late} late. ${c.files} files: ${c.byState.accepted} accepted, ${c.byState.rejected} rejected, ${c.byState.duplicate} duplicate, ${c.byState.unreadable} unreadable, ${c.byState['not-in-period']} not in period.\nWrote: ${written.join(', ')}`,
        }),
        { ...options, format },
      );
      run(c.files - c.byState.accepted > 0 || exitCodeFor(report.diagnostics) !== 0 ? 1 : 0);
    });
}
