/** Timing and the printed table of the benchmark. */

/** Milliseconds taken by `work`, with sub-microsecond resolution. */
export function timeMs(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The `p`-th percentile (0–100) of `samples`, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Runs `work` `times` times and returns each run's milliseconds. */
export function sample(times: number, work: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push(timeMs(() => work(i)));
  return out;
}

/** One line of the result table. */
export interface Row {
  measure: string;
  value: string;
  /** The target as printed, e.g. `≥ 50 MB/s`; empty for lines that only inform. */
  target: string;
  /** Undefined for lines without a target. */
  pass?: boolean;
}

/** A row whose measured number must be at most (`max`) or at least (`min`) a target. */
export function row(measure: string, value: number, unit: string, target: { max?: number; min?: number }, digits = 1): Row {
  const shown = `${value.toFixed(digits)} ${unit}`;
  if (target.max !== undefined) return { measure, value: shown, target: `≤ ${target.max} ${unit}`, pass: value <= target.max };
  if (target.min !== undefined) return { measure, value: shown, target: `≥ ${target.min} ${unit}`, pass: value >= target.min };
  return { measure, value: shown, target: '' };
}

export function info(measure: string, value: string): Row {
  return { measure, value, target: '' };
}

/** The rows as a fixed-width table, one per line. */
export function formatTable(rows: readonly Row[]): string {
  const headers = { measure: 'measure', value: 'value', target: 'target', result: 'result' };
  const result = (r: Row) => (r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL');
  const w = {
    measure: Math.max(headers.measure.length, ...rows.map((r) => r.measure.length)),
    value: Math.max(headers.value.length, ...rows.map((r) => r.value.length)),
    target: Math.max(headers.target.length, ...rows.map((r) => r.target.length)),
  };
  const line = (m: string, v: string, t: string, res: string) =>
    `${m.padEnd(w.measure)}  ${v.padStart(w.value)}  ${t.padEnd(w.target)}  ${res}`.trimEnd();
  return [
    line(headers.measure, headers.value, headers.target, headers.result),
    line('-'.repeat(w.measure), '-'.repeat(w.value), '-'.repeat(w.target), '------'),
    ...rows.map((r) => line(r.measure, r.value, r.target, result(r))),
  ].join('\n');
}
