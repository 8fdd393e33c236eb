import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../server/src/core/settings';
import { loadExhibitSources } from '../../../server/src/service/exhibitSources';
import { loadSources } from '../../../server/src/service/sources';
import { draft } from '../helpers';
import { checkCase, fakeHost, messages } from './fixture';

const NESTED = '/case/briefs/opposition.md';

describe('exhibit sources: where the exhibit list is found', () => {
  it('uses the list beside the draft before the one at the workspace root', () => {
    const host = fakeHost({ '/case/briefs/exhibits.csv': 'exhibit\n1\n', '/case/exhibits.json': '[{"exhibit": "2"}]' });
    const { exhibits } = loadExhibitSources(NESTED, '/case', DEFAULT_SETTINGS, host);
    assert.deepEqual(exhibits?.sources, ['exhibits.csv']);
    assert.deepEqual(exhibits?.definitions.map((d) => d.label), ['1']);
    assert.equal(exhibits?.manifest?.path, '/case/briefs/exhibits.csv');
  });

  it('looks for .csv, .json, .yaml and .yml in that order', () => {
    const host = fakeHost({ '/case/briefs/exhibits.yml': '- exhibit: 3\n', '/case/briefs/exhibits.json': '[{"exhibit": "2"}]' });
    const { exhibits } = loadExhibitSources(NESTED, '/case', DEFAULT_SETTINGS, host);
    assert.deepEqual(exhibits?.sources, ['exhibits.json']);
  });

  it('falls back to the workspace root', () => {
    const host = fakeHost({ '/case/exhibits.yaml': '- exhibit: A\n' });
    const { exhibits } = loadExhibitSources(NESTED, '/case', DEFAULT_SETTINGS, host);
    assert.deepEqual(exhibits?.definitions.map((d) => [d.label, d.origin.path]), [['A', '/case/exhibits.yaml']]);
  });

  it('uses only the list set in brieflint.exhibits.manifest (or --exhibits) when one is set', () => {
    const settings = sanitizeSettings({ exhibits: { manifest: 'lists/opposition-exhibits.csv' } }).settings;
    const host = fakeHost({ '/case/lists/opposition-exhibits.csv': 'exhibit\n7\n', '/case/briefs/exhibits.csv': 'exhibit\n1\n' });
    const { exhibits, watched } = loadExhibitSources(NESTED, '/case', settings, host);
    assert.deepEqual(exhibits?.definitions.map((d) => d.label), ['7']);
    assert.deepEqual(watched, ['/case/lists/opposition-exhibits.csv']);
  });

  it('takes an absolute path in the setting as it is', () => {
    const settings = sanitizeSettings({ exhibits: { manifest: '/elsewhere/list.csv' } }).settings;
    const { exhibits } = loadExhibitSources(NESTED, '/case', settings, fakeHost({ '/elsewhere/list.csv': 'exhibit\n9\n' }));
    assert.deepEqual(exhibits?.definitions.map((d) => d.label), ['9']);
  });

  it('says so when the list set in the settings does not exist, and does not look elsewhere', () => {
    const settings = sanitizeSettings({ exhibits: { manifest: 'missing.csv' } }).settings;
    const { exhibits } = loadExhibitSources(NESTED, '/case', settings, fakeHost({ '/case/briefs/exhibits.csv': 'exhibit\n1\n' }));
    assert.deepEqual(exhibits?.sources, []);
    assert.deepEqual(exhibits?.unusable, ['the exhibit list set in brieflint.exhibits.manifest, /case/missing.csv, does not exist']);
  });

  it('watches every place a list may appear, so creating one re-checks the draft', () => {
    const { exhibits, watched } = loadExhibitSources(NESTED, '/case', DEFAULT_SETTINGS, fakeHost({}));
    assert.equal(exhibits, undefined);
    assert.deepEqual(watched, [
      '/case/briefs/exhibits.csv', '/case/briefs/exhibits.json', '/case/briefs/exhibits.yaml', '/case/briefs/exhibits.yml',
      '/case/exhibits.csv', '/case/exhibits.json', '/case/exhibits.yaml', '/case/exhibits.yml',
    ]);
  });

  it('reads a draft with no path (an untitled document) against the workspace root only', () => {
    const { exhibits } = loadExhibitSources(undefined, '/case', DEFAULT_SETTINGS, fakeHost({ '/case/exhibits.csv': 'exhibit\n1\n' }));
    assert.deepEqual(exhibits?.sources, ['exhibits.csv']);
  });

  it('reads the exhibit folder set in brieflint.exhibits.folder, beside the list', () => {
    const settings = sanitizeSettings({ exhibits: { folder: 'Exhibits' } }).settings;
    const host = fakeHost({ '/case/exhibits.csv': 'exhibit,description\n1,Email\n' }, { '/case/Exhibits': ['Ex. 01 - Email.pdf', 'Ex. 02 - Letter.pdf'] });
    const { exhibits, watched } = loadExhibitSources(NESTED, '/case', settings, host);
    assert.deepEqual(exhibits?.sources, ['exhibits.csv', 'the exhibit folder Exhibits']);
    assert.deepEqual(exhibits?.definitions.map((d) => [d.label, d.origin.kind]), [['1', 'manifest'], ['1', 'folder'], ['2', 'folder']]);
    assert.ok(watched.includes('/case/Exhibits'));
  });

  it('says so when the exhibit folder does not exist', () => {
    const settings = sanitizeSettings({ exhibits: { folder: 'Exhibits' } }).settings;
    const { exhibits } = loadExhibitSources(NESTED, '/case', settings, fakeHost({}));
    assert.deepEqual(exhibits?.unusable, ['the exhibit folder set in brieflint.exhibits.folder, /case/Exhibits, does not exist']);
  });

  it('hands the exhibit sources and watched paths to the shared loader', () => {
    const loaded = loadSources(NESTED, '/case', DEFAULT_SETTINGS, fakeHost({ '/case/exhibits.csv': 'exhibit\n1\n' }));
    assert.deepEqual(loaded.sources.exhibits?.sources, ['exhibits.csv']);
    assert.ok(loaded.watched.includes('/case/briefs/exhibits.csv'));
  });
});

describe('exhibit sources: what the draft sees', () => {
  const BRIEF = draft`
    The email shows it. *See* Ex. 1, ABC000100.
  `;

  it('with no source at all: one information finding, and no unresolved exhibits', () => {
    assert.deepEqual(messages(checkCase({ draft: BRIEF })), [
      'exhibit-source-missing: This draft cites exhibits, but no exhibit list was found: Brieflint cannot check that each exhibit exists. Add exhibits.csv (or .json, .yaml) beside the draft or at the workspace root, an index of exhibits in the draft, or set brieflint.exhibits.folder.',
    ]);
  });

  it('with a list that cannot be used: says why, and the list\'s own problem is reported in the list', () => {
    const checked = checkCase({ draft: BRIEF, files: { '/case/exhibits.csv': 'number,description\n1,Email\n' } });
    assert.deepEqual(messages(checked), [
      'exhibit-source-missing: This draft cites exhibits, but no exhibit list was found (exhibits.csv has no exhibit column): Brieflint cannot check that each exhibit exists. Add exhibits.csv (or .json, .yaml) beside the draft or at the workspace root, an index of exhibits in the draft, or set brieflint.exhibits.folder.',
    ]);
    assert.deepEqual(checked.sources.exhibits?.problems.map((p) => [p.path, p.line, p.code]), [['/case/exhibits.csv', 0, 'exhibit-list-invalid']]);
  });

  it('with a list that has problems in some rows: the other rows are used', () => {
    const checked = checkCase({ draft: BRIEF, files: { '/case/exhibits.csv': 'exhibit,bates_begin\n1,ABC000100\n2,"broken\n' } });
    assert.deepEqual(messages(checked), []);
    assert.equal(checked.sources.exhibits?.problems.length, 1);
  });

  it('with a folder only: the folder defines the exhibits', () => {
    const checked = checkCase({
      draft: 'See Ex. 1 and Ex. 3.\n',
      settings: { exhibits: { folder: 'Exhibits' } },
      folders: { '/case/Exhibits': ['Exhibit 1.pdf', 'Exhibit 2.pdf'] },
    });
    assert.deepEqual(messages(checked, 'exhibit-unresolved'), ['exhibit-unresolved: Ex. 3 is not defined in the exhibit folder Exhibits. Defined: Exs. 1, 2.']);
  });
});
