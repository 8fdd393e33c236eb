/**
 * The growth check itself: it passes a linear scan and fails a quadratic one — so that the
 * linear-time tests built on it cannot pass vacuously.
 */
import * as assert from 'node:assert/strict';
import { repeatTo } from '../robustness/hostile';
import { expectLinearGrowth, KB } from './growth';

/** From every position, looks for an `x` that is not there: quadratic, as `s.indexOf(';', i)` for every `&` was. */
function quadratic(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.indexOf('x', i) < 0 ? 1 : 0;
  return n;
}

function linear(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 97) n++;
  return n;
}

describe('perf: the linear-growth check', () => {
  it('passes a linear scan', () => {
    const { result, times } = expectLinearGrowth('linear scan', (n) => repeatTo('ab', n), linear);
    assert.equal(result, 512 * KB);
    assert.equal(times.length, 3);
  });

  it('fails a quadratic scan, and says so', () => {
    assert.throws(() => expectLinearGrowth('quadratic scan', (n) => 'a'.repeat(n), quadratic, { size: 256 * KB }), /quadratic scan: super-linear/);
  });
});
