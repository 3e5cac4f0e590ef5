import { dirname } from 'node:path';
import { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { UsageError, writingTo } from '../errors.js';
import { loadSetOrStop } from '../load-set.js';
import { checkWritable } from './out-option.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { countIndicators } from '../../model/collection.js';
import { note, printDiagnostics } from '../output.js';

interface CatalogOptions extends CommonOptions {
  out?: string;
}

/** The kind of file --out names, by its extension: the Word annex, a workbook or markdown; anything else is a usage error. */
function kindOf(out: string): 'docx' | 'xlsx' | 'md' {
  const lower = out.toLowerCase();
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.md')) return 'md';
  const t = cliText().catalog;
  throw new UsageError(t.badExtension(out), t.badExtensionHint);
}

/** `indicators catalog`: the set as the decision's annex (Phụ lục), as Word (Decree 30 format), .xlsx or markdown. */
export function catalogCommand(run: (code: number) => void): Command {
  const t = cliText().catalog;
  return new Command('catalog')
    .summary(t.summary)
    .description(t.description)
    .option('--out <file>', t.out)
    .addOption(setOption())
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption(false))
    .addHelpText('after', t.examples)
    .action(async (options: CatalogOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const print = { format, color: useColor(options), lang, quiet: options.quiet };
      const out = options.out ?? 'catalog.xlsx';
      const kind = kindOf(out);
      checkWritable(dirname(out));
      const usable = await loadSetOrStop(resolveSetDir(options), print, run);
      if (!usable) return;
      const { set, warnings } = usable;
      const { formatCatalogMarkdown, writeCatalogXlsx } = await import('../../template/catalog.js');
      const { writeFileAtomic } = await import('../../io/write-atomic.js');
      const content =
        kind === 'md' ? formatCatalogMarkdown(set, lang) : kind === 'docx' ? await (await import('../../documents/annex-docx.js')).writeAnnexDocx(set, lang) : await writeCatalogXlsx(set, lang);
      await writingTo(dirname(out), async () => {
        const { mkdir } = await import('node:fs/promises');
        await mkdir(dirname(out), { recursive: true });
        await writeFileAtomic(out, content);
      });
      const count = countIndicators(set.indicators);
      if (warnings.length || format !== 'stylish') await printDiagnostics(warnings, format, { ...print, summary: { indicators: count.indicators, components: count.components } });
      note(t.done(count.indicators, out, count.components), print);
      run(0);
    });
}
