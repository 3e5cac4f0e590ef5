import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { writingTo } from '../errors.js';
import { applyLang, langOption, type CommonOptions } from '../options.js';
import { checkWritable } from './out-option.js';

/** `indicators schema [--out DIR]`: the JSON Schemas, for editor completion and hover help. */
export function schemaCommand(run: (code: number) => void): Command {
  const t = cliText().schema;
  return new Command('schema')
    .summary(t.summary)
    .description(t.description)
    .option('--out <dir>', t.out)
    .addOption(langOption())
    .addHelpText('after', t.examples)
    .action(async (options: CommonOptions & { out?: string }) => {
      applyLang(options);
      const { SCHEMA_KINDS, schemaFileUrl } = await import('../../schema/load-schemas.js');
      if (!options.out) {
        for (const kind of SCHEMA_KINDS) process.stdout.write(`${kind}\t${fileURLToPath(schemaFileUrl(kind))}\n`);
        run(0);
        return;
      }
      const out = options.out;
      checkWritable(out);
      const targets = await writingTo(out, () => {
        mkdirSync(out, { recursive: true });
        return SCHEMA_KINDS.map((kind) => {
          const target = join(out, `${kind}.schema.json`);
          copyFileSync(schemaFileUrl(kind), target);
          return target;
        });
      });
      for (const target of targets) process.stderr.write(`${target}\n`);
      run(0);
    });
}
