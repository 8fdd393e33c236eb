/** Hostile text for the record extractor and readers (checked for results here, for growth in test/perf). */

/** `unit` repeated to `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

export const RECORD_HOSTILE: Record<string, (size: number) => string> = {
  'designators with nothing after them': (n) => repeatTo('Smith Jones Lee Dep. Decl. Tr. J.A. ROA PageID ', n),
  'one endless list of transcript locations': (n) => 'Smith Dep. ' + repeatTo('45:3–12, ', n),
  'one endless list of paragraphs': (n) => 'Compl. ¶¶ ' + repeatTo('1–2, ', n),
  'capitalised words before every designator': (n) => repeatTo('Aa Bb Cc Dd Ee Ff Gg Dep. 1:1 ', n),
  'digits and colons': (n) => 'Tr. ' + repeatTo('1:1:1:1-', n),
};

/** A transcript that is nothing but page numbers, form feeds and numbered lines. */
export const TRANSCRIPT_HOSTILE = (n: number): string => repeatTo('   12\n 1 a\n 2 b\n\f 9\n', n);
