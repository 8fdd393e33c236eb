/**
 * Loaded by mocha before the specs of npm run test:samples (.mocharc.samples.json, `require`):
 * without the shared sample beside the repository, it says so in one line and stops the run.
 */
import * as fs from 'node:fs';
import { SHARED_SAMPLE_PATH } from './shared';

if (!fs.existsSync(SHARED_SAMPLE_PATH)) {
  process.stderr.write(
    `npm run test:samples: the shared sample ${SHARED_SAMPLE_PATH} is not there. These tests need the ` +
      'shared folder beside the repository (../shared/samples/, as CI has it); npm test needs nothing beside it.\n',
  );
  process.exit(1);
}
