import type { FoundCitation } from '../extract/types';
import type { ReaderText } from '../text/readerText';

/**
 * Docket cites: `Dkt. No. 293`, `Dkt. 69 at ¶¶ 76, 430`, `ECF No. 45 at 3`, `Doc. 12-1`.
 *
 * The scanner looks for a docket word at a word start, then reads entry numbers and a pin cite
 * with sticky patterns of bounded shape, so the work is linear in the text.
 */

/** Docket styles: the words before the entry number, singular and plural. */
export const DOCKET_STYLES = [
  { style: 'Docket Entry No.', singular: 'Docket Entry No.', plural: 'Docket Entry Nos.' },
  { style: 'Docket No.', singular: 'Docket No.', plural: 'Docket Nos.' },
  { style: 'Dkt. No.', singular: 'Dkt. No.', plural: 'Dkt. Nos.' },
  { style: 'Dkt.', singular: 'Dkt.', plural: 'Dkts.' },
  { style: 'ECF No.', singular: 'ECF No.', plural: 'ECF Nos.' },
  { style: 'ECF', singular: 'ECF', plural: 'ECF' },
  { style: 'Doc. No.', singular: 'Doc. No.', plural: 'Doc. Nos.' },
  { style: 'Doc.', singular: 'Doc.', plural: 'Docs.' },
  { style: 'D.E.', singular: 'D.E.', plural: 'D.E.' },
] as const;

const PREFIX = /(Docket Entry No(s?)\.|Docket No(s?)\.|Dkt\. No(s?)\.|Dkts?\.|ECF No(s?)\.|ECF|Doc\. No(s?)\.|Docs?\.|D\.E\.)[ \u00a0]?/y;
const ENTRIES = /(\d{1,6}(?:-\d{1,3})?)((?:(?:, ?| and |, and | ?[–-] ?)\d{1,6}(?:-\d{1,3})?)*)/y;
const PIN = / at (?:¶¶? ?|pp?\. ?)?\d{1,5}(?:[–-]\d{1,5})?(?: n\.\d{1,3})?(?:, ?\d{1,5}(?:[–-]\d{1,5})?)*|,? ¶¶? ?\d{1,5}(?:[–-]\d{1,5})?(?:, ?\d{1,5}(?:[–-]\d{1,5})?)*/y;

export function extractDocketCites(reader: ReaderText): FoundCitation[] {
  const text = reader.text;
  const found: FoundCitation[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 68 /* D */ && c !== 69 /* E */) continue;
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    PREFIX.lastIndex = i;
    const prefix = PREFIX.exec(text);
    if (!prefix) continue;
    const words = prefix[1];
    ENTRIES.lastIndex = i + prefix[0].length;
    const entries = ENTRIES.exec(text);
    if (!entries) continue;
    let end = ENTRIES.lastIndex;
    if (isWordChar(text.charCodeAt(end))) continue; // `Doc. 12abc`
    const parts: Record<string, { start: number; end: number }> = {
      style: { start: i, end: i + words.length },
      entry: { start: i + prefix[0].length, end: i + prefix[0].length + entries[1].length },
    };
    let pinCite: string | undefined;
    PIN.lastIndex = end;
    const pin = PIN.exec(text);
    if (pin) {
      const pinStart = end + pin[0].search(/[¶p\d]/);
      pinCite = text.slice(pinStart, PIN.lastIndex);
      parts.pinCite = { start: pinStart, end: PIN.lastIndex };
      end = PIN.lastIndex;
    }
    found.push({
      kind: 'docket',
      start: i,
      end,
      entry: entries[1],
      ...(pinCite ? { pinCite } : {}),
      parts,
      detail: { style: styleOf(words), entries: [entries[1], ...listedEntries(entries[2])] },
    });
    i = end - 1;
  }
  return found;
}

function listedEntries(rest: string): string[] {
  return rest.match(/\d{1,6}(?:-\d{1,3})?/g) ?? [];
}

/** The style family of the words before an entry number (`Dkt. Nos.` → `Dkt. No.`). */
export function styleOf(words: string): string {
  for (const s of DOCKET_STYLES) if (s.singular === words || s.plural === words) return s.style;
  return words;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
