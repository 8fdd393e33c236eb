import { RuleContext, sharedKey } from '../../analysis';
import { findingsOf } from '../../rules/rule';
import type { Citation, Edit, Finding, Fix, Span } from '../../types';
import { sameCase } from './caseNumbers';
import { entryKey } from './list';
import { EN_DASH, NBSP } from './scan';
import { docketStyle, DocketStyle, styleWords } from './styles';
import type { CaseNumberDetail, DocketCiteDetail, DocketEntryRef, DocketList } from './types';

/**
 * Docket rules: one cite style per draft (`docket-style-inconsistent`), pin cites in the usual
 * form (`docket-pin-format`), and, with a docket list, entries that are on it
 * (`docket-unresolved`). Problems in the list itself are reported where the list is loaded.
 */
export function docketRules(ctx: RuleContext): Finding[] {
  const dockets = ctx.analysis.citations.filter(isDocketCite);
  return [...styleFindings(ctx, dockets), ...pinFindings(ctx, dockets), ...unresolvedFindings(ctx)];
}

function isDocketCite(c: Citation): boolean {
  return c.kind === 'docket' && !!c.detail;
}

function detailOf(c: Citation): DocketCiteDetail {
  return c.detail as unknown as DocketCiteDetail;
}

// ---------------------------------------------------------------------------------------------
// docket-style-inconsistent

/** The style the draft should use, and why, or undefined when every cite already agrees. */
function preferredStyle(ctx: RuleContext, dockets: Citation[]): { style: string; reason: string } | undefined {
  const setting = ctx.settings.docket.style;
  if (setting) return { style: setting, reason: `the style set in brieflint.docket.style` };
  const counts = new Map<string, number>();
  for (const d of dockets) counts.set(detailOf(d).style, (counts.get(detailOf(d).style) ?? 0) + 1);
  if (counts.size < 2) return undefined;
  // The style used most; on a tie, the one used first (Map keeps first-use order).
  let style = '';
  let best = 0;
  for (const [s, n] of counts) {
    if (n > best) [style, best] = [s, n];
  }
  const tie = [...counts.values()].filter((n) => n === best).length > 1;
  const reason = tie
    ? `the style used first in this draft (each style is used equally often)`
    : `the style used most in this draft (${best} of ${dockets.length} docket cites)`;
  return { style, reason };
}

function styleFindings(ctx: RuleContext, dockets: Citation[]): Finding[] {
  const preferred = preferredStyle(ctx, dockets);
  if (!preferred) return [];
  const hash = preferred.style.endsWith(' #');
  const family = docketStyle(hash ? preferred.style.slice(0, -2) : preferred.style);
  if (!family) return [];
  const pending: Array<{ cite: Citation; span: Span; edit?: Edit; written: string; rewritten?: string }> = [];
  for (const d of dockets) {
    const detail = detailOf(d);
    if (detail.style === preferred.style || !d.parts?.style || !d.parts.lead) continue;
    const edit = leadEdit(ctx, d, family, hash);
    const entryEnd = d.parts.entry0?.end ?? d.parts.lead.end;
    const written = ctx.analysis.draft.text.slice(d.start, entryEnd);
    pending.push({
      cite: d,
      span: d,
      ...(edit ? { edit, rewritten: edit.newText + ctx.analysis.draft.text.slice(edit.end, entryEnd) } : {}),
      written,
    });
  }
  const allEdits = pending.flatMap((p) => (p.edit ? [p.edit] : []));
  return pending.map((p) => {
    const fixes: Fix[] = [];
    if (p.edit) fixes.push({ title: `Change "${oneLine(p.written)}" to "${oneLine(p.rewritten!)}"`, edits: [p.edit], preferred: true });
    if (allEdits.length > 1) {
      fixes.push({ title: `Change the ${allEdits.length} docket cites in other styles to "${preferred.style}"`, edits: allEdits });
    }
    return {
      code: 'docket-style-inconsistent',
      severity: 'warning',
      start: p.span.start,
      end: p.span.end,
      citations: [p.cite.id],
      message: `Docket cite in the style "${detailOf(p.cite).style}"; this draft cites the docket as "${preferred.style}", ${preferred.reason}.`,
      fixes,
    } satisfies Finding;
  });
}

/**
 * The edit that rewrites a cite's words (`Dkt.` → `Dkt. No.`), in the plural when it names
 * several entries, keeping no-break spaces where the draft used them. Only the words change,
 * unless a `#` or `:` between words and number must go too (`Dkt. #45` → `ECF No. 45`).
 * Undefined when the words carry markup the edit could break (`*Dkt.* 12`).
 */
function leadEdit(ctx: RuleContext, d: Citation, family: DocketStyle, hash: boolean): Edit | undefined {
  const detail = detailOf(d);
  const reader = ctx.analysis.reader;
  const several = detail.entries.length > 1 || detail.entries.some((e) => e.through !== undefined);
  const space = detail.lead.includes(NBSP) ? NBSP : ' ';
  const words = styleWords(family, several).split(' ').join(space);
  const wordsOnly = !hash && !detail.hash && /^[^#:]*$/.test(detail.lead) && /\s$/.test(detail.lead);
  const span = wordsOnly ? d.parts!.style : d.parts!.lead;
  const written = wordsOnly ? detail.words : detail.lead;
  if (reader.escapeLike(span.start, span.end, written) !== ctx.analysis.draft.text.slice(span.start, span.end)) return undefined;
  const newText = wordsOnly ? words : hash ? `${words}${space}#` : `${words}${space}`;
  return { start: span.start, end: span.end, newText: reader.escapeLike(span.start, span.end, newText) };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// docket-pin-format

function pinFindings(ctx: RuleContext, dockets: Citation[]): Finding[] {
  const text = ctx.analysis.draft.text;
  const pending: Array<{ cite: Citation; span: Span; edits: Edit[]; reasons: string[] }> = [];
  for (const d of dockets) {
    const pin = detailOf(d).pin;
    const span = d.parts?.pinCite;
    if (!pin || !span) continue;
    const edits: Edit[] = [];
    const reasons: string[] = [];
    const mark = d.parts?.pinMark;
    if (pin.mark && mark) {
      if (pin.mark === '\u00b6' && pin.count > 1) {
        edits.push({ start: mark.start, end: mark.end, newText: '\u00b6\u00b6' });
        reasons.push('several paragraphs take "¶¶"');
      } else if (pin.mark === '\u00b6\u00b6' && pin.count === 1) {
        edits.push({ start: mark.start, end: mark.end, newText: '\u00b6' });
        reasons.push('a single paragraph takes "¶"');
      }
      if (!pin.spaceAfterMark) {
        edits.push({ start: mark.end, end: mark.end, newText: ' ' });
        reasons.push(`a space goes between "${pin.mark}" and the number`);
      }
    }
    for (let k = 0; k < pin.hyphens; k++) {
      const h = d.parts?.[`pinHyphen${k}`];
      if (h) edits.push({ start: h.start, end: h.end, newText: EN_DASH });
    }
    if (pin.hyphens > 0) reasons.push(`a range is joined with an en dash (${EN_DASH}) rather than a hyphen`);
    if (edits.length === 0) continue;
    edits.sort((a, b) => a.start - b.start);
    pending.push({ cite: d, span, edits, reasons });
  }
  const allEdits = pending.flatMap((p) => p.edits);
  return pending.map((p) => {
    const written = text.slice(p.span.start, p.span.end);
    const rewritten = applyWithin(text, p.span, p.edits);
    const fixes: Fix[] = [{ title: `Change "${oneLine(written)}" to "${oneLine(rewritten)}"`, edits: p.edits, preferred: true }];
    if (pending.length > 1) fixes.push({ title: `Fix the form of the ${pending.length} docket pin cites in this draft`, edits: allEdits });
    return {
      code: 'docket-pin-format',
      severity: 'hint',
      start: p.span.start,
      end: p.span.end,
      citations: [p.cite.id],
      message: `Pin cite "${oneLine(written)}" would usually be written "${oneLine(rewritten)}": ${p.reasons.join('; ')}.`,
      fixes,
    } satisfies Finding;
  });
}

/** The text of `span` with `edits` (all inside it, in order) applied. */
function applyWithin(text: string, span: Span, edits: Edit[]): string {
  let out = '';
  let pos = span.start;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos, span.end);
}

// ---------------------------------------------------------------------------------------------
// docket-unresolved

/** Longest range whose every entry is checked; longer ranges are checked at their ends. */
const MAX_RANGE = 500;

function unresolvedFindings(ctx: RuleContext): Finding[] {
  const list = ctx.sources.docketList;
  if (!list || list.complete === false || list.entries.size === 0) return [];
  const findings: Finding[] = [];
  const citations = ctx.analysis.citations;
  // Every citation in order, for the one before each docket cite.
  for (let i = 0; i < citations.length; i++) {
    const d = citations[i];
    if (!isDocketCite(d)) continue;
    const previous = citations[i - 1];
    if (previous && citesAnotherCase(d, previous, list)) continue;
    detailOf(d).entries.forEach((ref, k) => {
      const missing = missingEntries(ref, list);
      if (missing.length === 0) return;
      const span = d.parts?.[`entry${k}`] ?? d;
      findings.push({
        code: 'docket-unresolved',
        severity: 'warning',
        start: span.start,
        end: span.end,
        citations: [d.id],
        message: unresolvedMessage(ref, missing, list),
        fixes: [],
      });
    });
  }
  return findings;
}

function missingEntries(ref: DocketEntryRef, list: DocketList): string[] {
  const first = Number(ref.entry);
  if (ref.through === undefined) return list.entries.has(entryKey(ref.entry)) ? [] : [String(first)];
  const last = Number(ref.through);
  const numbers = last - first <= MAX_RANGE ? range(first, last) : [first, last];
  return numbers.filter((n) => !list.entries.has(String(n))).map(String);
}

function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let n = first; n <= last; n++) out.push(n);
  return out;
}

function unresolvedMessage(ref: DocketEntryRef, missing: string[], list: DocketList): string {
  const name = list.path.split(/[\\/]/).pop() ?? list.path;
  let highest = 0;
  for (const key of list.entries.keys()) highest = Math.max(highest, Number(key));
  const what = missing.length === 1 ? `Docket entry ${missing[0]} is` : `Docket entries ${missing.join(', ')} are`;
  const count = `${list.entries.size} ${list.entries.size === 1 ? 'entry' : 'entries'}, the last numbered ${highest}`;
  const later = missing.some((m) => Number(m) > highest)
    ? ' If the docket has grown since the list was made, update the list.'
    : '';
  const cited = ref.through !== undefined ? ` (cited as ${ref.text})` : '';
  return `${what} not on the docket list ${name} (${count})${cited}.${later}`;
}

/**
 * Whether a docket cite belongs to another case named just before it
 * (`Smith v. Jones, No. 19-cv-1234, ECF No. 45`): the list is this case's docket, so such a cite
 * is not checked against it.
 */
function citesAnotherCase(d: Citation, previous: Citation, list: DocketList): boolean {
  if (previous.kind !== 'case-number' || d.start - previous.end > 40) return false;
  if (!list.docketNumber) return true;
  return !sameCase(previous.detail as unknown as CaseNumberDetail, list.docketNumber);
}

const PASS = sharedKey<Map<string, Finding[]>>('dockets pass');

/** The findings of one rule of code `code`, from the one pass that finds them all. */
export function docketFindings(ctx: RuleContext, code: string): Finding[] {
  return findingsOf(ctx, PASS, docketRules, code);
}
