/**
 * What each record cite of a draft resolves to in the record: a row of the record index, or a
 * file of the record folder matched by its name. Computed once per check and sources.
 */
import type { Analysis } from '../../analysis';
import type { CheckSources, Citation } from '../../types';
import { squeeze, WORD_OF } from './abbreviations';
import { recordDetail } from './extract';
import type { RecordCite, RecordCiteDetail, RecordDocument, RecordSources } from './types';

export interface Resolution {
  document?: RecordDocument;
  /** Several documents answer to the cite and none is certain. */
  ambiguous?: RecordDocument[];
}

/** The key a row of the record index answers to: `smith dep`, `er|4` for `4-ER` or `ER` in volume 4. */
export function indexKey(document: string, volume?: string): string {
  const er = /^(\d{1,2})-([SF]?ER)$/i.exec(document.trim());
  if (er) return `${er[2].toLowerCase()}|${er[1]}`;
  const key = squeeze(document);
  return volume ? `${key}|${squeeze(volume)}` : key;
}

/** The record cites of an analysis, with their details. */
export function recordCites(analysis: Analysis): RecordCite[] {
  const out: RecordCite[] = [];
  for (const cite of analysis.citations) {
    const detail = recordDetail(cite);
    if (detail) out.push({ cite, detail });
  }
  return out;
}

const cache = new WeakMap<RecordSources, Map<Citation, Resolution>>();

/** What `cite` resolves to in `sources.record` (nothing when there is no record). */
export function resolveRecordCite(cite: Citation, sources: CheckSources): Resolution {
  const record = sources.record;
  const detail = recordDetail(cite);
  if (!record || !detail) return {};
  let memo = cache.get(record);
  if (!memo) cache.set(record, (memo = new Map()));
  const known = memo.get(cite);
  if (known) return known;
  const found = resolveIn(record, detail);
  memo.set(cite, found);
  return found;
}

function resolveIn(record: RecordSources, detail: RecordCiteDetail): Resolution {
  const page = detail.locations[0]?.location.page;
  const indexed = record.documents.filter((d) => !d.byFileName);
  if (detail.key === 'pageid' && page !== undefined) {
    const rows = indexed.filter((d) => d.pageIdFirst !== undefined && d.pageIdFirst <= page && page <= (d.pageIdLast ?? d.pageIdFirst));
    if (rows.length) return { document: rows[0] };
  }
  // The index first: the row named so; among rows of one appendix's volumes, the one with the page.
  let rows = indexed.filter((d) => d.key === detail.key);
  const bar = detail.key.indexOf('|');
  // `ER` in the index holds `4-ER-874` when no row names volume 4; `J.A.` cited bare, any volume of it.
  if (!rows.length && bar >= 0) rows = indexed.filter((d) => d.key === detail.key.slice(0, bar));
  if (!rows.length && bar < 0) rows = indexed.filter((d) => d.key.startsWith(detail.key + '|'));
  if (rows.length === 1) return { document: rows[0] };
  if (rows.length > 1) {
    const holding = page === undefined ? [] : rows.filter((d) => d.firstPage !== undefined && d.firstPage <= page && page <= (d.lastPage ?? Infinity));
    if (holding.length >= 1) return { document: holding[0] };
    return { ambiguous: rows };
  }
  // Then the files of the record folder, by name.
  const files = record.documents.filter((d) => d.byFileName);
  const exact = files.filter((d) => d.key === detail.key);
  if (exact.length === 1) return { document: exact[0] };
  const matching = files.filter((d) => fileNameMatches(detail.key, d.key));
  if (matching.length === 1) return { document: matching[0] };
  if (matching.length > 1) return { ambiguous: matching };
  return {};
}

/**
 * Whether a file whose squeezed name is `fileKey` holds the document `citeKey` (both as `squeeze`
 * writes them): the file's name must begin with the document's words, in order, where each word
 * is the same, or the word T18 abbreviates that way written out (`hr'g` → `hearing`, `j a` →
 * `joint appendix`), and the last may be the beginning of a longer word (`dep` → `deposition`,
 * `decl` → `declaration`). After them the name may say anything (a date, a witness's first
 * name). A volume (`trial tr|2`) must appear as `vol 2`, `volume 2` or `v2` among the rest; an ER
 * volume (`er|4`) is `4-er`.
 *
 * `Smith Dep.` matches `Smith Deposition 2024-03-12.txt` and `smith dep.txt`, not
 * `Smithson Deposition.txt` or `Jane Smith Deposition.txt`.
 */
export function fileNameMatches(citeKey: string, fileKey: string): boolean {
  const bar = citeKey.indexOf('|');
  const base = bar < 0 ? citeKey : citeKey.slice(0, bar);
  const volume = bar < 0 ? undefined : citeKey.slice(bar + 1);
  const fileWords = fileKey.split(' ');
  if (volume !== undefined && /^[sf]?er$/.test(base)) return fileWords[0] === `${volume}-${base}` || fileKey.startsWith(`${volume}-${base}`);
  const words = base.split(' ');
  const used = matchWords(words, 0, fileWords, 0);
  if (used < 0) return false;
  if (volume === undefined) return true;
  const rest = fileWords.slice(used).join(' ');
  return new RegExp(`(?:^| )(?:vol ?|volume |v)${volume.replace(/[^0-9a-z]/g, '')}(?: |$|,)`).test(rest);
}

/** How many file words `words[i…]` take from `fileWords[j…]`, or -1. */
function matchWords(words: string[], i: number, fileWords: string[], j: number): number {
  if (i === words.length) return j;
  const w = words[i];
  const last = i === words.length - 1;
  const f = fileWords[j];
  if (f !== undefined && (f === w || (last && w.length >= 2 && f.startsWith(w)))) {
    const r = matchWords(words, i + 1, fileWords, j + 1);
    if (r >= 0) return r;
  }
  const spelled = WORD_OF.get(w)?.split(' ');
  if (spelled && spelled.every((s, k) => fileWords[j + k] === s)) return matchWords(words, i + 1, fileWords, j + spelled.length);
  // `J.A.` squeezes to `ja`; a file may write `J. A.` (`j a`).
  return -1;
}
