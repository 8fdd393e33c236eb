import type { Describer } from '../hover';

/** Hover for exhibit cites. Stub: filled in by the exhibits work. */
export const describeExhibit: Describer = (c) => `**Exhibit ${(c.exhibits ?? []).join(', ')}**`;
