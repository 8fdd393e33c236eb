import type { ReaderText } from '../text/readerText';
import type { Citation, Span } from '../types';

/**
 * A citation as an extractor finds it: offsets (and `parts`) in reader offsets. The pipeline
 * maps it to source offsets, gives it an id and its text.
 */
export type FoundCitation = Omit<Citation, 'id' | 'text' | 'parts'> & {
  /** Named sub-spans (`reporter`, `pinCite`, `bates0`, …) in reader offsets. */
  parts?: Record<string, Span>;
};

export type Extractor = (reader: ReaderText) => FoundCitation[];
