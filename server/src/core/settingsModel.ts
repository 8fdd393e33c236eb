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

/** The citation styles a draft may be held to (`core/styles/` defines them); `auto` picks one from the draft. */
export const STYLE_NAMES = ['auto', 'bluebook-22', 'bluebook-21', 'indigo', 'california'] as const;
export type StyleSetting = (typeof STYLE_NAMES)[number];

/** Court rules that refine the style (`core/styles/` for the citation forms; the record family for record cites). */
export const LOCAL_RULE_NAMES = ['wash-gr14', '9th-cir', '5th-cir', '6th-cir'] as const;
export type LocalRuleName = (typeof LOCAL_RULE_NAMES)[number];

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
  /** The citation style: `auto` (the California Style Manual where the draft's case citations are mainly in its form, else the Bluebook 22nd edition) or one named. */
  style: StyleSetting;
  /** Court rules that refine the style (`wash-gr14`, `9th-cir`, `5th-cir`, `6th-cir`). */
  localRules: LocalRuleName[];
  /** Drafts larger than this many megabytes are not checked (a message says so). */
  maxFileSizeMB: number;
  /** Show a code lens above each full citation with how often it is cited later. */
  codeLens: boolean;
  /** Show after `Id.` and short cites what they refer to, and after an exhibit cite its Bates range. */
  inlayHints: boolean;
  /**
   * Online verification with CourtListener (`off` by default). Read from the editor's settings
   * only: `.brieflint.json` cannot turn it on or point it elsewhere (see `parseConfig`).
   */
  courtListener: CourtListenerSettings;
}

export const DEFAULT_SETTINGS: BrieflintSettings = {
  enable: true,
  languages: ['markdown', 'plaintext', 'text', 'gfm'],
  rules: {},
  exhibits: { manifest: '', folder: '' },
  docket: { style: '', list: '' },
  style: 'auto',
  localRules: [],
  maxFileSizeMB: 10,
  codeLens: false,
  inlayHints: false,
  courtListener: DEFAULT_COURTLISTENER_SETTINGS,
};


/**
 * Language ids editors send for Markdown: VS Code, Neovim and Helix say `markdown`; Emacs's
 * eglot names the major mode (`markdown`, `gfm`); others say `md`. Every other id a draft is
 * checked under is read as plain text.
 */
export const MARKDOWN_LANGUAGE_IDS: readonly string[] = ['markdown', 'gfm', 'md'];

/** How a document of language `languageId` is read. */
export function formatOfLanguage(languageId: string): 'markdown' | 'plaintext' {
  return MARKDOWN_LANGUAGE_IDS.includes(languageId) ? 'markdown' : 'plaintext';
}
