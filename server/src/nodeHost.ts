import * as fs from 'node:fs';
import type { FileHost } from './service/sources';

/** Largest file the host reads at all; larger ones get a clear message instead. */
const HARD_LIMIT = 256 * 1024 * 1024;

/** Reads files as UTF-8 text, refusing binary and non-UTF-8 files with a message that says why. */
export const nodeFileHost: FileHost = {
  readText(path) {
    let buffer: Buffer;
    try {
      const stat = fs.statSync(path);
      if (stat.isDirectory()) return { error: 'is a folder, not a file' };
      if (stat.size > HARD_LIMIT) return { error: `is ${(stat.size / 1048576).toFixed(0)} MB, too large to read` };
      buffer = fs.readFileSync(path);
    } catch (e) {
      return { error: describeFsError(e) };
    }
    return decodeText(buffer);
  },
  listDir(path) {
    try {
      return fs.readdirSync(path);
    } catch {
      return undefined;
    }
  },
  exists(path) {
    return fs.existsSync(path);
  },
};

/**
 * Bytes read from a file or standard input, as text: refused when binary (a NUL byte in the
 * first 8 KB) or not UTF-8, with a message that says why.
 */
export function decodeText(buffer: Buffer): { text: string } | { error: string } {
  const probe = buffer.subarray(0, 8192);
  if (probe.includes(0)) return { error: 'is a binary file, not text (it contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return { error: `is not UTF-8 text (first bad byte at offset ${firstInvalidUtf8(buffer)}); save it as UTF-8` };
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, not a file';
    default: return (e as Error)?.message ?? String(e);
  }
}

/** Offset of the first byte that breaks UTF-8 (a simple validator; only called after decoding failed). */
function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i];
    const n = x < 0x80 ? 0 : x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
