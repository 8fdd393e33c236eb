import type { Rule } from '../../../rules/rule';
import type { Citation, Finding, Fix, Span } from '../../../types';
import { nameHolds } from '../names';
import { caseDetail } from '../types';
import { CaseCitations, findEach } from './shared';

/**
 * `citation-incomplete`: a full case citation with no year (`60 F.3d 913, 920`), or with a year
 * but no court where the reporter does not imply one (`(1994)` after F.3d). It is checked once
 * per authority, at its last parallel citation (the parenthetical follows it), and reported over
 * the whole authority. Where the draft cites the same case elsewhere with its parenthetical, the
 * fix copies that parenthetical (or its court) and says from which line.
 *
 * Silent for an unknown reporter, public-domain citations and citations with no edition chosen;
 * for reporters whose citation holds the year and names the court (`T.C. Memo. 2019-12`); and
 * when something other than a court-and-year parenthetical follows (it may hold the year).
 */
export const citationIncomplete: Rule = {
  info: {
    code: 'citation-incomplete',
    severity: 'warning',
    summary: 'A full citation without its year, or without the court where the reporter does not imply it.',
    example: '60 F.3d 913, 920',
  },
  check: (ctx) => findEach(ctx, ['case'], incomplete),
};

function incomplete(c: Citation, cases: CaseCitations, index: number): Finding | undefined {
  const d = caseDetail(c);
  if ((d.members ?? 1) - 1 !== (d.member ?? 0)) return undefined; // the parenthetical follows the last parallel citation
  if (d.reporterKnown === false || d.form === 'neutral') return undefined;
  const at = principalIndex(c, index, cases);
  const principal = cases.citations[at];
  const edition = cases.editionAt(at);
  if (!edition) return undefined;
  const tables = cases.tables;
  // `T.C. Memo. 2019-12`, `2020 WI 5`: the year is the volume and the reporter names the court.
  const yearInCitation = edition.volumeIsYear || edition.form === 'reporter-year-dash-number';
  if (yearInCitation && tables.impliedCourt(edition)) return undefined;
  let message: string;
  let fixes: Fix[];
  if (d.parenthetical === 'none') {
    const model = sameCaseWithParenthetical(principal, cases);
    const insertAt = c.parts?.pinCite?.end ?? c.parts?.page?.end ?? c.end;
    fixes = model
      ? [{ title: `Add "${model.text}" (as cited at line ${cases.line(model.span.start)})`, edits: [{ start: insertAt, end: insertAt, newText: ` ${model.text}` }] }]
      : [];
    message = edition.volumeIsYear
      ? `This citation to ${edition.abbreviation} has no parenthetical with the court and the date of decision ("(S.D.N.Y. Mar. 3, 2020)").`
      : `This full citation has no year${tables.impliedCourt(edition) ? '' : ' and no court'}: add a parenthetical such as "(${tables.impliedCourt(edition) ? '' : 'court '}year)".`;
  } else {
    if (d.parenthetical !== 'court-year' || c.court || tables.impliedCourt(edition)) return undefined;
    const model = sameCaseWithParenthetical(principal, cases);
    const parenSpan = c.parts?.parenthetical;
    fixes = model && model.court && parenSpan
      ? [{
          title: `Add the court "${model.court}" (as cited at line ${cases.line(model.span.start)})`,
          edits: [{ start: parenSpan.start + 1, end: parenSpan.start + 1, newText: `${model.court} ` }],
        }]
      : [];
    message = `The parenthetical names no court, and ${edition.abbreviation} does not imply one: put the court before the year${model?.court ? ` ("${model.court}")` : ''}.`;
  }
  // Over the whole authority, from its first parallel citation to this last one.
  return { code: 'citation-incomplete', severity: 'warning', start: principal.start, end: c.end, citations: [c.id], message, fixes };
}

/** The index of the first of the parallel citations of the citation at `index` (`index` when it is the first). */
function principalIndex(c: Citation, index: number, cases: CaseCitations): number {
  const d = caseDetail(c);
  if (!d.member) return index;
  for (let k = index - 1; k >= 0 && index - k <= (d.member ?? 0); k--) {
    const p = cases.citations[k];
    if (caseDetail(p).authority === d.authority && !caseDetail(p).member) return k;
  }
  return index;
}

/** Another full citation of the same case (volume, reporter, page) with a court-and-year parenthetical. */
function sameCaseWithParenthetical(c: Citation, cases: CaseCitations): { text: string; court?: string; span: Span } | undefined {
  const sameReporter = cases.fullByReporter(c.volume, c.reporter) ?? [];
  for (const o of sameReporter.slice(0, 64)) {
    if (o === c || o.page !== c.page) continue;
    if (c.caseName && o.caseName && !nameHolds(o.caseName, c.caseName) && !nameHolds(c.caseName, o.caseName)) continue;
    const last = lastMember(o, cases);
    const paren = last.parts?.parenthetical;
    if (caseDetail(last).parenthetical !== 'court-year' || !paren) continue;
    return { text: cases.written(paren), court: last.court, span: paren };
  }
  return undefined;
}

/** The last of a citation's parallel citations (where its parenthetical is). */
function lastMember(c: Citation, cases: CaseCitations): Citation {
  const d = caseDetail(c);
  const index = cases.indexOf(c) ?? 0;
  const last = index + ((d.members ?? 1) - 1 - (d.member ?? 0));
  const candidate = cases.citations[last];
  return candidate && caseDetail(candidate).authority === d.authority ? candidate : c;
}
