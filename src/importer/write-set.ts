import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { stringify } from 'yaml';
import { importedSetDefaults as D } from '../i18n/index.js';
import { slug, type ImportedSet } from './plan-set.js';

/** Cut-off day and deadline per frequency (NĐ 09/2019: data to the 14th); the user adjusts them in set.yaml. */
const PERIODS = {
  month: { cutoff_day: 14, deadline_days: 6 },
  quarter: { cutoff_day: 14, deadline_days: 6 },
  'half-year': { cutoff_day: 14, deadline_days: 10 },
  'nine-months': { cutoff_day: 14, deadline_days: 10 },
  year: { cutoff_day: 14, deadline_days: 15 },
} as const;

/** The import report, kept beside the set it describes. */
export const REPORT_FILE = 'import-report.txt';

const yaml = (schema: string, value: unknown, comment = '') => `# yaml-language-server: $schema=${schema}\n${comment}${stringify(value, { lineWidth: 0 })}`;

/** Writes the imported set as a set folder (YAML files with editor schema comments, and the schemas). */
export function writeImportedSet(dir: string, set: ImportedSet, catalogFile: string, schemasDir: string): string[] {
  mkdirSync(join(dir, 'groups'), { recursive: true });
  const used = new Set(set.groups.flatMap((g) => g.indicators.map((i) => i.frequency)));
  const periods = Object.fromEntries(Object.entries(PERIODS).filter(([f]) => used.has(f as keyof typeof PERIODS)));
  const id = slug(basename(catalogFile, extname(catalogFile)), 'bo-chi-so');
  const files: Record<string, string> = {
    'set.yaml': yaml(
      './schemas/set.schema.json',
      { id, name: D.setName(basename(catalogFile)), version: '0.1.0', status: D.status, issuing_body: D.issuingBody, receiving_unit: D.receivingUnit, periods },
      D.setComment(basename(catalogFile)),
    ),
    'agencies.yaml': yaml('./schemas/agencies.schema.json', { agencies: set.agencies }),
    // Each agency is a reporting unit; communes are not in a list of indicators: the user adds them (the report says so).
    'units.yaml':
      yaml('./schemas/units.schema.json', {
        units: [{ code: '00', name: D.provinceUnit, kind: 'province' }, ...set.agencies.map((a) => ({ code: a.code, name: a.name, kind: 'department' }))],
      }) + (set.communeReported ? D.unitsCommunesComment : ''),
  };
  for (const g of set.groups) files[`groups/${g.id}.yaml`] = yaml('../schemas/group.schema.json', g);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  cpSync(schemasDir, join(dir, 'schemas'), { recursive: true });
  return Object.keys(files);
}
