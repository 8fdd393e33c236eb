/** The table of authorities and what it stands on: where a generated table sits, and where each citation is. */
export { TOA_END, TOA_START, bodyCitations, findToaRegion } from './region';
export type { ToaRegion, ToaRegionResult } from './region';
export { BEFORE_FIRST_HEADING, citationStart, findPageMarkers, findSectionHeadings, locatorFor } from './places';
export type { Locator, PageMarker, SectionHeading } from './places';
export { PASSIM_THRESHOLD, renderTableOfAuthorities, tableOfAuthorities, tableOfAuthoritiesEdit, tableOfAuthoritiesText } from './table';
export type { TableOfAuthorities, ToaEditResult, ToaEntry, ToaRenderOptions, ToaSection, ToaSectionTitle } from './table';
