import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CheckSources } from '../../../server/src/core/check';
import { documentWords, matchQuote, quoteTokens } from '../../../server/src/core/families/record/quotes';
import { readRecordText } from '../../../server/src/core/families/record/readers';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { loadRecordSources } from '../../../server/src/service/recordSources';
import { nodeFileHost } from '../../../server/src/nodeHost';
import { applyFix, checkDraft } from '../helpers';

/** test/fixtures/quotes in the source tree (the tests run from out/test/unit/quotes). */
const FIXTURE = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'quotes');
const { record } = loadRecordSources(path.join(FIXTURE, 'brief.md'), FIXTURE, DEFAULT_SETTINGS, nodeFileHost);
const sources: CheckSources = record ? { record } : {};
const QUOTE_CODES = ['quote-not-found', 'quote-altered', 'quote-pin-mismatch'];

function quoteFindings(text: string, withSources: CheckSources = sources) {
  return checkDraft(text, { sources: withSources }).findings.filter((f) => QUOTE_CODES.includes(f.code));
}

function shown(text: string): string[] {
  return quoteFindings(text).map((f) => `${f.code} ${f.message}`);
}

describe('record quotations', () => {
  it('the fixture record is read: a transcript and a declaration', () => {
    assert.deepEqual(record?.documents.map((d) => [d.name, d.content?.kind]), [
      ['Garcia Dep.', 'transcript'],
      ['Lee Decl.', 'paragraphs'],
    ]);
  });

  it('an exact quotation at its pin: nothing', () => {
    assert.deepEqual(shown('She testified: “I never saw the email.” Garcia Dep. 10:5.\n'), []);
    assert.deepEqual(shown('She testified that "nobody sent it to me." (Garcia Dep. 10:5–6.)\n'), []);
    assert.deepEqual(shown('Lee found “no record of the delivery to Alder Freight.” Lee Decl. ¶ 4.\n'), []);
  });

  it('across a transcript line break, a word hyphenated at the line end, and Q./A. markers', () => {
    assert.deepEqual(shown('“Nobody sent it to me, as far as I know.” Garcia Dep. 10:5–6.\n'), []);
    assert.deepEqual(shown('The numbers went “to the entire management group every Friday morning.” Garcia Dep. 10:12–13.\n'), []);
    assert.deepEqual(shown('She was asked, “[D]id you ever see the email from Mr. Park about the forecast?” and answered “No.” Garcia Dep. 10:3–5.\n'), []);
  });

  it('brackets, [sic], ellipses and a trailing parenthetical', () => {
    assert.deepEqual(shown('“[She] never saw the email. [N]obody sent it to [her] . . . .” Garcia Dep. 10:5–6.\n'), []);
    assert.deepEqual(shown('“I never saw the email … as far as I know.” Garcia Dep. 10:5–6.\n'), []);
    assert.deepEqual(shown('“I told them the shipment would be late ... until the first week of April.” Garcia Dep. 11:20–22.\n'), []);
    assert.deepEqual(shown('“I *never* saw the email (emphasis added).” Garcia Dep. 10:5.\n'), []);
  });

  it('a Markdown block quotation with the cite on the next line', () => {
    const draft = 'She said:\n\n> I told them the shipment would be late and that the\n> customer would have to wait until the first week of April.\n\nGarcia Dep. 11:20–22.\n';
    assert.deepEqual(shown(draft), []);
    const wrong = '> I told them the shipment would be early.\n(Garcia Dep. 11:20.)\n';
    assert.deepEqual(quoteFindings(wrong).map((f) => f.code), ['quote-altered']);
  });

  it('quote-altered: the difference word by word', () => {
    assert.deepEqual(shown('“I always saw the email.” Garcia Dep. 10:5.\n'), [
      'quote-altered This quotation differs from Garcia Dep. at 10:5 beyond what brackets and ellipses mark: "always" in the draft, "never" in the record.',
    ]);
    assert.deepEqual(shown('“I never saw the email. Nobody sent it, as far as I know.” Garcia Dep. 10:5–6.\n'), [
      'quote-altered This quotation differs from Garcia Dep. at 10:5–6 beyond what brackets and ellipses mark: "to me" in the record, left out without an ellipsis.',
    ]);
    const f = quoteFindings('Lee found “no record of any delivery to Alder Freight.” Lee Decl. ¶ 4.\n');
    assert.deepEqual(f.map((x) => x.message), ['This quotation differs from Lee Decl. at ¶ 4 beyond what brackets and ellipses mark: "any" in the draft, "the" in the record.']);
  });

  it('quote-not-found: an invented quotation, on the quotation', () => {
    const text = 'She admitted, “I deleted every file on the server.” Garcia Dep. 10:5.\n';
    const f = quoteFindings(text);
    assert.deepEqual(f.map((x) => [x.code, x.severity, text.slice(x.start, x.end)]), [['quote-not-found', 'error', 'I deleted every file on the server.']]);
    assert.equal(f[0].message, 'Garcia Dep. does not contain this quotation ("i deleted every file on the server").');
  });

  it('quote-pin-mismatch: at the wrong page, with a fix rewriting the pin; the fixed draft checks clean', () => {
    const text = '“I told them the shipment would be late.” Garcia Dep. 10:20–21.\n';
    const f = quoteFindings(text);
    assert.deepEqual(f.map((x) => x.message), ['This quotation is in Garcia Dep. at 11:20, not at 10:20–21.']);
    assert.equal(f[0].fixes[0].title, 'Cite 11:20');
    const fixed = applyFix(text, f[0].fixes[0]);
    assert.equal(fixed, '“I told them the shipment would be late.” Garcia Dep. 11:20.\n');
    assert.deepEqual(quoteFindings(fixed), []);
    // Across a page break of the record, and in a declaration's paragraphs.
    const para = '“The warehouse shipped forty-two orders in March 2023.” Lee Decl. ¶ 4.\n';
    const g = quoteFindings(para);
    assert.deepEqual(g.map((x) => x.message), ['This quotation is in Lee Decl. at ¶ 3, not at ¶ 4.']);
    assert.equal(applyFix(para, g[0].fixes[0]), '“The warehouse shipped forty-two orders in March 2023.” Lee Decl. ¶ 3.\n');
  });

  it('a question asked many times: found at its pin, whichever occurrence the pin names', () => {
    assert.deepEqual(shown('“Where are you employed?” Garcia Dep. 12:23.\n'), []);
    assert.deepEqual(shown('He was asked “[w]here [he was] employed.” Garcia Dep. 11:4.\n'), []);
    assert.deepEqual(shown('“Where are you employed?” Garcia Dep. 12:5.\n'), ['quote-pin-mismatch This quotation is in Garcia Dep. at 10:7, not at 12:5.']);
  });

  it('a phrase said many times close together: found at the pin among them', () => {
    const lines: string[] = ['1'];
    for (let n = 1; n <= 25; n++) lines.push(`${String(n).padStart(2)}   A.   I do not recall.`);
    const content = readRecordText(lines.join('\n')).content!;
    const many: CheckSources = { record: { documents: [{ name: 'Roe Dep.', key: 'roe dep', content }], problems: [] } };
    assert.deepEqual(quoteFindings('“I do not recall.” Roe Dep. 1:17.\n', many), []);
    assert.deepEqual(quoteFindings('“I do not recall.” Roe Dep. 1:16–18.\n', many), []);
    assert.deepEqual(quoteFindings('“I do recall.” Roe Dep. 1:17.\n', many).map((f) => f.message), [
      'This quotation differs from Roe Dep. at 1:17 beyond what brackets and ellipses mark: "not" in the record, left out without an ellipsis.',
    ]);
  });

  it('quote-pin-mismatch: an Id. at its own pin, a paragraph range, two locations', () => {
    const text = 'Garcia Dep. 12:7. She said “I never saw the email.” Id. at 11:3.\n';
    const f = quoteFindings(text);
    assert.deepEqual(f.map((x) => x.message), ['This quotation is in Garcia Dep. at 10:5, not at 11:3.']);
    assert.equal(applyFix(text, f[0].fixes[0]), 'Garcia Dep. 12:7. She said “I never saw the email.” Id. at 10:5.\n');
    // A paragraph range whose quotation is in one paragraph: `¶¶` becomes `¶`.
    const range = '“The warehouse shipped forty-two orders in March 2023.” Lee Decl. ¶¶ 4–5.\n';
    const g = quoteFindings(range);
    assert.deepEqual(g.map((x) => x.message), ['This quotation is in Lee Decl. at ¶ 3, not at ¶¶ 4–5.']);
    assert.equal(applyFix(range, g[0].fixes[0]), '“The warehouse shipped forty-two orders in March 2023.” Lee Decl. ¶ 3.\n');
    // Two locations: no fix, both named.
    assert.deepEqual(quoteFindings('“I told them the shipment would be late.” Garcia Dep. 10:3, 12:4–5.\n').map((x) => [x.message, x.fixes.length]), [['This quotation is in Garcia Dep. at 11:20, not at 10:3, 12:4–5.', 0]]);
  });

  it('no finding: a quotation with no record cite, a cite of a document not read, no record at all', () => {
    assert.deepEqual(shown('He called it “a total fabrication of events.” The court disagreed. Garcia Dep. 10:5.\n'), []);
    assert.deepEqual(shown('“I deleted every file.” Lee Dep. 10:5.\n'), []);
    assert.deepEqual(quoteFindings('“I deleted every file.” Garcia Dep. 10:5.\n', {}), []);
    assert.deepEqual(shown('The “reasonable person” standard applies. Garcia Dep. 10:5.\n'), []);
    // Inch marks are not quotation marks.
    assert.deepEqual(shown('The 5" pipe and the 7" valve. "I never saw the email." Garcia Dep. 10:5.\n'), []);
    assert.deepEqual(shown('A 5" pipe. "I deleted every file." Garcia Dep. 10:5.\n').length, 1);
  });

  it('the matcher: tokens, and one index per read file', () => {
    assert.deepEqual(quoteTokens('[T]he “deal” . . . was [sic] off [emphasis]'), [
      { kind: 'word', word: 'the' },
      { kind: 'word', word: 'deal' },
      { kind: 'gap' },
      { kind: 'word', word: 'was' },
      { kind: 'word', word: 'off' },
      { kind: 'any' },
    ]);
    const content = readRecordText(' 1   Q.   Is it a long-\n 2        standing rule?\n 3   A.   Yes.\n 4   Q.   Why?\n 5   A.   Habit.\n').content!;
    const doc = documentWords(content);
    assert.deepEqual(doc.words, ['is', 'it', 'a', 'longstanding', 'rule', 'yes', 'why', 'habit']);
    assert.equal(documentWords(content), doc);
    assert.equal(matchQuote(quoteTokens('a longstanding rule'), doc).exact.length, 1);
    assert.equal(matchQuote(quoteTokens('a long-standing rule'), doc).exact.length, 1);
    assert.deepEqual(documentWords(readRecordText('1. A well-known e-mail — sent.\n').content!).words, ['a', 'wellknown', 'email', 'sent']);
  });

  it('a long record and many quotations stay quick', () => {
    const lines: string[] = [];
    for (let p = 1; p <= 400; p++) {
      lines.push(`${p}`);
      for (let n = 1; n <= 25; n++) lines.push(`${String(n).padStart(2)}   A.   line ${n} of page ${p} says word${(p * 25 + n) % 997} and more`);
    }
    const doc = documentWords(readRecordText(lines.join('\n')).content!);
    const started = Date.now();
    for (let i = 0; i < 500; i++) matchQuote(quoteTokens(`line 4 of page ${i % 400} says nothing and more`), doc);
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  });

  it('hostile quotations: unclosed brackets, long white space, hundreds of ellipses, a huge block', () => {
    const started = Date.now();
    const block = `> ${'[ '.repeat(50_000)}${' '.repeat(50_000)}(emphasis added\n> ${'the … '.repeat(2000)}\nGarcia Dep. 10:5.\n`;
    const inline = `“${'[a '.repeat(1000)}” Garcia Dep. 10:5. “${'“'.repeat(5000)} Garcia Dep. 10:5.\n`;
    for (const text of [block, inline]) checkDraft(text, { sources });
    const lines: string[] = [];
    for (let p = 1; p <= 200; p++) {
      lines.push(`${p}`);
      for (let n = 1; n <= 25; n++) lines.push(`${String(n).padStart(2)}   A.   the and the of the`);
    }
    const doc = documentWords(readRecordText(lines.join('\n')).content!);
    const result = matchQuote(quoteTokens('the … '.repeat(300) + 'zebra'), doc);
    assert.equal(result.exact.length, 0);
    assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
  });
});
