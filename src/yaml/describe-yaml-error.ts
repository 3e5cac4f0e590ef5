import type { YAMLError } from 'yaml';
import { textsOf, yamlTexts } from '../i18n/index.js';

/** One line describing a YAML parse error in the current language. */
export function describeYamlError(error: YAMLError): string {
  const text = textsOf(yamlTexts).errors[error.code];
  if (text) return text;
  return error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
