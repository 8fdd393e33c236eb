import type { FoundCitation } from '../extract/types';
import type { ReaderText } from '../text/readerText';

/** Exhibit cites with their Bates numbers. Stub: filled in by the exhibits work. */
export function extractExhibitCites(reader: ReaderText): FoundCitation[] {
  void reader;
  return [];
}
