import { Command, Option } from 'commander';
import { pick } from '../../diagnostics/index.js';
import type { SetDiff, WatchedField } from '../../model/diff-sets.js';
import { UsageError } from '../errors.js';
import { applyLang, type CommonOptions, langOption, noColorOption, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, printDiagnostics } from '../output.js';
import { loadSetAtRef } from '../set-at-ref.js';

interface DiffCliOptions extends CommonOptions {
  since?: string;
  format: 'text' | 'json';
}

const FIELDS: Record<WatchedField, { vi: string; en: string }> = {
  name: { vi: 'tên', en: 'name' },
  unit: { vi: 'đơn vị tính', en: 'unit' },
  value_type: { vi: 'kiểu giá trị', en: 'value type' },
  frequency: { vi: 'kỳ báo cáo', en: 'frequency' },
  owner: { vi: 'cơ quan chủ trì', en: 'owner' },
  formula: { vi: 'công thức', en: 'formula' },
  reported_by: { vi: 'đơn vị báo cáo', en: 'reported by' },
  breakdown: { vi: 'phân tổ', en: 'breakdown' },
};

/** `indicators diff <old> <new>` or `--since REF`: indicators added, removed, re-coded or changed between versions. */
export function diffCommand(run: (code: number) => void): Command {
  return new Command('diff')
    .summary(pick({ vi: 'so sánh hai phiên bản bộ chỉ số', en: 'compare two versions of a set' }))
    .description(pick({
      vi: 'Liệt kê chỉ số được thêm, bỏ, đổi mã, hoặc đổi tên, đơn vị tính, kiểu, kỳ, cơ quan chủ trì, công thức, đơn vị báo cáo, phân tổ. Hai thư mục, hoặc --since REF để so với bộ chỉ số ở một commit/tag git.',
      en: 'Lists indicators added, removed, re-coded, or with a changed name, unit, type, frequency, owner, formula, reporters or breakdown. Two folders, or --since REF to compare with the set at a git commit or tag.',
    }))
    .argument('[old]', pick({ vi: 'thư mục bộ chỉ số cũ', en: 'older set folder' }))
    .argument('[new]', pick({ vi: 'thư mục bộ chỉ số mới (mặc định --set)', en: 'newer set folder (default --set)' }))
    .option('--since <ref>', pick({ vi: 'so với bộ chỉ số ở commit/tag git này', en: 'compare with the set at this git commit or tag' }))
    .addOption(setOption())
    .addOption(new Option('--format <format>', pick({ vi: 'định dạng kết quả', en: 'output format' })).choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .addOption(noColorOption())
    .addHelpText('after', pick({
      vi: '\nVí dụ:\n  npx indicators diff bo-chi-so-2025 indicators\n  npx indicators diff --since v1.0.0\n  npx indicators diff --since origin/main --format json',
      en: '\nExamples:\n  npx indicators diff set-2025 indicators\n  npx indicators diff --since v1.0.0\n  npx indicators diff --since origin/main --format json',
    }))
    .action(async (older: string | undefined, newer: string | undefined, options: DiffCliOptions) => {
      const lang = applyLang(options);
      if (!options.since && !older) throw new UsageError(pick({ vi: 'Cần hai thư mục, hoặc --since REF', en: 'Two folders are needed, or --since REF' }), pick({ vi: 'Ví dụ: indicators diff --since v1.0.0', en: 'Example: indicators diff --since v1.0.0' }));
      const newDir = options.since ? older ?? resolveSetDir(options) : newer ?? resolveSetDir(options);
      const { loadAndValidateSet } = await import('../../model/validate-set.js');
      const { diffSets } = await import('../../model/diff-sets.js');
      const a = options.since ? await loadSetAtRef(newDir, options.since) : await loadAndValidateSet(older!);
      const b = await loadAndValidateSet(newDir);
      const problems = [...a.diagnostics, ...b.diagnostics];
      if (!a.set || !b.set || exitCodeFor(problems) !== 0) {
        await printDiagnostics(problems, 'stylish', { color: useColor(options), lang });
        run(1);
        return;
      }
      const d = diffSets(a.set, b.set);
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : formatDiff(d));
      run(0);
    });
}

/** The diff as text for a person: one line per change. */
export function formatDiff(d: SetDiff): string {
  const lines = [pick({ vi: `Bộ chỉ số ${d.to.id}: ${d.from.version} → ${d.to.version}`, en: `Set ${d.to.id}: ${d.from.version} → ${d.to.version}` })];
  for (const c of d.added) lines.push(`  + ${c}  ${pick({ vi: '(thêm)', en: '(added)' })}`);
  for (const c of d.removed) lines.push(`  - ${c}  ${pick({ vi: '(bỏ)', en: '(removed)' })}`);
  for (const r of d.recoded) lines.push(`  → ${r.from} ${pick({ vi: 'đổi mã thành', en: 're-coded as' })} ${r.to}`);
  for (const c of d.changed) lines.push(`  ~ ${c.code}  ${pick(FIELDS[c.field])}: "${c.from}" → "${c.to}"`);
  const n = d.added.length + d.removed.length + d.recoded.length + d.changed.length;
  lines.push(n === 0 ? pick({ vi: 'Không có thay đổi.', en: 'No changes.' }) : pick({ vi: `${n} thay đổi.`, en: `${n} change(s).` }));
  return `${lines.join('\n')}\n`;
}
