/**
 * Words of litigation-document names and their abbreviations, from the Indigo Book's table T18
 * ("Abbreviations for Litigation Documents", The Indigo Book 2d ed., rev. 2023-1, dedicated to
 * the public domain under CC0: github.com/indigobook/text). Only the facts are used (which
 * abbreviation stands for which word); the rows Brieflint needs to read record cites and to match
 * them to file names are kept here.
 *
 * Used twice: the abbreviations may stand in a record document's name before its designator
 * (`Pl.'s Am. Compl.`, `Suppl. Jones Decl.`), and a file named with the word written out
 * (`Smith Deposition 2024-03-12.txt`) answers to the abbreviation (`Smith Dep.`).
 */
export const T18: ReadonlyArray<readonly [word: string, abbreviation: string]> = [
  ['Admission', 'Admis.'],
  ['Amended', 'Am.'],
  ['Answer', 'Answer'],
  ['Appendix', 'App.'],
  ['Application', 'Appl.'],
  ['Brief', 'Br.'],
  ['Complaint', 'Compl.'],
  ['Counterclaim', 'Countercl.'],
  ['Declaration', 'Decl.'],
  ["Defendant's", "Def.'s"],
  ["Defendants'", "Defs.'"],
  ['Deposition', 'Dep.'],
  ['Hearing', "Hr'g"],
  ['Injunction', 'Inj.'],
  ['Interrogatory', 'Interrog.'],
  ['Joint Appendix', 'J.A.'],
  ['Memorandum', 'Mem.'],
  ['Motion', 'Mot.'],
  ['Opposition', "Opp'n"],
  ["Plaintiff's", "Pl.'s"],
  ["Plaintiffs'", "Pls.'"],
  ['Preliminary', 'Prelim.'],
  ['Reply', 'Reply'],
  ['Response', 'Resp.'],
  ['Summary', 'Summ.'],
  ['Supplemental', 'Supp.'],
  ['Testimony', 'Test.'],
  ['Transcript', 'Tr.'],
];

/** Abbreviations Brieflint also reads though T18 does not list them (common in practice). */
export const EXTRA_ABBREVIATIONS: ReadonlyArray<readonly [word: string, abbreviation: string]> = [
  ['Affidavit', 'Aff.'],
  ['Supplemental', 'Suppl.'],
  ['Trial', 'Trial'],
  ['Sentencing', 'Sent.'],
  ['First', 'First'],
  ['Second', 'Second'],
  ['Third', 'Third'],
  ['Corrected', 'Corrected'],
  ['Joint', 'Joint'],
  ['Statement', 'Stmt.'],
];

/** Each abbreviation (lower case, without periods) → the words it stands for (lower case). */
export const WORD_OF: ReadonlyMap<string, string> = new Map(
  [...T18, ...EXTRA_ABBREVIATIONS].map(([word, abbreviation]) => [squeeze(abbreviation), squeeze(word)]),
);

/** Lower case, `’` as `'`, periods dropped (but not between digits: `56.1`), blanks collapsed. */
export function squeeze(s: string): string {
  let out = '';
  let blank = false;
  for (let i = 0; i < s.length; i++) {
    let ch = s[i];
    if (ch === '’') ch = "'";
    if (ch === '.' && !(isDigitAt(s, i - 1) && isDigitAt(s, i + 1))) continue;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '_' || ch === '\n' || ch === '\r') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += ch.toLowerCase();
  }
  return out;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The abbreviations written with a period or an apostrophe (`Am.`, `Pl.'s`, `Hr'g`), squeezed: the words that may stand, so written, in a name. */
export const DOTTED: ReadonlySet<string> = new Set(
  [...T18, ...EXTRA_ABBREVIATIONS].flatMap(([, abbreviation]) => (/[.'’]/.test(abbreviation) ? [squeeze(abbreviation)] : [])),
);
