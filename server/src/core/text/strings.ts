/**
 * A string equal to `s` that shares no memory with a longer string `s` may have been sliced from.
 * A memo or cache that outlives a check keeps what it holds alive: holding a slice of a draft
 * would keep that whole version of the draft. (Joining forces a new flat string; slicing off the
 * space gives a view of that new string only.)
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}

/** Runs of white space as one space, trimmed: `Am.  Geophysical\nUnion` → `Am. Geophysical Union`. */
export function normalizeSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** `s` cut to `max` characters with an ellipsis. */
export function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** Each item once, in the order first seen. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Markdown's punctuation escaped, for text put into a hover or a table. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}
