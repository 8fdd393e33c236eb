import type { FoundCitation } from '../extract/types';
import type { ReaderText } from '../text/readerText';

/** Case citations (full, short, Id., supra). Stub: filled in by the case-citation work. */
export function extractCaseCitations(reader: ReaderText): FoundCitation[] {
  void reader;
  return [];
}
