import { Inflate, deflateSync } from 'fflate';

/**
 * The zip container of a `.docx`: its central directory read by hand (so that an entry's raw
 * bytes can be copied unchanged into a rewritten package), entries inflated with fflate under a
 * limit on what they decompress to, and a package rewritten with some entries replaced and every
 * other entry's local record copied byte for byte.
 *
 * A zip bomb is refused two ways: by the sizes the directory declares, and by counting what
 * inflating actually gives (a directory can lie), a small slice of input at a time.
 */

/** What all the entries Brieflint reads may decompress to, together. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
/** Most entries a package may list. */
const MAX_ENTRIES = 20_000;
/** Compressed bytes fed to the inflater at a time (deflate expands at most ~1032:1, so ≤ 4 MB a step). */
const INFLATE_STEP = 4096;

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  localOffset: number;
  /** Offset of the compressed data (after the local header). */
  dataOffset: number;
  /** The central directory record, as in the file. */
  central: Uint8Array;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** Reads the central directory. Throws `ZipError` on a file that is not a readable zip. */
export function openZip(bytes: Uint8Array): ZipArchive {
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) throw new ZipError('is not a Word document (not a zip package)');
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('is a damaged zip package (no end of central directory)');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('is a zip64 package, which Brieflint does not read');
  if (count > MAX_ENTRIES) throw new ZipError(`lists ${count} zip entries, more than ${MAX_ENTRIES}`);
  if (cdOffset + cdSize > eocd) throw new ZipError('is a damaged zip package (central directory out of range)');
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) throw new ZipError('is a damaged zip package (bad central directory record)');
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > eocd) throw new ZipError('is a damaged zip package (bad central directory record)');
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== 0x04034b50) throw new ZipError(`is a damaged zip package (entry ${name} missing)`);
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    const entry: ZipEntry = {
      name,
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset,
      dataOffset,
      central: bytes.subarray(p, end),
    };
    if (dataOffset + entry.compressedSize > bytes.length) throw new ZipError(`is a damaged zip package (entry ${name} cut short)`);
    entries.push(entry);
    byName.set(name, entry);
    p = end;
  }
  return { bytes, entries, byName };
}

/** Counts what the entries read from one package decompress to, against `MAX_UNZIPPED_BYTES`. */
export class UnzipBudget {
  used = 0;
  constructor(readonly limit = MAX_UNZIPPED_BYTES) {}
}

/** Inflates one entry, refusing when the declared or the actual size passes what the budget has left. */
export function readEntry(zip: ZipArchive, entry: ZipEntry, budget: UnzipBudget): Uint8Array {
  const left = budget.limit - budget.used;
  const tooLarge = () => new ZipError(`decompresses to more than ${Math.round(budget.limit / 1048576)} MB (${entry.name}); it is refused as a possible zip bomb`);
  if (entry.size > left) throw tooLarge();
  const raw = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = raw;
  } else if (entry.method === 8) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > left) over = true;
      else chunks.push(chunk);
    });
    try {
      for (let i = 0; i < raw.length && !over; i += INFLATE_STEP) inflater.push(raw.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= raw.length);
      if (raw.length === 0) inflater.push(raw, true);
    } catch (e) {
      throw new ZipError(`is a damaged zip package (${entry.name}: ${(e as Error).message})`);
    }
    if (over) throw tooLarge();
    out = concat(chunks, total);
  } else {
    throw new ZipError(`uses zip compression method ${entry.method} for ${entry.name}, which Brieflint does not read`);
  }
  if (out.length !== entry.size) throw new ZipError(`is a damaged zip package (${entry.name} is not the size its directory says)`);
  if (crc32(out) !== entry.crc) throw new ZipError(`is a damaged zip package (${entry.name} fails its checksum)`);
  budget.used += out.length;
  return out;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The package with the entries named in `replace` given new contents (deflated), and every
 * other entry's local record (header, data, data descriptor) and central record copied as they
 * were.
 */
export function rewriteZip(zip: ZipArchive, replace: Map<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const sortedStarts = zip.entries.map((e) => e.localOffset).sort((a, b) => a - b);
  const cdStart = centralStart(zip);
  for (const entry of zip.entries) {
    const content = replace.get(entry.name);
    if (content === undefined) {
      // The local record runs to the next entry's local header (or the central directory).
      const next = sortedStarts.find((s) => s > entry.localOffset) ?? cdStart;
      const record = zip.bytes.subarray(entry.localOffset, next);
      const cd = entry.central.slice();
      writeU32(cd, 42, offset);
      parts.push(record);
      central.push(cd);
      offset += record.length;
      continue;
    }
    const data = deflateSync(content, { level: 6 });
    const crc = crc32(content);
    const name = new TextEncoder().encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    writeU32(local, 0, 0x04034b50);
    writeU16(local, 4, 20);
    writeU16(local, 6, 0x0800 & u16(zip.bytes, entry.localOffset + 6)); // keep only the UTF-8 name flag
    writeU16(local, 8, 8);
    local.set(zip.bytes.subarray(entry.localOffset + 10, entry.localOffset + 14), 10); // time, date
    writeU32(local, 14, crc);
    writeU32(local, 18, data.length);
    writeU32(local, 22, content.length);
    writeU16(local, 26, name.length);
    writeU16(local, 28, 0);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    cd.set(entry.central.subarray(0, 46), 0);
    writeU16(cd, 8, u16(local, 6));
    writeU16(cd, 10, 8);
    writeU32(cd, 16, crc);
    writeU32(cd, 20, data.length);
    writeU32(cd, 24, content.length);
    writeU16(cd, 28, name.length);
    writeU16(cd, 30, 0);
    writeU16(cd, 32, 0);
    writeU32(cd, 42, offset);
    cd.set(name, 46);
    parts.push(local, data);
    central.push(cd);
    offset += local.length + data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  writeU32(eocd, 0, 0x06054b50);
  writeU16(eocd, 8, zip.entries.length);
  writeU16(eocd, 10, zip.entries.length);
  writeU32(eocd, 12, cdSize);
  writeU32(eocd, 16, offset);
  return concat([...parts, ...central, eocd], offset + cdSize + 22);
}

function centralStart(zip: ZipArchive): number {
  return zip.entries.reduce((min, e) => Math.min(min, e.central.byteOffset - zip.bytes.byteOffset), Infinity);
}

function writeU16(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
}

function writeU32(b: Uint8Array, i: number, v: number): void {
  writeU16(b, i, v & 0xffff);
  writeU16(b, i + 2, (v >>> 16) & 0xffff);
}

let CRC_TABLE: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
