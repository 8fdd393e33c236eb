import type { Rule } from '../../../rules/rule';
import type { Citation, Finding, Fix } from '../../../types';
import type { Edition } from '../tables';
import { caseDetail } from '../types';
import { CaseCitations, findEach } from './shared';

/**
 * `reporter-nonstandard`: a full or short case citation whose reporter is a known one written
 * otherwise than the Bluebook writes it (`F.Supp.2d` for `F. Supp. 2d`; runs of white space
 * count as one space). The preferred fix writes the Bluebook spelling the variant stands for.
 *
 * Silent for an unknown reporter (`reporter-unknown`), and when no edition was chosen for the
 * citation; without a Bluebook spelling to write (an edition spelt several ways, none of them
 * matching), it reports with no fix.
 */
export const reporterNonstandard: Rule = {
  info: {
    code: 'reporter-nonstandard',
    severity: 'warning',
    summary: 'A known reporter written in a variant form; the fix writes the Bluebook form.',
    example: '60 F.Supp.2d 913',
  },
  check: (ctx) => findEach(ctx, ['case', 'case-short'], nonstandardReporter),
};

function nonstandardReporter(c: Citation, cases: CaseCitations, index: number): Finding | undefined {
  const d = caseDetail(c);
  const span = c.parts?.reporter;
  const edition = cases.editionAt(index);
  if (!span || d.reporterKnown !== true || d.reporterCanonical !== false || !edition) return undefined;
  const written = c.reporterAsWritten ?? cases.written(span);
  const canonical = canonicalSpelling(edition, written);
  const fixes: Fix[] = canonical
    ? [{
        title: `Change "${written}" to "${canonical}"`,
        edits: [{ start: span.start, end: span.end, newText: cases.reader.escapeLike(span.start, span.end, canonical) }],
        preferred: true,
      }]
    : [];
  return {
    code: 'reporter-nonstandard',
    severity: 'warning',
    start: span.start,
    end: span.end,
    citations: [c.id],
    message: `The Bluebook abbreviates the ${edition.name} "${canonical ?? edition.abbreviation}", not "${written}".`,
    fixes,
  };
}

/** The Bluebook spelling of `edition` that `written` stands for (`IL App (2d)` for `IL App(2d)`). */
function canonicalSpelling(edition: Edition, written: string): string | undefined {
  if (edition.spellings.length === 1) return edition.spellings[0];
  const bare = (s: string) => s.replace(/\s+/g, '').replace(/[’]/g, "'");
  return edition.spellings.find((s) => bare(s) === bare(written));
}
