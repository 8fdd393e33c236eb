/**
 * A string equal to `s` that shares no memory with a longer string `s` may have been sliced from.
 * A memo or cache that outlives a check keeps what it holds alive: holding a slice of a draft
 * would keep that whole version of the draft. (Joining forces a new flat string; slicing off the
 * space gives a view of that new string only.)
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}
