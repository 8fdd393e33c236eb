import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SHOW_REFERENCES_COMMAND } from '../../../server/src/service/codeLens';
import { SERVER_COMMANDS } from '../../../server/src/service/commands';
import { STATUS_NOTIFICATION } from '../../../server/src/service/status';

/**
 * The VS Code client may not import server code, so it writes the names it shares with the server
 * again (`client/src/protocol.ts`). These tests keep the two, and the manifest, in step.
 */
const ROOT = path.join(__dirname, '../../../..');
// The compiled client protocol module has no editor imports, so plain Node can load it.
const clientProtocol = require(path.join(ROOT, 'out/client/src/protocol.js')) as {
  SERVER_COMMANDS: Record<string, string>;
  STATUS_NOTIFICATION: string;
  SHOW_REFERENCES_COMMAND: string;
};
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const extensionSource = fs.readFileSync(path.join(ROOT, 'client/src/extension.ts'), 'utf8');

describe('client and server agree', () => {
  it('on the server commands, the status notification and the code lens command', () => {
    assert.deepStrictEqual(clientProtocol.SERVER_COMMANDS, SERVER_COMMANDS);
    assert.strictEqual(clientProtocol.STATUS_NOTIFICATION, STATUS_NOTIFICATION);
    assert.strictEqual(clientProtocol.SHOW_REFERENCES_COMMAND, SHOW_REFERENCES_COMMAND);
  });

  it('on the commands: every contributed command is registered by the client, all in the Brieflint category', () => {
    const contributed = (pkg.contributes.commands as Array<{ command: string; title: string; category: string }>).map((c) => c.command);
    const registered = [...extensionSource.matchAll(/register\('([\w.]+)'/g)].map((m) => m[1]).concat(SHOW_REFERENCES_COMMAND);
    assert.deepStrictEqual([...contributed].sort(), [...new Set(registered)].sort());
    for (const c of pkg.contributes.commands) assert.strictEqual(c.category, 'Brieflint', `${c.command} is not in the Brieflint category`);
  });

  it('on which commands the palette hides', () => {
    const hidden = (pkg.contributes.menus.commandPalette as Array<{ command: string; when: string }>).filter((m) => m.when === 'false').map((m) => m.command);
    assert.deepStrictEqual(hidden, [SHOW_REFERENCES_COMMAND], 'only the code lens helper is hidden; it needs arguments');
  });
});
