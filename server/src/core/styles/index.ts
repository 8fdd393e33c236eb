/**
 * Citation styles: what form a draft's citations should take. A style is data (how it writes a
 * page span, whether it wants an explanatory parenthetical after `see also`, which of its rules
 * says so) and a few functions; the form rules of the families read it, the pipeline uses it to
 * review what the older rules found (`reviewFindings`).
 *
 * Every style reads every form: extraction knows no style. A style decides only what is flagged.
 *
 * The Bluebook is cited by rule number only (its text and tables are copyrighted); the Indigo Book
 * (CC0) by its tables; the California Style Manual by chapter; local court rules by their number.
 */
import { sharedKey, type Analysis, type RuleContext } from '../analysis';
import type { BrieflintSettings, LocalRuleName, StyleSetting } from '../settingsModel';
import type { Citation, Edit, Finding } from '../types';

export type StyleName = Exclude<StyleSetting, 'auto'>;

/** What a style has a rule about; each style names its rule for each. */
export type StyleTopic =
  | 'court'
  | 'page-span'
  | 'footnote-pin'
  | 'signal'
  | 'signal-order'
  | 'explanatory-parenthetical'
  | 'history'
  | 'parenthetical'
  | 'short-form'
  | 'supra'
  | 'reporter'
  | 'case-name'
  | 'typeface'
  | 'form';

export interface CitationStyle {
  readonly name: StyleName;
  /** As the status bar and the summary line name it: `Bluebook (22d ed.)`. */
  readonly title: string;
  /** The form family: where the year goes and how short forms are written. */
  readonly form: 'bluebook' | 'california';
  /** Page spans: `920–21` (retain the last two digits, drop other repeated digits) or `920–921`. */
  readonly pageSpan: 'drop-repeated' | 'full';
  /** Courts may be written closed up (`N.D.Cal.`), as the California Style Manual writes them. */
  readonly closedUpCourts: boolean;
  /** `see also`, `cf.` and `see generally` need an explanatory parenthetical. */
  readonly explanatoryParentheticalRequired: boolean;
  /** `(cleaned up)` is replaced by `(citation modified)`. */
  readonly citationModified: boolean;
  /** `supra` is this style's short form for a case. */
  readonly supraForCases: boolean;
  /** Where the style says it, by topic (`Bluebook R10.4`). */
  readonly rules: Readonly<Record<StyleTopic, string>>;
}

const BLUEBOOK_RULES: Record<StyleTopic, string> = {
  court: 'R10.4',
  'page-span': 'R3.2(a)',
  'footnote-pin': 'R3.2(b)',
  signal: 'R1.2',
  'signal-order': 'R1.3',
  'explanatory-parenthetical': 'R1.2',
  history: 'R10.7',
  parenthetical: 'R5.2',
  'short-form': 'R10.9',
  supra: 'R10.9',
  reporter: 'R10.3',
  'case-name': 'R10.2.2',
  typeface: 'B2',
  form: 'R10.1',
};

function bluebookRules(edition: string): Record<StyleTopic, string> {
  const out = {} as Record<StyleTopic, string>;
  for (const [topic, rule] of Object.entries(BLUEBOOK_RULES)) out[topic as StyleTopic] = `Bluebook (${edition} ed.) ${rule}`;
  return out;
}

const INDIGO = 'the Indigo Book (2d ed.)';
const CSM = 'California Style Manual (4th ed.), ch. 1';

export const STYLES: Readonly<Record<StyleName, CitationStyle>> = {
  'bluebook-22': {
    name: 'bluebook-22',
    title: 'Bluebook (22d ed.)',
    form: 'bluebook',
    pageSpan: 'drop-repeated',
    closedUpCourts: false,
    explanatoryParentheticalRequired: true,
    citationModified: true,
    supraForCases: false,
    rules: bluebookRules('22d'),
  },
  'bluebook-21': {
    name: 'bluebook-21',
    title: 'Bluebook (21st ed.)',
    form: 'bluebook',
    pageSpan: 'drop-repeated',
    closedUpCourts: false,
    explanatoryParentheticalRequired: false,
    citationModified: false,
    supraForCases: false,
    rules: bluebookRules('21st'),
  },
  indigo: {
    name: 'indigo',
    title: 'Indigo Book (2d ed.)',
    form: 'bluebook',
    pageSpan: 'drop-repeated',
    closedUpCourts: false,
    explanatoryParentheticalRequired: false,
    citationModified: false,
    supraForCases: false,
    rules: {
      court: `${INDIGO}, table T9 (court names)`,
      'page-span': `${INDIGO}, pinpoint pages`,
      'footnote-pin': `${INDIGO}, pinpoint pages`,
      signal: `${INDIGO}, signals`,
      'signal-order': `${INDIGO}, signals`,
      'explanatory-parenthetical': `${INDIGO}, explanatory parentheticals`,
      history: `${INDIGO}, table T14 (explanatory phrases)`,
      parenthetical: `${INDIGO}, parentheticals`,
      'short-form': `${INDIGO}, short forms`,
      supra: `${INDIGO}, short forms`,
      reporter: `${INDIGO}, table T1`,
      'case-name': `${INDIGO}, table T11 (case-name words)`,
      typeface: `${INDIGO}, typeface`,
      form: `${INDIGO}, cases`,
    },
  },
  california: {
    name: 'california',
    title: 'California Style Manual',
    form: 'california',
    pageSpan: 'full',
    closedUpCourts: true,
    explanatoryParentheticalRequired: false,
    citationModified: false,
    supraForCases: true,
    rules: {
      court: CSM,
      'page-span': CSM,
      'footnote-pin': CSM,
      signal: CSM,
      'signal-order': CSM,
      'explanatory-parenthetical': CSM,
      history: CSM,
      parenthetical: CSM,
      'short-form': CSM,
      supra: CSM,
      reporter: CSM,
      'case-name': CSM,
      typeface: CSM,
      form: CSM,
    },
  },
};

/** A court's rule that refines the style: the reporters it requires in its own form. */
export interface LocalRule {
  readonly name: LocalRuleName;
  readonly title: string;
  /** Where it says so: `Wash. GR 14(d)`. */
  readonly rule: string;
  /** Bluebook abbreviation → the form the rule requires. */
  readonly reporters?: Readonly<Record<string, string>>;
}

export const LOCAL_RULES: Readonly<Record<LocalRuleName, LocalRule>> = {
  'wash-gr14': {
    name: 'wash-gr14',
    title: 'Washington GR 14',
    rule: 'Wash. GR 14(d)',
    reporters: { 'Wash.': 'Wn.', 'Wash. 2d': 'Wn.2d', 'Wash. 3d': 'Wn.3d', 'Wash. App.': 'Wn. App.', 'Wash. App. 2d': 'Wn. App. 2d' },
  },
  '9th-cir': { name: '9th-cir', title: 'Ninth Circuit Rule 30-1', rule: '9th Cir. R. 30-1' },
  '5th-cir': { name: '5th-cir', title: 'Fifth Circuit Rule 28.2.2', rule: '5th Cir. R. 28.2.2' },
  '6th-cir': { name: '6th-cir', title: 'Sixth Circuit Rule 28', rule: '6th Cir. R. 28' },
};

/** The style a draft is held to, and how it was chosen. */
export interface StyleInForce {
  readonly style: CitationStyle;
  /** Chosen by `auto` from the draft's citations. */
  readonly auto: boolean;
  readonly localRules: readonly LocalRule[];
  /** `California Style Manual (auto)`, `Bluebook (22d ed.) + Washington GR 14`. */
  readonly label: string;
}

/** Whether a full case citation is written in the California form: its year before its reporter. */
export function isCaliforniaForm(c: Citation): boolean {
  return c.kind === 'case' && c.parts?.year !== undefined && c.parts.year.end <= c.start;
}

/**
 * The style in force for a draft: the one set, or for `auto` the California Style Manual where
 * more than half of the draft's full case citations that give a year give it before the reporter,
 * else the Bluebook 22nd edition.
 */
export function styleInForce(settings: Pick<BrieflintSettings, 'style' | 'localRules'>, citations: readonly Citation[]): StyleInForce {
  const auto = settings.style === 'auto' || !(settings.style in STYLES);
  let name: StyleName = auto ? 'bluebook-22' : (settings.style as StyleName);
  if (auto) {
    let california = 0;
    let withYear = 0;
    // Parallel citations share their year: each year counts once.
    let lastYear = -1;
    for (const c of citations) {
      if (c.kind !== 'case' || c.parts?.year === undefined || c.parts.year.start === lastYear) continue;
      lastYear = c.parts.year.start;
      withYear++;
      if (isCaliforniaForm(c)) california++;
    }
    if (california * 2 > withYear) name = 'california';
  }
  const style = STYLES[name];
  const localRules = (settings.localRules ?? []).map((r) => LOCAL_RULES[r]).filter((r): r is LocalRule => r !== undefined);
  const label = `${style.title}${auto ? ' (auto)' : ''}${localRules.map((r) => ` + ${r.title}`).join('')}`;
  return { style, auto, localRules, label };
}

/** Collapses white space runs and removes them around periods: the closed-up form (`Cal.App.5th`). */
export function closedUp(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * The findings of the rules that predate styles (they hold every draft to the Bluebook), reviewed
 * for the style in force: under the California Style Manual a closed-up reporter (`Cal.5th`,
 * `F.Supp.3d`) is its form and `supra` is its short form for a case; under Washington GR 14
 * `Wn.2d` is required, so `Wash. 2d` is flagged with the fix to `Wn.2d` and `Wn.2d` is not.
 */
export function reviewFindings(findings: Finding[], analysis: Analysis, inForce: StyleInForce): Finding[] {
  const required = new Map<string, { form: string; rule: LocalRule }>();
  for (const r of inForce.localRules) for (const [bluebook, form] of Object.entries(r.reporters ?? {})) required.set(bluebook, { form, rule: r });
  const california = inForce.style.form === 'california';
  if (!california && required.size === 0) return findings;
  const byId = new Map(analysis.citations.map((c) => [c.id, c]));
  const out: Finding[] = [];
  for (const f of findings) {
    const c = f.citations?.[0] !== undefined ? byId.get(f.citations[0]) : undefined;
    if (f.code === 'reporter-nonstandard' && c?.reporter && c.reporterAsWritten) {
      // A local rule's own reporters are reported below, in its form.
      if (required.has(c.reporter)) continue;
      if (california && closedUp(c.reporterAsWritten) === closedUp(c.reporter)) continue;
    }
    if (f.code === 'supra-case' && inForce.style.supraForCases) continue;
    out.push(f);
  }
  // The local rule's own reporters, written in the Bluebook's form.
  if (required.size > 0) {
    const source = analysis.draft.text;
    for (const c of analysis.citations) {
      if ((c.kind !== 'case' && c.kind !== 'case-short') || !c.reporter || !c.parts?.reporter) continue;
      const want = required.get(c.reporter);
      if (!want) continue;
      const span = c.parts.reporter;
      const written = source.slice(span.start, span.end);
      if (closedUp(written) === closedUp(want.form)) continue;
      const edit: Edit = { start: span.start, end: span.end, newText: want.form };
      out.push({
        code: 'reporter-nonstandard',
        severity: 'warning',
        start: span.start,
        end: span.end,
        citations: [c.id],
        message: `${want.rule.rule} requires "${want.form}" for this reporter, not "${written}".`,
        fixes: [{ title: `Change "${written}" to "${want.form}"`, edits: [edit], preferred: true }],
      });
    }
  }
  return out;
}

/** `Bluebook (22d ed.) R10.4`: the rule of the style in force on `topic`. */
export function ruleOf(inForce: StyleInForce, topic: StyleTopic): string {
  return inForce.style.rules[topic];
}

const STYLE_KEY = sharedKey<StyleInForce>('style in force');

/** The style in force for the check `ctx` runs in (computed once per check). */
export function styleOf(ctx: RuleContext): StyleInForce {
  return ctx.shared(STYLE_KEY, () => styleInForce(ctx.settings, ctx.analysis.citations));
}
