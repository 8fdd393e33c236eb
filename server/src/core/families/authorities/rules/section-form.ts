import type { Rule } from '../../../rules/rule';
import type { Citation, Finding } from '../../../types';
import { uscTitleExists } from '../tables';
import { authorityDetail } from '../types';

const KINDS = new Set(['statute', 'regulation', 'secondary']);

/**
 * `section-form`: a statute or regulation cite out of Bluebook form (rule 3.3, 12.9): no space
 * after `§` (`§106`), the code's name without its periods or without `§` (`17 USC 106`), one `§`
 * for a span (`§ 101-103` → `§§ 101–103`), `Section` written out in a citation (`42 U.S.C.
 * Section 1983`). A title of the U.S. Code that does not exist (`99 U.S.C. § 1`) is said here
 * too: `reporter-unknown` is the cases family's code, and the catalogue holds each code once.
 */
export const sectionForm: Rule = {
  info: {
    code: 'section-form',
    severity: 'warning',
    summary: 'A statute or rule cite out of form (`§106`, `17 USC 106`, `§ 101-103` for a span, `Section` in a citation), or a U.S. Code title that does not exist.',
    example: 'See 17 USC 106; 17 U.S.C. §106; 17 U.S.C. § 101-103; 42 U.S.C. Section 1983; 99 U.S.C. § 1.',
  },
  check: (ctx) => {
    const source = ctx.analysis.draft.text;
    const findings: Finding[] = [];
    for (const c of ctx.analysis.citations) {
      if (!KINDS.has(c.kind)) continue;
      const f = sectionFinding(c, source);
      if (f) findings.push(f);
    }
    return findings;
  },
};

function sectionFinding(c: Citation, source: string): Finding | undefined {
  const d = authorityDetail(c);
  const code = c.parts?.code;
  const section = c.parts?.section;
  const federal = d.code === 'U.S.C.' || d.code === 'C.F.R.';
  const base = { code: 'section-form', severity: 'warning' as const, start: c.start, end: c.end, citations: [c.id] };
  if (d.code === 'U.S.C.' && d.title && !uscTitleExists(d.title)) {
    return { ...base, message: `The United States Code has no title ${d.title} (titles 1 to 54; 53 is reserved).`, fixes: [] };
  }
  if (!section) return undefined;
  // `17 USC 106`, `17 U.S.C. 106`: the code's name, a section sign, a space.
  if (federal && code) {
    const written = source.slice(code.start, section.start);
    const want = `${d.code} ${(d.sections?.length ?? 1) > 1 ? '§§' : '§'} `;
    if (/^(?:U\.S\.C\.|C\.F\.R\.)\s*(?:§§?|Sections?|Secs?\.|secs?\.|sections?)?\s*$/.test(written) === false || !/§/.test(written)) {
      if (!/\bpt\.|\bparts?\b/.test(written)) {
        return {
          ...base,
          message: `Write "${c.authority}": the code as ${d.code}, then a section sign and a space (Bluebook rule 12.9).`,
          fixes: [{ title: `Write "${want.trim()}"`, edits: [{ start: code.start, end: section.start, newText: want }], preferred: true }],
        };
      }
    }
  }
  const before = source.slice(Math.max(c.start, section.start - 12), section.start);
  // `§106`: a space after the section sign.
  const tight = /§§?$/.exec(before);
  if (tight) {
    return {
      ...base,
      message: `Put a space after "${tight[0]}" (Bluebook rule 6.2(c)).`,
      fixes: [{ title: `Write "${tight[0]} "`, edits: [{ start: section.start, end: section.start, newText: ' ' }], preferred: true }],
    };
  }
  // `Section 1983` in a citation.
  const word = /(?:Sections?|Secs?\.|secs?\.|sections?) $/.exec(before);
  if (word) {
    const sign = /^S?ections|^secs|^Secs/i.test(word[0]) && /s\.? $|s $/.test(word[0]) ? '§§' : '§';
    const start = section.start - word[0].length;
    return {
      ...base,
      message: `Write "${sign}" for "${word[0].trim()}" in a citation (Bluebook rule 6.2(c)).`,
      fixes: [{ title: `Write "${sign} "`, edits: [{ start, end: section.start, newText: `${sign} ` }], preferred: true }],
    };
  }
  // `§ 101-103` (a span of U.S. Code or C.F.R. sections) or `§ 101–103`: two signs and an en dash.
  const span = /^(\d+)\s?[-–]\s?(\d+)$/.exec(source.slice(section.start, c.parts?.pinCite?.start ?? spanEnd(source, section.start, c.end)));
  const single = /(?:^|[^§])§ ?$/.test(before);
  if (federal && single && span && Number(span[2]) > Number(span[1])) {
    const signAt = source.lastIndexOf('§', section.start);
    const end = section.start + span[0].length;
    return {
      ...base,
      message: `A span of sections takes two section signs and an en dash: "§§ ${span[1]}–${span[2]}" (Bluebook rule 3.3(b)).`,
      fixes: [{ title: `Write "§§ ${span[1]}–${span[2]}"`, edits: [{ start: signAt, end, newText: `§§ ${span[1]}–${span[2]}` }], preferred: true }],
    };
  }
  return undefined;
}

/** The end of a span of sections from `start`: digits, dashes and blanks. */
function spanEnd(source: string, start: number, limit: number): number {
  let e = start;
  while (e < limit && /[\d\-– ]/.test(source[e])) e++;
  while (e > start && source[e - 1] === ' ') e--;
  return e;
}
