/**
 * The authorities family's short forms, linked after the cases family has linked `Id.` and
 * `supra` (registry order):
 *
 * - `§ 106(2)` after `17 U.S.C. § 106` → that citation (`antecedent`), its authority.
 *   `§ 107` after it is another section of the same code: its own authority, `17 U.S.C. § 107`,
 *   read against the earlier citation (`detail.readAgainst`), with no antecedent.
 * - `Restatement § 402A cmt. c` → the latest Restatement cited with that section (else it is
 *   another section of the latest Restatement, as above).
 * - `Warren & Brandeis, supra, at 195` that no case took → the latest secondary source whose
 *   author and title (the text before its volume) hold the words of its name.
 */
import type { Citation } from '../../types';
import { AUTHORITY_KINDS } from './extract';
import { authorityDetail } from './types';

/** How many earlier full citations a short form is compared with, latest first (keeps resolution linear). */
const MAX_CANDIDATES = 64;

export function resolveAuthorities(citations: Citation[]): void {
  const sectioned: Citation[] = []; // full statutes and regulations cited by section
  const restatements: Citation[] = [];
  const secondary: Citation[] = [];
  for (const c of citations) {
    const d = authorityDetail(c);
    if (c.kind === 'supra') {
      if (!c.antecedent && c.caseName) {
        const target = supraTarget(c.caseName, secondary);
        if (target) c.antecedent = target.id;
      }
      continue;
    }
    if (!AUTHORITY_KINDS.includes(c.kind)) continue;
    if (d.short) {
      const pool = c.kind === 'secondary' ? restatements : sectioned;
      shortSection(c, pool);
      continue;
    }
    if ((c.kind === 'statute' || c.kind === 'regulation') && d.base) sectioned.push(c);
    if (c.kind === 'secondary' && d.code?.startsWith('Restatement')) restatements.push(c);
    if (c.kind === 'secondary') secondary.push(c);
  }
}

function shortSection(c: Citation, pool: readonly Citation[]): void {
  const d = authorityDetail(c);
  const section = d.sections?.[0];
  // A result's citation may be a copy of the last check's, resolved then: start again.
  delete c.authority;
  if (!section || pool.length === 0) return;
  const from = Math.max(0, pool.length - MAX_CANDIDATES);
  for (let k = pool.length - 1; k >= from; k--) {
    const full = pool[k];
    if (authorityDetail(full).sections?.[0] === section && (d.sections?.length ?? 1) === 1) {
      c.antecedent = full.id;
      c.kind = full.kind;
      c.authority = full.authority;
      return;
    }
  }
  const last = pool[pool.length - 1];
  const ld = authorityDetail(last);
  c.kind = last.kind;
  c.authority = `${ld.base ?? ld.code} ${d.sign ?? '§'} ${(d.sections ?? []).join(d.sign === '§§' ? ', ' : '–')}`;
  c.detail = { ...c.detail, readAgainst: last.id, base: ld.base, code: ld.code, codeName: ld.codeName, jurisdiction: ld.jurisdiction };
}

/** Words of a `supra` name that must all appear in the source's author and title. */
function nameWords(name: string): string[] {
  return name.split(/[\s,&]+/).filter((w) => w.length > 1 && !/^(?:and|et|al\.?)$/i.test(w));
}

function supraTarget(name: string, secondary: readonly Citation[]): Citation | undefined {
  const words = nameWords(name);
  if (words.length === 0) return undefined;
  const from = Math.max(0, secondary.length - MAX_CANDIDATES);
  for (let k = secondary.length - 1; k >= from; k--) {
    const lead = authorityDetail(secondary[k]).lead;
    if (lead && words.every((w) => lead.includes(w))) return secondary[k];
  }
  return undefined;
}
