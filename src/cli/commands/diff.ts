import { Command, Option } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { textsOf } from '../../i18n/catalog.js';
import { words } from '../../i18n/words.js';
import { diffSize, type SetDiff, type WatchedField, type WatchedSystemField } from '../../model/diff-sets.js';
import { UsageError } from '../errors.js';
import { usableOrStop } from '../load-set.js';
import { applyLang, type CommonOptions, langOption, noColorOption, resolveSetDir, setOption, useColor } from '../options.js';
import { loadSetAtRef } from '../set-at-ref.js';

interface DiffCliOptions extends CommonOptions {
  since?: string;
  format: 'text' | 'json';
}

/** `indicators diff <old> <new>` or `--since REF`: indicators added, removed, re-coded or changed between versions. */
export function diffCommand(run: (code: number) => void): Command {
  const t = cliText().diff;
  return new Command('diff')
    .summary(t.summary)
    .description(t.description)
    .argument('[old]', t.old)
    .argument('[new]', t.new)
    .option('--since <ref>', t.since)
    .addOption(setOption())
    .addOption(new Option('--format <format>', t.format).choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .addOption(noColorOption())
    .addHelpText('after', t.examples)
    .action(async (older: string | undefined, newer: string | undefined, options: DiffCliOptions) => {
      const lang = applyLang(options);
      if (!options.since && !older) throw new UsageError(t.twoFolders, t.twoFoldersHint);
      const newDir = options.since ? (older ?? resolveSetDir(options)) : (newer ?? resolveSetDir(options));
      const { loadAndValidateSet } = await import('../../model/validate-set.js');
      const { diffSets } = await import('../../model/diff-sets.js');
      const a = options.since ? await loadSetAtRef(newDir, options.since) : await loadAndValidateSet(older!);
      const b = await loadAndValidateSet(newDir);
      // The set's problems are printed as text (stylish) or json, like the diff itself.
      const print = { format: options.format === 'json' ? ('json' as const) : ('stylish' as const), color: useColor(options), lang };
      const usable = await usableOrStop([a, b], print, run);
      if (!usable) return;
      const d = diffSets(usable.sets[0], usable.sets[1]);
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : formatDiff(d));
      run(0);
    });
}

/** The diff as text for a person: one line per change. */
export function formatDiff(d: SetDiff): string {
  const t = cliText().diff;
  const fields: Record<WatchedField, string> = textsOf(words).field;
  const lines = [t.heading(d.to.id, d.from.version, d.to.version)];
  for (const c of d.added) lines.push(`  + ${c}  ${t.added}`);
  for (const c of d.removed) lines.push(`  - ${c}  ${t.removed}`);
  for (const r of d.recoded) lines.push(`  → ${r.from} ${t.recodedAs} ${r.to}`);
  for (const c of d.changed) lines.push(`  ~ ${c.code}  ${fields[c.field]}: "${c.from}" → "${c.to}"`);
  const systemFields: Record<WatchedSystemField, string> = textsOf(words).systemField;
  for (const id of d.systems.added) lines.push(`  + ${t.system(id)}  ${t.added}`);
  for (const id of d.systems.removed) lines.push(`  - ${t.system(id)}  ${t.removed}`);
  for (const c of d.systems.changed) lines.push(`  ~ ${t.system(c.id)}  ${systemFields[c.field]}: "${c.from}" → "${c.to}"`);
  const n = diffSize(d);
  lines.push(n === 0 ? t.noChanges : t.changes(n));
  return `${lines.join('\n')}\n`;
}
