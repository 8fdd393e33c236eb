import type { Severity } from './types';
import { CourtListenerSettings, DEFAULT_COURTLISTENER_SETTINGS } from './verify/types';

/**
 * Brieflint's options, the same in the editor (`brieflint.*` settings, per resource) and on the
 * command line (`.brieflint.json`). Raw JSON from either place goes through `sanitizeSettings`,
 * so the rest of the code sees only typed, valid values.
 */
export type RuleSetting = Severity | 'off';

/** A docket cite style a draft may be held to (the families `core/dockets/styles.ts` knows). */
export const DOCKET_STYLE_NAMES = ['Dkt. No.', 'Dkt.', 'ECF No.', 'ECF', 'Doc. No.', 'Doc.', 'Docket No.', 'Docket Entry No.', 'D.E.', 'DktEntry'] as const;
export type DocketStyle = (typeof DOCKET_STYLE_NAMES)[number];

/** The court rules `brieflint.localRules` may name (DESIGN.md, "Rules"). */
export const LOCAL_RULE_NAMES = ['9th-cir', '5th-cir', '6th-cir', 'wash-gr14'] as const;
export type LocalRule = (typeof LOCAL_RULE_NAMES)[number];

export interface BrieflintSettings {
  /** Check drafts at all. */
  enable: boolean;
  /** Language ids (editor) checked. */
  languages: string[];
  /** Per rule code: a severity, or `off`. Rules not named keep their default severity. */
  rules: Record<string, RuleSetting>;
  exhibits: {
    /** Path of the exhibit list, relative to the workspace folder; empty: look beside the draft and at the root. */
    manifest: string;
    /** Folder of exhibit files whose names carry the label, relative to the workspace folder; empty: none. */
    folder: string;
  };
  docket: {
    /** Preferred docket cite style; empty: the draft's majority. */
    style: DocketStyle | '';
    /** Path of a docket list (CSV, or a CourtListener RECAP docket JSON); empty: `docket.csv` beside the draft. */
    list: string;
  };
  record: {
    /** The record folder (transcripts, declarations, `record.csv`), relative to the workspace folder; empty: `record/` beside the draft, then at the root. */
    folder: string;
  };
  /** Court rules that refine the citation style (`9th-cir`, `5th-cir`, `6th-cir`, `wash-gr14`). */
  localRules: LocalRule[];
  /** Drafts larger than this many megabytes are not checked (a message says so). */
  maxFileSizeMB: number;
  /** Show a code lens above each full citation with how often it is cited later. */
  codeLens: boolean;
  /**
   * Online verification with CourtListener (`off` by default). Read from the editor's settings
   * only: `.brieflint.json` cannot turn it on or point it elsewhere (see `parseConfig`).
   */
  courtListener: CourtListenerSettings;
}

export const DEFAULT_SETTINGS: BrieflintSettings = {
  enable: true,
  languages: ['markdown', 'plaintext'],
  rules: {},
  exhibits: { manifest: '', folder: '' },
  docket: { style: '', list: '' },
  record: { folder: '' },
  localRules: [],
  maxFileSizeMB: 10,
  codeLens: false,
  courtListener: DEFAULT_COURTLISTENER_SETTINGS,
};

