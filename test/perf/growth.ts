/**
 * Linear time, judged by growth (npm run test:perf): work is run on text of three sizes, each ×4
 * the one before, and fails when four times the text takes far more than four times as long —
 * never by an absolute time, which a busy machine breaks at random.
 *
 * A ratio between sizes stays about the same under load (a busy machine slows every run alike),
 * while a quadratic path shows ×16 for ×4 the text and ×256 across the whole span. A step that
 * looks super-linear is measured again, both sizes, and the fastest runs count, so that one
 * garbage collection or one stall of the machine does not decide. The sizes grow, and a test stops at the first step that breaks
 * the bound, so a quadratic path fails in seconds instead of running for minutes at full size.
 */
import * as assert from 'node:assert/strict';
import { KB, MB } from '../robustness/hostile';

export { KB, MB };

/** ×4 the text may take at most this many times as long (linear: 4; n log n: ~4.5; quadratic: 16). */
export const MAX_STEP_GROWTH = 12;
/** ×16 the text (the whole span) may take at most this many times as long (linear: 16; quadratic: 256). */
export const MAX_SPAN_GROWTH = 64;
/**
 * Times below this are clock and scheduler noise: a ratio is taken against at least this much.
 * (Not a limit on any run: a quadratic path at a megabyte takes seconds, far above it.)
 */
const NOISE_FLOOR_MS = 10;
/** Runs of a size at most, when one run looks super-linear; the fastest counts. */
const RUNS = 5;

/** Collects garbage when Node runs with --expose-gc (the perf suite's mocha config asks for it), so that no run pays for the last one's. */
const collect: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export function timeMs(work: () => void): number {
  collect();
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface Growth<T> {
  /** The result of the largest run. */
  result: T;
  /** The input of the largest run. */
  input: string;
  /** The fastest time per size, in the order run. */
  times: Array<{ chars: number; ms: number }>;
}

export interface GrowthOptions<P> {
  /** The largest size (characters); the others are a quarter and a sixteenth of it. 1 MB by default. */
  size?: number;
  /** Untimed preparation of each input (reading it, say, when only the rules are measured). */
  prepare?: (input: string) => P;
}

/**
 * Runs `work` at `size / 16`, `size / 4` and `size` characters of `make`, asserting that each
 * step of ×4 grows the time by less than MAX_STEP_GROWTH and the whole span by less than
 * MAX_SPAN_GROWTH; returns the result of the largest run for the caller's own assertions.
 */
export function expectLinearGrowth<T, P = string>(
  label: string,
  make: (size: number) => string,
  work: (prepared: P) => T,
  options: GrowthOptions<P> = {},
): Growth<T> {
  const size = options.size ?? MB;
  const prepare = options.prepare ?? ((input: string) => input as unknown as P);
  const times: Array<{ chars: number; ms: number }> = [];
  const report = () => times.map((t) => `${formatSize(t.chars)}: ${t.ms.toFixed(1)} ms`).join(', ');
  let result!: T;
  let input = '';
  work(prepare(make(Math.max(1, size / 64)))); // warm the JIT up
  const SIZES = [size / 16, size / 4, size];
  const inputs: P[] = [];
  const best = (k: number) => {
    let r!: T;
    times[k].ms = Math.min(times[k].ms, timeMs(() => (r = work(inputs[k]))));
    if (k === SIZES.length - 1) result = r;
  };
  const stepGrowth = (k: number) => times[k].ms / Math.max(times[k - 1].ms, NOISE_FLOOR_MS);
  const allowedStep = (k: number) => (MAX_STEP_GROWTH * times[k].chars) / times[k - 1].chars / 4;
  for (const s of SIZES) {
    input = make(s);
    inputs.push(prepare(input));
    const k = times.length;
    times.push({ chars: input.length, ms: Infinity });
    best(k);
    // One run is enough when the growth is plainly linear; before failing, the fastest of RUNS
    // runs of both sizes counts.
    for (let run = 1; run < RUNS && k > 0 && stepGrowth(k) > allowedStep(k); run++) {
      best(k - 1);
      best(k);
    }
    if (k > 0) {
      assert.ok(stepGrowth(k) <= allowedStep(k), `${label}: super-linear — ${report()}; four times the text should take about four times as long, at most ${MAX_STEP_GROWTH}×`);
    }
  }
  const last = times.length - 1;
  const span = () => times[last].ms / Math.max(times[0].ms, NOISE_FLOOR_MS);
  const allowedSpan = (MAX_SPAN_GROWTH * times[last].chars) / times[0].chars / 16;
  for (let run = 1; run < RUNS && span() > allowedSpan; run++) [0, last].forEach(best);
  assert.ok(span() <= allowedSpan, `${label}: super-linear over the whole span — ${report()}; at most ${MAX_SPAN_GROWTH}× for sixteen times the text`);
  return { result, input, times };
}

export function formatSize(chars: number): string {
  return chars >= MB ? `${(chars / MB).toFixed(1)} MB` : `${Math.round(chars / KB)} KB`;
}
