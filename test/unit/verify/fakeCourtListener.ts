/**
 * A stand-in for CourtListener's citation lookup service, on 127.0.0.1, speaking the contract
 * of its documentation: POST `/api/rest/v4/citation-lookup/` with `Authorization: Token …` and
 * `text` or `volume`/`reporter`/`page`; an array of answers with `start_index`/`end_index`
 * counted in code points; status 200/300/400/404 per citation and 429 past the per-request limit;
 * `{}` for a text without citations; HTTP 401 for a bad token; HTTP 429 with `wait_until` when
 * over the rate limit. Tests give it opinions and, when they need one, a scripted misbehaviour.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOpinion {
  case_name: string;
  absolute_url: string;
  date_filed: string;
  citations: Array<{ volume: number; reporter: string; page: string; type: number }>;
}

/** A request as the fake received it. */
export interface ReceivedRequest {
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown>;
  /** Every header name received, lower case. */
  headerNames: string[];
}

/** A scripted answer: status, JSON (or raw text) body, headers, and an optional delay; or `pass` to answer as usual. */
export interface ScriptedAnswer {
  pass?: boolean;
  status?: number;
  json?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface FakeCourtListenerOptions {
  token?: string;
  /** Opinions by `volume reporter page`. */
  opinions?: Record<string, FakeOpinion[]>;
  /** Reporters the service knows; others answer 400. */
  reporters?: readonly string[];
  /** Citations looked up per request; the rest answer 429 (the real service: 250). */
  perRequestLimit?: number;
}

export const KNOWN_REPORTERS = ['U.S.', 'S. Ct.', 'L. Ed. 2d', 'F.2d', 'F.3d', 'F.4th', 'F. Supp. 2d', 'F. Supp. 3d', "F. App'x", 'N.E.2d', 'Cal. Rptr. 3d'];

export class FakeCourtListener {
  readonly requests: ReceivedRequest[] = [];
  /** Answers to give instead of the normal ones, first come first served. */
  readonly script: ScriptedAnswer[] = [];
  private server!: http.Server;
  url = '';

  constructor(private readonly options: FakeCourtListenerOptions = {}) {}

  get token(): string {
    return this.options.token ?? 'test-token';
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The `text` of every text request received, in order. */
  get texts(): string[] {
    return this.requests.map((r) => r.body.text).filter((t): t is string => typeof t === 'string');
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      try {
        body = req.headers['content-type']?.includes('json') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
      } catch {
        body = {};
      }
      this.requests.push({ path: req.url ?? '', authorization: req.headers.authorization, contentType: req.headers['content-type'], body, headerNames: Object.keys(req.headers).sort() });
      const scripted = this.script.shift();
      const answer = scripted && !scripted.pass ? scripted : this.answer(req, body);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json', ...answer.headers });
        res.end(answer.raw ?? JSON.stringify(answer.json));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  }

  private answer(req: http.IncomingMessage, body: Record<string, unknown>): ScriptedAnswer {
    if (req.method !== 'POST' || req.url !== '/api/rest/v4/citation-lookup/') return { status: 404, json: { detail: 'Not found.' } };
    if (req.headers.authorization !== `Token ${this.token}`) return { status: 401, json: { detail: 'Invalid token.' } };
    if (typeof body.text === 'string') {
      if (body.text.length > 64_000) return { status: 400, json: { text: ['Ensure this field has no more than 64000 characters.'] } };
      const found = findCitations(body.text);
      if (found.length === 0) return { json: {} };
      const limit = this.options.perRequestLimit ?? 250;
      return { json: found.map((c, i) => (i < limit ? this.lookUp(c) : { ...base(c), status: 429, error_message: 'Too many citations requested.', clusters: [] })) };
    }
    if (body.reporter !== undefined && body.volume !== undefined && body.page !== undefined) {
      const citation = `${body.volume} ${body.reporter} ${body.page}`;
      return { json: [this.lookUp({ volume: String(body.volume), reporter: String(body.reporter), page: String(body.page), start: 0, end: citation.length, text: citation })] };
    }
    return { status: 400, json: { non_field_errors: ["Either 'text' or 'reporter' is required."] } };
  }

  private lookUp(c: FoundCite): Record<string, unknown> {
    const reporters = this.options.reporters ?? KNOWN_REPORTERS;
    if (!reporters.includes(c.reporter)) {
      return { ...base(c), normalized_citations: [], status: 400, error_message: `Unable to find reporter with abbreviation of '${c.reporter}'` };
    }
    const key = `${c.volume} ${c.reporter} ${c.page}`;
    const clusters = this.options.opinions?.[key] ?? [];
    if (clusters.length === 0) return { ...base(c), status: 404, error_message: `Citation not found: '${key}'` };
    return { ...base(c), status: clusters.length > 1 ? 300 : 200, error_message: '', clusters };
  }
}

interface FoundCite {
  volume: string;
  reporter: string;
  page: string;
  /** Code-point offsets, as the real service (Python) counts. */
  start: number;
  end: number;
  text: string;
}

function base(c: FoundCite): Record<string, unknown> {
  return { citation: c.text, normalized_citations: [`${c.volume} ${c.reporter} ${c.page}`], start_index: c.start, end_index: c.end };
}

/** Volume–reporter–page shapes in a text (a much simpler reading than the real service's). */
function findCitations(text: string): FoundCite[] {
  const out: FoundCite[] = [];
  const re = /(\d{1,5}) ([A-Z][A-Za-z0-9.']*(?: [A-Za-z0-9.']+)*?) (\d{1,7})(?!\w)/g;
  for (const m of text.matchAll(re)) {
    const start = [...text.slice(0, m.index)].length;
    out.push({ volume: m[1], reporter: m[2], page: m[3], start, end: start + [...m[0]].length, text: m[0] });
  }
  return out;
}

/** An opinion as the service describes it. */
export function opinion(caseName: string, cite: string, dateFiled: string, id = 1): FakeOpinion {
  const m = /^(\d+) (.+) (\d+)$/.exec(cite)!;
  const slug = caseName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    case_name: caseName,
    absolute_url: `/opinion/${id}/${slug}/`,
    date_filed: dateFiled,
    citations: [{ volume: Number(m[1]), reporter: m[2], page: m[3], type: 1 }],
  };
}
