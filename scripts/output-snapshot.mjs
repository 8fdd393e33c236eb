#!/usr/bin/env node
// What the checker finds, as a snapshot to compare builds by: every citation and finding of a fixed
// body of generated drafts (~13 MB: the benchmark's corpus, the 300-page briefs, drafts of every
// kind in both formats) and of the sample letter in ../shared. A change meant to make the checker
// faster must leave the snapshot as it was.
//
//   node scripts/output-snapshot.mjs save FILE       after `npm run build`, before the change
//   node scripts/output-snapshot.mjs compare FILE    after the change (exit 1 and the first
//                                                    difference per draft when they differ)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { check } = require(path.join(root, 'out/server/src/core/check.js'));
const { DEFAULT_SETTINGS } = require(path.join(root, 'out/server/src/core/settings.js'));
const { generateCorpus, generateDraft } = require(path.join(root, 'out/bench/corpus.js'));
const { prepare } = require(path.join(root, 'out/bench/sources.js'));

/** One line per draft: its name, citations and findings. */
function snapshot() {
  const drafts = [...generateCorpus({ seed: 8, megabytes: 10 })];
  drafts.push(generateDraft({ seed: 300, pages: 300, kind: 'brief', format: 'markdown' }));
  drafts.push(generateDraft({ seed: 301, pages: 300, kind: 'brief', format: 'plaintext' }));
  for (const kind of ['opinion', 'declaration', 'letter']) for (const format of ['markdown', 'plaintext']) drafts.push(generateDraft({ seed: 77, pages: 20, kind, format }));
  const lines = drafts.map((d, i) => {
    const { draft, sources } = prepare(d);
    const result = check(draft, DEFAULT_SETTINGS, sources);
    return { name: `generated ${i} (${d.kind}, ${d.format})`, citations: result.citations, findings: result.findings };
  });
  const sample = path.join(root, '..', 'shared', 'samples', 'letter-motion-to-compel.txt');
  if (existsSync(sample)) {
    const text = readFileSync(sample, 'utf8');
    for (const format of ['plaintext', 'markdown']) {
      const result = check({ text, format });
      lines.push({ name: `sample letter (${format})`, citations: result.citations, findings: result.findings });
    }
  }
  return lines;
}

/** The same value with object keys in order: the order of keys is not part of what is found. */
function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]));
  return v;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'compare') || !file) {
  process.stderr.write('usage: node scripts/output-snapshot.mjs save|compare FILE\n');
  process.exit(2);
}
const now = snapshot().map((d) => JSON.stringify(canonical(d)));
if (mode === 'save') {
  writeFileSync(file, now.join('\n') + '\n');
  process.stdout.write(`${now.length} drafts saved to ${file}\n`);
  process.exit(0);
}
const before = readFileSync(file, 'utf8').trim().split('\n');
let differences = 0;
for (let i = 0; i < Math.max(before.length, now.length); i++) {
  if (before[i] === now[i]) continue;
  differences++;
  const a = before[i] ? JSON.parse(before[i]) : { name: '(none)', citations: [], findings: [] };
  const b = now[i] ? JSON.parse(now[i]) : { name: '(none)', citations: [], findings: [] };
  for (const key of ['citations', 'findings']) {
    const n = Math.max(a[key].length, b[key].length);
    for (let j = 0; j < n; j++) {
      const x = JSON.stringify(a[key][j]);
      const y = JSON.stringify(b[key][j]);
      if (x === y) continue;
      process.stdout.write(`${b.name}: ${key}[${j}] differs (${a[key].length} before, ${b[key].length} now)\n  before: ${x?.slice(0, 400)}\n  now:    ${y?.slice(0, 400)}\n`);
      break;
    }
  }
}
process.stdout.write(differences ? `${differences} of ${now.length} drafts differ\n` : `identical (${now.length} drafts)\n`);
process.exit(differences ? 1 : 0);
