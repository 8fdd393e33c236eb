/**
 * Where the time of a check goes: runs the full check of the 300-page brief many times under the
 * V8 sampling profiler and prints the functions with the most self time, by file and line.
 *
 *   node out/bench/profile.js [--runs N] [--plaintext] [--out FILE.cpuprofile]
 *   node out/bench/profile.js --summarize FILE.cpuprofile     (a profile from `node --cpu-prof`)
 *
 * The `.cpuprofile` written with `--out` opens in Chrome DevTools (Performance) or VS Code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { check } from '../server/src/core/check';
import { DEFAULT_SETTINGS } from '../server/src/core/settings';
import { generateDraft } from './corpus';
import { prepare } from './sources';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

/** Self time per function (`name file:line`), in milliseconds, most first. */
export function selfTimes(profile: CpuProfile): Array<{ where: string; ms: number }> {
  const perSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  for (const id of profile.samples) {
    const n = byId.get(id);
    if (!n) continue;
    const file = n.callFrame.url.split('/').slice(-2).join('/');
    const where = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
    totals.set(where, (totals.get(where) ?? 0) + perSample);
  }
  return [...totals].map(([where, ms]) => ({ where, ms })).sort((a, b) => b.ms - a.ms);
}

function print(profile: CpuProfile, top = 25): void {
  const times = selfTimes(profile);
  const total = times.reduce((n, t) => n + t.ms, 0);
  const line = (ms: number, what: string) => `${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(4)}%  ${what}\n`;
  process.stdout.write('self time   share  function\n');
  for (const t of times.slice(0, top)) process.stdout.write(line(t.ms, t.where));
  // The same time by source file: which module a speed-up should start from.
  const byFile = new Map<string, number>();
  for (const t of times) {
    const file = t.where.slice(t.where.lastIndexOf(' ') + 1).replace(/:\d+$/, '') || '(native)';
    byFile.set(file, (byFile.get(file) ?? 0) + t.ms);
  }
  process.stdout.write('\nself time   share  file\n');
  for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stdout.write(line(ms, file));
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));
}

async function main(args: string[]): Promise<void> {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const summarize = value('--summarize');
  if (summarize) return print(JSON.parse(readFileSync(summarize, 'utf8')) as CpuProfile);

  const runs = Number(value('--runs') ?? 40);
  const { draft, sources } = prepare(generateDraft({ seed: 300, pages: 300, kind: 'brief', format: args.includes('--plaintext') ? 'plaintext' : 'markdown' }));
  for (let i = 0; i < 5; i++) check(draft, DEFAULT_SETTINGS, sources); // warm up the JIT first
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  for (let i = 0; i < runs; i++) check(draft, DEFAULT_SETTINGS, sources);
  const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
  session.disconnect();
  const out = value('--out');
  if (out) writeFileSync(out, JSON.stringify(profile));
  process.stdout.write(`${runs} full checks of the 300-page brief (${(draft.text.length / 1048576).toFixed(2)} MB, ${draft.format}):\n\n`);
  print(profile);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`profile: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  });
}
