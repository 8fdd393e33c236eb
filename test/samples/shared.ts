/**
 * The real sample beside the repository (../shared/samples/, see DESIGN.md), for
 * `npm run test:samples` only: `npm test` never reads outside the repository.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The letter motion to compel (S.D.N.Y., 2025), as text converted from the filed PDF. */
export const SHARED_SAMPLE_PATH = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'letter-motion-to-compel.txt');

/** The sample's text; throws, saying where it was looked for, when it is not there. */
export function sharedSample(): string {
  if (!fs.existsSync(SHARED_SAMPLE_PATH)) {
    throw new Error(
      `npm run test:samples needs the shared sample ${SHARED_SAMPLE_PATH}, which is not there: ` +
        'check out the shared folder beside the repository (../shared/samples/), or run npm test, which needs nothing beside it.',
    );
  }
  return fs.readFileSync(SHARED_SAMPLE_PATH, 'utf8');
}
