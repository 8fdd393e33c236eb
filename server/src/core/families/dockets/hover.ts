import type { CheckResult } from '../../analysis';
import type { CheckSources, Citation } from '../../types';
import type { HoverContext } from '../family';
import { sameCase } from './caseNumbers';
import { entryKey } from './list';
import type { CaseNumberDetail, DocketCiteDetail, DocketEntryRef, DocketList } from './types';

/**
 * Hovers for docket references. On a docket cite: the entries, the pin cite and, with a docket
 * list, each entry's filing date and description. On a case number: its parts (office, year,
 * type, sequence, judges) and the court its parenthetical names.
 */
export function describeDocket(c: Citation, { result, sources }: HoverContext): string {
  return c.kind === 'case-number' ? describeCaseNumber(c, sources) : describeDocketCite(c, result, sources);
}

/** Entries shown with their date and description; a longer list or range is summarised. */
const MAX_SHOWN = 10;
/** Longest description shown; docket text can run to a page. */
const MAX_DESCRIPTION = 400;

function describeDocketCite(c: Citation, result: CheckResult, sources: CheckSources): string {
  const detail = c.detail as unknown as DocketCiteDetail | undefined;
  const refs = detail?.entries ?? [{ entry: c.entry ?? '', text: c.entry ?? '' }];
  const several = refs.length > 1 || refs.some((r) => r.through !== undefined);
  const lines: string[] = [`**Docket ${several ? 'entries' : 'entry'} ${md(refs.map((r) => r.text).join(', '))}**`];
  if (c.pinCite) lines.push(`Pin cite: ${md(c.pinCite)}${detail?.pin?.before ? ' (written before the docket cite)' : ''}`);
  const list = sources.docketList;
  if (list && list.entries.size > 0) {
    lines.push(entryLines(refs, list).join('\n'));
  } else if (!list) {
    lines.push('_No docket list: a `docket.csv` (entry, date, description) beside the draft, or the setting `brieflint.docket.list`, shows what each entry is._');
  }
  const times = timesCited(c, result);
  if (times > 1) lines.push(`Cited ${times} times in this draft.`);
  return lines.join('\n\n');
}

/** One bullet per entry named, with what the list says about it. */
function entryLines(refs: DocketEntryRef[], list: DocketList): string[] {
  const name = fileName(list.path);
  const out: string[] = [];
  const numbers: Array<{ ref: DocketEntryRef; entry: string }> = [];
  for (const ref of refs) {
    if (ref.through === undefined) {
      numbers.push({ ref, entry: ref.entry });
      continue;
    }
    for (let n = Number(ref.entry); n <= Number(ref.through) && numbers.length <= MAX_SHOWN; n++) numbers.push({ ref, entry: String(n) });
  }
  for (const { ref, entry } of numbers.slice(0, MAX_SHOWN)) {
    const found = list.entries.get(entryKey(entry));
    if (!found) {
      out.push(`- **${md(entry)}** · not on the docket list ${md(name)}`);
      continue;
    }
    const bits = [`**${md(ref.through === undefined ? ref.text : entry)}**`];
    if (found.date) bits.push(`filed ${md(found.date)}`);
    if (ref.attachment !== undefined) {
      const attachment = found.attachments?.get(String(Number(ref.attachment)));
      bits.push(attachment ? `attachment ${md(ref.attachment)}: ${md(clip(attachment))}` : `attachment ${md(ref.attachment)} of entry ${md(entry)}`);
    }
    if (found.description) bits.push(md(clip(found.description)));
    out.push(`- ${bits.join(' · ')}`);
  }
  if (numbers.length > MAX_SHOWN) out.push(`- … (${md(refs.map((r) => r.text).join(', '))} in all)`);
  return out;
}

/** How many docket cites in the draft name any of the same entries. */
function timesCited(c: Citation, result: CheckResult): number {
  const mine = new Set(entriesOf(c));
  return result.citations.filter((o) => o.kind === 'docket' && entriesOf(o).some((e) => mine.has(e))).length;
}

function entriesOf(c: Citation): string[] {
  const detail = c.detail as unknown as DocketCiteDetail | undefined;
  return (detail?.entries ?? []).map((r) => entryKey(r.entry));
}

const FORM_NAMES: Record<CaseNumberDetail['form'], string> = {
  district: 'federal district court case number',
  sdny: 'case number (Southern District of New York form)',
  'year-sequence': 'case number (year and sequence)',
  mdl: 'multidistrict litigation number',
  'ny-index': 'index number (New York Supreme Court)',
  'texas-appeal': 'case number (Texas court of appeals)',
  california: 'case number (California superior court)',
};

/** What `office` is in each form that has one. */
const OFFICE_WORDS: Partial<Record<CaseNumberDetail['form'], string>> = { 'texas-appeal': 'Court of appeals', california: 'Courthouse' };

function describeCaseNumber(c: Citation, sources: CheckSources): string {
  const d = c.detail as unknown as CaseNumberDetail | undefined;
  if (!d) return `**Case number** ${md(c.text)}`;
  const lines = [`**${md(d.form === 'mdl' ? `MDL No. ${d.number}` : d.number)}** — ${FORM_NAMES[d.form]}`];
  const parts: string[] = [];
  if (d.office) parts.push(`- ${OFFICE_WORDS[d.form] ?? 'Office'}: ${md(d.office)}`);
  if (d.year) parts.push(`- Year filed: ${d.year}`);
  if (d.type && d.form !== 'mdl') parts.push(`- Case type: ${md(d.type)}${d.typeName ? ` (${d.typeName})` : ''}`);
  parts.push(`- Sequence: ${md(d.sequence)}`);
  if (d.judges.length) parts.push(`- Judge${d.judges.length > 1 ? 's' : ''}: ${md(d.judges.join(', '))}`);
  if (d.defendant) parts.push(`- Defendant number: ${md(d.defendant)}`);
  if (d.court) parts.push(`- Court: ${md(d.court)}${d.courtName ? ` — ${md(d.courtName)}` : ''}`);
  if (d.date) parts.push(`- Date: ${md(d.date)}`);
  lines.push(parts.join('\n'));
  const list = sources.docketList;
  if (list?.docketNumber && sameCase(d, list.docketNumber)) {
    lines.push(`The docket list ${md(fileName(list.path))} is this case's docket${list.caseName ? ` (${md(list.caseName)})` : ''}.`);
  }
  return lines.join('\n\n');
}

function fileName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_DESCRIPTION ? `${one.slice(0, MAX_DESCRIPTION - 1)}…` : one;
}

/** Text from a docket list or the draft, shown literally in Markdown. */
function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`);
}
