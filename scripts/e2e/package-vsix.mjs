#!/usr/bin/env node
// Packages the extension into a .vsix with the project's own @vscode/vsce (a pinned
// devDependency, so `npm ci` is all it needs), or else the one .ci/setup-e2e.sh keeps in the cache.
//
//   node scripts/e2e/package-vsix.mjs [--out .e2e/brieflint.vsix | --out FOLDER] [--dir <extension folder>]
//
// --out FOLDER (an existing folder, such as `.`) writes NAME-VERSION.vsix into it, the name vsce
// gives by default (`npm run package` writes brieflint-0.1.0.vsix at the top of the repository).
// Build first (npm run build): vsce packages what is on disk.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, cacheDir, isFile, log } from './lib.mjs';

function findVsce() {
  const own = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
  if (isFile(own)) return own;
  try {
    const recorded = JSON.parse(fs.readFileSync(path.join(cacheDir(), 'env.json'), 'utf8')).vsce;
    if (recorded && isFile(recorded)) return recorded;
  } catch {
    // reported below
  }
  return undefined;
}

/** Whether the extension's package.json names its repository (vsce then rewrites README links to it). */
function hasRepository(dir) {
  try {
    const repository = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).repository;
    return typeof repository === 'string' ? repository.trim() !== '' : typeof repository?.url === 'string' && repository.url.trim() !== '';
  } catch {
    return false;
  }
}

function main() {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write('usage: node scripts/e2e/package-vsix.mjs [--out FILE (default .e2e/brieflint.vsix) | --out FOLDER (NAME-VERSION.vsix in it)] [--dir EXTENSION_FOLDER (default the repo)]\n');
    return 0;
  }
  const dir = path.resolve(values.dir ?? REPO_ROOT);
  let out = path.resolve(values.out ?? path.join(REPO_ROOT, '.e2e', 'brieflint.vsix'));
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
    const { name, version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    out = path.join(out, `${name}-${version}.vsix`);
  }
  const vsce = findVsce();
  if (!vsce) {
    log('@vscode/vsce not found: run npm ci (it is a devDependency), or .ci/setup-e2e.sh (it keeps one in .cache/e2e)');
    return 2;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  const t = Date.now();
  // No stdin: vsce must not wait for an answer. The flags only allow what vsce would otherwise
  // ask about; they change nothing in the package.
  const args = ['package', '--allow-missing-repository', '--skip-license', '--out', out];
  // vsce rewrites the README's relative links and images (docs/images/*.png) into URLs of the
  // repository named in package.json, and without one refuses to package at all ("Couldn't detect
  // the repository where this extension is published"). Without a repository, leave the links
  // as they are: inside VS Code they resolve against the installed extension's folder.
  if (!hasRepository(dir)) args.push('--no-rewrite-relative-links');
  const r = spawnSync(vsce, args, {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0 || !isFile(out)) {
    log(`vsce package failed in ${dir} (status ${r.status}${r.error ? `, ${r.error.message}` : ''})`);
    return 1;
  }
  log(`packaged ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return 0;
}

process.exit(main());
