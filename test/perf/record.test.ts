/** How the time of the record extractor and the transcript reader grows on hostile text. */
import { extractRecordCites } from '../../server/src/core/families/record/extract';
import { readRecordText } from '../../server/src/core/families/record/readers';
import { readDocument } from '../../server/src/core/text/markdown';
import { RECORD_HOSTILE, TRANSCRIPT_HOSTILE } from '../unit/record/hostileInputs';
import { expectLinearGrowth } from './growth';

describe('record cites on hostile text: growth', function () {
  this.timeout(120_000);
  for (const [name, make] of Object.entries(RECORD_HOSTILE)) {
    it(name, () => expectLinearGrowth(name, make, extractRecordCites, { prepare: (text) => readDocument(text, 'plaintext') }));
  }
  it('the transcript reader', () => expectLinearGrowth('transcript', TRANSCRIPT_HOSTILE, readRecordText));
});
