/**
 * The Bates numbers of a draft, read once per check for `bates-malformed` and
 * `exhibit-bates-conflict` (`ctx.shared`): every number written in an exhibit cite (and in a
 * declaration's defining sentence), the numbers the exhibit sources give each exhibit, how each
 * producing party's numbers are written (`BatesForms`), and each number's comparison with its
 * exhibit's list row, whose finding may be of either rule.
 */
import { RuleContext, sharedKey } from '../../../analysis';
import type { Citation, Finding, Fix, Span } from '../../../types';
import { BatesNumber, batesKey, batesWithin, compareBates, parseBatesNumber, parseBatesRange, rewriteBates } from '../bates';
import type { ExhibitCite, ExhibitEntry } from '../catalog';
import { baseName } from '../manifest';
import type { CitedBates } from '../types';
import { allCitesOf, catalogOf, lineOf } from './shared';

/** One Bates number written in the draft. */
export interface BatesUse {
  cite: Citation;
  number: BatesNumber;
  /** Source span of the number, for fixes. */
  span: Span;
  range: CitedBates;
  isEnd: boolean;
  /** The exhibit it belongs to, when the cite names exactly one: key, with the other document for `Ex. B to Dkt. 12`. */
  exhibit?: { label: string; key: string; of?: string };
}

/** A Bates number from the exhibit list (or another source), counted with the draft's for forms. */
export interface ListedBates {
  number: BatesNumber;
}

/** A use and, when its exhibit has a list row, that row and what comparing the two found. */
export interface BatesReading {
  use: BatesUse;
  list?: ListedExhibit;
  /** The list comparison's finding (`bates-malformed` or `exhibit-bates-conflict`), if any. */
  listFinding?: Finding;
}

/** The draft's Bates numbers, in document order, with what both Bates rules read of them. */
export interface BatesInputs {
  readings: BatesReading[];
  forms: BatesForms;
}

const BATES = sharedKey<BatesInputs>('exhibits: Bates numbers');

/** The Bates numbers of the draft and of its exhibit sources, read once per check. */
export function batesInputsOf(ctx: RuleContext): BatesInputs {
  return ctx.shared(BATES, () => readBates(ctx));
}

function readBates(ctx: RuleContext): BatesInputs {
  const uses = batesUses(allCitesOf(ctx));
  const listed: ListedBates[] = [];
  const listedByKey = new Map<string, ListedExhibit>();
  if (uses.length > 0) {
    for (const entry of catalogOf(ctx).entries.values()) {
      const begin = entry.batesBegin !== undefined ? parseBatesNumber(entry.batesBegin) ?? parseBatesRange(entry.batesBegin)?.begin : undefined;
      if (!begin) continue;
      // A declaration's own sentence is a cite of the exhibit too: its number is checked as one.
      const origin = (entry.definitions.find((d) => d.batesBegin !== undefined) ?? entry.definitions[0]).origin;
      if (origin.kind === 'draft' && origin.form === 'declaration') continue;
      const end = entry.batesEnd !== undefined ? parseBatesNumber(entry.batesEnd) : parseBatesRange(entry.batesBegin!)?.end;
      listed.push({ number: begin });
      if (end) listed.push({ number: end });
      listedByKey.set(entry.key, { begin, ...(end ? { end } : {}), entry, authority: origin.kind !== 'draft' });
    }
  }
  const forms = new BatesForms(uses, listed);
  const readings: BatesReading[] = [];
  for (const use of uses) {
    const list = use.exhibit && !use.exhibit.of ? listedByKey.get(use.exhibit.key) : undefined;
    if (!list) {
      readings.push({ use });
      continue;
    }
    // The exhibit list decides both the number and how it is written; the draft's own index
    // decides the number, and the draft's other numbers how it is written.
    const listFinding = listComparison(ctx, use, list, forms);
    readings.push(listFinding ? { use, list, listFinding } : { use, list });
  }
  return { readings, forms };
}

/**
 * Whether the list row settles a number: an exhibit list outside the draft always does; the
 * draft's own index does when it found something. The form and conflict checks then skip it.
 */
export function settledByList(r: BatesReading): boolean {
  return r.list !== undefined && (r.list.authority || r.listFinding !== undefined);
}

/** Every Bates number in the cites, in document order. */
function batesUses(cites: readonly ExhibitCite[]): BatesUse[] {
  const uses: BatesUse[] = [];
  for (const { cite: c, detail, labels } of cites) {
    const all = detail.defines?.cited ? [detail.defines.cited, ...detail.bates] : detail.bates;
    if (all.length === 0) continue;
    const exhibit = labels.length === 1 && !labels[0].through ? { label: labels[0].label, key: labels[0].key, ...(detail.of ? { of: detail.of } : {}) } : undefined;
    for (const range of all) {
      const beginSpan = c.parts?.[range.beginPart];
      if (beginSpan) uses.push({ cite: c, number: range.begin, span: beginSpan, range, isEnd: false, ...(exhibit ? { exhibit } : {}) });
      const endSpan = range.endPart ? c.parts?.[range.endPart] : undefined;
      if (range.end && endSpan && !range.shortEnd) uses.push({ cite: c, number: range.end, span: endSpan, range, isEnd: true, ...(exhibit ? { exhibit } : {}) });
    }
  }
  return uses;
}

/** The Bates numbers a source gives an exhibit. */
export interface ListedExhibit {
  begin: BatesNumber;
  end?: BatesNumber;
  entry: ExhibitEntry;
  /** An exhibit list or file name (outside the draft), whose spelling of the number is the one to follow. */
  authority: boolean;
}

/** The draft's number against the exhibit list's row for the same exhibit. */
function listComparison(ctx: RuleContext, use: BatesUse, list: ListedExhibit, forms: BatesForms): Finding | undefined {
  const where = listName(list.entry);
  const listedText = list.end ? `${list.begin.text}–${list.end.text}` : list.begin.text;
  const n = use.number;
  if (batesWithin(n, list.begin, list.end)) {
    if (!list.authority) return undefined;
    // The same page: only its spelling can be wrong. Write it as the list does.
    const width = list.begin.digits.length;
    if (n.prefix === list.begin.prefix && n.digits.length === width) return undefined;
    const fixed = rewriteBates(n, list.begin.prefix, width);
    const what = n.digits.length !== width ? `has ${n.digits.length} digits where ${where} has ${width}` : `is written ${describeSeparators(n.prefix)} where ${where} writes ${describeSeparators(list.begin.prefix)}`;
    return malformed(use, use.span, `Bates number ${n.text} ${what} (${list.begin.text} for Ex. ${list.entry.label}).`, [
      replaceFix(ctx, use, fixed, `Write ${fixed} as in ${where}`, forms.exampleSpan(list.begin.prefix), true),
    ]);
  }
  if (!list.end && use.range.role === 'pin' && n.party === list.begin.party && compareBates(n, list.begin) >= 0) return undefined; // a page after the first; the list gives no end
  const fixes: Fix[] = [];
  if (use.range.role === 'cited' && !use.range.end) {
    const target = list.begin.text;
    fixes.push(replaceFix(ctx, use, target, `Write ${target}, the first Bates number of Ex. ${list.entry.label} in ${where}`, forms.exampleSpan(list.begin.prefix)));
  }
  const other = forms.width(n);
  const also = other !== undefined && other !== n.digits.length ? ` (It also has ${n.digits.length} digits where the other ${forms.name(n.party)} numbers have ${other}.)` : '';
  return conflict(ctx, use, `Ex. ${list.entry.label} is cited with ${n.text}, but ${where} gives ${listedText}.${also}`, undefined, fixes);
}

function listName(entry: ExhibitEntry): string {
  const d = entry.definitions.find((x) => x.batesBegin !== undefined) ?? entry.definitions[0];
  if (d.origin.kind === 'manifest') return baseName(d.origin.path ?? 'the exhibit list');
  if (d.origin.kind === 'folder') return `the file name ${baseName(d.origin.path ?? '')}`;
  return "this draft's exhibit index";
}

/** Width, separators and prefix against the other numbers of the same party. */
/** `with underscores`, `with spaces`, `with hyphens`, `without separators`, or a mix. */
export function describeSeparators(prefix: string): string {
  const kinds = new Set<string>();
  for (const ch of prefix) {
    if (ch === '_') kinds.add('underscores');
    else if (ch === ' ') kinds.add('spaces');
    else if (ch === '-') kinds.add('hyphens');
  }
  if (kinds.size === 0) return prefix === prefix.toUpperCase() ? 'without separators' : `as ${prefix}`;
  return `with ${[...kinds].join(' and ')}`;
}

/**
 * How each producing party's Bates numbers are written in this draft and its exhibit list:
 * digit widths (counted over distinct numbers, so a number cited ten times counts once) and
 * prefixes (counted over every time a number is written). A form is dominant only when at least
 * two agree and they outnumber every other form.
 */
export class BatesForms {
  private readonly widths = new Map<string, Map<number, Set<string>>>();
  private readonly prefixes = new Map<string, Map<string, number>>();
  private readonly examples = new Map<string, Span>();
  private readonly parties = new Map<string, number>();

  constructor(uses: BatesUse[], listed: ListedBates[]) {
    const add = (n: BatesNumber, span?: Span, short?: boolean) => {
      if (!short) {
        let byWidth = this.widths.get(n.party);
        if (!byWidth) this.widths.set(n.party, (byWidth = new Map()));
        let set = byWidth.get(n.digits.length);
        if (!set) byWidth.set(n.digits.length, (set = new Set()));
        set.add(batesKey(n));
      }
      let byPrefix = this.prefixes.get(n.party);
      if (!byPrefix) this.prefixes.set(n.party, (byPrefix = new Map()));
      byPrefix.set(n.prefix, (byPrefix.get(n.prefix) ?? 0) + 1);
      if (span && !this.examples.has(n.prefix)) this.examples.set(n.prefix, span);
    };
    for (const u of uses) add(u.number, u.span, u.isEnd && u.range.shortEnd);
    for (const l of listed) add(l.number);
    for (const [party, byWidth] of this.widths) {
      const all = new Set<string>();
      for (const s of byWidth.values()) for (const k of s) all.add(k);
      this.parties.set(party, all.size);
    }
  }

  /** The dominant digit width of a party's numbers, if there is one. */
  width(n: BatesNumber, party = n.party): number | undefined {
    const byWidth = this.widths.get(party);
    if (!byWidth) return undefined;
    let total = 0;
    let best: number | undefined;
    let bestCount = 0;
    for (const [w, set] of byWidth) {
      total += set.size;
      if (set.size > bestCount) [best, bestCount] = [w, set.size];
    }
    return bestCount >= 2 && bestCount * 2 > total ? best : undefined;
  }

  /** The prefix most of a party's numbers are written with, if one clearly dominates. */
  dominantPrefix(n: BatesNumber): string | undefined {
    const byPrefix = this.prefixes.get(n.party);
    if (!byPrefix || byPrefix.size < 2) return undefined;
    const sorted = [...byPrefix].sort((a, b) => b[1] - a[1]);
    const [best, count] = sorted[0];
    return count >= 2 && count > sorted[1][1] ? best : undefined;
  }

  /** A party's name for messages: its most used prefix without the trailing separator (`MSFT_AICPY`). */
  name(party: string): string {
    const byPrefix = this.prefixes.get(party);
    if (!byPrefix || byPrefix.size === 0) return party;
    const prefix = [...byPrefix].sort((a, b) => b[1] - a[1])[0][0];
    return prefix.replace(/[ _-]+$/, '');
  }

  /** Where a prefix is written in the draft, to copy its escaping. */
  exampleSpan(prefix: string): Span | undefined {
    return this.examples.get(prefix);
  }

  /**
   * A party whose prefix `n`'s differs from by one letter (or two swapped), used by at least
   * three distinct numbers while `n`'s is used by one: a likely typo (`MSFT_AICYP_`).
   */
  likelyTypoOf(n: BatesNumber): { party: string; prefix: string; count: number } | undefined {
    if ((this.parties.get(n.party) ?? 0) !== 1 || n.party.length < 4) return undefined;
    for (const [party, count] of this.parties) {
      if (party === n.party || count < 3 || party.length !== n.party.length || !oneSlip(party, n.party)) continue;
      const byPrefix = this.prefixes.get(party)!;
      const prefix = [...byPrefix].sort((a, b) => b[1] - a[1])[0][0];
      return { party, prefix, count };
    }
    return undefined;
  }
}

/** Whether two strings of one length differ by one character or by two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  const diffs: number[] = [];
  for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
  if (diffs.length === 1) return true;
  return diffs.length === 2 && diffs[1] === diffs[0] + 1 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
}

/**
 * A fix that writes `replacement` over a Bates number, escaped as the draft escapes: like the
 * number itself when it has escapes (`MSFT\_AICPY`), else like `model` (a number written the
 * dominant way elsewhere in the draft).
 */
export function replaceFix(ctx: RuleContext, use: BatesUse, replacement: string, title: string, model?: Span, preferred = false): Fix {
  const reader = ctx.analysis.reader;
  const own = ctx.analysis.draft.text.slice(use.span.start, use.span.end);
  const escaped = own.includes('\\') || !model ? reader.escapeLike(use.span.start, use.span.end, replacement) : reader.escapeLike(model.start, model.end, replacement);
  const fix: Fix = { title, edits: [{ start: use.span.start, end: use.span.end, newText: escaped }] };
  if (preferred) fix.preferred = true;
  return fix;
}

export function malformed(use: BatesUse, span: Span, message: string, fixes: Fix[]): Finding {
  return { code: 'bates-malformed', severity: 'warning', start: span.start, end: span.end, citations: [use.cite.id], message, fixes };
}

export function conflict(ctx: RuleContext, use: BatesUse, message: string, other: BatesUse | undefined, fixes: Fix[]): Finding {
  const f: Finding = { code: 'exhibit-bates-conflict', severity: 'error', start: use.span.start, end: use.span.end, citations: [use.cite.id], message, fixes };
  if (other) {
    f.citations!.push(other.cite.id);
    f.related = [{ ...other.span, message: `${other.number.text} at line ${lineOf(ctx, other.span.start)}` }];
  }
  return f;
}

