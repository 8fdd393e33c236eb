/**
 * Hostile input for the docket extractor and the docket-list reader, each made at any size
 * (npm test reads them small; npm run test:perf measures how the time grows).
 */
import { sized } from '../cases/hostileInputs';

export const DOCKET_HOSTILE: Record<string, (size: number) => string> = {
  'reporter-like tokens': sized('1 F. '),
  'docket words without numbers': sized('Dkt. '),
  'a bare DE again and again': sized('DE '),
  'one docket cite after another': sized('Dkt. 1, '),
  'one endless entry list': (n) => `ECF Nos. ${sized('1, ')(n)}`,
  'one endless pin list': (n) => `Dkt. 1 at ${sized('1, ')(n)}`,
  'one endless paragraph list': (n) => `Dkt. 1 ¶¶${sized('1,')(n)}`,
  'opening parentheses': sized('('),
  'one huge word': sized('a'),
  'one huge number': sized('1'),
  'No. again and again': sized('No. '),
  'unfinished case numbers': sized('1:23-cv-'),
  'unclosed parentheticals after case numbers': sized('No. 19-1234 ('),
  'ranges of ranges': sized('Dkt. 1–2–3–4 '),
  'look-back pins without end': (n) => `${sized(' at 5')(n)}(ECF No. 1)`,
  'paragraph signs': sized('¶'),
  'Sixth Circuit words without their PageID': sized('R. 45, '),
  'Sixth Circuit cites one after another': sized('R. 45, PageID #2, '),
  'Delaware docket items': sized('D.I. 4'),
  'appeal suffixes without a number': sized('22-1456-'),
  'appeal numbers back to back': sized('22-1456-cv-'),
  'index numbers without their word': sized('No. 651872/2023/'),
  'Texas numbers that never end': sized('No. 14-23-00418-'),
  'superior court numbers run together': sized('Case No. 23STCV1884'),
};

/** A draft full of near-misses, for the whole check. */
export const DOCKET_NEAR_MISSES = sized('See Dkt. ¶ at No. 19- DE (ECF) Doc. production; ');

export const DOCKET_LIST_HOSTILE: Record<string, [string, (size: number) => string]> = {
  'a file of quotes': ['docket.csv', sized('"')],
  'a long list': ['docket.csv', (n) => `entry,date,description\n${sized('1,2024-01-01,x\n')(n)}`],
  'deeply nested JSON': ['docket.json', sized('[')],
  'an endless JSON string': ['docket.json', (n) => `{"docket_entries": "${sized('x')(n)}`],
  'a long RECAP export': ['docket.json', (n) => JSON.stringify({ docket_entries: Array.from({ length: Math.ceil(n / 70) }, (_, i) => ({ entry_number: i + 1, date_filed: '2024-01-01', description: 'Order' })) })],
};
