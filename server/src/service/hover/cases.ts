import type { Describer } from '../hover';

/** Hover for case citations, short forms, Id. and supra. Stub: filled in by the case-citation work. */
export const describeCase: Describer = (c) => `**Case citation** \`${c.text}\``;
