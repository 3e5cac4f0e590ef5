/**
 * The default branch of a `switch` over a model enum (aggregation, value type, frequency, accumulation, unit kind,
 * severity): `value` has type `never` only when every member is handled, so adding a member to the schema fails to
 * compile at every switch that does not handle it yet.
 */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
