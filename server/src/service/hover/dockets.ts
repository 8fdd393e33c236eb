import type { Describer } from '../hover';

export const describeDocket: Describer = (c, result) => {
  const entries = (c.detail?.entries as string[] | undefined) ?? [c.entry ?? ''];
  const refs = result.citations.filter((o) => o.kind === 'docket' && o.entry === c.entry).length;
  const lines = [
    `**Docket ${entries.length > 1 ? 'entries' : 'entry'} ${entries.join(', ')}**`,
    c.pinCite ? `Pin cite: ${c.pinCite}` : undefined,
    `Cited ${refs} time${refs === 1 ? '' : 's'} in this draft.`,
  ];
  return lines.filter(Boolean).join('\n\n');
};
