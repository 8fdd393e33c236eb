/**
 * Every example of reporters-db's `laws.json` (vendored in data/vendor/reporters-db/), and a
 * citation made for every journal of `journals.json` (which has no examples), read in a
 * sentence: found as one citation starting where the example starts, of the kind its type
 * gives, with the right `authority`. Known gaps are listed with their reasons, so the test fails
 * when a gap starts passing (remove it from the list) or a new failure appears.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../helpers';

const VENDOR = join(__dirname, '../../../../data/vendor/reporters-db');

interface LawEntry {
  cite_type: string;
  examples?: string[];
  variations?: string[];
}

const KIND_OF: Record<string, string> = {
  leg_statute: 'statute',
  leg_act: 'statute',
  admin_compilation: 'regulation',
  municipal: 'regulation',
  leg_session: 'session-law',
  admin_register: 'regulation',
};

/** Examples not read, and why. */
export const LAW_GAPS: Readonly<Record<string, string>> = {
  // Agency dockets and filings are adjudications and registrations, not authorities of issue 15.
  'ASBCA No. 43466': 'agency docket',
  'CBCA No. 4845-R': 'agency docket',
  'CFPB No. 2013-CFPB-0013': 'agency docket',
  'CFTC No. 14-R1': 'agency docket',
  'SBA No. SIZ-5707': 'agency docket',
  'Registration No. 3,886,986': 'trademark registration, a filing',
  'U.S. Patent No. 8,112,504 B2': 'patent, a filing',
  // Examples with no number where the form has one: too little to tell a citation from prose.
  '1999-975 N.Y. Consol. Laws Adv.': 'no page',
  '1999-2 V.I. Code Ann. Adv.': 'no page',
  'N.Y. Legis. Serv. 4': 'no volume',
  'V.I. Legis. Serv. 8': 'no volume',
  'Guam Pub. L. 579': 'no volume',
  "Ohio Dep't 39": 'no volume; the name alone is a common phrase',
  "Ohio Gov't 38,7": 'no volume; the name alone is a common phrase',
  'Ohio Monthly Rec. 6': 'no volume',
  // Data errors in the examples.
  '1999 S.D. Sess. Laws ch\\w 12 § 40:441 03': 'the example holds a regular expression',
  'Mich. Admin. Code ry 74.4:78': '`ry` is a typing error for `r.`',
  '1 USC S. 1-2': '`S.` for a section sign: too ambiguous with the Senate',
  '1999 Conn. Acts 7 ([Reg. or Spec.] Sess.)': 'the parenthetical is a placeholder; the citation is read without it',
  '1999 Or. Laws Adv. Sh. No. 801, 0072': 'advance-sheet number before the page: form not read yet',
};

/** Kinds Brieflint gives that differ from the type reporters-db gives the name. */
const KIND_BY_NAME: Readonly<Record<string, string>> = {
  'Pub. L.': 'session-law',
  'Pvt. L.': 'session-law',
  'La. Const. Ann.': 'constitution',
};

/** One-word names that are everyday words: read as journals they would make citations of prose (`3 Taxes 100`). */
const KNOWN_JOURNAL_GAPS: Readonly<Record<string, string>> = Object.fromEntries(
  ['Briefcase', 'Digest', 'Economist', 'Healthspan', 'IDEA', 'Landslide', 'NEXUS', 'RISK', 'Scholar', 'Taxes'].map((j) => [j, 'an everyday word']),
);

function lawExamples(): Array<{ key: string; type: string; example: string }> {
  const laws = JSON.parse(readFileSync(join(VENDOR, 'laws.json'), 'utf8')) as Record<string, LawEntry[]>;
  const out: Array<{ key: string; type: string; example: string }> = [];
  for (const [key, entries] of Object.entries(laws)) for (const e of entries) for (const example of e.examples ?? []) out.push({ key, type: e.cite_type, example });
  return out;
}

/** What is wrong with reading `example` in a sentence; undefined when it is read right. */
function problem(example: string, kind: string | undefined): string | undefined {
  const text = `See ${example}.`;
  const result = checkDraft(text, { format: 'plaintext' });
  const at = result.citations.filter((c) => c.start === 4);
  if (at.length !== 1) return `found ${result.citations.map((c) => `${c.kind} ${JSON.stringify(c.text)}`).join('; ') || 'nothing'}`;
  const c = at[0];
  if (kind && c.kind !== kind) return `kind ${c.kind}`;
  if (!c.authority) return 'no authority';
  // The authority is the citation without its pin, subdivisions, parenthetical or trailing year.
  const rest = text.slice(c.end);
  if (!/^[.)]?\.?$/.test(rest) && !/^ \d{4}\.$/.test(rest)) return `ends early: ${JSON.stringify(c.text)}`;
  return undefined;
}

describe('laws.json examples', () => {
  const examples = lawExamples();
  const failures: string[] = [];
  const passingGaps: string[] = [];
  let found = 0;
  before(() => {
    for (const { key, type, example } of examples) {
      const p = problem(example, KIND_BY_NAME[key] ?? KIND_OF[type]);
      if (p === undefined) found++;
      if (example in LAW_GAPS) {
        if (p === undefined) passingGaps.push(example);
      } else if (p !== undefined) {
        failures.push(`${example}: ${p}`);
      }
    }
  });
  it('reads every example but the known gaps', () => assert.deepEqual(failures, []));
  it('has no gap that now passes', () => assert.deepEqual(passingGaps, []));
  it('counts', () => {
    assert.equal(examples.length, 391);
    assert.equal(found, examples.length - Object.keys(LAW_GAPS).length);
  });
});

describe('journals.json', () => {
  const journals = JSON.parse(readFileSync(join(VENDOR, 'journals.json'), 'utf8')) as Record<string, unknown[]>;
  it('reads `128 <journal> 540, 545 (2015)` for every journal as a secondary source (787 of 797)', () => {
    assert.equal(Object.keys(journals).length - Object.keys(KNOWN_JOURNAL_GAPS).length, 787);
    const failures: string[] = [];
    for (const abbreviation of Object.keys(journals)) {
      if (abbreviation in KNOWN_JOURNAL_GAPS) continue;
      const cite = `128 ${abbreviation} 540, 545 (2015)`;
      const text = `Jane Doe, A Title, ${cite}.`;
      const result = checkDraft(text, { format: 'plaintext' });
      const c = result.citations.find((x) => x.start === 19);
      const want = `128 ${abbreviation} 540`;
      if (!c || c.kind !== 'secondary' || c.authority !== want || c.pinCite !== '545' || c.end !== 19 + cite.length) {
        failures.push(`${abbreviation}: ${result.citations.map((x) => `${x.kind} ${JSON.stringify(x.text)} ${x.authority ?? ''}`).join('; ') || 'nothing'}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});
