import type { Rule } from '../../../rules/rule';
import type { Finding } from '../../../types';
import { formFinding, styleOf } from '../form';

/** One page span of a pin: `920-921`, `920–21`, `1075 - 1079`. */
const SPAN = /(?<![\d*])(\d{1,5})(\s?[-–—]\s?)(\d{1,5})(?![\d:])/g;
/** A footnote pin written with a blank after `n.` (`457 n. 1`, `457 & nn. 1–2`). */
const NOTE = /\b(nn?)\. (\d{1,4})/g;

/**
 * `920–21` as the Bluebook and the Indigo Book write a span (retain the last two digits, drop
 * the other repeated ones), or `920–921` as the California Style Manual writes it; `undefined`
 * when the span runs backwards or cannot be read.
 */
export function pageSpanForm(first: string, last: string, form: 'drop-repeated' | 'full'): string | undefined {
  let full = last;
  if (last.length < first.length) full = first.slice(0, first.length - last.length) + last;
  if (Number(full) <= Number(first)) return undefined;
  if (form === 'full' || full.length !== first.length) return full;
  let common = 0;
  while (common < full.length && full[common] === first[common]) common++;
  return full.slice(Math.min(common, full.length - 2));
}

/**
 * A page span in a pin cite not in the style's form: `920-921` where the Bluebook writes
 * `920–21`, `920–21` where the California Style Manual writes `920–921`; a footnote pin
 * `457 n. 1` where the Bluebook writes `457 n.1`. Only page pins of print reporters (not star
 * pages, paragraphs or sections) are read; the written dash is kept.
 */
export const pinRangeForm: Rule = {
  info: {
    code: 'pin-range-form',
    severity: 'warning',
    summary: "A page span in a pin cite not in the style's form (Bluebook `920–21`, California Style Manual `920–921`).",
    example: 'Am. Geophysical Union v. Texaco Inc., 60 F.3d 913, 920-921 (2d Cir. 1994)',
  },
  check: (ctx) => {
    const out: Finding[] = [];
    const style = styleOf(ctx).style;
    const source = ctx.analysis.draft.text;
    for (const c of ctx.analysis.citations) {
      if (c.kind !== 'case' && c.kind !== 'case-short' && c.kind !== 'id' && c.kind !== 'supra') continue;
      const span = c.parts?.pinCite;
      if (!span || !c.pinCite) continue;
      const written = source.slice(span.start, span.end);
      if (written !== c.pinCite || /[*¶§:]/.test(written)) continue;
      for (const m of written.matchAll(SPAN)) {
        const [whole, first, dash, last] = m;
        const want = pageSpanForm(first, last, style.pageSpan);
        if (want === undefined || want === last) continue;
        // Shortened where only the last two digits are kept (`920–21`, `1075–79`); other spans
        // (`1099–1100`) are left as written.
        if (style.pageSpan === 'drop-repeated' && want.length !== 2) continue;
        const start = span.start + m.index! + first.length + dash.length;
        const fixedDash = dash.trim() === '-' ? '–' : dash.trim();
        const text = `${first}${fixedDash}${want}`;
        out.push(formFinding(ctx, 'pin-range-form', 'warning', { start: span.start + m.index!, end: start + last.length },
          `Write the page span "${text}", not "${whole}"`, 'page-span', c.id,
          { text, title: `Change "${whole}" to "${text}"` }));
      }
      if (style.form !== 'bluebook') continue;
      for (const m of written.matchAll(NOTE)) {
        const start = span.start + m.index!;
        const text = `${m[1]}.${m[2]}`;
        out.push(formFinding(ctx, 'pin-range-form', 'warning', { start, end: start + m[0].length },
          `Write the footnote pin "${text}", without a blank after "${m[1]}."`, 'footnote-pin', c.id,
          { text, title: `Change "${m[0]}" to "${text}"` }));
      }
    }
    return out;
  },
};
