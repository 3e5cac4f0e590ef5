import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { pick } from '../../diagnostics/index.js';
import { writingTo } from '../errors.js';
import { applyLang, langOption, type CommonOptions } from '../options.js';
import { checkWritable } from './out-option.js';

/** `indicators schema [--out DIR]`: the JSON Schemas, for editor completion and hover help. */
export function schemaCommand(run: (code: number) => void): Command {
  return new Command('schema')
    .summary(pick({ vi: 'xuất JSON Schema cho trình soạn thảo', en: 'write the JSON Schemas for editors' }))
    .description(pick({
      vi: 'Không có --out: in đường dẫn các schema. Có --out: chép các schema vào thư mục đó; thêm dòng `# yaml-language-server: $schema=…` ở đầu tệp YAML để VS Code gợi ý và kiểm tra khi gõ.',
      en: 'Without --out: prints the schema paths. With --out: copies the schemas there; add `# yaml-language-server: $schema=…` at the top of a YAML file for completion and checks in VS Code.',
    }))
    .option('--out <dir>', pick({ vi: 'thư mục ghi schema', en: 'folder to write the schemas to' }))
    .addOption(langOption())
    .addHelpText('after', pick({ vi: '\nVí dụ:\n  npx indicators schema --out indicators/schemas', en: '\nExample:\n  npx indicators schema --out indicators/schemas' }))
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
