/** Hostile text for the table-of-authorities scanners: `n` of each of headings, emphasis, page words and comment openers. */
export const TOA_HOSTILE = (n: number): string => '# '.repeat(n) + '\n' + '**'.repeat(n) + '\n' + 'Page '.repeat(n) + '<!--'.repeat(n / 2);
