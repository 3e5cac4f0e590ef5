import { COL } from '../../model/layout/index.js';
import { diagnosticAt, type FileCheck } from './context.js';

/** A value cell's defined name that now points at another sheet or cell: the template's structure was edited. */
export const namesRedirected: FileCheck = (ctx) =>
  ctx.plan.valueRows.flatMap((r) => {
    const named = ctx.names.get(r.definedName);
    const row = ctx.rows.get(r.key);
    if (!named || row === undefined) return [];
    const expected = `${COL.value}${row}`;
    if (named.sheet === ctx.sheet.name && named.cell === expected) return [];
    return [diagnosticAt(ctx, 'name-redirected', expected, { name: r.definedName, target: `'${named.sheet}'!${named.cell}`, expected })];
  });
