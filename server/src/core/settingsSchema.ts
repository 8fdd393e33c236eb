import { RULES } from './rules/catalogue';
import { DEFAULT_SETTINGS, DOCKET_STYLE_NAMES, LOCAL_RULE_NAMES, STYLE_NAMES } from './settings';

/**
 * The `contributes.configuration` section of the extension manifest, generated from the rule
 * catalogue and the defaults (scripts/sync-manifest.mjs writes it into package.json; a test
 * checks that package.json is up to date).
 */
export function configurationSchema(): Record<string, unknown> {
  const d = DEFAULT_SETTINGS;
  const severity = { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'] };
  return {
    title: 'Brieflint',
    properties: {
      'brieflint.enable': {
        type: 'boolean', default: d.enable, scope: 'resource',
        markdownDescription: 'Check legal drafts for citation, docket and exhibit problems. Turn off to silence Brieflint for a folder or workspace.',
      },
      'brieflint.languages': {
        type: 'array', items: { type: 'string' }, default: d.languages, scope: 'resource',
        markdownDescription: 'Language ids of the documents Brieflint checks. The defaults cover what VS Code, Neovim, Helix and Emacs (eglot) send for Markdown and plain text (`markdown`, `gfm`, `plaintext`, `text`); `markdown`, `gfm` and `md` are read as Markdown, anything else as plain text. Add e.g. `latex` or `restructuredtext` to check those too. Changing this needs a window reload.',
      },
      'brieflint.rules': {
        type: 'object', default: {}, scope: 'resource', additionalProperties: false,
        markdownDescription: 'Severity per rule code, or `"off"`. Rules not named keep their default. Example: `{ "exhibit-order": "off", "reporter-nonstandard": "error" }`.',
        properties: Object.fromEntries(
          RULES.map((r) => [r.code, { ...severity, markdownDescription: `${r.summary} Default: \`${r.severity}\`. Example: \`${r.example}\`.` }]),
        ),
      },
      'brieflint.exhibits.manifest': {
        type: 'string', default: d.exhibits.manifest, scope: 'resource',
        markdownDescription: 'Path of the exhibit list (`.csv`, `.json` or `.yaml`), relative to the workspace folder. Empty: Brieflint looks for `exhibits.csv`, `exhibits.json` or `exhibits.yaml` beside the draft, then at the workspace root.',
      },
      'brieflint.exhibits.folder': {
        type: 'string', default: d.exhibits.folder, scope: 'resource',
        markdownDescription: 'Folder of exhibit files whose names carry the label (`Ex. 01 - Email.pdf`, `Exhibit A.pdf`), relative to the workspace folder. Empty: none.',
      },
      'brieflint.docket.style': {
        type: 'string', enum: ['', ...DOCKET_STYLE_NAMES], default: d.docket.style, scope: 'resource',
        markdownDescription: 'The docket cite style the draft should use. Empty: the style used most in the draft.',
      },
      'brieflint.docket.list': {
        type: 'string', default: d.docket.list, scope: 'resource',
        markdownDescription: 'Path of a docket list (`docket.csv` with entry, date, description; or a CourtListener RECAP docket JSON), relative to the workspace folder. Empty: `docket.csv` beside the draft, if any.',
      },
      'brieflint.style': {
        type: 'string', enum: [...STYLE_NAMES], default: d.style, scope: 'resource',
        enumDescriptions: [
          "Pick from the draft: the California Style Manual where the draft's case citations are mainly in its form (`Baral v. Schnitt (2016) 1 Cal.5th 376`), else the Bluebook 22nd edition. The status bar says which.",
          'The Bluebook, 22nd edition (2025).',
          'The Bluebook, 21st edition (2020).',
          'The Indigo Book, 2nd edition.',
          'The California Style Manual (4th edition).',
        ],
        markdownDescription: 'The citation style the form rules hold the draft to (`court-nonstandard`, `pin-range-form`, `signal-form`, `history-form`, `parenthetical-form`, `style-mixed`). Every style reads every form; only what is flagged differs. See docs/styles.md.',
      },
      'brieflint.localRules': {
        type: 'array', items: { type: 'string', enum: [...LOCAL_RULE_NAMES] }, default: d.localRules, scope: 'resource', uniqueItems: true,
        markdownDescription: 'Court rules that refine the style: `wash-gr14` (Washington GR 14(d): `Wn.2d`, `Wn. App.`), `9th-cir` (`1-ER-45`), `5th-cir` (`ROA.123`), `6th-cir` (`PageID #`).',
      },
      'brieflint.maxFileSizeMB': {
        type: 'number', default: d.maxFileSizeMB, minimum: 0.1, scope: 'resource',
        markdownDescription: 'Drafts larger than this many megabytes are not checked; a message says so.',
      },
      'brieflint.courtListener.verify': {
        type: 'string', enum: ['off', 'onSave', 'onCommand'], default: d.courtListener.verify, scope: 'resource',
        enumDescriptions: [
          'Never send anything to CourtListener.',
          "Verify the draft's case citations each time it is saved.",
          'Verify only when you run "Brieflint: Verify Citations with CourtListener".',
        ],
        markdownDescription:
          "Check that each full case citation names a real opinion, and that its case name matches, using CourtListener's citation lookup (online). " +
          '**Sends only the volume, reporter and page of each full case citation** (such as `60 F.3d 913`) with your API token to `#brieflint.courtListener.baseUrl#` — never the draft or its case names. ' +
          'Off by default; set the token with **Brieflint: Set CourtListener Token**. The command **Brieflint: Verify Citations with CourtListener** works whatever this setting.',
      },
      'brieflint.courtListener.baseUrl': {
        type: 'string', default: d.courtListener.baseUrl, scope: 'machine',
        markdownDescription:
          'The CourtListener service citations are verified with: the public service, or a self-hosted instance (`https://cl.example.org`). Must use `https` (plain `http` only to `localhost`). ' +
          'A user setting only: a workspace cannot change it, so a shared folder can never send your token elsewhere.',
      },
      'brieflint.codeLens': {
        type: 'boolean', default: d.codeLens, scope: 'resource',
        markdownDescription: 'Show above each full case citation how many times it is cited later in the draft.',
      },
      'brieflint.inlayHints': {
        type: 'boolean', default: d.inlayHints, scope: 'resource',
        markdownDescription: 'Show, after `Id.`, `supra` and each short cite, the authority it refers to (`→ Campbell, 510 U.S. 569`), and after an exhibit cite without a Bates number the exhibit\'s Bates range from the exhibit list. Subtle grey text the editor draws; nothing is written into the draft.',
      },
      'brieflint.trace.server': {
        type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', scope: 'window',
        markdownDescription: 'Log the messages between VS Code and the Brieflint language server to the Brieflint output channel (for bug reports).',
      },
    },
  };
}
