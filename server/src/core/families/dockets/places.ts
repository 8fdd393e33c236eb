import type { CheckResult } from '../../analysis';
import type { CheckSources } from '../../types';
import type { Place } from '../family';

/** The row of a docket entry in the docket list (key `docket 293`). */
export function docketDeclarations(key: string, _result: CheckResult, sources: CheckSources): Place[] {
  const row = sources.docketList?.entries.get(key.slice('docket '.length));
  return row ? [{ path: row.path, line: row.line }] : [];
}
