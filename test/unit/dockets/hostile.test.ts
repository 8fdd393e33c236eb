import * as assert from 'node:assert/strict';
import { extractDocketCites } from '../../../server/src/core/families/dockets/extract';
import { parseDocketList } from '../../../server/src/core/families/dockets/list';
import { plainReaderText } from '../../../server/src/core/text/readerText';
import { checkDraft } from '../helpers';

const MB = 1 << 20;

/** `unit` repeated to about one megabyte. */
function megabyteOf(unit: string): string {
  return unit.repeat(Math.ceil(MB / unit.length));
}

/** Runs `work` and fails if it takes longer than `ms` (a generous bound: linear work takes far less). */
function within<T>(ms: number, work: () => T): T {
  const started = Date.now();
  const result = work();
  const took = Date.now() - started;
  assert.ok(took < ms, `took ${took} ms, more than ${ms} ms`);
  return result;
}

describe('docket extraction on hostile input', () => {
  const INPUTS: Record<string, string> = {
    'reporter-like tokens': megabyteOf('1 F. '),
    'docket words without numbers': megabyteOf('Dkt. '),
    'a bare DE again and again': megabyteOf('DE '),
    'one docket cite after another': megabyteOf('Dkt. 1, '),
    'one endless entry list': `ECF Nos. ${megabyteOf('1, ')}`,
    'one endless pin list': `Dkt. 1 at ${megabyteOf('1, ')}`,
    'one endless paragraph list': `Dkt. 1 ¶¶${megabyteOf('1,')}`,
    'opening parentheses': megabyteOf('('),
    'one huge word': megabyteOf('a'),
    'one huge number': megabyteOf('1'),
    'No. again and again': megabyteOf('No. '),
    'unfinished case numbers': megabyteOf('1:23-cv-'),
    'unclosed parentheticals after case numbers': megabyteOf('No. 19-1234 ('),
    'ranges of ranges': megabyteOf('Dkt. 1–2–3–4 '),
    'look-back pins without end': `${megabyteOf(' at 5')}(ECF No. 1)`,
    'paragraph signs': megabyteOf('¶'),
    'Sixth Circuit words without their PageID': megabyteOf('R. 45, '),
    'Sixth Circuit cites one after another': megabyteOf('R. 45, PageID #2, '),
    'Delaware docket items': megabyteOf('D.I. 4'),
    'appeal suffixes without a number': megabyteOf('22-1456-'),
    'appeal numbers back to back': megabyteOf('22-1456-cv-'),
    'index numbers without their word': megabyteOf('No. 651872/2023/'),
    'Texas numbers that never end': megabyteOf('No. 14-23-00418-'),
    'superior court numbers run together': megabyteOf('Case No. 23STCV1884'),
  };
  for (const [name, text] of Object.entries(INPUTS)) {
    it(`reads 1 MB of ${name} in linear time`, () => {
      const found = within(2000, () => extractDocketCites(plainReaderText(text)));
      for (let k = 1; k < found.length; k++) assert.ok(found[k].start >= found[k - 1].end, 'no overlapping cites');
    });
  }

  it('caps a list at 50 entries and leaves the rest as text', () => {
    const [c] = extractDocketCites(plainReaderText(`ECF Nos. ${'1, '.repeat(200)}2.`));
    assert.equal((c.detail as { entries: unknown[] }).entries.length, 50);
  });

  it('checks a 1 MB draft full of near-misses quickly, end to end', () => {
    const text = megabyteOf('See Dkt. ¶ at No. 19- DE (ECF) Doc. production; ');
    within(2000, () => checkDraft(text, { format: 'plaintext' }));
  });
});

describe('docket lists on hostile input', () => {
  const LISTS: Record<string, [string, string]> = {
    'a file of quotes': ['docket.csv', megabyteOf('"')],
    'a 1 MB list': ['docket.csv', `entry,date,description\n${megabyteOf('1,2024-01-01,x\n')}`],
    'deeply nested JSON': ['docket.json', megabyteOf('[')],
    'an endless JSON string': ['docket.json', `{"docket_entries": "${megabyteOf('x')}`],
    'a long RECAP export': ['docket.json', JSON.stringify({ docket_entries: Array.from({ length: 30000 }, (_, i) => ({ entry_number: i + 1, date_filed: '2024-01-01', description: 'Order' })) })],
  };
  for (const [name, [file, text]] of Object.entries(LISTS)) {
    it(`reads ${name} without throwing, in linear time`, () => {
      const list = within(2000, () => parseDocketList(text, file));
      assert.ok(list.entries.size > 0 || list.problems.length > 0);
    });
  }
});
