// Fails the build when a layer imports what it must not (see ARCHITECTURE.md):
//   server/src/core     no node:*, no Node built-ins, no vscode*, nothing outside core
//   core/families/<f>   nothing above the families (the pipeline, the registry, the catalogue, the
//                       table of authorities, the finishing of the online findings in
//                       verification.ts); another family only through its index.ts
//   server/src/service, server/src/*.ts
//                       no vscode (the editor API), no vscode-languageserver (the connection), no
//                       cli/server from service; a family only through its index.ts (or the
//                       registry, family.ts and common.ts); no `.detail` read outside core/families
//   client/             nothing from server/
// and when the imports of server/src (type imports included) go round in a circle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, dirname, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (full.endsWith('.ts')) yield full;
  }
}

function imports(text) {
  const found = [];
  const re = /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[^\w.])require\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[^\w.])import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return found;
}

const familiesDir = join(root, 'server/src/core/families');
/** Core modules above the families: they loop over the registry, so a family may not import them. */
const ABOVE_FAMILIES = ['check', 'groups', 'report', 'settings', 'directives', 'config', 'settingsSchema', 'rules/catalogue', 'toa/table', 'toa/index', 'families/registry', 'verification'].map((m) => join(root, 'server/src/core', m));
const FAMILY_SHARED = ['family', 'common', 'registry'].map((m) => join(familiesDir, m));

/** The family folder a module is in (`cases`), or undefined. */
function familyOfPath(p) {
  if (!p.startsWith(familiesDir + sep)) return undefined;
  const rest = p.slice(familiesDir.length + 1).split(sep);
  return rest.length > 1 ? rest[0] : undefined;
}

/** Whether `target` (a resolved import, without extension) is a family's internals as seen from outside it. */
function familyInternal(target, fromFamily) {
  const family = familyOfPath(target + '.ts') ?? familyOfPath(join(target, 'index.ts'));
  if (!family || family === fromFamily) return false;
  return target !== join(familiesDir, family) && target !== join(familiesDir, family, 'index');
}

const rules = [
  {
    dir: 'server/src/core',
    check(spec, file) {
      if (builtins.has(spec) || spec.startsWith('node:')) return 'core may not use Node built-ins';
      if (spec.startsWith('vscode')) return 'core may not import the editor or the protocol';
      if (!spec.startsWith('.')) return `core may not import packages ("${spec}")`;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(join(root, 'server/src/core') + sep) && target !== join(root, 'server/src/core')) return 'core may not import outside core';
      const from = familyOfPath(file);
      if (from) {
        if (ABOVE_FAMILIES.includes(target)) return 'a family may not import the pipeline, registry, catalogue or table above it';
        if (familyInternal(target, from)) return "a family may use another family only through its index.ts";
      } else if (familyInternal(target, undefined) && !ABOVE_FAMILIES.some((m) => file === m + '.ts')) {
        // Core outside the families (the text model, tables) does not reach into a family at all.
        return 'core below the families may not import a family';
      }
    },
  },
  {
    dir: 'server/src/service',
    check(spec, file) {
      if (spec === 'vscode' || spec.startsWith('vscode-languageserver/') || spec === 'vscode-languageserver') return 'service may use LSP types, not the connection or the editor';
      const target = resolve(dirname(file), spec);
      if (spec.startsWith('.') && (target.endsWith(`${sep}server`) || target.endsWith(`${sep}cli`))) return 'service may not import the server or the CLI';
      if (spec.startsWith('.') && familyInternal(target, undefined) && !FAMILY_SHARED.includes(target)) return "service may use a family only through its index.ts";
    },
  },
  {
    dir: 'server/src',
    only: (file) => dirname(file) === join(root, 'server/src') || ['verify', 'lsp'].some((d) => file.startsWith(join(root, 'server/src', d) + sep)),
    check(spec, file) {
      const target = resolve(dirname(file), spec);
      if (spec.startsWith('.') && familyInternal(target, undefined) && !FAMILY_SHARED.includes(target)) return 'the server and the CLI may use a family only through its index.ts';
    },
  },
  {
    dir: 'client',
    check(spec) {
      if (spec.includes('/server/') || spec.startsWith('../server')) return 'the client talks to the server only through the protocol';
    },
  },
];

let failures = 0;
for (const rule of rules) {
  for (const file of files(join(root, rule.dir))) {
    if (rule.only && !rule.only(file)) continue;
    for (const spec of imports(readFileSync(file, 'utf8'))) {
      const problem = rule.check(spec, file);
      if (problem) {
        console.error(`${relative(root, file)}: imports "${spec}": ${problem}`);
        failures++;
      }
    }
  }
}
// A citation's `detail` is its family's own, typed there: nothing outside core/families reads it.
// (The pipeline, check.ts, carries it from extraction to the result without reading it.)
const DETAIL_READERS = [join(root, 'server/src/core/check.ts')];
for (const dir of ['server/src', 'client']) {
  for (const file of files(join(root, dir))) {
    if (file.startsWith(familiesDir + sep) || DETAIL_READERS.some((d) => file === d || file.startsWith(d))) continue;
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (/\b(?:c|citation|first|root|target|cite|antecedent|d)\??\.detail\b/.test(line) && !/^\s*(?:\/\/|\*)/.test(line)) {
        console.error(`${relative(root, file)}:${i + 1}: reads a citation's detail outside its family`);
        failures++;
      }
    });
  }
}

// Import cycles, type imports included: imports point one way.
const graph = new Map();
for (const file of files(join(root, 'server/src'))) {
  const deps = [];
  for (const spec of imports(readFileSync(file, 'utf8'))) {
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    for (const candidate of [target + '.ts', join(target, 'index.ts')]) {
      if (graph.has(candidate) || existsSync(candidate)) {
        deps.push(candidate);
        break;
      }
    }
  }
  graph.set(file, deps);
}
const state = new Map(); // 1: on the path, 2: done
const path = [];
const cycles = [];
function visit(node) {
  state.set(node, 1);
  path.push(node);
  for (const dep of graph.get(node) ?? []) {
    if (state.get(dep) === 1) cycles.push(path.slice(path.indexOf(dep)).concat(dep));
    else if (!state.has(dep)) visit(dep);
  }
  path.pop();
  state.set(node, 2);
}
for (const node of graph.keys()) if (!state.has(node)) visit(node);
for (const cycle of cycles.slice(0, 20)) {
  console.error(`import cycle: ${cycle.map((f) => relative(root, f)).join(' → ')}`);
  failures++;
}

if (failures) {
  console.error(`check-layers: ${failures} forbidden import${failures === 1 ? '' : 's'} (see ARCHITECTURE.md)`);
  process.exit(1);
}
