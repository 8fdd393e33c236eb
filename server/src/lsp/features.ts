import { DocumentDiagnosticReportKind, ErrorCodes, LSPErrorCodes, ResponseError, type LocationLink } from 'vscode-languageserver/node';
import { codeActions, diagnosticsTouching } from '../service/codeActions';
import { formFixAllActions } from '../service/formFixAll';
import { codeLenses, resolveCodeLens } from '../service/codeLens';
import { definition } from '../service/definition';
import { diagnosticsFor } from '../service/diagnostics';
import { prepareExhibitRename, renameExhibitEdit } from '../service/exhibitCommands';
import { citationAt, hover } from '../service/hover';
import { completions } from '../service/completion';
import { documentHighlights } from '../service/highlights';
import { inlayHints } from '../service/inlayHints';
import { documentLinks } from '../service/links';
import { references } from '../service/references';
import { semanticTokens } from '../service/semanticTokens';
import { documentSymbols } from '../service/symbols';
import type { EditorVerifier } from '../verify';
import type { ServerContext } from './context';
import type { ResultCache } from './results';
import type { SettingsStore } from './settings';

/** The language features: each handler looks up the document's current check and calls the service. */
export function registerFeatures(ctx: ServerContext, results: ResultCache, settings: SettingsStore, verifier: EditorVerifier): void {
  const { connection, documents, files } = ctx;

  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = document.version;
    const entry = await results.resultFor(document.uri, version);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
    // The document changed while the check waited: its diagnostics would be for text the editor no longer shows.
    if (documents.get(document.uri) !== document || document.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: entry ? diagnosticsFor(entry.result, document) : [] };
  });

  connection.onHover((params, token) =>
    results.withResult('show the hover', params.textDocument.uri, token, null, ({ result, sources }, document) => {
      const offset = document.offsetAt(params.position);
      const shown = hover(result, sources, document, offset);
      const citation = citationAt(result, offset);
      // What CourtListener said about the citation, when the draft was verified, below the offline hover.
      const online = citation ? verifier.hover(document.uri, result, citation) : undefined;
      if (!shown || !online || typeof shown.contents !== 'object' || !('kind' in shown.contents)) return shown ?? null;
      return { ...shown, contents: { ...shown.contents, value: `${shown.contents.value}\n\n---\n\n${online}` } };
    }),
  );

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    try {
      // Only the findings under the cursor or selection: the client may send every diagnostic of the line.
      const touching = diagnosticsTouching(params.context.diagnostics, params.range);
      // The last check of the document, for the fixes of the whole draft (made here, when asked for).
      const last = results.last(document.uri);
      const form = last?.version === document.version ? formFixAllActions(document, last.result, touching) : [];
      return [...codeActions(document, touching, files, last), ...form];
    } catch (e) {
      ctx.reportError('offer fixes', document.uri, e);
      return [];
    }
  });

  connection.onDefinition((params, token) =>
    results.withResult('find the definition', params.textDocument.uri, token, [], ({ result, sources }, document) => {
      const links = definition(result, sources, document, document.offsetAt(params.position), files);
      return ctx.client.definitionLinks ? links : links.map((l: LocationLink) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
    }),
  );

  connection.onReferences((params, token) =>
    results.withResult('find references', params.textDocument.uri, token, [], ({ result, sources }, document) =>
      references(result, sources, document, document.offsetAt(params.position), params.context.includeDeclaration, files),
    ),
  );

  connection.onDocumentSymbol((params, token) =>
    results.withResult('list the outline', params.textDocument.uri, token, [], ({ result, sources }, document) => documentSymbols(result, sources, document)),
  );

  connection.onDocumentLinks((params, token) =>
    results.withResult('find links', params.textDocument.uri, token, [], ({ result, sources }, document) => documentLinks(result, sources, document, files)),
  );

  connection.onCodeLens(async (params, token) => {
    if (!(await settings.for(params.textDocument.uri)).codeLens) return [];
    return results.withResult('show code lenses', params.textDocument.uri, token, [], ({ result }, document) => codeLenses(result, document));
  });

  connection.onCodeLensResolve(async (lens, token) => {
    const uri = (lens.data as { uri?: unknown } | undefined)?.uri;
    if (typeof uri !== 'string') return lens;
    return results.withResult('show code lenses', uri, token, lens, ({ result }, document) => resolveCodeLens(result, document, lens));
  });

  connection.languages.semanticTokens.on((params, token) =>
    // Markdown drafts are coloured by the injected grammar; tokens are for plain text, which has none.
    results.withResult('colour citations', params.textDocument.uri, token, { data: [] }, ({ result }, document) =>
      result.draft.format === 'markdown' ? { data: [] } : semanticTokens(result, document),
    ),
  );

  connection.languages.inlayHint.on(async (params, token) => {
    if (!(await settings.for(params.textDocument.uri)).inlayHints) return [];
    return results.withResult('show inlay hints', params.textDocument.uri, token, [], ({ result, sources }, document) => inlayHints(result, sources, document, params.range));
  });

  connection.onCompletion((params, token) =>
    results.withResult('offer completions', params.textDocument.uri, token, [], ({ result, sources }, document) => completions(result, sources, document, params.position)),
  );

  connection.onDocumentHighlight((params, token) =>
    results.withResult('highlight citations', params.textDocument.uri, token, [], ({ result }, document) => documentHighlights(result, document, document.offsetAt(params.position))),
  );

  connection.onPrepareRename((params, token) =>
    results.withResult('rename', params.textDocument.uri, token, null, ({ result, sources }, document) =>
      prepareExhibitRename(result, sources, document, document.offsetAt(params.position)) ?? null,
    ),
  );

  connection.onRenameRequest(async (params, token) => {
    const outcome = await results.withResult('rename', params.textDocument.uri, token, undefined, ({ result, sources }, document) =>
      renameExhibitEdit(result, sources, document, document.offsetAt(params.position), params.newName, files),
    );
    if (!outcome) return null;
    // The editor shows a failed rename's message beside the rename box: no pop-up.
    if ('problem' in outcome) throw new ResponseError(ErrorCodes.InvalidRequest, outcome.problem);
    return outcome.edit;
  });
}
