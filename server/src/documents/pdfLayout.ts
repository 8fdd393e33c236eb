/**
 * From positioned text items to lines, pages and the text Brieflint checks: pure functions,
 * with no PDF library, so that they can be tested on items written by hand.
 *
 * - Items of a page are put into lines by their baselines (a new line where y changes by more
 *   than a third of the font size), each line left to right, with a space where the gap between
 *   two items is wider than a fifth of the font size.
 * - A pleading paper's line numbers (a column of whole numbers 1–28 at the left margin, ten or
 *   more of them on a page, left of every other text) are left out.
 * - Running headers and footers are left out: the first and last two lines of a page whose
 *   text, digits set aside, is the same, at the same height, at the top (or bottom) of most
 *   pages (60 %, and at least three).
 * - Pages are joined, one line a line; a word hyphenated at a line's end (`inter-` / `preted`)
 *   is joined again.
 */

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size (the text's height). */
  size: number;
}

export interface PdfLine {
  text: string;
  /** Left edge and baseline of the line, in PDF units (y up from the bottom of the page). */
  x: number;
  y: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  lines: PdfLine[];
  /** The lines left out as running headers/footers or line numbers. */
  furniture: PdfLine[];
}

/** Whole numbers 1–28 in a column left of the text: pleading-paper line numbers. */
export function withoutLineNumbers(items: PdfItem[]): { kept: PdfItem[]; removed: PdfItem[] } {
  const numeric = items.filter((it) => /^\s*\d{1,2}\s*$/.test(it.str) && +it.str >= 1 && +it.str <= 28);
  if (numeric.length < 10) return { kept: items, removed: [] };
  // A column is aligned on its left edge or on its right edge (numbers set flush right).
  let best: PdfItem[] = [];
  for (const edge of [(it: PdfItem) => it.x, (it: PdfItem) => it.x + it.width]) {
    const columns = new Map<number, PdfItem[]>();
    for (const it of numeric) {
      const key = Math.round(edge(it) / 3);
      const list = columns.get(key) ?? [];
      list.push(it);
      columns.set(key, list);
    }
    for (const list of columns.values()) if (list.length > best.length) best = list;
  }
  if (best.length < 10) return { kept: items, removed: [] };
  const right = Math.max(...best.map((it) => it.x + it.width));
  const removedSet = new Set(best);
  const others = items.filter((it) => !removedSet.has(it) && it.str.trim() !== '');
  if (others.some((it) => it.x < right)) return { kept: items, removed: [] };
  return { kept: items.filter((it) => !removedSet.has(it)), removed: best };
}

/** The page's items as lines, top to bottom, each left to right. */
export function linesOf(items: PdfItem[]): PdfLine[] {
  const sorted = items.filter((it) => it.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of sorted) {
    const last = groups[groups.length - 1];
    const tolerance = Math.max(1, (it.size || 10) / 3);
    if (last && Math.abs(last[0].y - it.y) <= tolerance) last.push(it);
    else groups.push([it]);
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const it of group) {
      const gap = it.x - end;
      if (text !== '' && gap > (it.size || 10) * 0.2 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
      text += it.str;
      end = Math.max(end, it.x + it.width);
    }
    text = text.replace(/\s+$/, '');
    if (text.trim() !== '') lines.push({ text, x: group[0].x, y: group[0].y });
  }
  return lines;
}

const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
/** How many lines at the top and at the bottom of a page may be a running header or footer. */
const EDGE_LINES = 2;

/** Pages with running headers and footers moved to `furniture`. */
export function withoutRunningLines(pages: PdfPage[]): PdfPage[] {
  if (pages.length < 3) return pages;
  const counts = new Map<string, number>();
  const key = (where: string, l: PdfLine) => `${where} ${Math.round(l.y / 4)} ${shape(l.text)}`;
  const edgeOf = (lines: PdfLine[]) => [...lines.slice(0, EDGE_LINES).map((l) => key('top', l)), ...lines.slice(-EDGE_LINES).map((l) => key('bottom', l))];
  for (const page of pages) for (const key of new Set(edgeOf(page.lines))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const threshold = Math.max(3, Math.ceil(pages.length * 0.6));
  return pages.map((page) => {
    const drop = new Set<number>();
    const n = page.lines.length;
    for (let i = 0; i < Math.min(EDGE_LINES, n); i++) if ((counts.get(key('top', page.lines[i])) ?? 0) >= threshold) drop.add(i);
    for (let i = Math.max(0, n - EDGE_LINES); i < n; i++) if ((counts.get(key('bottom', page.lines[i])) ?? 0) >= threshold) drop.add(i);
    if (drop.size === 0) return page;
    return {
      number: page.number,
      lines: page.lines.filter((_, i) => !drop.has(i)),
      furniture: [...page.furniture, ...page.lines.filter((_, i) => drop.has(i))],
    };
  });
}

/** The pages' text, one line a line, with hyphenation at line ends joined; and each page's start offset. */
export function joinPages(pages: PdfPage[]): { text: string; pageStarts: number[] } {
  let text = '';
  const pageStarts: number[] = [];
  for (const page of pages) {
    pageStarts.push(text.length);
    for (const line of page.lines) {
      const hyphen = /[a-z]-\n?$/.exec(text);
      if (hyphen && /^[a-z]/.test(line.text)) {
        text = text.slice(0, text.endsWith('\n') ? -2 : -1);
        // A word joined across a page break starts the page where its second half does.
        pageStarts[pageStarts.length - 1] = Math.min(pageStarts[pageStarts.length - 1], text.length);
        text += line.text;
      } else text += (text === '' || text.endsWith('\n') ? '' : '\n') + line.text;
    }
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  }
  return { text, pageStarts };
}
