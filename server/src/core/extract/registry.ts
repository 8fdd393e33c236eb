import { extractDocketCites } from '../dockets/extract';
import type { Extractor } from './types';

/** Every extractor, run in this order on the reader text; overlaps keep the earliest, longest match. */
export const EXTRACTORS: readonly Extractor[] = [extractDocketCites];
