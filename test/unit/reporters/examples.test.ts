/**
 * Every example citation of the vendored reporters-db, run through the checker as a draft of its
 * own: each must be found as a case citation with its volume, its reporter (the edition the
 * example's entry became, as its canonical abbreviation) and its page, unless it is listed as a
 * known gap (`examples.gaps.ts`) — and a listed gap that starts being found fails too, so the
 * list is always exactly what the extractor cannot read yet.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../../server/src/core/check';
import { caseDetail } from '../../../server/src/core/families/cases/types';
import { DROPPED_SPELLINGS, SOURCE_EDITIONS } from '../../../server/src/core/reporters/generated';
import { allEditions, allReporters, editionByKey, matchReporterAt } from '../../../server/src/core/reporters/index';
import type { Edition } from '../../../server/src/core/reporters/index';
import type { Citation } from '../../../server/src/core/types';
import { ALIASES, KNOWN_GAPS } from './examples.gaps';

const root = path.resolve(__dirname, '..', '..', '..', '..');

interface RdbEdition {
  start: string | null;
  end: string | null;
}
interface RdbEntry {
  editions: Record<string, RdbEdition>;
  variations?: Record<string, string>;
  examples?: string[];
}
const RDB: Record<string, RdbEntry[]> = JSON.parse(fs.readFileSync(path.join(root, 'data/vendor/reporters-db/reporters.json'), 'utf8'));

/** The edition keys each reporters-db entry became (`key#index`). */
const EDITIONS_OF = new Map<string, Set<string>>();
for (const [key, index, , edition] of SOURCE_EDITIONS) {
  const id = `${key}#${index}`;
  if (!EDITIONS_OF.has(id)) EDITIONS_OF.set(id, new Set());
  EDITIONS_OF.get(id)!.add(edition);
}

interface Example {
  readonly text: string;
  readonly editions: ReadonlySet<string>;
  /** The entry has a series in use after 1950 (one that runs on, or ends after 1950). */
  readonly recent: boolean;
}

const EXAMPLES: Example[] = [];
for (const key of Object.keys(RDB).sort()) {
  RDB[key].forEach((entry, index) => {
    const recent = Object.values(entry.editions).some((e) => e.end === null || Number(e.end.slice(0, 4)) > 1950);
    for (const text of entry.examples ?? []) EXAMPLES.push({ text, editions: EDITIONS_OF.get(`${key}#${index}`) ?? new Set(), recent });
  });
}

/** Why an example is not found as it should be, or undefined when it is. */
function problem(example: Example): string | undefined {
  const { text } = example;
  const found = check({ text, format: 'plaintext' }).citations.find((c: Citation) => c.kind === 'case');
  if (!found) return 'no case citation';
  const key = caseDetail(found).edition;
  const expected = ALIASES.get(text) ?? example.editions;
  if (!key || !(typeof expected === 'string' ? expected === key : expected.has(key))) return `edition ${key}, not ${[...(typeof expected === 'string' ? [expected] : expected)].join(' or ')}`;
  const edition = editionByKey(key)!;
  if (found.reporter !== edition.abbreviation) return `reporter ${found.reporter}, not ${edition.abbreviation}`;
  if (!found.volume || !text.includes(found.volume)) return `volume ${found.volume}`;
  if (!found.page || !text.endsWith(found.page)) return `page ${found.page}`;
  if (found.start !== 0) return `starts at ${found.start}`;
  return undefined;
}

describe('reporters-db examples through the checker', () => {
  const results = EXAMPLES.map((e) => ({ example: e, problem: problem(e) }));

  it('finds every example with its volume, reporter and page, but for the known gaps', () => {
    const unexpected = results.filter((r) => r.problem && !KNOWN_GAPS.has(r.example.text)).map((r) => `${r.example.text}: ${r.problem}`);
    assert.deepEqual(unexpected, []);
  });

  it('lists as known gaps only examples it does not find (a gap that starts passing is taken off the list)', () => {
    const passing = results.filter((r) => !r.problem && KNOWN_GAPS.has(r.example.text)).map((r) => r.example.text);
    assert.deepEqual(passing, []);
    const texts = new Set(EXAMPLES.map((e) => e.text));
    assert.deepEqual([...KNOWN_GAPS.keys()].filter((t) => !texts.has(t)), [], 'gaps that are no example');
  });

  it('finds the share of examples it is measured by', () => {
    const found = results.filter((r) => !r.problem).length;
    const recent = results.filter((r) => r.example.recent);
    const recentFound = recent.filter((r) => !r.problem).length;
    // Measured: see docs/reporters.md. These are floors; the gaps list holds the rest exactly.
    assert.equal(EXAMPLES.length, 499);
    assert.equal(found, EXAMPLES.length - KNOWN_GAPS.size);
    assert.ok(recentFound / recent.length >= 0.6, `${recentFound}/${recent.length} after 1950`);
  });
});

describe('Brieflint additions to reporters-db', () => {
  /** Every spelling reporters-db has, as the matcher reads it (no white space, straight apostrophes). */
  const rdbSpellings = new Set<string>();
  const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/[\u2018\u2019]/g, "'");
  for (const entries of Object.values(RDB)) {
    for (const entry of entries) for (const s of [...Object.keys(entry.editions), ...Object.keys(entry.variations ?? {})]) rdbSpellings.add(squeeze(s));
  }
  const curated = new Set(allReporters().filter((r) => !r.source).map((r) => r.key));

  function citation(e: Edition, spelling: string): string {
    const year = Math.min(e.end ?? 2020, Math.max(e.start, 1990));
    switch (e.form) {
      case 'year-reporter-number': return `${year} ${spelling} 12`;
      case 'year-dash-reporter-dash-number': return `${year}-${spelling}-012`;
      case 'reporter-year-dash-number': return `${spelling} ${year}-12`;
      default: return `10 ${spelling} 100 (${year})`;
    }
  }

  it('reads every variant Brieflint lists that reporters-db lacks, as its own edition', () => {
    let tested = 0;
    const wrong: string[] = [];
    for (const e of allEditions()) {
      if (!curated.has(e.reporterKey)) continue;
      for (const v of e.variants) {
        if (rdbSpellings.has(squeeze(v))) continue;
        tested++;
        const text = citation(e, v);
        const c = check({ text, format: 'plaintext' }).citations.find((x) => x.kind === 'case');
        if (!c || c.reporter !== e.abbreviation || caseDetail(c).edition !== e.key) wrong.push(`${text}: ${c ? `${c.reporter} (${caseDetail(c).edition})` : 'not found'}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(tested > 100, `${tested} variants`);
    // The ones the README names (reporters-db has `NE2d` and `Fed. Appx.` too; `F.3rd` is Brieflint's).
    const named: [string, string][] = [['F.3rd', 'F.3d'], ['NE2d', 'N.E.2d'], ['Fed. Appx.', "F. App'x"]];
    for (const [v, canonical] of named) assert.equal(matchReporterAt(`${v} 1`, 0)?.candidates[0].abbreviation, canonical, v);
    assert.ok(!rdbSpellings.has('F.3rd'));
  });

  it('leaves out the reporters-db variants it drops on purpose', () => {
    const onPurpose = DROPPED_SPELLINGS.filter(([, , why]) => why.startsWith('left out by'));
    assert.ok(onPurpose.length > 0);
    for (const [spelling, edition] of onPurpose) {
      const m = matchReporterAt(`${spelling} 1`, 0);
      assert.ok(!m || m.text !== spelling || !m.candidates.some((c) => c.abbreviation === edition), spelling);
    }
    // `Fed. R. Civ. P. 34` is a rule, not 34 pages of the Federal Reporter.
    assert.equal(check({ text: 'See 5 Fed. R. Civ. P. 34.', format: 'plaintext' }).citations.filter((c) => c.kind === 'case').length, 0);
  });
});
