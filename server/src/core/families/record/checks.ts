/**
 * The record family's checks, made in one pass per draft (each rule takes its own findings).
 */
import { sharedKey, type RuleContext } from '../../analysis';
import { findingsOf } from '../../rules/rule';
import type { Citation, Finding } from '../../types';
import { readParagraphs, lineOf, pageOf, paragraphOf } from './readers';
import { recordCites, resolveRecordCite } from './catalog';
import { pinLocations, recordDetail } from './extract';
import type { CitedLocation, RecordCite, RecordDocument, RecordLocation } from './types';

const PASS = sharedKey<Map<string, Finding[]>>('record findings');

export function recordFindings(ctx: RuleContext, code: string): Finding[] {
  return findingsOf(ctx, PASS, runChecks, code);
}

/** The court rules `brieflint.localRules` may name that hold record cites to a form. */
const COURT_FORMS: Record<string, { rule: string; message: string }> = {
  '9th-cir': { rule: '9th-cir', message: 'The Ninth Circuit cites the excerpts of record by volume and page, as `1-ER-45`' },
  '5th-cir': { rule: '5th-cir', message: 'The Fifth Circuit cites the record on appeal as `ROA.123`' },
  '6th-cir': { rule: '6th-cir', message: 'The Sixth Circuit cites the district court record by Page ID, as `PageID #234`' },
};

function runChecks(ctx: RuleContext): Finding[] {
  const cites = recordCites(ctx.analysis);
  const out: Finding[] = [];
  statementUncited(ctx, out);
  if (!cites.length) return out;
  for (const rc of cites) rangeChecks(rc, out);
  styleChecks(ctx, cites, out);
  const record = ctx.sources.record;
  if (!record || (record.documents.length === 0 && record.folder === undefined)) {
    const first = cites[0].cite;
    out.push({
      code: 'record-source-missing',
      severity: 'information',
      start: first.start,
      end: first.end,
      message: `${cites.length === 1 ? 'A record cite' : `${cites.length} record cites`}, but no record was found to check ${cites.length === 1 ? 'it' : 'them'} against: put the record files in a folder \`record/\` beside the draft or at the workspace root (or set brieflint.record.folder, --record on the command line).`,
      fixes: [],
      citations: [first.id],
    });
    return out;
  }
  idPins(ctx, out);
  for (const rc of cites) {
    const { document, ambiguous } = resolveRecordCite(rc.cite, ctx.sources);
    const name = rc.cite.document ?? rc.cite.text;
    if (!document && ambiguous && rc.detail.type === 'pages' && ambiguous.every((d) => d.firstPage !== undefined)) {
      // The volumes of one appendix, none of which holds the page.
      const first = Math.min(...ambiguous.map((d) => d.firstPage!));
      const last = Math.max(...ambiguous.map((d) => d.lastPage ?? d.firstPage!));
      const page = rc.detail.locations[0].location.page;
      out.push({ code: 'record-location-missing', severity: 'error', start: rc.cite.start, end: rc.cite.end, message: `${name}: no volume holds page ${page} (its ${ambiguous.length} volumes run from page ${first} to ${last}).`, fixes: [], citations: [rc.cite.id] });
      continue;
    }
    if (!document) {
      const why = ambiguous
        ? `${ambiguous.length} record documents answer to it (${ambiguous.slice(0, 3).map((d) => d.name).join(', ')}); name it in record.csv`
        : record.index
          ? 'no row of the record index names it, and no file of the record folder matches it'
          : `no file of the record folder has a name beginning "${name}"`;
      out.push({ code: 'record-unresolved', severity: 'error', start: rc.cite.start, end: rc.cite.end, message: `${name} is not in the record: ${why}.`, fixes: [], citations: [rc.cite.id] });
      continue;
    }
    for (const loc of rc.detail.locations) {
      const missing = missingLocation(document, loc.location, rc);
      if (missing) {
        const span = rc.cite.parts?.[loc.part] ?? rc.cite;
        out.push({ code: 'record-location-missing', severity: 'error', start: span.start, end: span.end, message: `${name}: ${missing}.`, fixes: [], citations: [rc.cite.id] });
      }
    }
  }
  return out;
}

/**
 * `Smith Dep. 45:3; id. at 48:2`: an `Id.` that refers to a record cite is checked at its own pin,
 * against the same document.
 */
function idPins(ctx: RuleContext, out: Finding[]): void {
  const citations = ctx.analysis.citations;
  let byId: Map<string, Citation> | undefined;
  for (const c of citations) {
    if (c.kind !== 'id' || c.antecedent === undefined || c.pinCite === undefined) continue;
    byId ??= new Map(citations.map((x) => [x.id, x]));
    const target = byId.get(c.antecedent);
    const detail = target && recordDetail(target);
    if (!target || !detail) continue;
    const { document } = resolveRecordCite(target, ctx.sources);
    if (!document) continue;
    const span = c.parts?.pinCite ?? c;
    for (const loc of pinLocations(c.pinCite, detail.type)) {
      const missing = missingLocation(document, loc.location, { cite: target, detail });
      if (missing) out.push({ code: 'record-location-missing', severity: 'error', start: span.start, end: span.end, message: `${target.document ?? target.text} (${c.text}): ${missing}.`, fixes: [], citations: [c.id, target.id] });
    }
  }
}

/** Why `location` is not in `document`, or undefined when it is (or cannot be told). */
export function missingLocation(document: RecordDocument, location: RecordLocation, rc: RecordCite): string | undefined {
  const content = document.content;
  if (rc.detail.type === 'paragraphs' && location.paragraph !== undefined) {
    if (!content || content.kind !== 'paragraphs') return undefined;
    const last = content.paragraphs[content.paragraphs.length - 1]?.number ?? 0;
    for (const n of [location.paragraph, location.endParagraph ?? location.paragraph]) {
      if (!paragraphOf(content, n)) return n > last ? `there is no ¶ ${n}; the last paragraph is ¶ ${last}` : `there is no ¶ ${n}`;
    }
    return undefined;
  }
  if (rc.detail.type === 'transcript' && location.page !== undefined) {
    if (!content || content.kind !== 'transcript') return undefined;
    const lastPage = content.pages[content.pages.length - 1].number;
    const ends: Array<[number, number | undefined]> = [[location.page, location.line]];
    if (location.endPage !== undefined) ends.push([location.endPage, location.endLine]);
    for (const [p, l] of ends) {
      const page = pageOf(content, p);
      if (!page) return p > lastPage ? `there is no page ${p}; the transcript ends at page ${lastPage}` : `the transcript has no page ${p}`;
      if (l !== undefined && !lineOf(page, l)) {
        const lines = page.lines[page.lines.length - 1]?.number ?? 0;
        return `page ${p} has ${lines} line${lines === 1 ? '' : 's'}; there is no line ${l}`;
      }
    }
    return undefined;
  }
  if (rc.detail.type === 'pages' && location.page !== undefined) {
    const ends = [location.page, location.endPage ?? location.page];
    const range = rc.detail.key === 'pageid' && document.pageIdFirst !== undefined
      ? { first: document.pageIdFirst, last: document.pageIdLast, what: 'Page IDs' }
      : { first: document.firstPage ?? 1, last: document.lastPage ?? (content && content.pages.length > 1 ? (document.firstPage ?? 1) + content.pages.length - 1 : undefined), what: 'pages' };
    if (range.last === undefined) return undefined;
    for (const p of ends) {
      if (p < range.first || p > range.last) return `${p} is outside its ${range.what} (${range.first}–${range.last})`;
    }
  }
  return undefined;
}

function rangeChecks(rc: RecordCite, out: Finding[]): void {
  for (const loc of rc.detail.locations) {
    if (!runsBackwards(loc.location)) continue;
    const span = rc.cite.parts?.[loc.part] ?? rc.cite;
    out.push({
      code: 'record-range-backwards',
      severity: 'error',
      start: span.start,
      end: span.end,
      message: `This range runs backwards: it ends (${endText(loc.location)}) before it begins (${startText(loc.location)}).`,
      fixes: [],
      citations: [rc.cite.id],
    });
  }
}

export function runsBackwards(l: RecordLocation): boolean {
  if (l.paragraph !== undefined) return (l.endParagraph ?? l.paragraph) < l.paragraph;
  if (l.page === undefined) return false;
  const endPage = l.endPage ?? l.page;
  if (endPage !== l.page) return endPage < l.page;
  return l.line !== undefined && l.endLine !== undefined && l.endLine < l.line;
}

function startText(l: RecordLocation): string {
  if (l.paragraph !== undefined) return `¶ ${l.paragraph}`;
  return l.line !== undefined ? `${l.page}:${l.line}` : `page ${l.page}`;
}

function endText(l: RecordLocation): string {
  if (l.paragraph !== undefined) return `¶ ${l.endParagraph}`;
  return l.endLine !== undefined ? `${l.endPage}:${l.endLine}` : `page ${l.endPage}`;
}

function styleChecks(ctx: RuleContext, cites: RecordCite[], out: Finding[]): void {
  const local = new Set(ctx.settings.localRules);
  const courtFixed = new Set<RecordCite>();
  // The court's form, where a local rule asks for it.
  for (const rc of cites) {
    const form = rc.detail.courtForm;
    if (!form || !local.has(form.rule)) continue;
    courtFixed.add(rc);
    const rule = COURT_FORMS[form.rule];
    const fixes = form.text ? [{ title: `Write ${form.text}`, edits: [{ start: rc.cite.start, end: rc.cite.end, newText: form.text }], preferred: true }] : [];
    out.push({
      code: 'record-style-inconsistent',
      severity: 'warning',
      start: rc.cite.start,
      end: rc.cite.end,
      message: `${rule.message} (brieflint.localRules: ${form.rule}), not \`${rc.cite.text}\`${form.text ? '' : '; the volume is not known here'}.`,
      fixes,
      citations: [rc.cite.id],
    });
  }
  // One document in several forms: the forms other than the one used most (the first among equals).
  const byDocument = new Map<string, RecordCite[]>();
  for (const rc of cites) {
    // Forms are compared among cites of one shape: `Smith Dep. 45:3` beside `Smith Dep. at 47:2`
    // is two forms; beside `Smith Dep. at 45` (a page) it is not, nor `Jones Decl. ¶ 5` beside `Jones Decl. at 3`.
    const lines = rc.detail.locations.some((l) => l.location.line !== undefined);
    const key = `${rc.detail.key.split('|')[0]}|${rc.detail.type}|${lines}`;
    const list = byDocument.get(key);
    if (list) list.push(rc);
    else byDocument.set(key, [rc]);
  }
  for (const list of byDocument.values()) {
    // Where the court's rule sets the form, its findings above say which form to use.
    if (list.some((rc) => rc.detail.courtForm && local.has(rc.detail.courtForm.rule))) continue;
    const counts = new Map<string, number>();
    for (const rc of list) counts.set(rc.detail.form, (counts.get(rc.detail.form) ?? 0) + 1);
    if (counts.size < 2) continue;
    let major = list[0].detail.form;
    for (const [form, n] of counts) if (n > (counts.get(major) ?? 0)) major = form;
    const example = list.find((rc) => rc.detail.form === major)!;
    for (const rc of list) {
      if (rc.detail.form === major || courtFixed.has(rc)) continue;
      out.push({
        code: 'record-style-inconsistent',
        severity: 'warning',
        start: rc.cite.start,
        end: rc.cite.end,
        message: `${rc.cite.document} is cited in several forms: \`${rc.cite.text}\` here, \`${example.cite.text}\` ${counts.get(major) === 1 ? 'elsewhere' : `in ${counts.get(major)} other cites`}.`,
        fixes: [],
        related: [{ start: example.cite.start, end: example.cite.end, message: 'the form used most' }],
        citations: [rc.cite.id],
      });
    }
  }
  // A range with a hyphen: the en dash is certain.
  for (const rc of cites) {
    if (courtFixed.has(rc)) continue;
    const hyphens = rc.detail.locations.filter((l: CitedLocation) => l.dash === '-' && l.dashPart && rc.cite.parts?.[l.dashPart]);
    if (!hyphens.length) continue;
    const edits = hyphens.map((l) => ({ ...rc.cite.parts![l.dashPart!], newText: '–' }));
    out.push({
      code: 'record-style-inconsistent',
      severity: 'warning',
      start: edits[0].start,
      end: edits[edits.length - 1].end,
      message: 'A record range takes an en dash (–), not a hyphen.',
      fixes: [{ title: 'Use an en dash', edits: edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })), preferred: true }],
      citations: [rc.cite.id],
    });
  }
}

/** Titles that make a draft a statement of undisputed facts. */
const STATEMENT_TITLE = /statement of (?:undisputed|uncontested|uncontroverted)(?: material)? facts|statement of material facts|rule 56\.1 statement|56\.1 statement of/i;

/**
 * In a statement of undisputed facts (its title says so, within its first lines), each numbered
 * paragraph should cite the record: a record cite, an exhibit or a docket entry.
 */
function statementUncited(ctx: RuleContext, out: Finding[]): void {
  const { reader, citations } = ctx.analysis;
  const head = reader.text.slice(0, 1500);
  if (!STATEMENT_TITLE.test(head)) return;
  const { content } = readParagraphs(reader.text);
  if (!content) return;
  const support = citations.filter((c) => c.kind === 'record' || c.kind === 'exhibit' || c.kind === 'docket' || (c.kind === 'id' && c.antecedent !== undefined));
  let k = 0;
  for (const p of content.paragraphs) {
    const range = reader.toSourceRange(p.start, Math.max(p.start, p.end));
    while (k < support.length && support[k].end <= range.start) k++;
    if (k < support.length && support[k].start < range.end) continue;
    const lineEnd = reader.text.indexOf('\n', p.start);
    const first = reader.toSourceRange(p.start, lineEnd < 0 || lineEnd > p.end ? p.end : lineEnd);
    out.push({
      code: 'statement-uncited',
      severity: 'warning',
      start: first.start,
      end: Math.max(first.end, first.start),
      message: `¶ ${p.number} of this statement of facts cites no record evidence (a deposition, declaration, exhibit or docket entry).`,
      fixes: [],
    });
  }
}
