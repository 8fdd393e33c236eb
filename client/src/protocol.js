"use strict";
/**
 * What the client and the Brieflint server agree on, beyond LSP itself. The client cannot import
 * server code (the layers check forbids it), so these names are written here again; a unit test
 * (`test/unit/service/clientContract.test.ts`) keeps them equal to the server's.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.SHOW_REFERENCES_COMMAND = exports.STATUS_NOTIFICATION = exports.SERVER_COMMANDS = exports.SERVER_EXEC_ARGV = void 0;
/**
 * Node flags the extension starts the server with: `gc` exposed, so that the server returns memory
 * to the system once a burst of checks is over (docs/performance.md, "Server memory"). No heap
 * cap: checking a 10 MB draft peaks near 550 MB. (A smaller young generation no longer saves
 * memory, and makes each re-check ~2 ms slower.)
 */
exports.SERVER_EXEC_ARGV = ['--expose-gc'];
/** Commands the server carries out (`workspace/executeCommand`), each with one object argument. */
exports.SERVER_COMMANDS = {
    insertTableOfAuthorities: 'brieflint.server.insertTableOfAuthorities',
    tableOfAuthorities: 'brieflint.server.tableOfAuthorities',
    exhibitIndex: 'brieflint.server.exhibitIndex',
    renumberExhibits: 'brieflint.server.renumberExhibits',
    createExhibitManifest: 'brieflint.server.createExhibitManifest',
    courtListenerUrl: 'brieflint.server.courtListenerUrl',
    checkWorkspace: 'brieflint.server.checkWorkspace',
    verifyCitations: 'brieflint.server.verifyCitations',
};
/** The server's notification after each check of a draft. */
exports.STATUS_NOTIFICATION = 'brieflint/status';
/** The client command a code lens runs (uri, position, locations). */
exports.SHOW_REFERENCES_COMMAND = 'brieflint.showReferences';
//# sourceMappingURL=protocol.js.map