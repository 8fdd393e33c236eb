/**
 * A validator of the JSON contract of `brieflint check --format json` (DESIGN.md, version 1),
 * written from the design document, not from `report.ts`, so that a change to either one that
 * breaks the other shows up as a failing test. It returns every problem it finds, as sentences.
 * One addition to DESIGN.md's example: a fix's edit of another file than the draft (a row added
 * to the exhibit list) carries that file's `path`, and `create: true` when it makes the file.
 */
import { isRuleCode } from '../../server/src/core/rules/catalogue';

const TOP_KEYS = ['version', 'files'];
const FILE_KEYS = ['path', 'citations', 'diagnostics', 'error', 'sourceProblems', 'fixAll'];
const KINDS = ['case', 'case-short', 'id', 'supra', 'docket', 'case-number', 'exhibit', 'statute', 'rule'];
const SEVERITIES = ['error', 'warning', 'information', 'hint'];

/** Citation fields: name → the type its value must have. */
const CITATION_FIELDS: Record<string, 'string' | 'integer' | 'string[]'> = {
  id: 'string', kind: 'string', start: 'integer', end: 'integer', line: 'integer', column: 'integer', text: 'string',
  caseName: 'string', volume: 'string', reporter: 'string', reporterAsWritten: 'string', page: 'string',
  pinCite: 'string', court: 'string', year: 'integer', antecedent: 'string', entry: 'string',
  exhibits: 'string[]', bates: 'string[]',
};
const CITATION_REQUIRED = ['id', 'kind', 'start', 'end', 'line', 'column', 'text'];
const DIAGNOSTIC_KEYS = ['code', 'severity', 'start', 'end', 'line', 'column', 'message', 'fixes'];

/**
 * Problems with `json` as a report of the drafts `texts` (path → the file's text), or [] when it
 * keeps the contract. Offsets, lines and columns are checked against the text.
 */
export function contractProblems(json: unknown, texts: Record<string, string>): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  if (!isObject(json)) return ['the report is not an object'];
  extraKeys(json, TOP_KEYS, 'report', fail);
  if (json.version !== 1) fail('report', `version is ${JSON.stringify(json.version)}, not 1`);
  if (!Array.isArray(json.files)) return [...problems, 'report: files is not an array'];
  json.files.forEach((file, i) => {
    const where = `files[${i}]`;
    if (!isObject(file)) return fail(where, 'not an object');
    extraKeys(file, FILE_KEYS, where, fail);
    if (typeof file.path !== 'string' || file.path === '') return fail(where, 'path is not a non-empty string');
    const text = texts[file.path];
    if (text === undefined) return fail(where, `no text given for ${file.path}`);
    if (file.error !== undefined && (typeof file.error !== 'string' || file.error === '')) fail(where, 'error is not a non-empty string');
    if (file.error === undefined && (!Array.isArray(file.citations) || !Array.isArray(file.diagnostics))) {
      fail(where, 'a checked file needs citations and diagnostics arrays');
    }
    const lines = lineStarts(text);
    const ids = new Set<string>();
    (Array.isArray(file.citations) ? file.citations : []).forEach((c, k) => citationProblems(c, k, `${where}.citations[${k}]`, text, lines, ids, fail));
    if (file.sourceProblems !== undefined) {
      if (!Array.isArray(file.sourceProblems) || file.sourceProblems.length === 0) fail(where, 'sourceProblems is not a non-empty array');
      else file.sourceProblems.forEach((p, k) => sourceProblemProblems(p, `${where}.sourceProblems[${k}]`, fail));
    }
    const fixAllCodes = fixAllProblems(file.fixAll, where, text, fail);
    let lastStart = -1;
    (Array.isArray(file.diagnostics) ? file.diagnostics : []).forEach((d, k) => {
      const at = `${where}.diagnostics[${k}]`;
      diagnosticProblems(d, at, text, lines, fixAllCodes, fail);
      if (isObject(d) && typeof d.start === 'number') {
        if (d.start < lastStart) fail(at, 'diagnostics are not in document order');
        lastStart = d.start;
      }
    });
  });
  return problems;
}

function citationProblems(
  c: unknown, index: number, where: string, text: string, lines: number[], ids: Set<string>,
  fail: (where: string, what: string) => void,
): void {
  if (!isObject(c)) return fail(where, 'not an object');
  extraKeys(c, Object.keys(CITATION_FIELDS), where, fail);
  for (const key of CITATION_REQUIRED) if (!(key in c)) fail(where, `missing ${key}`);
  for (const [key, value] of Object.entries(c)) {
    const type = CITATION_FIELDS[key];
    if (!type) continue;
    if (type === 'string' && (typeof value !== 'string' || (value === '' && key !== 'text'))) fail(where, `${key} is ${JSON.stringify(value)}: a field that does not apply is left out, not empty`);
    if (type === 'integer' && !Number.isInteger(value)) fail(where, `${key} is ${JSON.stringify(value)}, not an integer`);
    if (type === 'string[]' && (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string' || v === ''))) {
      fail(where, `${key} is ${JSON.stringify(value)}, not a non-empty list of strings`);
    }
  }
  if (c.id !== `c${index + 1}`) fail(where, `id is ${JSON.stringify(c.id)}; ids run c1, c2, … in document order`);
  if (typeof c.kind === 'string' && !KINDS.includes(c.kind)) fail(where, `kind "${c.kind}" is not one of ${KINDS.join(', ')}`);
  spanProblems(c, where, text, lines, fail);
  if (typeof c.antecedent === 'string' && !ids.has(c.antecedent)) fail(where, `antecedent ${c.antecedent} is not an earlier citation`);
  if (typeof c.year === 'number' && (c.year < 1600 || c.year > 2200)) fail(where, `year ${c.year} is not a year`);
  if (typeof c.id === 'string') ids.add(c.id);
}

function diagnosticProblems(d: unknown, where: string, text: string, lines: number[], fixAllCodes: Set<string>, fail: (where: string, what: string) => void): void {
  if (!isObject(d)) return fail(where, 'not an object');
  extraKeys(d, DIAGNOSTIC_KEYS, where, fail);
  for (const key of DIAGNOSTIC_KEYS) if (!(key in d)) fail(where, `missing ${key}`);
  if (typeof d.code !== 'string' || !isRuleCode(d.code)) fail(where, `code ${JSON.stringify(d.code)} is not in the rule catalogue`);
  if (typeof d.severity !== 'string' || !SEVERITIES.includes(d.severity)) fail(where, `severity ${JSON.stringify(d.severity)} is not one of ${SEVERITIES.join(', ')}`);
  if (typeof d.message !== 'string' || d.message.trim() === '') fail(where, 'message is empty');
  spanProblems(d, where, text, lines, fail);
  if (!Array.isArray(d.fixes)) return fail(where, 'fixes is not an array');
  d.fixes.forEach((fix, k) => {
    const at = `${where}.fixes[${k}]`;
    if (!isObject(fix)) return fail(at, 'not an object');
    if (typeof fix.title !== 'string' || fix.title.trim() === '') fail(at, 'title is empty');
    // A fix of the whole draft is named by its rule's code; its edits are in the file's `fixAll`.
    if (fix.fixAll !== undefined) {
      extraKeys(fix, ['title', 'fixAll'], at, fail);
      if (typeof fix.fixAll !== 'string' || !isRuleCode(fix.fixAll)) fail(at, `fixAll ${JSON.stringify(fix.fixAll)} is not a rule code`);
      else if (!fixAllCodes.has(fix.fixAll)) fail(at, `the file lists no fixAll for ${fix.fixAll}`);
      return;
    }
    extraKeys(fix, ['title', 'edits'], at, fail);
    editsProblems(fix.edits, at, text, fail);
  });
}

/** The file's fixes of the whole draft: each once, with its code, title and edits. */
function fixAllProblems(list: unknown, where: string, text: string, fail: (where: string, what: string) => void): Set<string> {
  const codes = new Set<string>();
  if (list === undefined) return codes;
  if (!Array.isArray(list) || list.length === 0) {
    fail(where, 'fixAll is not a non-empty array');
    return codes;
  }
  list.forEach((fix, k) => {
    const at = `${where}.fixAll[${k}]`;
    if (!isObject(fix)) return fail(at, 'not an object');
    extraKeys(fix, ['code', 'title', 'edits'], at, fail);
    if (typeof fix.code !== 'string' || !isRuleCode(fix.code)) fail(at, `code ${JSON.stringify(fix.code)} is not in the rule catalogue`);
    else if (codes.has(fix.code)) fail(at, `${fix.code} is listed twice`);
    else codes.add(fix.code);
    if (typeof fix.title !== 'string' || fix.title.trim() === '') fail(at, 'title is empty');
    editsProblems(fix.edits, at, text, fail);
  });
  return codes;
}

/** The edits of a fix: a non-empty array, each inside the draft or naming the file it edits. */
function editsProblems(edits: unknown, at: string, text: string, fail: (where: string, what: string) => void): void {
  if (!Array.isArray(edits) || edits.length === 0) return fail(at, 'edits is not a non-empty array');
  edits.forEach((e, j) => {
    const ew = `${at}.edits[${j}]`;
    if (!isObject(e)) return fail(ew, 'not an object');
    // An edit of another file (an exhibit list) names it in `path`, and `create` when it makes the file.
    extraKeys(e, ['start', 'end', 'newText', 'path', 'create'], ew, fail);
    if (typeof e.newText !== 'string') fail(ew, 'newText is not a string');
    if (e.path !== undefined && (typeof e.path !== 'string' || e.path === '')) fail(ew, 'path is not a non-empty string');
    if (e.create !== undefined && e.create !== true) fail(ew, `create is ${JSON.stringify(e.create)}; it is true or left out`);
    if (e.create === true && e.path === undefined) fail(ew, 'an edit that creates a file must name it');
    const limit = e.path === undefined ? text.length : Infinity;
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || (e.start as number) < 0 || (e.start as number) > (e.end as number) || (e.end as number) > limit) {
      fail(ew, `range ${String(e.start)}–${String(e.end)} is not inside the ${e.path === undefined ? `draft (length ${text.length})` : 'file it names'}`);
    }
  });
}

/** A problem in a file the draft depends on (exhibit list, docket list, config), at its 1-based line and column. */
function sourceProblemProblems(p: unknown, where: string, fail: (where: string, what: string) => void): void {
  if (!isObject(p)) return fail(where, 'not an object');
  extraKeys(p, ['path', 'line', 'column', 'code', 'message'], where, fail);
  if (typeof p.path !== 'string' || p.path === '') fail(where, 'path is not a non-empty string');
  if (!Number.isInteger(p.line) || (p.line as number) < 1 || !Number.isInteger(p.column) || (p.column as number) < 1) fail(where, `line:column ${String(p.line)}:${String(p.column)} is not 1-based`);
  if (typeof p.code !== 'string' || p.code === '') fail(where, 'code is empty');
  if (typeof p.message !== 'string' || p.message.trim() === '') fail(where, 'message is empty');
}

/** start ≤ end inside the text, and line/column (1-based) naming the start. */
function spanProblems(o: Record<string, unknown>, where: string, text: string, lines: number[], fail: (where: string, what: string) => void): void {
  const { start, end, line, column } = o;
  if (typeof start !== 'number' || typeof end !== 'number') return;
  if (start < 0 || start > end || end > text.length) return fail(where, `range ${start}–${end} is not inside the draft (length ${text.length})`);
  const expected = positionOf(lines, start);
  if (line !== expected.line || column !== expected.column) {
    fail(where, `line:column is ${String(line)}:${String(column)}, but offset ${start} is at ${expected.line}:${expected.column}`);
  }
}

/** Offsets where lines start; a line ends at LF, CR LF or a lone CR, as LSP counts them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column (UTF-16 units) of `offset`. */
export function positionOf(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function extraKeys(o: Record<string, unknown>, allowed: string[], where: string, fail: (where: string, what: string) => void): void {
  for (const key of Object.keys(o)) if (!allowed.includes(key)) fail(where, `unexpected field "${key}"`);
  for (const [key, value] of Object.entries(o)) if (value === undefined || value === null) fail(where, `${key} is ${String(value)}; leave it out instead`);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
