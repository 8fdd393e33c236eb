/**
 * What several exhibit rules read alike, made once per check through `ctx.shared`: the exhibit
 * catalogue (list, draft definitions, folder merged), the draft's exhibit cites (all of them, and
 * its own: not `Ex. B to Dkt. No. 12`), and how labels are written in messages.
 *
 * Precision first, in every rule: a check speaks only when the draft or the list says enough to
 * be sure (a dominant form, a majority of widths), and fixes are offered only when what to write
 * is known.
 */
import { RuleContext, sharedKey } from '../../../analysis';
import { allExhibitCites, ExhibitCatalog, exhibitCatalog, ExhibitCite, ownExhibitCites } from '../catalog';
import { compareLabels, labelOrdinal } from '../labels';

const CATALOG = sharedKey<ExhibitCatalog>('exhibits: catalogue');
const ALL_CITES = sharedKey<readonly ExhibitCite[]>('exhibits: every exhibit cite');
const OWN_CITES = sharedKey<readonly ExhibitCite[]>("exhibits: the draft's own exhibit cites");

/** Every exhibit the draft can resolve against (exhibit list, then the draft's definitions, then the folder). */
export function catalogOf(ctx: RuleContext): ExhibitCatalog {
  return ctx.shared(CATALOG, () => exhibitCatalog(ctx.analysis, ctx.sources));
}

/** Every exhibit cite of the draft, in document order, with its labels read. */
export function allCitesOf(ctx: RuleContext): readonly ExhibitCite[] {
  return ctx.shared(ALL_CITES, () => allExhibitCites(ctx.analysis));
}

/** The cites of the draft's own exhibits (not `Ex. B to Dkt. No. 12`), in document order. */
export function ownCitesOf(ctx: RuleContext): readonly ExhibitCite[] {
  return ctx.shared(OWN_CITES, () => ownExhibitCites(ctx.analysis));
}

/** The 1-based line of a source offset, for messages. */
export function lineOf(ctx: RuleContext, offset: number): number {
  return ctx.analysis.lines.positionAt(offset).line + 1;
}

/** Appends `items` one by one (spreading a huge array into `push` overflows the stack). */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** `s` cut to `n` characters, with an ellipsis when cut. */
export function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** `exhibits.csv`, `exhibits.csv or the exhibits defined in this draft`. */
export function sourceList(catalog: ExhibitCatalog): string {
  const names = catalog.sourceNames;
  return names.length <= 1 ? names[0] ?? 'any exhibit source' : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Labels as a reader writes them: `1–9, 11 and A–C`; long lists cut short. */
export function summarizeLabels(labels: string[]): string {
  const unique = [...new Set(labels)].sort(compareLabels);
  const groups: string[] = [];
  let k = 0;
  while (k < unique.length) {
    let j = k;
    const o = (label: string) => (/^\d+$/.test(label) || /^[A-Z]$/.test(label) ? labelOrdinal(label) : undefined);
    while (j + 1 < unique.length && o(unique[j]) !== undefined && o(unique[j + 1]) === o(unique[j])! + 1 && /^\d/.test(unique[j]) === /^\d/.test(unique[j + 1])) j++;
    groups.push(j > k + 1 ? `${unique[k]}–${unique[j]}` : j === k + 1 ? `${unique[k]}, ${unique[j]}` : unique[k]);
    k = j + 1;
  }
  const shown = groups.length > 12 ? [...groups.slice(0, 12), '…'] : groups;
  if (shown.length === 1) return shown[0];
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
