import { unreachable } from '../model/exhaustive.js';
import type { Connector, ConnectorInput } from './types.js';

/** The connector of a system's `kind`, each loaded only when a system of that kind is collected. */
export async function openConnector(input: ConnectorInput & { system: { kind: NonNullable<ConnectorInput['system']['kind']> } }): Promise<Connector> {
  const kind = input.system.kind;
  switch (kind) {
    case 'postgres':
      return (await import('./connectors/postgres.js')).openPostgres(input);
    case 'http-json':
      return (await import('./connectors/http-json.js')).openHttpJson(input);
    case 'csv':
      return (await import('./connectors/csv-export.js')).openCsvExport(input);
    default:
      return unreachable(kind);
  }
}
