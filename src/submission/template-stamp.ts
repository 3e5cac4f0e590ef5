import { readIdentity } from './identity.js';
import { readWorkbook } from './read-workbook.js';

/** The set a template already in the output folder was made from, from its `_meta` (undefined when unreadable). */
export function readTemplateStamp(bytes: Uint8Array): { setId?: string; setVersion?: string; contentHash?: string } | undefined {
  const wb = readWorkbook(bytes);
  if ('code' in wb) return undefined;
  const id = readIdentity(wb);
  return id.source === 'meta' ? { setId: id.setId, setVersion: id.setVersion, contentHash: id.contentHash } : undefined;
}
