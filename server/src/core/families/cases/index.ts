/**
 * The cases family: full case citations, their parallel citations and history, short cites,
 * `Id.` and `supra`. Its extractor also reads the statutes and rules beside cases (they share
 * string citations; the authorities family presents them), and its resolver links every short
 * form and `Id.` of the draft, whatever family the citation it refers to belongs to.
 */
import { normalizeSpaces } from '../../text/strings';
import type { Citation } from '../../types';
import type { CitationFamily } from '../family';
import { completeShortCite } from './complete';
import { caseKeys, caseTableText, principalCitation } from './authority';
import { extractCaseCitations } from './extract';
import { describeCase } from './hover';
import { caseLinks } from './links';
import { shortName } from './names';
import { caseNumbering } from './numbering';
import { resolveCitations } from './resolve';
import { RULES } from './rules/index';

export const cases: CitationFamily = {
  name: 'cases',
  kinds: ['case', 'case-short', 'id', 'supra'],
  extract: extractCaseCitations,
  rules: RULES,
  resolve: resolveCitations,
  numbering: caseNumbering,
  keys: caseKeys,
  principal: principalCitation,
  groups: {
    case: {
      outline: 'Authorities',
      symbol: 'class',
      authority: true,
      toaSection: 'Cases',
      tableText: caseTableText,
    },
  },
  kindWords: { case: 'full citation', 'case-short': 'short cite', id: 'Id.', supra: 'supra' },
  tokens: {
    parts: { caseName: 'class', reporter: 'type', volume: 'number', page: 'number', pinCite: 'number', signal: 'keyword' },
    whole: { case: 'type', 'case-short': 'type', id: 'keyword', supra: 'keyword' },
    extra: (c, source) => {
      // `Id.` and `supra` are words, not parts: colour the word itself.
      if (c.kind === 'supra' && c.parts?.supra) return [{ start: c.parts.supra.start, end: c.parts.supra.end, type: 'keyword' }];
      if (c.kind !== 'id' && c.kind !== 'supra') return [];
      const word = /^[A-Za-z]{2,5}\.?/.exec(source.slice(c.start, c.start + 8));
      return word ? [{ start: c.start, end: c.start + word[0].length, type: 'keyword' }] : [];
    },
  },
  hover: describeCase,
  complete: completeShortCite,
  label: caseLabel,
  links: caseLinks,
  jsonFields: ['caseName', 'volume', 'reporter', 'reporterAsWritten', 'page', 'pinCite', 'court', 'year'],
};

/** `Texaco, 60 F.3d 913`: the short name and first page, as a short form's hint names what it refers to. */
function caseLabel(c: Citation): string {
  const cite = [c.volume, c.reporter, c.page].filter(Boolean).join(' ');
  if (!c.caseName) return cite || normalizeSpaces(c.text);
  return cite ? `${shortName(normalizeSpaces(c.caseName))}, ${cite}` : shortName(normalizeSpaces(c.caseName));
}

export { courtListenerUrl } from './links';
