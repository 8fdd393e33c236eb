/** Hostile text for the chunker, about `size` characters of each (npm run test:perf measures its growth). */
export const CHUNK_HOSTILE: Array<(size: number) => string> = [
  (n) => '\n'.repeat(n),
  (n) => '```\n\n'.repeat(n / 5),
  (n) => '<!--\n\n'.repeat(n / 6),
  (n) => 'a, 1\n\n'.repeat(n / 6),
  (n) => '\r'.repeat(n),
];
