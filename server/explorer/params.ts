/**
 * The one explorer parameter rule a schema cannot state: in a date range, `from` is not after
 * `to`. Everything else about the explorer's parameters (types, limits, defaults, allowed
 * values) is in their api/ schemas and checked by server/http/request-schema.ts.
 */
import { invalidArgument } from '../errors';

/** `from` ≤ `to` when both are given; the dates themselves are already checked. */
export function checkDateRange<T extends { from?: string; to?: string }>(op: string, range: T): T {
  const { from, to } = range;
  if (from && to && from > to) {
    throw invalidArgument(`${op}: "from" (${from}) is after "to" (${to}); swap them`, {
      parameter: 'from',
      value: from,
      max: to,
    });
  }
  return range;
}
