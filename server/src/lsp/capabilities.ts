import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver/node';
import { SERVER_COMMANDS } from '../service/commands';
import { SEMANTIC_TOKENS_LEGEND } from '../service/semanticTokens';
import type { ClientFlags } from './context';

export function clientFlags(caps: ClientCapabilities): ClientFlags {
  return {
    configuration: caps.workspace?.configuration === true,
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    watchRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    definitionLinks: caps.textDocument?.definition?.linkSupport === true,
    applyEdit: caps.workspace?.applyEdit === true,
    codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
    relativePatterns: caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
  };
}

export function serverCapabilities(client: ClientFlags): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    definitionProvider: true,
    referencesProvider: true,
    documentSymbolProvider: { label: 'Brieflint' },
    documentLinkProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: true },
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
    executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
    renameProvider: { prepareProvider: true },
    inlayHintProvider: { resolveProvider: false },
    documentHighlightProvider: true,
    workspaceSymbolProvider: true,
    // After `Ex. `, `Dkt. No. ` and a case's name and comma; a space triggers them as the user types.
    completionProvider: { triggerCharacters: [' '] },
    ...(client.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
  };
}
