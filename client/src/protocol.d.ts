/**
 * What the client and the Brieflint server agree on, beyond LSP itself. The client cannot import
 * server code (the layers check forbids it), so these names are written here again; a unit test
 * (`test/unit/service/clientContract.test.ts`) keeps them equal to the server's.
 */
/**
 * Node flags the extension starts the server with: `gc` exposed, so that the server returns memory
 * to the system once a burst of checks is over (docs/performance.md, "Server memory"). No heap
 * cap: checking a 10 MB draft peaks near 550 MB. (A smaller young generation no longer saves
 * memory, and makes each re-check ~2 ms slower.)
 */
export declare const SERVER_EXEC_ARGV: readonly string[];
/** Commands the server carries out (`workspace/executeCommand`), each with one object argument. */
export declare const SERVER_COMMANDS: {
    readonly insertTableOfAuthorities: "brieflint.server.insertTableOfAuthorities";
    readonly tableOfAuthorities: "brieflint.server.tableOfAuthorities";
    readonly exhibitIndex: "brieflint.server.exhibitIndex";
    readonly renumberExhibits: "brieflint.server.renumberExhibits";
    readonly createExhibitManifest: "brieflint.server.createExhibitManifest";
    readonly courtListenerUrl: "brieflint.server.courtListenerUrl";
    readonly checkWorkspace: "brieflint.server.checkWorkspace";
    readonly verifyCitations: "brieflint.server.verifyCitations";
};
/** What a server command answers. */
export interface CommandOutcome {
    ok: boolean;
    message: string;
    text?: string;
    url?: string;
}
/** The server's notification after each check of a draft. */
export declare const STATUS_NOTIFICATION = "brieflint/status";
export interface DraftStatus {
    uri: string;
    state: 'checking' | 'ready' | 'error' | 'off';
    citations?: number;
    exhibits?: number;
    problems?: number;
    errors?: number;
    message?: string;
    /** What the status bar shows after "Brieflint". */
    text: string;
}
/** The client command a code lens runs (uri, position, locations). */
export declare const SHOW_REFERENCES_COMMAND = "brieflint.showReferences";
