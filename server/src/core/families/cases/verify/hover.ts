import { displayName } from './findings';
import type { CitationVerification, Opinion } from '../../../verify/types';
import { PUBLIC_COURTLISTENER } from '../../../verify/types';

/**
 * The hover lines for a citation CourtListener answered about, in Markdown: the opinion's name,
 * court (when the answer gives it), date filed and its page on CourtListener.
 */
export function describeVerification(v: CitationVerification, baseUrl: string = PUBLIC_COURTLISTENER): string {
  const short = v.via ? ' (as for the full citation)' : '';
  switch (v.status) {
    case 'verified': {
      const o = v.opinion ?? v.candidates[0];
      return o ? `**Verified on CourtListener**${short}: ${opinionLine(o, baseUrl)}` : `**Verified on CourtListener**${short}`;
    }
    case 'name-mismatch':
      return [`**CourtListener**${short}: the opinion at ${escapeMarkdown(v.lookup)} has another name —`, ...v.candidates.slice(0, 5).map((o) => `- ${opinionLine(o, baseUrl)}`)].join('\n');
    case 'ambiguous':
      return [`**CourtListener**${short}: several opinions are at ${escapeMarkdown(v.lookup)} —`, ...v.candidates.slice(0, 5).map((o) => `- ${opinionLine(o, baseUrl)}`)].join('\n');
    case 'not-found':
      return `**CourtListener**${short}: no opinion at ${escapeMarkdown(v.lookup)}.`;
    case 'unknown-reporter':
      return `**CourtListener**${short}: the reporter of ${escapeMarkdown(v.lookup)} is not one it knows; not verified.`;
  }
}

/** `[Name](link) — Court, Oct. 28, 1994`. */
export function opinionLine(o: Opinion, baseUrl: string = PUBLIC_COURTLISTENER): string {
  const name = escapeMarkdown(displayName(o));
  const link = opinionUrl(o, baseUrl);
  const facts = [o.court ? escapeMarkdown(o.court) : '', o.dateFiled ? `filed ${formatDate(o.dateFiled)}` : ''].filter(Boolean).join(', ');
  return `${link ? `[${name}](${link})` : name}${facts ? ` — ${facts}` : ''}`;
}

/** The opinion's page: the service's path joined to its address; only http(s) links are shown. */
export function opinionUrl(o: Opinion, baseUrl: string = PUBLIC_COURTLISTENER): string | undefined {
  if (!o.url) return undefined;
  let url: string;
  if (/^https?:\/\//i.test(o.url)) url = o.url;
  else if (o.url.startsWith('/') && !o.url.startsWith('//')) url = baseUrl.replace(/\/+$/, '') + o.url;
  else return undefined;
  return url.replace(/[ ()<>]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase());
}

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** `1994-10-28` → `Oct. 28, 1994` (the Bluebook's month abbreviations). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${Number(m[3])}, ${m[1]}` : iso;
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!<>|]/g, (ch) => '\\' + ch);
}
