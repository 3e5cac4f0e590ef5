import { CODES, type Diagnostic } from '../diagnostics/index.js';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function result(d: Diagnostic) {
  const l = d.location;
  const region = l.line !== undefined ? { region: { startLine: l.line, ...(l.column !== undefined ? { startColumn: l.column } : {}) } } : {};
  return {
    ruleId: d.code,
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: l.file.replace(/\\/g, '/') }, ...region },
        ...(l.cell ? { logicalLocations: [{ name: `${l.sheet ?? ''}!${l.cell}`, kind: 'member' }] } : {}),
      },
    ],
  };
}

/** SARIF 2.1.0 for code-scanning upload: one run, the codes used as rules. */
export const sarif: Formatter = (diagnostics, options) => {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'indicators',
            version: options.version ?? '0.0.0',
            informationUri: 'https://github.com/quang-ngai/indicators#readme',
            rules: codes.map((code) => ({ id: code, shortDescription: { text: CODES[code][options.lang] }, defaultConfiguration: { level: LEVEL[CODES[code].severity] } })),
          },
        },
        results: diagnostics.map(result),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
