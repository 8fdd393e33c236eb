import type { RuleContext } from '../../../analysis';
import type { Rule } from '../../../rules/rule';
import type { Finding, Fix } from '../../../types';
import { compareBates } from '../bates';
import { BatesForms, batesInputsOf, BatesUse, describeSeparators, malformed, replaceFix, settledByList } from './batesUses';

/**
 * `bates-malformed`: a Bates number written unlike the rest of its producing party's (digit
 * width, separators, a prefix one slip away from a common one), unlike the exhibit list's row
 * for the same exhibit, or a range that runs backwards or across parties. Separators and
 * prefixes are fixed; a wrong digit count is not (no digit is invented).
 */
export const batesMalformed: Rule = {
  info: {
    code: 'bates-malformed',
    severity: 'warning',
    summary: 'A Bates number whose width, separators or prefix differ from the rest of its producing party, or a range that runs backwards.',
    example: 'MSFT_AICPY_00588353 beside MSFT_AICPY_000591635',
  },
  check: (ctx) => {
    const { readings, forms } = batesInputsOf(ctx);
    const findings: Finding[] = [];
    for (const r of readings) {
      if (!r.use.isEnd) for (const f of rangeFindings(r.use)) findings.push(f);
      if (r.listFinding?.code === 'bates-malformed') findings.push(r.listFinding);
      if (settledByList(r)) continue;
      const f = formFindings(ctx, r.use, forms);
      if (f) findings.push(f);
    }
    return findings;
  },
};

/** A range that runs backwards or crosses from one party's numbers to another's. */
function rangeFindings(use: BatesUse): Finding[] {
  const { begin, end } = use.range;
  if (!end) return [];
  const endSpan = use.range.endPart ? use.cite.parts?.[use.range.endPart] : undefined;
  const span = { start: use.span.start, end: endSpan?.end ?? use.span.end };
  if (begin.party !== end.party) {
    return [malformed(use, span, `The Bates range ${begin.text}–${end.text} starts with one prefix and ends with another; a range runs within one producing party's numbers.`, [])];
  }
  if (compareBates(end, begin) < 0) {
    return [malformed(use, span, `The Bates range ${begin.text}–${end.text} runs backwards: its end comes before its start.`, [])];
  }
  return [];
}

/** Width, separators and prefix against the other numbers of the same party. */
function formFindings(ctx: RuleContext, use: BatesUse, forms: BatesForms): Finding | undefined {
  const n = use.number;
  const problems: string[] = [];
  let prefix = n.prefix;
  let preferred = true;
  const typo = forms.likelyTypoOf(n);
  if (typo) {
    problems.push(`its prefix ${n.prefix.trim()} differs from ${typo.prefix.trim()}, which ${typo.count} other Bates numbers here use`);
    prefix = typo.prefix;
    preferred = false;
  }
  const party = typo ? typo.party : n.party;
  const width = forms.width(n, party);
  const widthWrong = width !== undefined && width !== n.digits.length && !use.range.shortEnd;
  if (widthWrong) problems.push(`it has ${n.digits.length} digits where the other ${forms.name(party)} numbers have ${width}; a digit may be missing or extra`);
  const dominant = typo ? undefined : forms.dominantPrefix(n);
  if (dominant !== undefined && dominant !== n.prefix) {
    problems.push(`it is written ${describeSeparators(n.prefix)} where the other ${forms.name(party)} numbers are written ${describeSeparators(dominant)}`);
    prefix = dominant;
  }
  if (problems.length === 0) return undefined;
  const fixes: Fix[] = [];
  // Separators and prefix can be fixed; a wrong digit count cannot (no digit is invented), and a
  // fix that left the number wrong would only hide that it still needs a person.
  if (prefix !== n.prefix && !widthWrong) {
    const replacement = prefix + n.digits;
    fixes.push(replaceFix(ctx, use, replacement, `Write ${replacement}`, forms.exampleSpan(prefix), preferred));
  }
  return malformed(use, use.span, `Bates number ${n.text}: ${problems.join('; ')}.`, fixes);
}

