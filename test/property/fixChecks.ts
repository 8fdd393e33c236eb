/**
 * The checks behind the quick-fix properties (`fixes.test.ts`), kept apart so that they can also
 * be run by hand over thousands of drafts to collect every distinct failure at once.
 */
import type { CheckResult } from '../../server/src/core/check';
import { resolveFixAll } from '../../server/src/core/fixAll';
import type { CheckSources, Edit, Finding, Fix } from '../../server/src/core/types';
import type { RandomDraft } from './drafts';
import { applyEdits, applyFixToWorld, checkWorld, editsOverlap, mapOffset, touches, worldOf } from './properties';

export interface FixCase {
  finding: Finding;
  fix: Fix;
}

/** Every fix of every finding; a fix of the whole draft (`Fix.all`) with its edits made, as a code action makes them. */
export function allFixes(result: CheckResult, sources: CheckSources = {}): FixCase[] {
  return result.findings.flatMap((finding) =>
    finding.fixes.flatMap((marked) => {
      const fix = resolveFixAll(result, sources, marked);
      return fix ? [{ finding, fix }] : [];
    }),
  );
}

function errorCounts(result: CheckResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of result.findings) if (f.severity === 'error') counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return counts;
}

export function describeFix(d: RandomDraft, c: FixCase): string {
  const { finding, fix } = c;
  const lists = [d.exhibitList !== undefined ? `exhibits.csv ${JSON.stringify(d.exhibitList)}` : '', d.docketList !== undefined ? `docket.csv ${JSON.stringify(d.docketList)}` : ''].filter(Boolean).join(', ');
  return `${finding.code} at ${finding.start}–${finding.end} ${JSON.stringify(d.text.slice(finding.start, finding.end))}, fix "${fix.title}" ${JSON.stringify(fix.edits)} in ${d.format} draft ${JSON.stringify(d.text)}${lists ? ` with ${lists}` : ''}`;
}

/** Whether two ranges share a character; an empty range counts where it touches the other. */
function overlaps(a: number, b: number, c: number, d: number): boolean {
  return a < b && c < d ? a < d && c < b : touches(a, b, c, d);
}

/** Checks every property of one fix; returns the problem found, or undefined. */
export function fixProblem(d: RandomDraft, before: CheckResult, c: FixCase): string | undefined {
  const { finding, fix } = c;
  if (fix.edits.length === 0) return 'the fix has no edits';
  const draftPath = worldOf(d).draftPath;
  const inDraft = fix.edits.filter((e) => e.path === undefined || e.path === draftPath);
  for (const e of inDraft) if (!(e.start >= 0 && e.start <= e.end && e.end <= d.text.length)) return `edit ${e.start}–${e.end} lies outside the draft`;
  const byFile = new Map<string | undefined, Edit[]>();
  for (const e of fix.edits) byFile.set(e.path ?? draftPath, [...(byFile.get(e.path ?? draftPath) ?? []), e]);
  for (const [file, edits] of byFile) if (editsOverlap(edits)) return `its edits of ${file} overlap`;
  const world = applyFixToWorld(d, fix);
  if (!world) return `it edits a file that is not there (${fix.edits.map((e) => e.path).join(', ')})`;
  if (world.text === d.text && world.exhibitList === d.exhibitList && world.docketList === d.docketList) return 'applying it changes nothing';
  const after = checkWorld(world);

  // Changes only its range.
  for (const o of before.citations) {
    if (inDraft.some((e) => touches(o.start, o.end, e.start, e.end))) continue;
    const start = mapOffset(o.start, inDraft, 'start');
    const again = after.citations.find((x) => x.start === start);
    if (!again || again.kind !== o.kind || again.text !== o.text) {
      return `the untouched citation ${o.kind} ${JSON.stringify(o.text)} at ${o.start} became ${again ? `${again.kind} ${JSON.stringify(again.text)}` : 'nothing'} at ${start}`;
    }
  }

  // The finding is gone, and the fix is not offered again there.
  const start = mapOffset(finding.start, inDraft, 'start');
  const end = mapOffset(finding.end, inDraft, 'end');
  const still = after.findings.find((f) => f.code === finding.code && overlaps(f.start, f.end, start, end));
  if (still) return `the finding is still there after the fix: ${still.code} at ${still.start}–${still.end} "${still.message}"`;
  const again = after.findings.find((f) => touches(f.start, f.end, start, end) && f.fixes.some((x) => x.title === fix.title));
  if (again) return `the same fix is offered again after it is applied (on ${again.code} at ${again.start}–${again.end})`;

  // No new error.
  const was = errorCounts(before);
  for (const [code, n] of errorCounts(after)) {
    if (n > (was.get(code) ?? 0)) {
      const added = after.findings.filter((f) => f.code === code && f.severity === 'error').map((f) => `${f.start}–${f.end} "${f.message}"`);
      return `the fix introduced a new error ${code} (${was.get(code) ?? 0} → ${n}): ${added.join('; ')}`;
    }
  }
  return undefined;
}

/** Applies every preferred fix that edits the draft alone and does not overlap an earlier one. */
export function fixAll(d: RandomDraft): string {
  const result = checkWorld(d);
  const draftPath = worldOf(d).draftPath;
  const chosen: Edit[] = [];
  for (const f of result.findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix || fix.edits.some((e) => e.path !== undefined && e.path !== draftPath)) continue;
    if (editsOverlap([...chosen, ...fix.edits])) continue;
    chosen.push(...fix.edits);
  }
  return applyEdits(d.text, chosen);
}
