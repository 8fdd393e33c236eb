/**
 * Hostile drafts: text built to make a scanner or a pattern go super-linear, run out of stack, or
 * expand something into memory. Each makes about `size` characters of itself. They are what a
 * fuzzer, a bad PDF conversion or a pasted spreadsheet hands the checker — not what a lawyer
 * writes — and the checker must stay fast and sane on every one.
 */
export const KB = 1024;
export const MB = 1024 * KB;

/** `unit` repeated to about `size` characters (whole units). */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

/** The size at which `npm test` runs each hostile draft: big enough for every pattern to repeat thousands of times, quick to check. */
export const QUICK_SIZE = 64 * KB;

export interface HostileDraft {
  name: string;
  make(size: number): string;
  /**
   * Pure junk with nothing that reads as a citation: the checker must find none (a false alarm
   * on junk would be a false alarm in a real draft that contains such text).
   */
  junk?: boolean;
  /** Where it legitimately hides the text after it (an unclosed code fence in Markdown). */
  hidesRest?: 'markdown';
}

/** `1, 2, 3, …` up to about `size` characters. */
function numberList(prefix: string, size: number, separator = ', '): string {
  const parts: string[] = [prefix];
  let length = prefix.length;
  for (let n = 1; length < size; n++) {
    const s = (n > 1 ? separator : '') + n;
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}

/** Every C0 control character but the line breaks, in turn. */
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== '\n' && c !== '\r').join('');

export const HOSTILE_DRAFTS: readonly HostileDraft[] = [
  // Citation pieces that never complete.
  { name: '`1 F. ` repeated', make: (n) => repeatTo('1 F. ', n) },
  { name: '`1 F. 1 F. ` with no spaces to rest on', make: (n) => repeatTo('1 F.1 F.', n) },
  { name: 'volumes without pages (`12 F.3d `)', make: (n) => repeatTo('12 F.3d ', n) },
  { name: 'volumes and reporters with no page, many series', make: (n) => repeatTo('410 U.S. 93 S. Ct. 35 L. Ed. 2d 60 F. Supp. 3d 7 So. 3d ', n) },
  { name: 'a volume–reporter–page with an endless pin-cite list', make: (n) => numberList('60 F.3d 913, ', n) },
  { name: 'endless `Id.`', make: (n) => repeatTo('Id. ', n) },
  { name: 'endless `Id. at 5.`', make: (n) => repeatTo('Id. at 5. ', n) },
  { name: 'endless `See id.` without spaces', make: (n) => repeatTo('See id.', n) },
  { name: '`Smith v. Jones, ` repeated', make: (n) => repeatTo('Smith v. Jones, ', n) },
  { name: 'one endless case name (`A v. B v. C …`)', make: (n) => repeatTo('Northwind Holdings Co. v. ', n) },
  { name: 'an unclosed court parenthetical repeated (`(2d Cir. `)', make: (n) => repeatTo('60 F.3d 913 (2d Cir. ', n) },
  { name: 'short cites without pins (`60 F.3d at `)', make: (n) => repeatTo('60 F.3d at ', n) },
  { name: 'database cites without numbers (`2020 WL , at *`)', make: (n) => repeatTo('2020 WL , at *', n) },
  { name: 'star pages (`at *3 at *3`)', make: (n) => repeatTo('2020 WL 1234567, at *3 at *', n) },
  { name: '`supra` repeated', make: (n) => repeatTo('Texaco, supra, at ', n) },
  { name: 'signals with nothing after them', make: (n) => repeatTo('See, e.g., But see Cf. ', n) },

  // Dockets.
  { name: '150,000 docket cites (`Dkt. 1 `)', make: (n) => repeatTo('Dkt. 1 ', n) },
  { name: 'docket words without entries (`Dkt. No. `)', make: (n) => repeatTo('Dkt. No. ', n) },
  { name: 'one docket cite with 100,000 entries', make: (n) => numberList('Dkt. Nos. ', n) },
  { name: 'a docket pin cite of 100,000 paragraphs', make: (n) => numberList('Dkt. 69 at ¶¶ ', n) },
  { name: 'case numbers without end (`23-cv-`)', make: (n) => repeatTo('No. 1:23-cv-', n) },

  // Exhibits and Bates numbers.
  { name: 'an exhibit list of 100,000 numbers (`Exs. 1, 2, 3, …`)', make: (n) => numberList('Exs. ', n) },
  { name: '`Exs. 1–99999999` (a range never expanded)', make: (n) => repeatTo('Exs. 1–99999999; ', n) },
  { name: 'one exhibit range `Ex. 1–99999999` in prose', make: (n) => `See Ex. 1–99999999. ${repeatTo('The record is clear. ', n)}` },
  { name: 'a Bates prefix followed by a million zeros', make: (n) => `Ex. 1, ABC_${'0'.repeat(n)}` },
  { name: 'a Bates range with million-digit ends', make: (n) => `Ex. 1, ABC${'9'.repeat(n / 2)}–ABC${'0'.repeat(n / 2)}` },
  { name: 'Bates-like words repeated (`MSFT_AICPY_000591635 `)', make: (n) => repeatTo('MSFT_AICPY_000591635 ', n) },
  { name: 'exhibit words without labels (`Ex. Exs. Exhibit `)', make: (n) => repeatTo('Ex. Exs. Exhibit ', n) },
  { name: 'letter exhibits running on (`Exhibits A, B, C, …`)', make: (n) => repeatTo('Exhibits A, B, C, D, E, F, G, H, ', n) },

  // Single huge tokens.
  { name: 'a single huge word', make: (n) => 'a'.repeat(n), junk: true },
  { name: 'a single huge capitalised word', make: (n) => 'A'.repeat(n) },
  { name: 'a million-digit number', make: (n) => '1'.repeat(n) },
  { name: 'abbreviation dots without spaces (`F.F.F.`)', make: (n) => repeatTo('F.', n) },
  { name: '`v.` without spaces', make: (n) => repeatTo('v.', n) },
  { name: 'a million `§` and `¶`', make: (n) => repeatTo('§¶', n) },
  { name: 'dashes and hyphens (`1–2-3—`)', make: (n) => repeatTo('1–2-3—', n) },

  // Markup the reader must not trip on.
  { name: 'a million `(`', make: (n) => '('.repeat(n), junk: true },
  { name: 'a million `)`', make: (n) => ')'.repeat(n), junk: true },
  { name: 'nested parentheses `((( … )))`', make: (n) => '('.repeat(n / 2) + ')'.repeat(n / 2), junk: true },
  { name: 'a million `*`', make: (n) => '*'.repeat(n), junk: true },
  { name: 'emphasis openers that never close (`*a `)', make: (n) => repeatTo('*a ', n), junk: true },
  { name: 'a million `_`', make: (n) => '_'.repeat(n), junk: true },
  { name: 'underscore emphasis pairs (`_a_ `)', make: (n) => repeatTo('_a_ ', n), junk: true },
  { name: 'a million backticks (in Markdown, a code fence that never closes)', make: (n) => '`'.repeat(n), junk: true, hidesRest: 'markdown' },
  { name: 'backtick runs of growing length', make: (n) => { const parts: string[] = []; let len = 0; for (let k = 1; len < n; k++) { parts.push('`'.repeat(k % 300) + ' x '); len += (k % 300) + 3; } return parts.join(''); }, junk: true },
  { name: 'a million `[`', make: (n) => '['.repeat(n), junk: true },
  { name: 'links that never close (`[a](`)', make: (n) => repeatTo('[a](', n), junk: true },
  { name: 'footnote markers without labels (`[^`)', make: (n) => repeatTo('[^', n), junk: true },
  { name: 'a million `<`', make: (n) => '<'.repeat(n), junk: true },
  { name: 'tags that never close (`<sup `)', make: (n) => repeatTo('<sup ', n), junk: true },
  { name: 'open `<sup>` without `</sup>`', make: (n) => repeatTo('<sup>1', n), junk: true },
  { name: 'a million `&`', make: (n) => '&'.repeat(n), junk: true },
  { name: 'entities that never end (`&amp`)', make: (n) => repeatTo('&amp', n), junk: true },
  { name: 'numeric entities, valid and not (`&#x1F600;&#0;&#99999999;`)', make: (n) => repeatTo('&#x1F600;&#0;&#99999999;&#', n), junk: true },
  { name: 'a million backslashes', make: (n) => '\\'.repeat(n), junk: true },
  { name: 'escapes of every punctuation mark', make: (n) => repeatTo('\\_\\*\\[\\]\\(\\)\\`\\<\\&\\\\', n), junk: true },
  { name: 'an unclosed `<!--` before a citation', make: (n) => `<!-- ${repeatTo('Dkt. No. 5 ', n)}` },
  { name: '`<!--` repeated', make: (n) => repeatTo('<!--', n), junk: true },
  { name: 'brieflint directives with unknown codes', make: (n) => repeatTo('<!-- brieflint-disable-next-line exhibit-unresolvd -->\n', n) },
  { name: 'brieflint directives on one endless line', make: (n) => repeatTo('brieflint-disable ', n) },
  { name: 'an unclosed code fence', make: (n) => '```\n' + repeatTo('Dkt. No. 5\n', n), hidesRest: 'markdown' },
  { name: 'a million fence lines', make: (n) => repeatTo('```\n~~~~\n', n), hidesRest: 'markdown' },
  { name: 'front matter that never closes', make: (n) => '---\n' + repeatTo('key: Dkt. No. 5\n', n) },
  { name: 'a million `#`', make: (n) => '#'.repeat(n), junk: true },
  { name: 'heading markers on every line', make: (n) => repeatTo('###### \n', n), junk: true },
  { name: 'block quotes nested a million deep', make: (n) => '>'.repeat(n), junk: true },
  { name: 'a million table pipes and list markers', make: (n) => repeatTo('| - + 1. ', n), junk: true },

  // Characters and line endings.
  { name: 'NUL characters', make: (n) => '\0'.repeat(n), junk: true },
  { name: 'every control character', make: (n) => repeatTo(CONTROLS, n), junk: true },
  { name: 'citations separated by control characters', make: (n) => repeatTo('Dkt.\0No.\u000b5\u0007 60\u0000F.3d\u001b913 ', n) },
  { name: 'lone surrogates', make: (n) => repeatTo('\ud800a\udc00', n), junk: true },
  { name: 'a byte-order mark on every line', make: (n) => repeatTo('\ufeffDkt. No. 5\n', n) },
  { name: 'mixed line endings (CRLF, CR, LF)', make: (n) => repeatTo('Dkt. No. 5\r\nId.\rEx. 1\n\r\n\r', n) },
  { name: 'a million CRs', make: (n) => '\r'.repeat(n), junk: true },
  { name: 'a million blank lines', make: (n) => '\n'.repeat(n), junk: true },
  { name: 'a citation broken over a line in every way', make: (n) => repeatTo('Smith v. Jones,\n60\rF.3d\r\n913,\n920 (2d\nCir.\r1994).\n\n', n) },
  { name: 'non-breaking and odd spaces in citations', make: (n) => repeatTo('60\u00a0F.3d\u2009913\u202f(2d\u00a0Cir.\u00a01994); Dkt.\u00a0No.\u00a05 ', n) },
];

/** Exhibit and docket lists that spreadsheets and people write, at their worst. */
export const HOSTILE_CSV: ReadonlyArray<{ name: string; make: (size: number) => string }> = [
  { name: 'a million stray quotes', make: (n) => '"'.repeat(n) },
  { name: 'quotes inside an unquoted cell (`a"a"a"`)', make: (n) => repeatTo('a"', n) },
  { name: 'a quote opening every line, never closed', make: (n) => repeatTo('"Ex. 1,Email\n', n) },
  { name: 'a quote after a space in every cell', make: (n) => repeatTo(' "x, ', n) },
  { name: 'text after each closing quote', make: (n) => repeatTo('"a"b', n) },
  { name: 'one quoted cell of a million doubled quotes', make: (n) => `"${'""'.repeat(n / 2)}"` },
  { name: 'one quoted cell with a million line breaks', make: (n) => `exhibit,description\n1,"${'\n'.repeat(n)}"` },
  { name: 'a million commas', make: (n) => ','.repeat(n) },
  { name: 'a million CRs', make: (n) => '\r'.repeat(n) },
  { name: 'mixed line endings', make: (n) => repeatTo('1,a\r\n2,b\r3,c\n', n) },
  { name: 'one huge cell', make: (n) => `exhibit,description\n1,${'x'.repeat(n)}` },
  { name: '100,000 rows', make: (n) => { const rows = ['exhibit,description,bates_begin']; let len = 0; for (let i = 1; len < n; i++) { const r = `${i},Email ${i},ABC${String(i).padStart(6, '0')}`; rows.push(r); len += r.length + 1; } return rows.join('\n'); } },
  { name: 'NUL and control characters', make: (n) => repeatTo('\0,\u0001"\u001b\n', n) },
];
