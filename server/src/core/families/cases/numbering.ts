/**
 * The cases family numbers authorities (`a1`, `a2`, …: parallel citations of one decision share
 * one) and string citations (`s1`, …) across the draft. Extraction numbers them within a chunk;
 * the pipeline moves each chunk's numbers past those of the chunks before it.
 */
import type { DetailNumbering } from '../family';
import type { CaseDetail } from './types';

/** `a12` → 12. */
function keyNumber(key: string): number {
  const n = Number.parseInt(key.slice(1), 10);
  return Number.isFinite(n) ? n : 0;
}

export const caseNumbering: DetailNumbering = {
  counters: 2,
  measure(detail, max) {
    const d = detail as CaseDetail;
    if (d.authority) max[0] = Math.max(max[0], keyNumber(d.authority));
    if (d.string) max[1] = Math.max(max[1], keyNumber(d.string));
  },
  shift(detail, [authorities, strings]) {
    const d = detail as CaseDetail;
    if (!d.authority && !d.string && !d.historyOf && !d.nestedIn) return d;
    const out: CaseDetail = { ...d };
    if (d.authority) out.authority = `a${keyNumber(d.authority) + authorities}`;
    if (d.historyOf) out.historyOf = `a${keyNumber(d.historyOf) + authorities}`;
    if (d.nestedIn) out.nestedIn = `a${keyNumber(d.nestedIn) + authorities}`;
    if (d.string) out.string = `s${keyNumber(d.string) + strings}`;
    return out;
  },
};
