import type { Draft } from '../../analysis';
import { readingOrder } from './footnotes';
import { nameHolds, nameWords } from './names';
import { caseDetail } from './types';
import type { Citation } from '../../types';

/**
 * Links short forms to what they refer to, setting `antecedent` to the citation's id:
 *
 * - `Id.` → the immediately preceding authority of any kind (case, statute, rule, docket entry,
 *   exhibit). Within a case, that is its first (principal) citation: parallel citations, subsequent
 *   history and authorities cited inside its explanatory parenthetical do not displace it. After a
 *   string of several authorities `Id.` is ambiguous: no antecedent, `detail.ambiguous` and the
 *   candidates are recorded (the rule `id-ambiguous` reports it). `Id.` after `Id.` follows the
 *   first one. `Id.` right after a record cite no extractor reads (`Smith Decl. ¶ 12; id. ¶ 14`)
 *   gets no antecedent: it refers to that record cite.
 * - A short cite (`60 F.3d at 920`) → the latest earlier full citation with the same volume and
 *   reporter; among several, the one whose name holds the short cite's name, else the one whose
 *   first page is the last at or before the pin cite.
 * - `Texaco, supra` → the latest earlier full citation whose case name holds `Texaco`.
 *
 * "Before" and "earlier" are in reading order: a footnote's citations stand at its marker
 * (`footnotes.ts`), so `Id.` in a footnote refers to what was cited just before the marker.
 */
export function resolveCitations(all: Citation[], draft?: Draft): void {
  // A footnote is read at its marker (footnotes.ts): citations in reading order.
  const { order: citations, notes } = draft ? readingOrder(all, draft.text) : { order: all, notes: undefined };
  markRepeatedCitations(citations);
  const byId = idIndex(citations);
  const principalOf = new Map<string, Citation>(); // authority key → its first citation
  const stringMembers = new Map<string, Citation[]>(); // string key → principal citations
  const fullCases = new FullCitationIndex();
  let previous: Citation | undefined; // the authority an `Id.` would refer to (a principal citation)
  let previousString: string | undefined; // the string citation `previous` was cited in, when it was cited in full just now
  let previousId: Citation | undefined; // the `Id.` just before, if it came after `previous`
  // A string citation that goes on with short forms (`…, 87 N.Y.2d 384 (1995); Cohen, supra, at 14`): its authorities.
  let shortString: Citation[] | undefined;

  let last: Citation | undefined; // the citation just before, of any family
  // What `Id.` refers to in the text when a footnote opens: restored when the note ends.
  let note = 0;
  let beforeNote: [typeof previous, typeof previousString, typeof previousId, typeof shortString] | undefined;
  for (let k = 0; k < citations.length; k++) {
    const c = citations[k];
    const before = last;
    last = c;
    const d = caseDetail(c);
    const inNote = notes ? notes[k] : 0;
    if (inNote !== note) {
      if (note !== 0 && beforeNote) [previous, previousString, previousId, shortString] = beforeNote;
      if (inNote !== 0) beforeNote = [previous, previousString, previousId, shortString];
      note = inNote;
    }
    switch (c.kind) {
      case 'id': {
        const chain = previousId;
        if (caseDetail(c).afterRecordCite && before?.kind !== 'record') {
          // `Smith Decl. ¶ 12; id. ¶ 14` where the record cite was not read (no extractor knows its
          // form): it refers to that cite, not to the authority before it.
        } else if (caseDetail(c).afterRecordCite && before) {
          // `Smith Dep. 45:3; id. at 47:2`: the record cite just before.
          c.antecedent = before.id;
        } else if (chain) {
          const cd = caseDetail(chain);
          if (chain.antecedent) c.antecedent = chain.antecedent;
          else if (cd.ambiguous || cd.ambiguousChain) c.detail = { ...c.detail, ambiguousChain: true };
        } else if (previous) {
          const pd = caseDetail(previous);
          const members = shortString ?? (previousString ? stringMembers.get(previousString) : undefined);
          if (members && (shortString !== undefined || (pd.stringSize ?? 1) > 1)) {
            // The pin cite may tell: `Id. § 1332` after a case and a statute means the statute.
            const fitting = members.filter((m) => pinFits(c.pinCite, m));
            if (fitting.length === 1) c.antecedent = fitting[0].id;
            else c.detail = { ...c.detail, ambiguous: true, candidates: members.map((m) => m.id) };
          } else {
            c.antecedent = previous.id;
          }
        }
        previousId = c;
        continue;
      }
      case 'case-short': {
        const target = shortCiteTarget(c, fullCases);
        if (target) c.antecedent = target.id;
        break;
      }
      case 'supra': {
        const target = supraTarget(c, fullCases);
        if (target) c.antecedent = target.id;
        break;
      }
      case 'case':
        fullCases.add(c);
        break;
    }
    previousId = undefined;
    // A short form that joins the string before it adds its authority to the string's.
    if ((c.kind === 'case-short' || c.kind === 'supra') && d.joinsString && previous) {
      const base = shortString ?? (previousString ? stringMembers.get(previousString) : undefined) ?? [previous];
      const member = c.antecedent ? principalFor(byId(c.antecedent)!, principalOf) : c;
      shortString = base.includes(member) ? base : [...base, member];
      if (shortString.length === 1) shortString = undefined;
    } else {
      shortString = undefined;
    }
    // What an `Id.` after this citation refers to.
    previousString = undefined;
    if (c.kind === 'case-short' || c.kind === 'supra') {
      // `Id.` after a short form refers to the same authority, whatever string it was first cited in.
      previous = c.antecedent ? principalFor(byId(c.antecedent)!, principalOf) : c;
    } else if (d.authority) {
      if ((d.member ?? 0) === 0) principalOf.set(d.authority, c);
      const outer = d.nestedIn ?? d.historyOf;
      if (outer && principalOf.has(outer)) {
        previous = principalOf.get(outer);
      } else {
        previous = principalOf.get(d.authority) ?? c;
        if (d.string && (d.member ?? 0) === 0) {
          const list = stringMembers.get(d.string) ?? [];
          list.push(c);
          stringMembers.set(d.string, list);
        }
      }
      previousString = previous ? caseDetail(previous).string : undefined;
    } else {
      previous = c;
    }
  }
}

/** Finds a citation by id: by position when ids are `c1…cN` in order (as `analyze` numbers them), else by a map. */
function idIndex(citations: Citation[]): (id: string) => Citation | undefined {
  let map: Map<string, Citation> | undefined;
  return (id) => {
    const at = citations[Number(id.slice(1)) - 1];
    if (at && at.id === id) return at;
    map ??= new Map(citations.map((c) => [c.id, c]));
    return map.get(id);
  };
}

/**
 * A full citation without a parenthetical that repeats an earlier full citation of the same
 * volume, reporter and page (`Smith, 2020 WL 1234567, at *3` after the full cite) is a short form:
 * its kind becomes `case-short` and its detail says `repeated`. Done here, over the whole draft,
 * so that extraction stays a function of each paragraph alone.
 */
function markRepeatedCitations(citations: Citation[]): void {
  // Citation key → the names its full citations give (a few distinct ones are enough to compare).
  const seen = new Map<string, Set<string>>();
  for (const c of citations) {
    if (c.kind !== 'case') continue;
    const d = caseDetail(c);
    // Only a cite without a parenthetical can be a repeat; only one with a court and year is remembered.
    const repeatable = d.parenthetical === 'none' && (d.members ?? 1) === 1 && !d.historyOf;
    if (!repeatable && d.parenthetical !== 'court-year') continue;
    const key = `${c.volume}|${c.reporter}|${c.page}`;
    const names = seen.get(key);
    if (repeatable) {
      if (names !== undefined && (!c.caseName || holdsAny(names, c.caseName))) {
        c.kind = 'case-short';
        // A new detail: the extractor's record may be shared (the re-check reuses it).
        c.detail = { ...c.detail, repeated: true };
      }
      continue;
    }
    const set = names ?? new Set<string>();
    if (set.size < 8) set.add(c.caseName ?? '');
    seen.set(key, set);
  }
}

/** Whether one of `names` is empty or holds `name`, or `name` holds it. */
function holdsAny(names: Set<string>, name: string): boolean {
  for (const n of names) if (n === '' || nameHolds(n, name) || nameHolds(name, n)) return true;
  return false;
}

/** Whether an `Id.` pin cite can point into `c`: a section (`§ 107`) into a statute or rule, a page into a case. */
function pinFits(pin: string | undefined, c: Citation): boolean {
  if (!pin) return true;
  if (pin.startsWith('§')) return c.kind !== 'case' && c.kind !== 'case-short' && c.kind !== 'supra' && c.kind !== 'docket' && c.kind !== 'exhibit';
  if (/^\*?\d/.test(pin)) return c.kind === 'case' || c.kind === 'supra' || c.kind === 'case-short';
  return true;
}

function principalFor(c: Citation, principalOf: Map<string, Citation>): Citation {
  const authority = caseDetail(c).authority;
  return (authority && principalOf.get(authority)) || c;
}

/** How many earlier citations a short form is compared with, latest first (keeps resolution linear). */
const MAX_CANDIDATES = 64;

/** Earlier full citations, by volume and reporter and by the words of their names. */
class FullCitationIndex {
  /** Reporter → volume → citations (nested maps: no key string made per citation). */
  private readonly byReporter = new Map<string | undefined, Map<string | undefined, Citation[]>>();
  private readonly byWord = new Map<string, Citation[]>();

  add(c: Citation): void {
    let volumes = this.byReporter.get(c.reporter);
    if (!volumes) this.byReporter.set(c.reporter, (volumes = new Map()));
    const list = volumes.get(c.volume);
    if (list) list.push(c);
    else volumes.set(c.volume, [c]);
    if ((caseDetail(c).member ?? 0) === 0 && c.caseName) {
      const words = nameWords(c.caseName);
      // Each word once (a name has a handful: a scan is cheaper than a set).
      for (let i = 0; i < words.length; i++) if (words.indexOf(words[i]) === i) push(this.byWord, words[i], c);
    }
  }

  /** The latest full citations of the volume and reporter (read only). */
  sameReporter(c: Citation): readonly Citation[] {
    return latest(this.byReporter.get(c.reporter)?.get(c.volume));
  }

  /** The latest full citations whose name has `word` (read only). */
  withWord(word: string): readonly Citation[] {
    return latest(this.byWord.get(word));
  }
}

const NONE: readonly Citation[] = [];

function latest(list: Citation[] | undefined): readonly Citation[] {
  if (!list) return NONE;
  return list.length <= MAX_CANDIDATES ? list : list.slice(-MAX_CANDIDATES);
}

function push(map: Map<string, Citation[]>, key: string, c: Citation): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

function shortCiteTarget(c: Citation, index: FullCitationIndex): Citation | undefined {
  const candidates = index.sameReporter(c).filter((f) => !c.page || f.page === c.page);
  if (candidates.length <= 1) return candidates[0];
  if (c.caseName) {
    const named = candidates.filter((f) => nameHolds(f.caseName, c.caseName!));
    if (named.length > 0) return named[named.length - 1];
  }
  const pin = Number.parseInt(c.pinCite ?? '', 10);
  if (Number.isFinite(pin)) {
    let best: Citation | undefined;
    for (const f of candidates) {
      const page = Number(f.page);
      if (page <= pin && (!best || page >= Number(best.page))) best = f;
    }
    if (best) return best;
  }
  return candidates[candidates.length - 1];
}

function supraTarget(c: Citation, index: FullCitationIndex): Citation | undefined {
  if (!c.caseName) return undefined;
  const words = nameWords(c.caseName);
  if (words.length === 0) return undefined;
  const candidates = index.withWord(words[0]);
  for (let k = candidates.length - 1; k >= 0; k--) {
    if (nameHolds(candidates[k].caseName, c.caseName)) return candidates[k];
  }
  return undefined;
}
