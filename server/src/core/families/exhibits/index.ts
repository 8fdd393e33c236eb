/**
 * The exhibits family: exhibit cites (`Ex. 1`, `Exs. 3–5`, `Exhibit A`) with their Bates numbers,
 * resolved against the exhibit list, the draft's own definitions and the exhibit folder.
 */
import { normalizeSpaces, shorten } from '../../text/strings';
import type { Citation, Span } from '../../types';
import type { CitationFamily } from '../family';
import { completeExhibit } from './complete';
import { exhibitCatalog, exhibitDetail } from './catalog';
import { extractExhibitCites } from './extract';
import { describeExhibit, exhibitBatesHint } from './hover';
import { citedExhibitLabels, exhibitKeys, exhibitOfKey, exhibitPartKeys } from './keys';
import { exhibitKey } from './labels';
import { exhibitDeclarations, exhibitLinks } from './places';
import { RULES } from './rules/index';

export const exhibits: CitationFamily = {
  name: 'exhibits',
  kinds: ['exhibit'],
  extract: extractExhibitCites,
  rules: RULES,
  keys: exhibitKeys,
  partKeys: exhibitPartKeys,
  groups: {
    exhibit: {
      outline: 'Exhibits',
      symbol: 'file',
      // An exhibit of another document (`Ex. B to Dkt. No. 12`) is not one of the draft's own.
      counted: { one: 'exhibit', many: 'exhibits', includes: (key) => exhibitOfKey(key).of === undefined },
      name: (key, c, root) => {
        const { label } = exhibitOfKey(key);
        return (root?.exhibits ?? []).find((l) => exhibitKey(l) === label) ?? label;
      },
      title: (g) => {
        const of = exhibitOfKey(g.key).of;
        return of === undefined ? `Ex. ${g.name}` : `Ex. ${g.name} to ${of}`;
      },
      detail: (g, result, sources) => {
        if (exhibitOfKey(g.key).of !== undefined) return undefined;
        const description = exhibitCatalog(result, sources).entries.get(exhibitKey(g.name))?.description;
        return description ? shorten(normalizeSpaces(description), 80) : undefined;
      },
      declarations: exhibitDeclarations,
    },
  },
  kindWords: { exhibit: 'exhibit cite' },
  tokens: {
    parts: { exhibit: 'number', label: 'number', keyword: 'keyword', bates: 'string', pinCite: 'number' },
    whole: { exhibit: 'keyword' },
  },
  hover: describeExhibit,
  complete: completeExhibit,
  inlayHint: exhibitBatesHint,
  links: exhibitLinks,
  jsonFields: ['pinCite', 'exhibits', 'bates'],
  // The contract lists every label a cite names: a range filled in (each range up to
  // RANGE_EXPANSION_LIMIT members, within the draft's budget; past either, its two ends).
  jsonValues: (c, ctx) => (c.exhibits ? { exhibits: citedExhibitLabels(c, ctx.rangeBudget) } : {}),
};

export { exhibitDetail };

/**
 * Where an exhibit cite names the docket entry or other document it is an exhibit of, after its
 * labels (`Dkt. No. 27` in `Ex. B to Dkt. No. 27`), in source offsets; undefined for the
 * draft's own exhibits and for a document named before the labels (`Doe Decl. Ex. 3`).
 */
export function exhibitOfSpan(c: Citation): Span | undefined {
  return c.kind === 'exhibit' && exhibitDetail(c)?.of !== undefined ? c.parts?.of : undefined;
}

// What the service, the command line and the server use of this family besides the object above.
export { createManifestCsv, exhibitIndex, exhibitIndexMarkdown, exhibitLabelAt, renameExhibit, renumberExhibits } from './commands';
export type { ExhibitDefinition, ExhibitSources, ManifestAppend } from './types';
export { baseName, folderDefinitions, labelFromCell, LIST_PROBLEM, MANIFEST_NAMES, manifestField, readCsvManifest, readManifestRecords } from './manifest';
export type { ManifestReading, ManifestRecord } from './manifest';
