import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { CommandOutcome } from '../service/commands';
import { withText } from '../service/status';
import type { EditorVerifier, VerifyTrigger } from '../verify';
import type { ServerContext } from './context';
import type { ResultCache } from './results';
import type { SettingsStore } from './settings';

/** Verifies a draft with CourtListener when the trigger and the settings call for it (see EditorVerifier). */
export async function verifyDraft(
  ctx: ServerContext,
  settingsStore: SettingsStore,
  results: ResultCache,
  verifier: EditorVerifier,
  uri: string | undefined,
  trigger: VerifyTrigger,
  token: CancellationToken | undefined,
  progress: WorkDoneProgressReporter | undefined,
): Promise<CommandOutcome> {
  const document = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
  if (!document) return { ok: false, message: 'Open the draft first.' };
  const settings = await settingsStore.for(document.uri);
  if (trigger === 'save' && settings.courtListener.verify !== 'onSave') return { ok: true, message: '' };
  const entry = await results.current(document);
  if (!entry) return { ok: false, message: 'Brieflint does not check this document, or it changed while being checked (see the settings brieflint.enable and brieflint.languages).' };
  if (token?.isCancellationRequested) return { ok: false, message: 'Cancelled.' };
  const abort = new AbortController();
  const cancelling = token?.onCancellationRequested(() => abort.abort());
  progress?.begin('Brieflint: verifying citations with CourtListener', 0, undefined, true);
  try {
    const response = await verifier.verify({
      uri: document.uri,
      result: entry.result,
      settings,
      courtListener: settings.courtListener,
      token: process.env.BRIEFLINT_COURTLISTENER_TOKEN || undefined,
      trigger,
      signal: abort.signal,
      onProgress: (p) => progress?.report(p.total ? Math.round((100 * p.done) / p.total) : 0, p.message),
    });
    if (!response.ran) return { ok: true, message: '' };
    const { connection } = ctx;
    for (const note of response.notes) connection.console.warn(note);
    if (response.error) connection.console.warn(response.message);
    else connection.console.info(response.message);
    ctx.sendStatus(withText({ uri: document.uri, state: response.error ? 'error' : 'ready', message: response.message }));
    // The online findings join the diagnostics: re-check (nothing is sent again) and refresh.
    results.invalidate(document.uri);
    if (ctx.client.pullDiagnostics) void connection.languages.diagnostics.refresh();
    else results.schedulePush(document, 0);
    return { ok: !response.error, message: response.message };
  } finally {
    cancelling?.dispose();
    progress?.done();
  }
}
