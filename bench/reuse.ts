/**
 * Measurements behind the design of re-checking with reuse (docs/performance.md, "Re-check after
 * an edit"): what a check after a one-character edit would cost if the reader and the extractors
 * ran only on the paragraphs that changed, and whether extraction is in fact paragraph-local —
 * whether reading each paragraph on its own finds exactly what reading the whole draft finds.
 *
 *   node out/bench/reuse.js [--pages N] [--drafts N]
 *
 * Nothing here changes the checker: it models the cache with the checker's own functions.
 */
import { analyze, CheckResult, RuleContext, runRules } from '../server/src/core/check';
import { EXTRACTORS } from '../server/src/core/extract/registry';
import type { FoundCitation } from '../server/src/core/extract/types';
import { resolveCitations } from '../server/src/core/resolve';
import { RULE_SETS } from '../server/src/core/rules/registry';
import { DEFAULT_SETTINGS } from '../server/src/core/settings';
import { LineIndex } from '../server/src/core/text/lines';
import { DocumentFormat, readDocument } from '../server/src/core/text/markdown';
import { generateCorpus, generateDraft } from './corpus';
import { Random } from './random';
import { prepare } from './sources';
import { median, sample, timeMs } from './stats';

/**
 * The draft cut into chunks that can be read on their own: a chunk ends at a blank line, except
 * inside front matter, a fenced code block or an HTML comment, which the reader treats as one
 * block across blank lines.
 */
export function chunksOf(source: string, format: DocumentFormat): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let chunkStart = 0;
  let fence: string | undefined;
  let inComment = false;
  let inFrontMatter = format === 'markdown' && /^---[ \t]*\r?\n/.test(source);
  let lineStart = 0;
  let previousBlank = false;
  let first = true;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '');
    const blank = line.trim() === '';
    if (!blank && previousBlank && !fence && !inComment && !inFrontMatter && lineStart > chunkStart) {
      chunks.push([chunkStart, lineStart]);
      chunkStart = lineStart;
    }
    if (inFrontMatter && !first && /^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    if (format === 'markdown') {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined && marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) fence = marker;
      else if (fence !== undefined && marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    }
    // An HTML comment open at the end of the line keeps the chunk open.
    const open = line.lastIndexOf('<!--');
    const close = line.lastIndexOf('-->');
    if (open > close) inComment = true;
    else if (close >= 0) inComment = false;
    previousBlank = blank;
    first = false;
    lineStart = lineEnd + 1;
  }
  if (chunkStart < source.length) chunks.push([chunkStart, source.length]);
  return chunks;
}

interface ChunkEntry {
  /** Citations found in the chunk read on its own, in source offsets relative to the chunk. */
  found: Array<{ kind: string; start: number; end: number; text: string }>;
}

/** Reads and extracts one chunk on its own. */
function extractChunk(text: string, format: DocumentFormat): ChunkEntry {
  const reader = readDocument(text, format);
  const found: FoundCitation[] = [];
  for (const extract of EXTRACTORS) for (const f of extract(reader)) found.push(f);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ChunkEntry['found'] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    const { start, end } = reader.toSourceRange(f.start, f.end);
    out.push({ kind: f.kind, start, end, text: reader.text.slice(f.start, f.end) });
  }
  return { found: out };
}

/** Citations found chunk by chunk, as `kind start–end text` lines, for comparing with a whole read. */
function chunkwise(source: string, format: DocumentFormat): string[] {
  const lines: string[] = [];
  for (const [s, e] of chunksOf(source, format)) {
    for (const c of extractChunk(source.slice(s, e), format).found) lines.push(`${c.kind} ${s + c.start}–${s + c.end} ${c.text}`);
  }
  return lines;
}

function wholeRead(result: Pick<CheckResult, 'citations'>): string[] {
  return result.citations.map((c) => `${c.kind} ${c.start}–${c.end} ${c.text}`);
}

function main(args: string[]): void {
  const value = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const pages = value('--pages', 100);

  // 1. Is extraction paragraph-local? Compare on a corpus of both formats.
  const corpus = generateCorpus({ seed: 12, megabytes: value('--drafts', 4) });
  let same = 0;
  let different = 0;
  const examples: string[] = [];
  for (const d of corpus) {
    const whole = wholeRead(analyze({ text: d.text, format: d.format }));
    const parts = chunkwise(d.text, d.format);
    const a = new Set(whole);
    const b = new Set(parts);
    for (const x of whole) if (b.has(x)) same++;
    for (const x of whole) if (!b.has(x)) {
      different++;
      if (examples.length < 8) examples.push(`  only in the whole read (${d.format}): ${x}`);
    }
    for (const x of parts) if (!a.has(x)) {
      different++;
      if (examples.length < 8) examples.push(`  only chunk by chunk (${d.format}): ${x}`);
    }
  }
  process.stdout.write(`Paragraph-local extraction on ${corpus.length} drafts: ${same} citations alike, ${different} different.\n${examples.join('\n')}\n\n`);

  // 2. What a re-check with a chunk cache would cost, stage by stage, on a `pages`-page brief.
  const prepared = prepare(generateDraft({ seed: 100, pages, kind: 'brief', format: 'markdown' }));
  const { draft, sources } = prepared;
  const warm = (work: () => void) => {
    for (let i = 0; i < 5; i++) work(); // the JIT first, then the figures
    return sample(21, work);
  };
  const cache = new Map<string, ChunkEntry>();
  for (const [s, e] of chunksOf(draft.text, draft.format)) cache.set(draft.text.slice(s, e), extractChunk(draft.text.slice(s, e), draft.format));
  const random = new Random(3);
  const edited: string[] = [];
  for (let i = 0; i < 30; i++) {
    const at = draft.text.indexOf(' ', random.int(0, draft.text.length - 1)) + 1;
    edited.push(draft.text.slice(0, at) + 'x' + draft.text.slice(at));
  }
  let k = 0;
  const lookups = warm(() => {
    const text = edited[k++ % edited.length];
    for (const [s, e] of chunksOf(text, draft.format)) {
      const key = text.slice(s, e);
      if (!cache.has(key)) extractChunk(key, draft.format); // the one changed chunk
    }
  });
  const analysis = analyze(draft);
  const resolve = warm(() => resolveCitations(analysis.citations));
  const ctx: RuleContext = { analysis, settings: DEFAULT_SETTINGS, sources };
  const rules = warm(() => runRules(analysis, DEFAULT_SETTINGS, sources));
  const lineIndex = warm(() => new LineIndex(draft.text));
  const full = warm(() => analyze(draft));
  const perSet = RULE_SETS.map((r) => `${r.name} ${median(warm(() => r(ctx))).toFixed(2)} ms`).join(', ');
  const chunks = chunksOf(draft.text, draft.format).length;
  const projected = median(lookups) + median(resolve) + median(rules) + median(lineIndex);
  process.stdout.write(
    [
      `Re-check after a one-character edit, ${pages}-page brief (${(draft.text.length / 1048576).toFixed(2)} MB, ${chunks} chunks, ${analysis.citations.length} citations):`,
      `  today: analyze ${median(full).toFixed(1)} ms + rules ${median(rules).toFixed(1)} ms`,
      `  with a chunk cache: split + look up every chunk, read and extract the changed one   ${median(lookups).toFixed(2)} ms`,
      `                      resolve short forms over all citations                          ${median(resolve).toFixed(2)} ms`,
      `                      every rule over all citations (${perSet})   ${median(rules).toFixed(2)} ms`,
      `                      line index                                                      ${median(lineIndex).toFixed(2)} ms`,
      `                      total (plus mapping the cached citations to their new offsets)  ${projected.toFixed(1)} ms`,
      '',
    ].join('\n'),
  );
}

if (require.main === module) main(process.argv.slice(2));
