import { isDigit } from './labels';

/**
 * The words that introduce an exhibit label: `Ex.`, `Exs.`, `Exh.`, `Exhibit`, `Exhibits`, in
 * capitals too, with `Grp.`/`Group` before them and `No.` after them.
 */

export interface Keyword {
  /** Where the cite starts (`Grp.` included). */
  start: number;
  /** End of the keyword itself. */
  keywordEnd: number;
  /** Where the first label starts. */
  labelStart: number;
  keyword: string;
  plural: boolean;
  group: boolean;
}

const GROUP_WORDS = ['Grp. ', 'Group ', 'GROUP ', 'GRP. '];

/** The exhibit word at `i` (with `Grp.` before it and `No.` after it), up to the first label. */
export function readKeyword(text: string, i: number): Keyword | undefined {
  let k = i;
  let group = false;
  if (text.charCodeAt(i) === 71 /* G */) {
    const g = GROUP_WORDS.find((w) => text.startsWith(w, i));
    if (!g) return undefined;
    k = i + g.length;
    group = true;
  }
  const found = exhibitWordAt(text, k);
  if (!found) return undefined;
  const [word, plural] = found;
  const keywordEnd = k + word.length;
  let j = keywordEnd;
  const space = spaceEnd(text, j);
  if (space > j) j = space;
  else if (!word.endsWith('.') || !isDigit(text.charCodeAt(j))) return undefined; // `Ex.1` only
  for (const no of ['No. ', 'Nos. ', 'NO. ']) {
    if (text.startsWith(no, j)) {
      j += no.length;
      break;
    }
  }
  return { start: i, keywordEnd, labelStart: j, keyword: word, plural, group };
}

/**
 * The exhibit word at `k` and whether it is plural, read character by character (this runs at
 * every capital E of a draft): every word starts `Ex` or `EX`, and the letters after that pick
 * the word. Lower-case words go with `Ex`, capitals with `EX`.
 */
function exhibitWordAt(text: string, k: number): readonly [string, boolean] | undefined {
  if (text.charCodeAt(k) !== 69 /* E */) return undefined;
  const second = text.charCodeAt(k + 1);
  if (second !== 120 /* x */ && second !== 88 /* X */) return undefined;
  const upper = second === 88;
  const is = (n: number, lower: string) => text[k + n] === (upper ? lower.toUpperCase() : lower);
  const word = (length: number, plural: boolean): readonly [string, boolean] => [text.slice(k, k + length), plural];
  if (text[k + 2] === '.') return word(3, false); // Ex.
  if (is(2, 's')) return text[k + 3] === '.' ? word(4, true) : undefined; // Exs.
  if (!is(2, 'h')) return undefined;
  if (text[k + 3] === '.') return word(4, false); // Exh.
  if (is(3, 's')) return text[k + 4] === '.' ? word(5, true) : undefined; // Exhs.
  if (!(is(3, 'i') && is(4, 'b') && is(5, 'i') && is(6, 't'))) return undefined;
  return is(7, 's') ? word(8, true) : word(7, false); // Exhibits, Exhibit
}

/** One space (or no-break space, tab, or a single line break) at `i`: its end, or `i`. */
export function spaceEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 32 || c === 0xa0 || c === 9 || c === 10) return i + 1;
  if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  return i;
}
