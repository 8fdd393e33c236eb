import type { RuleContext } from '../../../analysis';
import type { Rule } from '../../../rules/rule';
import type { Finding, Fix } from '../../../types';
import { ExhibitCite, rangeKeys } from '../catalog';
import { createManifestCsv } from '../commands';
import { folderOf } from '../manifest';
import { catalogOf, ownCitesOf } from './shared';

/**
 * `exhibit-source-missing`: the draft cites its own exhibits, and no exhibit source at all was
 * found (no list, no definitions in the draft, no folder). One finding, on the first exhibit
 * cite, saying why a list that was found could not be used; with none found, a fix creates
 * `exhibits.csv` beside the draft listing every exhibit the draft cites.
 */
export const exhibitSourceMissing: Rule = {
  info: {
    code: 'exhibit-source-missing',
    severity: 'information',
    summary: 'The draft cites exhibits but no exhibit list, in-draft index or exhibit folder was found; checks that need one are off.',
    example: 'Ex. 1 with no exhibits.csv',
  },
  check: (ctx) => (catalogOf(ctx).hasSource ? [] : sourceMissingFindings(ctx, ownCitesOf(ctx))),
};

function sourceMissingFindings(ctx: RuleContext, own: readonly ExhibitCite[]): Finding[] {
  if (own.length === 0) return [];
  const first = own[0].cite;
  const unusable = ctx.sources.exhibits?.unusable ?? [];
  const why = unusable.length ? ` (${unusable.join('; ')})` : '';
  const fixes: Fix[] = [];
  const draftPath = ctx.analysis.draft.path;
  const folder = draftPath ? folderOf(draftPath) : undefined;
  if (folder && unusable.length === 0) {
    const path = `${folder.folder}${folder.separator}exhibits.csv`;
    const count = countCitedExhibits(own);
    fixes.push({
      title: `Create exhibits.csv beside the draft, listing the ${count === 1 ? 'exhibit' : `${count} exhibits`} it cites`,
      edits: [{ path, create: true, start: 0, end: 0, newText: createManifestCsv(ctx.analysis, ctx.sources) }],
    });
  }
  return [{
    code: 'exhibit-source-missing',
    severity: 'information',
    start: first.start,
    end: first.end,
    citations: [first.id],
    message:
      `This draft cites exhibits, but no exhibit list was found${why}: Brieflint cannot check that each exhibit exists. ` +
      'Add exhibits.csv (or .json, .yaml) beside the draft or at the workspace root, an index of exhibits in the draft, or set brieflint.exhibits.folder.',
    fixes,
  }];
}

/** How many distinct exhibits the draft's own cites name, ranges filled in. */
function countCitedExhibits(own: readonly ExhibitCite[]): number {
  const keys = new Set<string>();
  for (const { labels } of own) {
    for (const item of labels) {
      keys.add(item.key);
      if (item.through) for (const k of rangeKeys(item.label, item.through.label) ?? [item.through.key]) keys.add(k);
    }
  }
  return keys.size;
}
