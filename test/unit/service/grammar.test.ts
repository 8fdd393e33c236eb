import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { colour, grammar, GRAMMAR_FILE, GRAMMAR_HOSTILE, ROOT } from './grammarScan';

describe('citation highlighting in Markdown (TextMate grammar)', () => {
  const cases: Array<[string, string]> = [
    [
      '*See Texaco*, 60 F.3d 913, 920 (2d Cir. 1994).',
      '*See Texaco*, [60:volume] [F.3d:reporter] [913:page][,:separator] [920:pin-cite] [(2d Cir. 1994):parenthetical].',
    ],
    ['282 F. Supp. 3d 618, 627', '[282:volume] [F. Supp. 3d:reporter] [618:page][,:separator] [627:pin-cite]'],
    ['*Texaco*, 60 F.3d at 920.', '*Texaco*, [60:volume] [F.3d:reporter] [at:at] [920:pin-cite].'],
    ['2021 WL 1234567, at *3', '[2021:volume] [WL:reporter] [1234567:page][,:separator] [at:at] [*3:pin-cite]'],
    ['*Id.* at 921; *see id.*', '*[Id.:id]*[ at:at] [921:pin-cite]; *see [id.:id]*'],
    ['*Texaco*, supra, at 920', '*Texaco*, [supra:supra][, at:at] [920:pin-cite]'],
    ['Dkt. No. 293; Dkt. 69 at ¶¶76, 430', '[Dkt. No.:docket] [293:docket-entry]; [Dkt.:docket] [69:docket-entry] [at:at] [¶¶:pin-cite][76, 430:pin-cite]'],
    ['ECF Nos. 12–14, 20', '[ECF Nos.:docket] [12–14, 20:docket-entry]'],
    ['Ex. 1, MSFT\\_AICPY\\_000591635', '[Ex.:exhibit] [1:exhibit-label], [MSFT\\_AICPY\\_000591635:bates]'],
    ['Exs. 3–5 and Exhibit A; Ex. 12-B', '[Exs.:exhibit] [3–5:exhibit-label] and [Exhibit:exhibit] [A:exhibit-label]; [Ex.:exhibit] [12-B:exhibit-label]'],
    ['ABC000100–ABC000115', '[ABC000100–ABC000115:bates]'],
  ];
  for (const [line, expected] of cases) {
    it(`colours ${line}`, () => assert.strictEqual(colour(line), expected));
  }

  it('leaves ordinary prose alone', () => {
    for (const line of [
      'In 2019 the parties met 3 times at 10 a.m. on page 4.',
      'The F.B.I. said so. Idaho and Idle. Exact. Dkt. entries. EXPECT 12.',
      'Pursuant to Rule 34, the parties conferred on March 5.',
    ]) {
      assert.strictEqual(colour(line), line);
    }
  });

  it('is injected into Markdown but not into code, link targets, comments or front matter', () => {
    assert.strictEqual(grammar.scopeName, 'text.html.markdown.brieflint');
    const selector = grammar.injectionSelector.split(/\s+/);
    assert.strictEqual(selector[0], 'L:text.html.markdown');
    for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-markup.raw', '-markup.underline.link', '-comment', '-meta.embedded']) {
      assert.ok(selector.includes(excluded), `the selector should exclude ${excluded}: ${grammar.injectionSelector}`);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepStrictEqual(
      pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === grammar.scopeName),
      { scopeName: grammar.scopeName, path: `./${GRAMMAR_FILE}`, injectTo: ['text.html.markdown'] },
    );
  });

  it('colours hostile lines to the end, keeping every character (how its time grows: npm run test:perf)', () => {
    for (const make of GRAMMAR_HOSTILE) {
      const line = make(2_000);
      const coloured = colour(line);
      assert.ok(coloured.length >= line.length, line.slice(0, 20));
      assert.strictEqual(coloured.replace(/\[|:[a-z-]+\]/g, ''), line.replace(/[[\]]/g, ''), line.slice(0, 20));
    }
  });
});
