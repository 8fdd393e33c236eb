/**
 * The one JSON reader of the core: it remembers where each object and array starts and where
 * each key stands, so that a problem in one docket entry of a RECAP export, or in one setting of
 * `.brieflint.json`, is reported at its line. `JSON.parse` gives no positions.
 *
 * It never throws: a syntax error comes back with its offset. Objects are made without a
 * prototype (a `"__proto__"` key is just a key). Nesting deeper than `MAX_DEPTH` is an error
 * rather than a stack overflow. One pass, linear in the text.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export interface JsonRead {
  value?: JsonValue;
  error?: { offset: number; message: string };
  /** Offset of the opening `{` or `[` of every object and array. */
  offsets: Map<object, number>;
  /** Offset of the opening quote of each key of every object. */
  keyOffsets: Map<object, Map<string, number>>;
}

const MAX_DEPTH = 256;
const ESCAPES = new Map([['"', '"'], ['\\', '\\'], ['/', '/'], ['b', '\b'], ['f', '\f'], ['n', '\n'], ['r', '\r'], ['t', '\t']]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonSyntaxError {
  constructor(readonly offset: number, readonly message: string) {}
}

export function readJson(text: string): JsonRead {
  const offsets = new Map<object, number>();
  const keyOffsets = new Map<object, Map<string, number>>();
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(at, message);
  };

  const skipSpace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };

  const describe = (at: number): string => (at >= text.length ? 'the end of the file' : `"${text[at]}"`);

  const readString = (): string => {
    const open = pos;
    pos++; // the opening quote
    let out = '';
    let runStart = pos;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 34 /* " */) {
        out += text.slice(runStart, pos);
        pos++;
        return out;
      }
      if (c === 92 /* \ */) {
        out += text.slice(runStart, pos);
        const e = text[pos + 1];
        const simple = e === undefined ? undefined : ESCAPES.get(e);
        if (simple !== undefined) {
          out += simple;
          pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else {
          fail('a string has a bad escape');
        }
        runStart = pos;
        continue;
      }
      if (c < 32) fail('a string runs into a line break (a missing closing quote?)');
      pos++;
    }
    return fail('a string is never closed', open);
  };

  const readValue = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail('the JSON is nested too deeply');
    skipSpace();
    const ch = text[pos];
    if (ch === '{') {
      const obj: JsonObject = Object.create(null);
      offsets.set(obj, pos);
      pos++;
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail(`expected a quoted key, found ${describe(pos)}`);
        const keyAt = pos;
        const key = readString();
        let keys = keyOffsets.get(obj);
        if (!keys) keyOffsets.set(obj, (keys = new Map()));
        if (!keys.has(key)) keys.set(key, keyAt);
        skipSpace();
        if (text[pos] !== ':') fail(`expected ":" after a key, found ${describe(pos)}`);
        pos++;
        obj[key] = readValue(depth + 1);
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail(`expected "," or "}" in an object, found ${describe(pos)}`);
      }
    }
    if (ch === '[') {
      const arr: JsonValue[] = [];
      offsets.set(arr, pos);
      pos++;
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(readValue(depth + 1));
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail(`expected "," or "]" in a list, found ${describe(pos)}`);
      }
    }
    if (ch === '"') return readString();
    if (text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (text.startsWith('null', pos)) {
      pos += 4;
      return null;
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m) {
      pos += m[0].length;
      return Number(m[0]);
    }
    return fail(`expected a value, found ${describe(pos)}`);
  };

  try {
    const value = readValue(0);
    skipSpace();
    if (pos < text.length) fail(`unexpected ${describe(pos)} after the end of the JSON`);
    return { value, offsets, keyOffsets };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { error: { offset: e.offset, message: e.message }, offsets, keyOffsets };
    throw e;
  }
}

export function isJsonObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
