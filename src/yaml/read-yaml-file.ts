import { readFile, stat } from 'node:fs/promises';
import { makeDiagnostic } from '../diagnostics/index.js';
import { textsOf, yamlTexts } from '../i18n/index.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';
import { LineCounter, Document } from 'yaml';

/** Largest YAML file read; bigger ones are refused before parsing (see README, Limits). */
export const MAX_YAML_BYTES = 5 * 1024 * 1024;

/** Reads and parses a YAML file; IO problems become diagnostics, never exceptions. */
export async function readYamlFile(file: string): Promise<ParsedYaml> {
  const empty = { file, text: '', doc: new Document(null), lineCounter: new LineCounter() };
  try {
    const info = await stat(file);
    if (info.size > MAX_YAML_BYTES) {
      const d = makeDiagnostic('file-too-large', {
        location: { file },
        params: { size: `${(info.size / 1048576).toFixed(1)} MB`, limit: `${MAX_YAML_BYTES / 1048576} MB` },
      });
      return { source: empty, value: undefined, diagnostics: [d] };
    }
    const bytes = await readFile(file);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return parseYaml(file, text);
  } catch (error) {
    const reason = error instanceof TypeError ? textsOf(yamlTexts).notUtf8 : ((error as NodeJS.ErrnoException).code ?? String(error));
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file-missing' : 'file-unreadable';
    const d = makeDiagnostic(code, { location: { file }, params: { name: file, reason } });
    return { source: empty, value: undefined, diagnostics: [d] };
  }
}
