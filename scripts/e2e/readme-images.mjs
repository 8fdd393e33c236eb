#!/usr/bin/env node
// Copies the README's pictures from the last real-editor run into docs/images/, made small.
//
//   npm run test:e2e                        # takes the screenshots (code-server runner)
//   node scripts/e2e/readme-images.mjs [--from .e2e/screenshots] [--to docs/images]
//
// With pngquant on PATH (Debian: apt-get install pngquant) each picture is reduced to a palette
// of at most 128 colours, about a third of its size and indistinguishable for screenshots of
// text; without it the pictures are copied as they are, and the script says so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, log } from './lib.mjs';

/** The screenshots the README shows, as the suite names them (test/e2e/suite/*.e2e.ts). */
const README_IMAGES = [
  'brief-squiggles', // diagnostics.e2e.ts: the Markdown draft with its squiggles
  'hover-case', // hover.e2e.ts: the hover on a full case citation
  'quick-fix-menu', // quickFix.e2e.ts: the quick fix for "F.Supp.2d"
  'problems-panel', // diagnostics.e2e.ts: the Problems panel with both drafts
];

function hasPngquant() {
  return spawnSync('pngquant', ['--version'], { stdio: 'ignore' }).status === 0;
}

function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write('usage: node scripts/e2e/readme-images.mjs [--from DIR (default .e2e/screenshots)] [--to DIR (default docs/images)]\n');
    return 0;
  }
  const from = path.resolve(values.from ?? path.join(REPO_ROOT, '.e2e', 'screenshots'));
  const to = path.resolve(values.to ?? path.join(REPO_ROOT, 'docs', 'images'));
  const missing = README_IMAGES.filter((name) => !fs.existsSync(path.join(from, `${name}.png`)));
  if (missing.length > 0) {
    log(`no ${missing.map((n) => `${n}.png`).join(', ')} in ${from}: run the suite first (npm run test:e2e, code-server runner)`);
    return 1;
  }
  fs.mkdirSync(to, { recursive: true });
  const quantize = hasPngquant();
  if (!quantize) log('pngquant is not installed: copying the pictures at full size');
  for (const name of README_IMAGES) {
    const src = path.join(from, `${name}.png`);
    const dst = path.join(to, `${name}.png`);
    if (quantize) {
      const r = spawnSync('pngquant', ['--force', '--quality', '70-95', '--speed', '1', '--strip', '--output', dst, '128', src], { stdio: 'inherit' });
      // Exit 99: the quality asked for could not be reached with 128 colours; keep the original.
      if (r.status !== 0) fs.copyFileSync(src, dst);
    } else {
      fs.copyFileSync(src, dst);
    }
    log(`${path.relative(REPO_ROOT, dst)}: ${(fs.statSync(dst).size / 1024).toFixed(0)} KiB (from ${(fs.statSync(src).size / 1024).toFixed(0)} KiB)`);
  }
  return 0;
}

process.exit(main());
