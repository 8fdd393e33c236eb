import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileNames } from '../core/families/family';

/** Paths as this machine writes them, for the families' hovers, links and places. */
export const HOST_FILE_NAMES: FileNames = {
  resolve(from, relative) {
    if (path.isAbsolute(relative)) return relative;
    return from ? path.resolve(path.dirname(from), relative) : undefined;
  },
  url: (p) => pathToFileURL(p).href,
};
