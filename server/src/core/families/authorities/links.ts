/**
 * Links from an authority to a free official text, where the address is stable: the U.S. Code
 * (uscode.house.gov), the C.F.R. (ecfr.gov), the Federal Register (federalregister.gov's
 * citation search), public laws (congress.gov), the federal rules (law.cornell.edu), the
 * Constitution (constitution.congress.gov). State codes get none: their sites' addresses change.
 */
import type { Citation } from '../../types';
import type { DraftLink, LinkContext } from '../family';
import { ruleUrlTemplate } from './tables';
import { authorityDetail } from './types';

export function authorityUrl(c: Citation): string | undefined {
  const d = authorityDetail(c);
  const section = d.sections?.[0];
  if (!section) return undefined;
  const title = d.title;
  switch (d.code) {
    case 'U.S.C.':
    case 'U.S.C.A.':
    case 'U.S.C.S.':
      if (!title || !/^\d{1,2}$/.test(title)) return undefined;
      return `https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title${title}-section${encodeURIComponent(section)}&num=0&edition=prelim`;
    case 'C.F.R.': {
      if (!title || !/^\d{1,2}$/.test(title)) return undefined;
      const part = section.split('.')[0];
      return section.includes('.')
        ? `https://www.ecfr.gov/current/title-${title}/section-${encodeURIComponent(section)}`
        : `https://www.ecfr.gov/current/title-${title}/part-${encodeURIComponent(part)}`;
    }
    case 'Fed. Reg.':
      return title ? `https://www.federalregister.gov/citation/${title}-FR-${section.replace(/,/g, '')}` : undefined;
    case 'Pub. L. No.': {
      const m = /^(\d{2,3})-(\d{1,4})$/.exec(section);
      return m ? `https://www.congress.gov/public-laws/${m[1]}th-congress` : undefined;
    }
    case 'U.S. Const.':
      return 'https://constitution.congress.gov/constitution/';
  }
  const template = d.code ? ruleUrlTemplate(d.code) : undefined;
  if (template) {
    const rule = section.split(/[.(]/)[0];
    return template.replace('{n}', encodeURIComponent(rule));
  }
  return undefined;
}

export function authorityLinks(c: Citation, ctx: LinkContext): DraftLink[] {
  const target = ctx.resolve(c) ?? c;
  const url = authorityUrl(c.authority ? c : target);
  return url ? [{ span: { start: c.start, end: c.end }, url, tooltip: `Open ${c.authority ?? target.authority ?? c.text} (official text)` }] : [];
}
