import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sanitizeSettings } from '../../../server/src/core/settings';
import { formFixAll } from '../../../server/src/core/styles/fixAll';
import { styleInForce } from '../../../server/src/core/styles/index';
import { applyEdits } from '../../property/properties';
import { checkDraft } from '../helpers';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'styles');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const serious = (f: { severity: string }) => f.severity === 'error' || f.severity === 'warning';

describe('styles: correct briefs in each style', () => {
  it('a California brief: every case citation read with name, year and pin; nothing flagged under auto', () => {
    const text = fixture('california-brief.md');
    const result = checkDraft(text);
    const cases = result.citations.filter((c) => c.kind === 'case');
    assert.equal(cases.length, 6);
    for (const c of cases) {
      assert.ok(c.caseName, `name of ${c.text}`);
      assert.ok(c.year, `year of ${c.text}`);
      assert.ok(c.pinCite, `pin of ${c.text}`);
    }
    const baral = cases.find((c) => c.caseName === 'Baral v. Schnitt')!;
    assert.deepEqual([baral.year, baral.volume, baral.reporter, baral.page, baral.pinCite], [2016, '1', 'Cal. 5th', '376', '384']);
    assert.equal(cases.find((c) => c.caseName === 'Doe v. Roe')!.court, '9th Cir.');
    // Short forms: `Id. at p. 385`, `Baral, supra, 1 Cal.5th at p. 393` resolve with their pins.
    const supras = result.citations.filter((c) => c.kind === 'supra');
    assert.deepEqual(supras.map((s) => [s.caseName, s.pinCite, s.antecedent]), [['Baral', '393', baral.id], ['Baral v. Schnitt', '384–385', baral.id]]);
    const ids = result.citations.filter((c) => c.kind === 'id');
    assert.ok(ids.every((c) => c.antecedent), 'every Id. resolves');
    assert.ok(ids.some((c) => c.pinCite === '1062–1063'));
    // The code cites are statutes, and the `Id.` after one binds to it.
    const statutes = result.citations.filter((c) => c.kind === 'statute');
    assert.deepEqual(statutes.map((s) => s.text), ['Code Civ. Proc., § 425.16, subd. (e)(2)', 'Civ. Code, § 47, subd. (b)', 'Code Civ. Proc., § 425.16, subd. (b)(2)']);
    const afterCode = result.citations[result.citations.indexOf(statutes[0]) + 1];
    assert.equal(afterCode.kind, 'id');
    assert.equal(afterCode.antecedent, statutes[0].id);
    assert.equal(styleInForce(sanitizeSettings({}).settings, result.citations).label, 'California Style Manual (auto)');
    assert.deepEqual(result.findings.filter(serious).map((f) => `${f.code}: ${text.slice(f.start, f.end)}`), []);
  });

  it('a Washington brief: nothing flagged under wash-gr14, and Wash. 2d gets the fix to Wn.2d', () => {
    const text = fixture('washington-brief.md');
    const result = checkDraft(text, { settings: { localRules: ['wash-gr14'] } });
    const cases = result.citations.filter((c) => c.kind === 'case' && c.caseName && (c.reporter ?? '').startsWith('Wash'));
    assert.equal(cases.length, 3);
    for (const c of cases) assert.ok(c.year && c.pinCite, c.text);
    assert.deepEqual(result.findings.filter(serious).map((f) => f.code), []);
    const bluebookForm = text.replace('150 Wn.2d 489', '150 Wash. 2d 489');
    const flagged = checkDraft(bluebookForm, { settings: { localRules: ['wash-gr14'] } }).findings.filter((f) => f.code === 'reporter-nonstandard');
    assert.equal(flagged.length, 1);
    assert.match(flagged[0].message, /GR 14\(d\)/);
    assert.equal(flagged[0].fixes[0].edits[0].newText, 'Wn.2d');
  });

  it('a Bluebook brief: no findings at all, under auto and under each Bluebook-form style', () => {
    const text = fixture('bluebook-brief.md');
    for (const style of ['auto', 'bluebook-22', 'bluebook-21', 'indigo']) {
      const result = checkDraft(text, { settings: { style } });
      assert.deepEqual(result.findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`), [], style);
    }
  });
});

/** The findings of `codes` as `code "flagged text" → fix text`. */
function found(text: string, settings: unknown, codes: string[]): string[] {
  return checkDraft(text, { settings }).findings.filter((f) => codes.includes(f.code))
    .map((f) => `${f.code} "${text.slice(f.start, f.end)}" → ${f.fixes[0] ? JSON.stringify(f.fixes[0].edits.map((e) => e.newText).join('')) : 'none'}`);
}

const FORM = ['court-nonstandard', 'pin-range-form', 'signal-form', 'history-form', 'parenthetical-form'];
const PLANTED = `The rule is old. See e.g. Alpha Corp. v. Beta Inc., 60 F.3d 913, 920-921 (2nd Cir. 1994), affirmed, 515 U.S. 1 (1995). The court agreed. see Gamma v. Delta, 100 F. Supp. 3d 10, 12 (N.D.Cal. 2015) (cleaned up); See also Epsilon v. Zeta, 200 F.3d 5, 7 n. 2 (3rd Cir. 2001), cert denied, 530 U.S. 1 (2002).

Also Eta v. Theta, 300 F. Supp. 2d 100, 105–06 (SDNY 2002). Id. at 1075-1079.
`;

describe('styles: form rules on planted errors', () => {
  it('finds each planted error under the Bluebook 22nd edition, with the right fix', () => {
    assert.deepEqual(found(PLANTED, {}, FORM), [
      'signal-form "See e.g." → "See, e.g.,"',
      'pin-range-form "920-921" → "920–21"',
      'court-nonstandard "2nd Cir." → "2d Cir."',
      "history-form \"affirmed,\" → \"aff'd,\"",
      'signal-form "see" → "S"',
      'court-nonstandard "N.D.Cal." → "N.D. Cal."',
      'parenthetical-form "(cleaned up)" → "(citation modified)"',
      'signal-form "See also" → "s"',
      'pin-range-form "n. 2" → "n.2"',
      'court-nonstandard "3rd Cir." → "3d Cir."',
      'history-form "cert denied," → "cert. denied,"',
      'court-nonstandard "SDNY" → "S.D.N.Y."',
      'pin-range-form "1075-1079" → "1075–79"',
    ]);
  });

  it('names the rule of the style in force', () => {
    const [court] = checkDraft(PLANTED, { settings: { style: 'indigo' } }).findings.filter((f) => f.code === 'court-nonstandard');
    assert.match(court.message, /Indigo Book \(2d ed\.\), table T9/);
    const [pin] = checkDraft(PLANTED).findings.filter((f) => f.code === 'pin-range-form');
    assert.match(pin.message, /Bluebook \(22d ed\.\) R3\.2\(a\)/);
  });

  it('(cleaned up) is flagged under the 22nd edition only', () => {
    for (const style of ['bluebook-21', 'indigo', 'california']) assert.deepEqual(found(PLANTED, { style }, ['parenthetical-form']), [], style);
  });

  it('under the California Style Manual: full page spans, closed-up courts accepted', () => {
    const text = '(Baral v. Schnitt (2016) 1 Cal.5th 376, 384–85.) (Doe v. Roe (N.D.Cal. 2015) 100 F.Supp.3d 10, 12.) (Id. at pp. 12–13.)\n';
    assert.deepEqual(found(text, {}, [...FORM, 'reporter-nonstandard']), ['pin-range-form "384–85" → "384–385"']);
  });

  it('leaves correct forms and prose alone', () => {
    const text = 'The judgment was affirmed. The court (cleaned up) nothing. See, e.g., Alpha v. Beta, 60 F.3d 913, 920-21, 1099–1100 (2d Cir. 1994); see also Gamma v. Delta, 61 F.3d 1, 5 n.2 (9th Cir. 1995) (explaining).\n';
    assert.deepEqual(found(text, {}, FORM), []);
  });

  it('fix all: one edit list over the flagged ranges; re-checked, no form problem is left', () => {
    const result = checkDraft(PLANTED);
    const edits = formFixAll(result);
    assert.equal(edits.length, 13);
    const fixed = applyEdits(PLANTED, edits);
    assert.deepEqual(found(fixed, {}, FORM), []);
    assert.deepEqual(formFixAll(checkDraft(fixed)), []);
    assert.ok(fixed.includes("See, e.g., Alpha Corp. v. Beta Inc., 60 F.3d 913, 920–21 (2d Cir. 1994), aff'd, 515 U.S. 1 (1995)"));
  });
});

describe('styles: settings', () => {
  it('style and localRules are read and checked', () => {
    const ok = sanitizeSettings({ style: 'california', localRules: ['wash-gr14', '9th-cir'] });
    assert.equal(ok.settings.style, 'california');
    assert.deepEqual(ok.settings.localRules, ['wash-gr14', '9th-cir']);
    assert.deepEqual(ok.problems, []);
    const bad = sanitizeSettings({ style: 'chicago', localRules: ['wash-gr41'] });
    assert.equal(bad.settings.style, 'auto');
    assert.deepEqual(bad.problems.map((p) => p.key), ['style', 'localRules']);
  });
});
