/**
 * One request to CourtListener's citation lookup, on Node's `fetch`: a JSON body, the token in
 * the `Authorization` header, a time limit, cancellation, no redirects (the token must never be
 * carried to another address), and a cap on the size of the answer read.
 */

export type Fetch = typeof fetch;

export interface LookupRequest {
  /** The full endpoint, `…/api/rest/v4/citation-lookup/`. */
  endpoint: string;
  token: string;
  /** `{ text }` or `{ volume, reporter, page }`. */
  body: Record<string, string>;
}

export interface ExchangeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  fetch?: Fetch;
  /** Largest answer read, in bytes. */
  maxBytes?: number;
  userAgent?: string;
}

export type Exchange =
  | { kind: 'answer'; status: number; body: string; retryAfter?: string }
  | { kind: 'timeout' }
  | { kind: 'cancelled' }
  | { kind: 'network'; detail: string }
  | { kind: 'too-large'; maxBytes: number };

/** 250 answers with their opinions run to a few megabytes at most. */
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export async function postLookup(request: LookupRequest, options: ExchangeOptions): Promise<Exchange> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const interrupted = (): Exchange | undefined => (options.signal?.aborted ? { kind: 'cancelled' } : timedOut ? { kind: 'timeout' } : undefined);
  try {
    const doFetch = options.fetch ?? fetch;
    const response = await doFetch(request.endpoint, {
      method: 'POST',
      headers: {
        Authorization: `Token ${request.token}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'User-Agent': options.userAgent ?? 'Brieflint',
      },
      body: JSON.stringify(request.body),
      redirect: 'error',
      signal: controller.signal,
    });
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const body = await readLimited(response, maxBytes);
    if (body === undefined) return { kind: 'too-large', maxBytes };
    const retryAfter = response.headers.get('retry-after') ?? undefined;
    return retryAfter ? { kind: 'answer', status: response.status, body, retryAfter } : { kind: 'answer', status: response.status, body };
  } catch (e) {
    return interrupted() ?? { kind: 'network', detail: describeNetworkError(e) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** The body as text, or undefined when it is larger than `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/** A network failure in words: `connection refused`, `the address was not found`, … */
export function describeNetworkError(e: unknown): string {
  const cause = (e as { cause?: unknown })?.cause as { code?: string; message?: string } | undefined;
  const code = cause?.code ?? (e as { code?: string })?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the address could not be found (is this machine offline?)';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was closed before the answer came';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `the server's certificate was not accepted (${code})`;
  }
  const message = cause?.message ?? (e as Error)?.message ?? String(e);
  if (/redirect/i.test(message)) return 'the service answered with a redirect, which Brieflint does not follow (check the address)';
  return message;
}
