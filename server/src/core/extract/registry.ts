import { extractCaseCitations } from '../families/cases/extract';
import { extractDocketCites } from '../families/dockets/extract';
import { extractExhibitCites } from '../families/exhibits/extract';
import type { Extractor } from './types';

/**
 * Every extractor, run on the reader text. Their results are merged in document order; where two
 * overlap, the one that starts first (and, at the same start, the longer) wins.
 */
export const EXTRACTORS: readonly Extractor[] = [extractCaseCitations, extractDocketCites, extractExhibitCites];
