import type { Rule } from '../../../rules/rule';
import type { Citation, Finding, Fix, Span } from '../../../types';
import { shortName } from '../names';
import { caseDetail } from '../types';
import { CaseCitations, findEach } from './shared';

/**
 * `id-ambiguous`: an `Id.` right after a string citation of several authorities
 * (`See A, 1 F.3d 1; B, 2 F.3d 2. Id. at 3.`), where a reader cannot tell which one it means.
 * The message and the related locations name the candidates; a fix for each writes its short
 * form in place of the word `Id.` (the name the draft itself uses for the case in a short form,
 * or a short name made from its full name, in the draft's emphasis), keeping the pin cite.
 *
 * Silent for an `Id.` that resolution did not find ambiguous, and for the `Id.`s after an
 * ambiguous one (the first is reported). No fix for a candidate with an unknown reporter or no
 * volume and reporter, nor for a pin cite no case has (`Id. ¶ 5`).
 */
export const idAmbiguous: Rule = {
  info: {
    code: 'id-ambiguous',
    severity: 'warning',
    summary: 'Id. right after a string of several authorities.',
    example: 'See A, 1 F.3d 1; B, 2 F.3d 2. Id. at 3.',
  },
  check: (ctx) => {
    let names: Map<string, string> | undefined;
    const shortNames = (cases: CaseCitations) => (names ??= shortNamesUsed(cases));
    return findEach(ctx, ['id'], (c, cases) => ambiguousId(c, cases, shortNames));
  },
};

function ambiguousId(c: Citation, cases: CaseCitations, shortNames: (cases: CaseCitations) => Map<string, string>): Finding | undefined {
  const d = caseDetail(c);
  if (!d.ambiguous || !d.candidates) return undefined;
  const candidates = d.candidates.map((id) => cases.byId(id)).filter((x): x is Citation => x !== undefined);
  const names = candidates.map((x) => x.caseName ?? x.text);
  const fixes: Fix[] = [];
  for (const target of candidates) {
    const fix = replaceId(c, target, cases, shortNames);
    if (fix) fixes.push(fix);
  }
  return {
    code: 'id-ambiguous',
    severity: 'warning',
    start: c.start,
    end: c.end,
    citations: [c.id, ...candidates.map((x) => x.id)],
    message: `"${c.text}" follows a string of ${candidates.length} authorities (${names.join('; ')}); a reader cannot tell which one it means. Use a short form of the one meant.`,
    fixes,
    related: candidates.map((x) => ({ start: x.start, end: x.end, message: x.caseName ?? x.text })),
  };
}

/**
 * A fix that writes a short form of `target` in place of `Id.`: the word `Id.` (with emphasis
 * markers that wrap just it) becomes `Roe, 410 U.S.`; the pin cite after it (` at 178`) stays.
 */
function replaceId(c: Citation, target: Citation, cases: CaseCitations, shortNames: (cases: CaseCitations) => Map<string, string>): Fix | undefined {
  if (c.pinCite && !/^\*?\d/.test(c.pinCite)) return undefined; // `Id. ¶ 5` has no short form of a case
  let lead: string;
  if (target.kind === 'statute' || target.kind === 'rule') {
    if (c.pinCite) return undefined;
    lead = target.text;
  } else if (target.kind === 'case' && target.volume && target.reporter && caseDetail(target).reporterKnown !== false) {
    const word = idWord(c, cases.source);
    const name = shortNames(cases).get(caseKey(target)) ?? (target.caseName ? shortName(target.caseName) : undefined);
    const styled = name ? (word.insideEmphasis ? name : emphasised(target, name)) : undefined;
    lead = `${styled ? `${styled}, ` : ''}${target.volume} ${target.reporter}${c.pinCite ? '' : ` ${target.page ?? ''}`}`.trimEnd();
  } else {
    return undefined;
  }
  const word = idWord(c, cases.source);
  const shortForm = `${lead.replace(/[*_]/g, '')}${c.pinCite ? ` at ${c.pinCite}` : ''}`;
  return { title: `Replace "${c.text}" with "${shortForm}"`, edits: [{ start: word.start, end: word.end, newText: lead }] };
}

/**
 * The source span of the word `Id.` of an `Id.` citation, widened over emphasis markers that
 * wrap just the word (`*Id.*`); and whether the word sits inside a longer emphasis (`*See id.*`).
 */
function idWord(c: Citation, source: string): Span & { insideEmphasis: boolean } {
  const length = /^(?:Ibid|ibid)\./.test(c.text) ? 5 : 3;
  let start = c.start;
  let end = c.start + length;
  const before = source[start - 1];
  if ((before === '*' || before === '_') && source[end] === before) {
    start--;
    end++;
    return { start, end, insideEmphasis: false };
  }
  // Inside a longer emphasis: a marker closes after the word before the line ends.
  const rest = source.slice(end, Math.min(source.length, end + 40));
  const closes = /^[^\n*_]*[*_]/.test(rest) && (source.lastIndexOf('*', start) > source.lastIndexOf('\n', start) || source.lastIndexOf('_', start) > source.lastIndexOf('\n', start));
  return { start, end, insideEmphasis: closes };
}

/** The first name each case (volume, reporter, page) is given in a short form or supra (`Iqbal, 556 U.S. at 678`). */
function shortNamesUsed(cases: CaseCitations): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of cases.citations) {
    if ((c.kind !== 'case-short' && c.kind !== 'supra') || !c.antecedent || !c.caseName) continue;
    const target = cases.byId(c.antecedent);
    if (target && !names.has(caseKey(target))) names.set(caseKey(target), c.caseName);
  }
  return names;
}

/** `name` wrapped in the emphasis marker the draft puts around `target`'s case name, if any. */
function emphasised(target: Citation, name: string): string {
  const marker = caseDetail(target).nameMarker;
  return marker ? `${marker}${name}${marker}` : name;
}

/** One case, however often cited in full: its volume, reporter and first page. */
function caseKey(c: Citation): string {
  return `${c.volume}|${c.reporter}|${c.page}`;
}
