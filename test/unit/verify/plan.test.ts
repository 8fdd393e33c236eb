import * as assert from 'node:assert/strict';
import { matchAnswers, readLookupResponse, ServiceAnswer } from '../../../server/src/core/families/cases/verify/answers';
import { codePointOffsets, planTextRequests, segmentAt } from '../../../server/src/core/families/cases/verify/plan';
import { lookupTargets, normalizeReporter } from '../../../server/src/core/families/cases/verify/targets';
import { checkDraft, draft } from '../helpers';

describe('verify: what is asked', () => {
  it('asks only the volume, reporter and page of each full citation, once, in order', () => {
    const text = draft`
      *See, e.g., Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913, 920 (2d Cir. 1994)
      (holding that copying for research was not fair use); *Roe v. Wade*, 410 U.S. 113,
      93 S. Ct. 705 (1973) (parallel cite: only the first is asked about); *Smith v. Jones*,
      2020 WL 1234567, at *3 (S.D.N.Y. Mar. 3, 2020) (a database cite: never sent).
      *Texaco*, 60 F.3d at 921 (a short cite: never sent). *Id.* at 922.
      *Am. Geophysical Union v. Texaco Inc.*, 60 F.3d 913 (2d Cir. 1994) (cited again: asked once).
    `;
    const targets = lookupTargets(checkDraft(text).citations);
    assert.deepEqual(
      targets.map((t) => [t.lookup, t.citationIds.length]),
      [
        ['60 F.3d 913', 2],
        ['410 U.S. 113', 1],
      ],
    );
  });

  it('asks public-domain citations as written, and plain ones in the Bluebook form', () => {
    const text = draft`
      *State v. Smith*, 2010-NMSC-007, ¶ 12; *Doe v. Roe*, 2019 ND 12; *Jones v. Comm'r*,
      T.C. Memo. 2019-12; *People v. Poe*, 2014 IL App (2d) 120583; *Marbury v. Madison*,
      5 U.S. (1 Cranch) 137 (1803); *Coe v. Doe*, 100 F. App’x 5 (2d Cir. 2004); *Foo v. Bar*,
      100 F.Supp.2d 7 (S.D.N.Y. 2000); *A v. B*, 2019 U.S. Dist. LEXIS 12345 (S.D.N.Y. 2019).
    `;
    assert.deepEqual(
      lookupTargets(checkDraft(text).citations).map((t) => [t.lookup, t.byParts]),
      [
        ['2010-NMSC-007', false],
        ['2019 ND 12', false],
        ['T.C. Memo. 2019-12', false],
        ['2014 IL App (2d) 120583', false],
        ['5 U.S. 137', true],
        ["100 F. App'x 5", true],
        ['100 F. Supp. 2d 7', true],
      ],
    );
  });

  it('sends reporters with plain apostrophes and single spaces', () => {
    assert.equal(normalizeReporter(' F.\u00a0App\u2019x '), "F. App'x");
  });
});

describe('verify: planning requests', () => {
  it('puts the lookups one per line into one request', () => {
    const [request, ...rest] = planTextRequests(['60 F.3d 913', '410 U.S. 113']);
    assert.equal(rest.length, 0);
    assert.equal(request.text, '60 F.3d 913\n410 U.S. 113');
    assert.deepEqual(request.segments, [
      { lookup: '60 F.3d 913', start: 0, end: 11 },
      { lookup: '410 U.S. 113', start: 12, end: 24 },
    ]);
  });

  it('starts a new request after 250 citations', () => {
    const lookups = Array.from({ length: 251 }, (_, i) => `${i + 1} F.3d ${i + 100}`);
    const requests = planTextRequests(lookups);
    assert.deepEqual(requests.map((r) => r.segments.length), [250, 1]);
    assert.equal(requests[1].text, '251 F.3d 350');
  });

  it('starts a new request before the text would pass the character limit', () => {
    const requests = planTextRequests(['1 F.3d 1', '2 F.3d 2', '3 F.3d 3'], { maxChars: 17, maxCitations: 250 });
    assert.deepEqual(requests.map((r) => r.text), ['1 F.3d 1\n2 F.3d 2', '3 F.3d 3']);
    assert.ok(requests.every((r) => r.text.length <= 17));
  });

  it('counts offsets as the service does (code points) and maps them back to UTF-16', () => {
    const text = 'a\u{1F600}b\u{1F600}c';
    const toUtf16 = codePointOffsets(text);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(toUtf16), [0, 1, 3, 4, 6, 7]);
    assert.equal(codePointOffsets('60 F.3d 913')(7), 7);
  });

  it('finds the segment a range falls in', () => {
    const segments = [{ lookup: 'a', start: 0, end: 5 }, { lookup: 'b', start: 6, end: 10 }];
    assert.equal(segmentAt(segments, 6, 10)?.lookup, 'b');
    assert.equal(segmentAt(segments, 2, 3)?.lookup, 'a');
    assert.equal(segmentAt(segments, 5, 6), undefined);
  });
});

describe('verify: reading the service\'s answers', () => {
  const found = (start: number, end: number, extra: Record<string, unknown> = {}) => ({
    citation: 'x', normalized_citations: ['x'], start_index: start, end_index: end, status: 200, error_message: '',
    clusters: [{ case_name: 'Roe v. Wade', absolute_url: '/opinion/1/roe-v-wade/', date_filed: '1973-01-22', citations: [{ volume: 410, reporter: 'U.S.', page: '113' }] }],
    ...extra,
  });

  it('reads an empty object as no citations', () => {
    assert.deepEqual(readLookupResponse('{}'), { answers: [] });
  });

  it('reads an opinion: name, link, date, citations', () => {
    const read = readLookupResponse(JSON.stringify([found(0, 12)]));
    assert.ok('answers' in read);
    assert.deepEqual(read.answers[0].answer, {
      status: 'found',
      opinions: [{ caseName: 'Roe v. Wade', url: '/opinion/1/roe-v-wade/', dateFiled: '1973-01-22', citations: ['410 U.S. 113'] }],
    });
  });

  const malformed: Array<[string, string]> = [
    ['', 'the answer is empty'],
    ['<html>Bad gateway</html>', 'the answer is not JSON (it begins “<html>Bad gateway</html>”)'],
    ['{"detail": "Something broke."}', 'the answer is an error instead of results: “Something broke.”'],
    ['"yes"', 'the answer is not a list of citations'],
    ['[{"status": 200}]', 'citation 1 of the answer has no valid start_index and end_index'],
    ['[{"start_index": 0, "end_index": 3}]', 'citation 1 of the answer has no status'],
    ['[{"start_index": 0, "end_index": 3, "status": 200, "clusters": []}]', 'citation 1 of the answer has status 200 but no opinions'],
    ['[{"start_index": 0, "end_index": 3, "status": 300, "clusters": [{"absolute_url": "/x/"}]}]', 'citation 1 of the answer has an opinion with no case name'],
  ];
  for (const [body, problem] of malformed) {
    it(`reports a malformed answer: ${JSON.stringify(body).slice(0, 50)}`, () => {
      assert.deepEqual(readLookupResponse(body), { problem });
    });
  }

  it('matches each answer to its lookup by offsets, and sets aside what must be re-sent', () => {
    const [request] = planTextRequests(['60 F.3d 913', '410 U.S. 113', '1 F. Supp. 1', '999 F.3d 99999']);
    const read = readLookupResponse(
      JSON.stringify([
        found(12, 24),
        { citation: '999 F.3d 99999', start_index: 38, end_index: 52, status: 429, error_message: 'Too many citations requested.', clusters: [] },
        { citation: '60 F.3d 913', start_index: 0, end_index: 11, status: 404, error_message: "Citation not found: '60 F.3d 913'", clusters: [] },
      ]),
    ) as { answers: ServiceAnswer[] };
    const matched = matchAnswers(request, read.answers);
    assert.deepEqual([...matched.answers.keys()], ['410 U.S. 113', '60 F.3d 913']);
    assert.equal(matched.answers.get('60 F.3d 913')?.status, 'not-found');
    assert.deepEqual(matched.resend, ['999 F.3d 99999']);
    assert.deepEqual(matched.unanswered, ['1 F. Supp. 1']);
  });

  it('treats a 300 with one opinion as found, and a 200 with several as ambiguous', () => {
    const two = [found(0, 1).clusters[0], { ...found(0, 1).clusters[0], case_name: 'Doe v. Bolton' }];
    const read = readLookupResponse(JSON.stringify([found(0, 1, { status: 300, clusters: [two[0]] }), found(2, 3, { clusters: two })])) as { answers: ServiceAnswer[] };
    assert.deepEqual(read.answers.map((a) => a.answer?.status), ['found', 'ambiguous']);
  });
});
