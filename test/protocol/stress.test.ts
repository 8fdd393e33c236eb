/**
 * The real server (`brieflint lsp --stdio`) under stress, over LSP: a burst of 1,000 edits, 50
 * drafts opened at once, a 20 MB draft, drafts closed while they are being checked, settings
 * changed while checks are running. Through all of it the server keeps answering, publishes no
 * stale result over a fresh one, ends with exactly the diagnostics a check of the final text
 * gives, and its memory stays bounded.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ClientCapabilities,
  Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_EXEC_ARGV } from '../../client/src/protocol';
import { check } from '../../server/src/core/check';
import { BrieflintSettings, DEFAULT_SETTINGS, sanitizeSettings } from '../../server/src/core/settings';
import { nodeFileHost } from '../../server/src/nodeHost';
import { diagnosticsFor } from '../../server/src/service/diagnostics';
import { loadSources } from '../../server/src/service/sources';
import { longBrief } from '../robustness/fixtures';
import { makeWorkspace, PULL_CLIENT, removeWorkspace, ServerUnderTest } from './client';

const KB = 1024;
const MB = 1024 * KB;

/** An editor that takes pushed diagnostics and answers `workspace/configuration`. */
const PUSH_WITH_SETTINGS: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
};

/** The server's heap in the leak test: room for 25 open drafts, not for 200 kept after closing. */
const HEAP_CAP_MB = 128;

/** Resident memory of a process in MB, from /proc. */
function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) / 1024;
}

/** A diagnostic's message as text (LSP allows Markdown content too). */
function messageOf(d: Diagnostic | undefined): string {
  if (!d) return '';
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Diagnostics as comparable lines: `code line:col-line:col`. */
function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

/** What the server should publish for `text`: the check the server itself runs, from core. */
function expected(uri: string, text: string, languageId: string, settings: BrieflintSettings = DEFAULT_SETTINGS, version = 1): string[] {
  const file = fileURLToPath(uri);
  const root = file.slice(0, file.lastIndexOf('/'));
  const { sources } = loadSources(file, root, settings, nodeFileHost);
  const result = check({ text, format: languageId === 'markdown' ? 'markdown' : 'plaintext', path: file }, settings, sources);
  return summary(diagnosticsFor(result, TextDocument.create(uri, languageId, version, text)));
}

/** A deterministic stream of numbers in [0, 1), so every run types the same edits. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A keystroke at a random place: a character typed, or one deleted. */
function keystroke(document: TextDocument, random: () => number): TextDocumentContentChangeEvent {
  const text = document.getText();
  const offset = Math.floor(random() * (text.length - 1));
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  if (random() < 0.3) return { range: range(offset, offset + 1), text: '' };
  const typed = 'ab 1.,¶\n*_';
  return { range: range(offset, offset), text: typed[Math.floor(random() * typed.length)] };
}

describe('the server under stress', function () {
  this.timeout(180_000);
  let workspace: string;
  let server: ServerUnderTest;

  const published = (uri: string) => server.diagnostics.get(uri) ?? [];
  const latest = (uri: string) => published(uri)[published(uri).length - 1];
  /**
   * A hover request, answered (with anything, or nothing) rather than left hanging: the server
   * is still serving requests. How fast is not judged here — wall-clock limits fail at random on
   * a busy machine; the test's time-out catches a server that stopped answering.
   */
  const answers = async (uri: string, what: string): Promise<void> => {
    const answer = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 60 } });
    assert.notStrictEqual(answer, undefined, `${what}: no answer to a hover`);
  };

  /** Starts the server again with these Node options (added to any the tests run with). */
  const restartWithNodeOptions = async (options: string): Promise<void> => {
    server.kill();
    server = new ServerUnderTest(workspace, { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${options}` });
    await server.initialize(PUSH_WITH_SETTINGS);
  };
  const changeSettings = async (settings: Record<string, unknown>) => {
    server.settings = settings;
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { brieflint: settings } });
  };

  beforeEach(async () => {
    workspace = makeWorkspace({});
    server = new ServerUnderTest(workspace);
    await server.initialize(PUSH_WITH_SETTINGS);
  });

  afterEach(() => {
    server.kill();
    removeWorkspace(workspace);
  });

  it('takes a burst of 1,000 edits to one draft: keeps answering, publishes the last version last, and nothing stale', async () => {
    const text = longBrief(100 * KB);
    const uri = await server.open('brief.md', 'markdown', text);
    await server.waitFor('the first diagnostics', () => latest(uri)?.version === 1);
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const random = seeded(8);
    const sent: Promise<void>[] = [];
    for (let version = 2; version <= 1001; version++) {
      const change = keystroke(document, random);
      TextDocument.update(document, [change], version);
      sent.push(server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] }));
    }
    await Promise.all(sent);
    await answers(uri, 'right after the burst');
    await server.waitFor('the diagnostics of version 1001', () => latest(uri)?.version === 1001);
    await answers(uri, 'after the burst settled'); // a round trip: anything stale would have been sent by now

    assert.equal(latest(uri).version, 1001, `a stale result was published after the last one (versions ${published(uri).map((p) => p.version).join(', ')})`);
    const during = published(uri).filter((p) => (p.version ?? 0) > 1);
    assert.ok(during.length <= 20, `${during.length} diagnostics reports for 1,000 edits: the server should check once the typing pauses, not on every edit`);
    const versions = during.map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `reports out of order: ${versions.join(', ')}`);
    assert.deepEqual(summary(latest(uri).diagnostics), expected(uri, document.getText(), 'markdown', DEFAULT_SETTINGS, 1001));
  });

  it('checks 50 drafts opened at once, each exactly, and keeps answering', async () => {
    const drafts = Array.from({ length: 50 }, (_, i) => ({ name: `brief-${i}.${i % 2 ? 'txt' : 'md'}`, languageId: i % 2 ? 'plaintext' : 'markdown', text: longBrief(40 * KB, i) }));
    const uris = await Promise.all(drafts.map((d) => server.open(d.name, d.languageId, d.text)));
    await answers(uris[0], 'while 50 drafts are being checked');
    await server.waitFor('diagnostics for all 50 drafts', () => uris.every((u) => latest(u)?.version === 1));
    for (const i of [0, 17, 49]) assert.deepEqual(summary(latest(uris[i]).diagnostics), expected(uris[i], drafts[i].text, drafts[i].languageId), drafts[i].name);
    const rss = rssMB(server.child.pid!);
    assert.ok(rss < 300, `server RSS ${rss.toFixed(0)} MB with 50 drafts of 40 KB open`);
  });

  it('declines a 20 MB draft with a message naming the setting, and keeps answering for the others', async () => {
    const small = await server.open('small.md', 'markdown', longBrief(20 * KB));
    const huge = await server.open('huge.md', 'markdown', longBrief(20 * MB));
    await server.waitFor('the report on the 20 MB draft', () => latest(huge)?.version === 1);
    const diagnostics = latest(huge).diagnostics;
    assert.equal(diagnostics.length, 1, summary(diagnostics).slice(0, 5).join('\n'));
    assert.match(messageOf(diagnostics[0]), /Not checked: the draft is 2\d\.\d MB, over the limit of 10 MB \(setting brieflint\.maxFileSizeMB\)/);
    await answers(small, 'with a 20 MB draft open');
    await server.waitFor('the small draft checked', () => latest(small)?.version === 1);
    const rss = rssMB(server.child.pid!);
    assert.ok(rss < 500, `server RSS ${rss.toFixed(0)} MB with a 20 MB draft open`);
  });

  it('checks a draft over a lowered size limit once the limit is raised', async () => {
    const text = longBrief(2 * MB);
    await changeSettings({ maxFileSizeMB: 1 });
    const uri = await server.open('brief.md', 'markdown', text);
    await server.waitFor('the draft declined', () => latest(uri)?.version === 1 && /over the limit of 1 MB/.test(messageOf(latest(uri).diagnostics[0])));
    const before = published(uri).length;
    await changeSettings({ maxFileSizeMB: 5 });
    await server.waitFor('the draft checked under the raised limit', () => published(uri).length > before && !/Not checked/.test(messageOf(latest(uri).diagnostics[0])));
    assert.deepEqual(summary(latest(uri).diagnostics), expected(uri, text, 'markdown', sanitizeSettings({ maxFileSizeMB: 5 }).settings));
  });

  it('clears a draft closed while it is being checked, and publishes nothing for it afterwards', async () => {
    const uris: string[] = [];
    for (let round = 0; round < 10; round++) {
      const uri = await server.open(`closing-${round}.md`, 'markdown', longBrief(MB / 2, round));
      uris.push(uri);
      // Close at once, or after the check has started (the server checks an opened draft at once).
      await new Promise((resolve) => setTimeout(resolve, (round % 5) * 25));
      await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }
    const other = await server.open('other.md', 'markdown', longBrief(10 * KB));
    await server.waitFor('the other draft checked', () => latest(other)?.version === 1);
    await answers(other, 'after the closes');
    for (const uri of uris) {
      const last = latest(uri);
      assert.ok(last !== undefined && last.diagnostics.length === 0, `${uri}: the last report after closing has ${last?.diagnostics.length} diagnostics (reports: ${published(uri).map((p) => p.diagnostics.length).join(', ')})`);
    }
  });

  it('applies settings changed while drafts are being checked, and publishes no result of the old settings after', async () => {
    const drafts = Array.from({ length: 6 }, (_, i) => ({ name: `brief-${i}.md`, text: longBrief(200 * KB, i) }));
    const off = { rules: { 'docket-style-inconsistent': 'off' } };
    // The test can fail: with the default settings the drafts do have docket-style findings.
    assert.ok(drafts.some((d) => expected(server.uri(d.name), d.text, 'markdown').some((s) => s.startsWith('docket-style-inconsistent'))));
    const uris = await Promise.all(drafts.map((d) => server.open(d.name, 'markdown', d.text)));
    await new Promise((resolve) => setTimeout(resolve, 30));
    await changeSettings(off);
    const settings = sanitizeSettings(off).settings;
    const want = drafts.map((d, i) => expected(uris[i], d.text, 'markdown', settings));
    await server.waitFor('every draft re-checked with the new settings', () => uris.every((u, i) => latest(u) && JSON.stringify(summary(latest(u).diagnostics)) === JSON.stringify(want[i])));
    await answers(uris[0], 'after the settings changed');
    uris.forEach((u, i) => assert.deepEqual(summary(latest(u).diagnostics), want[i], `${drafts[i].name}: a result of the old settings was published after the new one`));
  });

  it('started as the extension starts it (--expose-gc), collects once idle after a burst and keeps checking right', async () => {
    await restartWithNodeOptions(SERVER_EXEC_ARGV.join(' '));
    const drafts = Array.from({ length: 12 }, (_, i) => ({ name: `open-${i}.md`, text: longBrief(300 * KB, i) }));
    const uris = await Promise.all(drafts.map((d) => server.open(d.name, 'markdown', d.text)));
    await server.waitFor('every draft checked', () => uris.every((u) => latest(u)?.version === 1));
    const burst = rssMB(server.child.pid!);
    // Idle for a second, then the collections (the second 300 ms after the first).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const settled = rssMB(server.child.pid!);
    assert.equal(server.child.exitCode, null, 'the server died');
    assert.ok(settled < burst, `resident memory did not fall once idle: ${burst.toFixed(0)} → ${settled.toFixed(0)} MB`);
    // Still right: an edit to the first draft is checked as core checks it.
    const document = TextDocument.create(uris[0], 'markdown', 1, drafts[0].text);
    const change = keystroke(document, seeded(3));
    TextDocument.update(document, [change], 2);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uris[0], version: 2 }, contentChanges: [change] });
    await server.waitFor('the edit checked', () => latest(uris[0])?.version === 2);
    assert.deepEqual(summary(latest(uris[0]).diagnostics), expected(uris[0], document.getText(), 'markdown', DEFAULT_SETTINGS, 2));
    await answers(uris[5], 'after the collections');
  });

  it('does not leak: with its heap capped, it checks 200 drafts opened and closed in rounds', async () => {
    // A server that kept anything of a closed draft would run out of its capped heap and die;
    // one that keeps nothing settles at the same memory round after round (V8 collects lazily,
    // so the resident size of an uncapped server wanders and proves little).
    await restartWithNodeOptions(`--max-old-space-size=${HEAP_CAP_MB}`);
    const rounds: number[] = [];
    for (let round = 0; round < 8; round++) {
      const uris = await Promise.all(Array.from({ length: 25 }, (_, i) => server.open(`round-${round}-${i}.md`, 'markdown', longBrief(80 * KB, round * 25 + i))));
      await server.waitFor(`round ${round} checked`, () => uris.every((u) => latest(u)?.version === 1));
      await Promise.all(uris.map((uri) => server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } })));
      await server.waitFor(`round ${round} cleared`, () => uris.every((u) => latest(u)?.diagnostics.length === 0));
      rounds.push(rssMB(server.child.pid!));
    }
    const other = await server.open('other.md', 'markdown', longBrief(10 * KB));
    await answers(other, 'after 200 drafts opened and closed');
    assert.equal(server.child.exitCode, null, 'the server died');
    assert.ok(Math.max(...rounds) < 300, `server RSS after each round of 25 drafts opened and closed: ${rounds.map((r) => r.toFixed(0)).join(', ')} MB`);
  });
});

describe('the server under stress, pulled diagnostics', function () {
  this.timeout(120_000);

  it('answers every pull during a burst of edits for the version asked about or a newer one — never an older one — or with "cancelled"', async () => {
    const workspace = makeWorkspace({});
    const server = new ServerUnderTest(workspace);
    try {
      await server.initialize(PULL_CLIENT);
      const text = longBrief(60 * KB);
      const uri = await server.open('brief.md', 'markdown', text);
      const document = TextDocument.create(uri, 'markdown', 1, text);
      const random = seeded(21);
      const texts = new Map<number, string>([[1, text]]);
      const pulls: Array<{ version: number; answer: Promise<DocumentDiagnosticReport | ResponseError<unknown>> }> = [];
      const last = 101;
      for (let version = 2; version <= last; version++) {
        const change = keystroke(document, random);
        TextDocument.update(document, [change], version);
        texts.set(version, document.getText());
        void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
        if (version % 4 === 0 || version === last) {
          const answer = server.connection
            .sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })
            .catch((e: ResponseError<unknown>) => e);
          pulls.push({ version, answer });
        }
      }
      const wanted = new Map<number, string>();
      const want = (v: number) => {
        if (!wanted.has(v)) wanted.set(v, JSON.stringify(expected(uri, texts.get(v)!, 'markdown', DEFAULT_SETTINGS, v)));
        return wanted.get(v)!;
      };
      let answered = 0;
      for (const pull of pulls) {
        const answer = await pull.answer;
        if (answer instanceof ResponseError) {
          assert.equal(answer.code, LSPErrorCodes.ServerCancelled, `a pull failed: ${answer.message}`);
          continue;
        }
        answered++;
        assert.equal(answer.kind, 'full');
        const got = JSON.stringify(summary((answer as { items: Diagnostic[] }).items));
        let matched: number | undefined;
        for (let v = pull.version; v <= last && matched === undefined; v++) if (want(v) === got) matched = v;
        assert.ok(matched !== undefined, `the pull sent at version ${pull.version} was answered with diagnostics of no version from ${pull.version} on: stale, or wrong`);
      }
      const final = await pulls[pulls.length - 1].answer;
      assert.ok(!(final instanceof ResponseError), 'the pull after the last edit was cancelled; nothing newer came to replace it');
      assert.equal(JSON.stringify(summary((final as { items: Diagnostic[] }).items)), want(last), 'the pull after the last edit');
      assert.ok(answered > 0);
    } finally {
      server.kill();
      removeWorkspace(workspace);
    }
  });
});
