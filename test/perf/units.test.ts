/**
 * How the time of each scanner grows on its hostile input (the inputs live beside the unit tests,
 * which check the results at small sizes): the case, docket and exhibit extractors, the exhibit
 * rules and commands, the reporter matcher, the chunker, the table-of-authorities scanners, the
 * Markdown grammar, the editor features and verification.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, check } from '../../server/src/core/check';
import { extractCaseCitations } from '../../server/src/core/families/cases/extract';
import { createManifestCsv, exhibitIndex, renumberExhibits } from '../../server/src/core/families/exhibits/commands';
import { extractDocketCites } from '../../server/src/core/families/dockets/extract';
import { parseDocketList } from '../../server/src/core/families/dockets/list';
import { lookupCourt, matchReporterAt, nearestReporters } from '../../server/src/core/reporters/index';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { chunkStarts } from '../../server/src/core/text/chunks';
import { readDocument } from '../../server/src/core/text/markdown';
import { plainReaderText } from '../../server/src/core/text/readerText';
import { findPageMarkers, findSectionHeadings, findToaRegion } from '../../server/src/core/toa';
import { readLookupResponse } from '../../server/src/core/families/cases/verify/answers';
import { caseNamesMatch } from '../../server/src/core/families/cases/verify/caseNames';
import { verificationFindings } from '../../server/src/core/verification';
import { planTextRequests } from '../../server/src/core/families/cases/verify/plan';
import { CASE_HOSTILE, EVERY_FORM, FOOTNOTES, sized } from '../unit/cases/hostileInputs';
import { DOCKET_HOSTILE, DOCKET_LIST_HOSTILE, DOCKET_NEAR_MISSES } from '../unit/dockets/hostileInputs';
import { EXHIBIT_HOSTILE, exhibitWork, prepare, SCRAMBLED, SOURCES } from '../unit/exhibits/hostileInputs';
import { checkDraft } from '../unit/helpers';
import { colour, GRAMMAR_HOSTILE } from '../unit/service/grammarScan';
import { citationsDraft, editorFeatures } from '../unit/service/hostileInputs';
import { TOA_HOSTILE } from '../unit/service/toaHostile';
import { CHUNK_HOSTILE } from '../unit/text/hostileInputs';
import { expectLinearGrowth, MB } from './growth';

/** `n` characters' worth of a repeated piece, for work that takes a count rather than a text. */
const count = (n: number) => 'x'.repeat(Math.ceil(n));

describe('perf: scanners on hostile input, linear time', function () {
  this.timeout(600_000);

  describe('the case extractor', () => {
    for (const [name, make] of CASE_HOSTILE) {
      it(name, () => expectLinearGrowth(name, make, extractCaseCitations, { prepare: (text) => readDocument(text, 'markdown') }));
    }
    it('a draft with a citation of every form, checked whole', () => expectLinearGrowth('every form', sized(EVERY_FORM), (text: string) => checkDraft(text), { size: MB / 4 }));
    it('footnotes read at their markers, checked whole', () => expectLinearGrowth('footnotes', sized(FOOTNOTES), (text: string) => checkDraft(text), { size: MB / 4 }));
    it('footnote openers with no label end and bodies with no blank line, checked whole', () =>
      expectLinearGrowth('footnote openers', sized('[^1]: Id. [^ <sup>\n'), (text: string) => checkDraft(text), { size: MB / 4 }));
  });

  describe('the docket extractor and lists', () => {
    for (const [name, make] of Object.entries(DOCKET_HOSTILE)) {
      it(name, () => expectLinearGrowth(name, make, extractDocketCites, { prepare: plainReaderText }));
    }
    it('near-misses, checked whole', () => expectLinearGrowth('near-misses', DOCKET_NEAR_MISSES, (text: string) => checkDraft(text, { format: 'plaintext' })));
    for (const [name, [file, make]] of Object.entries(DOCKET_LIST_HOSTILE)) {
      it(`docket list: ${name}`, () => expectLinearGrowth(name, make, (text: string) => parseDocketList(text, file)));
    }
  });

  describe('exhibits', () => {
    for (const [name, make] of EXHIBIT_HOSTILE) {
      it(name, () => expectLinearGrowth(name, make, exhibitWork, { prepare }));
    }
    it('the commands', () =>
      expectLinearGrowth('renumber and create a list', SCRAMBLED, (analysis: ReturnType<typeof analyze>) => {
        renumberExhibits(analysis, SOURCES);
        createManifestCsv(analysis, SOURCES);
      }, { prepare: (text) => analyze({ text, format: 'markdown', path: '/case/brief.md' }) }));
    it('a range costs what its two ends cost, however wide', () =>
      expectLinearGrowth('Exs. 1–N, N growing', (n) => `See Exs. 1–${Math.ceil(n)}.\n`, (result: ReturnType<typeof check>) => {
        exhibitIndex(result, SOURCES);
        renumberExhibits(result, SOURCES);
      }, { prepare: (text) => check({ text, format: 'markdown', path: '/case/brief.md' }, DEFAULT_SETTINGS, SOURCES) }));
  });

  describe('reporters and courts', () => {
    const scanAll = (text: string) => {
      let matches = 0;
      for (let i = 0; i < text.length; i++) if (matchReporterAt(text, i)) matches++;
      return matches;
    };
    it('matchReporterAt at every position of "F. F. F. "', () => expectLinearGrowth('F. F. F.', sized('F. '), scanAll));
    it('matchReporterAt at every position of one word', () => expectLinearGrowth('one word', sized('F'), scanAll));
    it('matchReporterAt at every position of near-misses', () => expectLinearGrowth('near-misses', sized('F. Supp.  \n 2'), scanAll));
    it('matchReporterAt at every position of a whitespace run', () => expectLinearGrowth('whitespace', (n) => `F.${' '.repeat(n)}3d`, scanAll));
    it('matchReporterAt at every position of "U.S.U.S."', () => expectLinearGrowth('U.S.U.S.', sized('U.S.'), scanAll));
    it('lookupCourt on a long run of court words', () => expectLinearGrowth('Cal. Cal.', sized('Cal. '), lookupCourt, { size: MB / 4 }));
    it('nearestReporters on long input', () => expectLinearGrowth('F. Supp. F. Supp.', sized('F. Supp. '), (text: string) => nearestReporters(text), { size: MB / 4 }));
  });

  describe('text', () => {
    CHUNK_HOSTILE.forEach((make, k) => {
      it(`chunkStarts on ${JSON.stringify(make(12).slice(0, 6))}…`, () => expectLinearGrowth(`chunks ${k}`, make, (text: string) => chunkStarts(text, 'markdown')));
    });
    it('the table-of-authorities scanners', () =>
      expectLinearGrowth('headings, pages, markers', (n) => TOA_HOSTILE(n / 8) + 'brieflint-toa-start'.repeat(n / 400), (text: string) => {
        findSectionHeadings(text, 'markdown');
        findPageMarkers(text);
        findToaRegion(text);
      }));
    GRAMMAR_HOSTILE.forEach((make, k) => {
      it(`the Markdown grammar on ${JSON.stringify(make(4).slice(0, 12))}…`, () => expectLinearGrowth(`grammar ${k}`, (n) => make(n / 20), colour, { size: MB / 4 }));
    });
  });

  describe('editor features and verification', () => {
    it('every editor feature on a draft dense with citations', () =>
      expectLinearGrowth('editor features', citationsDraft, ({ result, document }: { result: ReturnType<typeof checkDraft>; document: TextDocument }) => editorFeatures(result, document), {
        prepare: (text) => ({ result: checkDraft(text), document: TextDocument.create('file:///case/brief.md', 'markdown', 1, text) }),
      }));
    it('case names compared', () => expectLinearGrowth('case names', sized('Am. Corp. v. '), (name: string) => caseNamesMatch(name, name)));
    it('lookups planned', () =>
      expectLinearGrowth('plan', count, (lookups: string[]) => planTextRequests(lookups), { size: 400_000, prepare: (x) => Array.from({ length: x.length / 4 }, (_, i) => `${i} F.3d ${i}`) }));
    it('garbage answers read', () => expectLinearGrowth('garbage', sized('['), readLookupResponse));
    it('answers turned into findings', () =>
      expectLinearGrowth('findings', (n) => Array.from({ length: Math.ceil(n / 50) }, (_, i) => `*Party${i} v. Other${i}*, ${i % 900 + 1} F.3d ${i + 1} (2d Cir. 2001).`).join('\n'),
        (result: ReturnType<typeof checkDraft>) => verificationFindings(result, () => ({ status: 'found', opinions: [{ caseName: 'Someone Else v. Another', citations: [] }] }), { existing: result.findings }),
        { prepare: (text) => checkDraft(text) }));
  });
});
