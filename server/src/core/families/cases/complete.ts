import type { Citation } from '../../types';
import type { Completion, HoverContext } from '../family';
import { nameWords } from './names';

/** `Texaco, ` or `*Texaco*, ` just typed: a word or two of a name, then a comma and a space. */
const NAME_THEN_COMMA = /(?:^|[\s(\[;])\*?_?([A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,3})\*?_?, $/;

/**
 * After a case's short name and a comma, the short cite of each case cited in full before the
 * cursor whose name holds those words: `Texaco, ` offers `60 F.3d at `.
 */
export function completeShortCite(before: string, offset: number, { result }: HoverContext): Completion[] {
  const m = NAME_THEN_COMMA.exec(before.slice(-80));
  if (!m) return [];
  const typed = nameWords(m[1]);
  if (typed.length === 0) return [];
  const out: Completion[] = [];
  const seen = new Set<string>();
  for (const c of result.citations) {
    if (c.start >= offset) break;
    if (c.kind !== 'case' || !c.caseName || !c.volume || !c.reporter) continue;
    const words = new Set(nameWords(c.caseName));
    if (!typed.every((w) => words.has(w))) continue;
    const insert = `${c.volume} ${c.reporter} at `;
    if (seen.has(insert)) continue;
    seen.add(insert);
    out.push({ label: insert.trimEnd(), insert, detail: fullCite(c) });
  }
  return out;
}

function fullCite(c: Citation): string {
  return `${c.caseName}, ${c.volume} ${c.reporter} ${c.page ?? ''}`.trim();
}
