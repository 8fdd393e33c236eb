/**
 * Linear time, tested: a hostile input is run at 64 KB, a quarter megabyte and a megabyte, and
 * the test fails when four times the text takes far more than four times as long, or when a run
 * is slower than a budget that only a hang breaks.
 *
 * Why the growth and not only a time limit: the machine that runs the suite may be busy (several
 * test runs share two cores), which slows every run alike; a ratio between sizes stays the same
 * under load, while a quadratic path shows ×16 for ×4 the text whatever the load.
 *
 * The sizes grow, and a test stops at the first size that breaks a limit, so a quadratic path
 * fails in seconds instead of hanging the suite for minutes at the full size.
 */
import * as assert from 'node:assert/strict';

export const KB = 1024;
export const MB = 1024 * KB;

/**
 * Budget per megabyte: a guard against hangs. On a quiet 2-core machine every hostile megabyte
 * checks in well under a second (docs/performance.md has the figures); the budget leaves room
 * for a machine several times slower or busier.
 */
export const BUDGET_MS_PER_MB = 10_000;
/** Smallest budget, for the small sizes where start-up and the JIT dominate. */
const MIN_BUDGET_MS = 1_000;
/** ×4 the text may take at most this many times as long (linear: 4; n log n: ~4.5; quadratic: 16). */
const MAX_GROWTH = 10;
/** Below this, times are too short to compare. */
const NOISE_MS = 50;

export function timeMs(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface Measured<T> {
  /** The result of the largest run. */
  result: T;
  /** The input of the largest run. */
  input: string;
  /** Milliseconds per size, in the order run. */
  times: Array<{ size: number; chars: number; ms: number }>;
}

/**
 * Runs `work(make(size))` at 64 KB, `size / 4` and `size` (1 MB by default), asserting the budget
 * and the growth; returns the result of the largest run for the caller's own assertions.
 */
export function expectLinearTime<T>(label: string, make: (size: number) => string, work: (input: string) => T, size = MB): Measured<T> {
  const sizes = [64 * KB, size / 4, size];
  const times: Array<{ size: number; chars: number; ms: number; input: string }> = [];
  let result!: T;
  const run = (input: string) => timeMs(() => (result = work(input)));
  const report = () => times.map((t) => `${formatSize(t.chars)}: ${t.ms.toFixed(0)} ms`).join(', ');
  for (const s of sizes) {
    const input = make(s);
    const budget = Math.max(MIN_BUDGET_MS, (BUDGET_MS_PER_MB * input.length) / MB);
    let ms = run(input);
    // A garbage collection or another process can land in any single run: before failing,
    // measure again, and measure the smaller size again too.
    const previous = times[times.length - 1];
    const allowed = () => (previous ? (MAX_GROWTH * input.length) / previous.chars / 4 : Infinity);
    const grew = () => previous !== undefined && ms > NOISE_MS && ms / Math.max(previous.ms, 1) > allowed();
    if (ms > budget || grew()) {
      ms = Math.min(ms, run(input));
      if (previous && grew()) {
        previous.ms = Math.max(previous.ms, Math.min(run(previous.input), run(previous.input)));
        ms = Math.min(ms, run(input));
      }
    }
    times.push({ size: s, chars: input.length, ms, input });
    assert.ok(ms <= budget, `${label}: ${formatSize(input.length)} took ${ms.toFixed(0)} ms, over the budget of ${budget.toFixed(0)} ms (${report()})`);
    assert.ok(!grew(), `${label}: super-linear — ${report()}; four times the text should take about four times as long, at most ${MAX_GROWTH}×`);
  }
  const last = times[times.length - 1];
  return { result, input: last.input, times: times.map(({ size: s, chars, ms }) => ({ size: s, chars, ms })) };
}

export function formatSize(chars: number): string {
  return chars >= MB ? `${(chars / MB).toFixed(1)} MB` : `${Math.round(chars / KB)} KB`;
}

/** `unit` repeated to about `size` characters (whole units). */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}
