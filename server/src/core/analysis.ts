/**
 * What the pipeline hands to the citation families and the service: a draft read, its
 * citations found and resolved, and the context a rule runs in. These types sit below the
 * pipeline (`check.ts`) and below every family, so that a family imports down only.
 */
import type { BrieflintSettings } from './settingsModel';
import type { LineIndex } from './text/lines';
import type { DocumentFormat } from './text/markdown';
import type { ReaderText } from './text/readerText';
import type { CheckSources, Citation, Finding } from './types';

/** A draft to check: its text as in the file, and how to read it. */
export interface Draft {
  text: string;
  format: DocumentFormat;
  /** For messages only; core never reads files. */
  path?: string;
}

/** A draft read and its citations found and resolved: what every language feature starts from. */
export interface Analysis {
  draft: Draft;
  reader: ReaderText;
  lines: LineIndex;
  /** In document order; offsets in the source text. */
  citations: Citation[];
}

export interface CheckResult extends Analysis {
  findings: Finding[];
  /** Set when the draft was not checked (too large): why. */
  declined?: string;
  /**
   * Findings of a rule past the most listed (`MOST_FINDINGS_PER_RULE`), left out of `findings`
   * (one finding there says how many): kept so that a fix of the whole draft fixes them too.
   */
  omitted?: Finding[];
}

/** What a rule sees: the analysis, the settings in force and the sources loaded for the draft. */
export interface RuleContext {
  analysis: Analysis;
  settings: BrieflintSettings;
  sources: CheckSources;
  /**
   * What several rules of a family compute alike (the exhibit catalogue, the draft's docket
   * cites), made once per check: `make` runs the first time `key` is asked for.
   */
  shared<T>(key: SharedKey<T>, make: () => T): T;
}

/** Identifies a value shared by the rules of one check (compared by identity). */
export interface SharedKey<T> {
  readonly name: string;
  /** Never set: carries `T`. */
  readonly __type?: T;
}

export function sharedKey<T>(name: string): SharedKey<T> {
  return { name };
}

/** A rule context for `analysis`, with its own store of shared values. */
export function ruleContext(analysis: Analysis, settings: BrieflintSettings, sources: CheckSources): RuleContext {
  const store = new Map<SharedKey<unknown>, unknown>();
  return {
    analysis,
    settings,
    sources,
    shared<T>(key: SharedKey<T>, make: () => T): T {
      if (store.has(key)) return store.get(key) as T;
      const value = make();
      store.set(key, value);
      return value;
    },
  };
}
