/**
 * Case names compared and shortened.
 *
 * The short name of a case for a short form (Bluebook rule 10.9): usually the first party, but
 * not a government or a common litigant (`United States`, `State`, `People`, `Commonwealth`),
 * and without a business designation (`Inc.`, `LLC`). `In re` and `Ex parte` names keep their
 * subject.
 */
import { detached } from '../../text/strings';

/** First parties a short form does not use: the other party names the case. */
const GENERIC_PARTIES = /^(?:United States|U\.S\.|State|People|Commonwealth|City of|County of|Town of|Village of|District of Columbia|Sec(?:retary|'y) of|Comm(?:issione)?r|N\.L\.R\.B\.|NLRB|SEC|FTC|EEOC)\b/;

const DESIGNATIONS = /(?:,? (?:Inc\.|Corp\.|Co\.|Ltd\.|L\.L\.C\.|LLC|L\.P\.|LP|LLP|L\.L\.P\.|P\.C\.|N\.A\.|S\.A\.|PLC|plc|et al\.))+$/;

export function shortName(caseName: string): string {
  const name = caseName.trim();
  const procedural = /^(In re|Ex parte|In the Matter of|Matter of|Estate of) (.+)$/.exec(name);
  if (procedural) return `${procedural[1] === 'Ex parte' ? 'Ex parte' : 'In re'} ${strip(procedural[2])}`;
  const parties = name.split(/ v\.? | vs\. /);
  if (parties.length < 2) return strip(name);
  let party = parties[0].replace(/ ex rel\. .*$/, '');
  if (GENERIC_PARTIES.test(party)) party = parties[1];
  return strip(party);
}

function strip(party: string): string {
  const stripped = party.replace(DESIGNATIONS, '').trim();
  return stripped || party.trim();
}

/**
 * The words of a case name, lower case, without `v.` and trailing periods. Shared with a memo:
 * read them, never change them.
 */
export function nameWords(name: string): readonly string[] {
  return wordsOf(name);
}

/**
 * `nameWords`, remembered: a draft compares the same few names again and again. Bounded (cleared
 * when full); the arrays are shared, so they are only read.
 */
const WORDS = new Map<string, readonly string[]>();

function wordsOf(name: string): readonly string[] {
  let words = WORDS.get(name);
  if (!words) {
    // Read from a copy of the name: the name may be a slice of a whole draft, which the memo's
    // key and words would keep alive after the check.
    const copy = detached(name);
    words = copy
      .toLowerCase()
      .replace(/[’]/g, "'")
      .split(/[\s,]+/)
      .map((w) => w.replace(/\.$/, ''))
      .filter((w) => w && w !== 'v' && w !== 'vs');
    if (WORDS.size >= 8192) WORDS.clear();
    if (name.length <= 1000) WORDS.set(copy, words);
  }
  return words;
}

/** Whether the words of `short` appear, in order and together, in `full` (`Texaco` in `… v. Texaco Inc.`). */
export function nameHolds(full: string | undefined, short: string): boolean {
  if (!full) return false;
  const f = wordsOf(full);
  const s = wordsOf(short);
  if (s.length === 0) return false;
  for (let i = 0; i + s.length <= f.length; i++) {
    let k = 0;
    while (k < s.length && f[i + k] === s[k]) k++;
    if (k === s.length) return true;
  }
  return false;
}
