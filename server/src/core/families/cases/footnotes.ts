/**
 * Footnotes read where a reader reads them: at their marker. A footnote's text stands at the end
 * of the draft (Markdown `[^1]: …`) or at the foot of its page (a converted filing's
 * `<sup>1</sup> …`), but a reader who meets the marker `[^1]` or `<sup>1</sup>` reads the note
 * there, and goes on with the text after it. So `Id.` in a footnote refers to the authority cited
 * just before the marker (or before it in the same note). The note is an aside: `Id.` in the text
 * after the marker still refers to the text's last authority, not the note's (`Smith, 60 F.3d
 * 913.[^1] … Id. at 915.` is Smith, whatever the note cites); a short cite in the text may refer
 * to a full citation in the note, which the reader has read.
 *
 * The text is not moved: the resolver takes the citations in reading order (`readingOrder`),
 * each footnote's citations placed at its marker's offset. A footnote with no marker in the draft,
 * and footnotes of plain text with no marker to find (a PDF's bare superscript digits), stay
 * where they stand.
 *
 * One pass over the source with `indexOf`: linear in the draft.
 */
import type { Citation } from '../../types';

interface FootnoteBody {
  label: string;
  start: number;
  end: number;
}

/**
 * The citations in the order a reader meets them (the array itself when no footnote moves), and
 * for each (in that order) the footnote it was moved from, numbered from 1 (0: none).
 */
export function readingOrder(citations: Citation[], source: string): { order: Citation[]; notes?: Int32Array } {
  if (citations.length === 0 || (source.indexOf('[^') < 0 && source.indexOf('<sup>') < 0)) return { order: citations };
  const { bodies, markers } = footnotes(source);
  if (bodies.length === 0) return { order: citations };
  const noteOf = new Int32Array(citations.length);
  // Each citation's reading offset: its start, or its footnote's marker.
  const keys = new Float64Array(citations.length);
  let moved = false;
  let b = 0;
  for (let k = 0; k < citations.length; k++) {
    const c = citations[k];
    while (b < bodies.length && bodies[b].end <= c.start) b++;
    const body = b < bodies.length && bodies[b].start <= c.start ? bodies[b] : undefined;
    const marker = body ? markers.get(body.label) : undefined;
    if (marker !== undefined && marker < body!.start) {
      // Just after the citations that start before the marker, in their own order.
      keys[k] = marker + k / (citations.length + 1);
      noteOf[k] = b + 1;
      moved = true;
    } else {
      keys[k] = c.start;
    }
  }
  if (!moved) return { order: citations };
  const order = citations.map((_, k) => k).sort((x, y) => keys[x] - keys[y] || x - y);
  const notes = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) notes[k] = noteOf[order[k]];
  return { order: order.map((k) => citations[k]), notes };
}

/**
 * The footnote bodies of the source, in order, and the offset of each label's first marker.
 * A body opens a line with its label (`[^1]:`, `<sup>1</sup>`) and runs to a blank line that
 * indented text does not continue, or to the next body.
 */
function footnotes(source: string): { bodies: FootnoteBody[]; markers: Map<string, number> } {
  const bodies: FootnoteBody[] = [];
  const markers = new Map<string, number>();
  for (const [open, close, colon] of [['[^', ']', true], ['<sup>', '</sup>', false]] as const) {
    let at = source.indexOf(open);
    while (at >= 0) {
      const labelStart = at + open.length;
      // The label is short: look for its end within 21 characters only (never across the draft).
      const labelEnd = closeWithin(source, close, labelStart, 21);
      if (labelEnd < 0 || labelEnd === labelStart) {
        at = source.indexOf(open, labelStart);
        continue;
      }
      const label = source.slice(labelStart, labelEnd);
      const after = labelEnd + close.length;
      const body = atLineStart(source, at) && (!colon || source.charCodeAt(after) === 58);
      if (/\s/.test(label)) {
        // No label.
      } else if (body) {
        bodies.push({ label: `${open}${label}`, start: at, end: bodyEnd(source, after) });
      } else if (!markers.has(`${open}${label}`)) {
        markers.set(`${open}${label}`, at);
      }
      at = source.indexOf(open, after);
    }
  }
  bodies.sort((x, y) => x.start - y.start);
  // A body ends where the next one starts.
  for (let k = 0; k + 1 < bodies.length; k++) if (bodies[k].end > bodies[k + 1].start) bodies[k].end = bodies[k + 1].start;
  return { bodies, markers };
}

/** Offset of `close` starting within `max` characters of `from`, or -1. */
function closeWithin(s: string, close: string, from: number, max: number): number {
  const limit = Math.min(s.length, from + max);
  for (let i = from; i < limit; i++) if (s.startsWith(close, i)) return i;
  return -1;
}

function atLineStart(s: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 4 && (s.charCodeAt(i - 1) === 32 || s.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || s.charCodeAt(i - 1) === 10 || s.charCodeAt(i - 1) === 13;
}

/**
 * End of a footnote body whose text starts at `pos`: a blank line not followed by an indented
 * line, or a line that opens another body (so each stretch of the draft is scanned once).
 */
function bodyEnd(s: string, pos: number): number {
  let i = s.indexOf('\n', pos);
  while (i >= 0) {
    // `i` ends a line; is the next one blank?
    let j = i + 1;
    while (j < s.length && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9 || s.charCodeAt(j) === 13)) j++;
    if (j >= s.length) return s.length;
    if (s.startsWith('[^', j) || s.startsWith('<sup>', j)) return i;
    if (s.charCodeAt(j) === 10) {
      // A blank line: the body goes on only if the next text is indented.
      let k = j + 1;
      while (k < s.length && (s.charCodeAt(k) === 10 || s.charCodeAt(k) === 13)) k++;
      if (!(s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) return i;
      i = s.indexOf('\n', k);
      continue;
    }
    i = s.indexOf('\n', j);
  }
  return s.length;
}
