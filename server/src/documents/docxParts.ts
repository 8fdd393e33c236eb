import { SaxesParser } from 'saxes';

/**
 * One XML part of a `.docx` (document.xml, footnotes.xml, endnotes.xml) read with saxes into a
 * flat list of tokens in reading order: paragraph starts and ends, text with the run it came
 * from, and footnote and endnote markers. The reader (`docx.ts`) puts the tokens together.
 *
 * What is read: runs' text (`w:t`, tabs, breaks, non-breaking hyphens), tracked insertions;
 * what is skipped: tracked deletions and moves away (`w:del`, `w:moveFrom`), field
 * instructions, the result of a table of authorities field (`TOA`), the fallback copy of
 * alternate content. A DOCTYPE is refused: saxes never expands entities other than the five of
 * XML, and a declaration in a Word part has no business there.
 */

export class DocxXmlError extends Error {}

export interface RunInfo {
  /** XML offsets (UTF-16) of the whole `<w:r>…</w:r>` element. */
  start: number;
  end: number;
  /** The run's `<w:rPr>…</w:rPr>`, as written, or ''. */
  rPr: string;
  /** Only properties and one `w:t`, outside tracked changes and fields: a fix may split it. */
  simple: boolean;
}

export type Token =
  | { kind: 'pstart' }
  | { kind: 'pend' }
  | { kind: 'text'; text: string; run: RunInfo; italic: boolean; underline: boolean }
  | { kind: 'note'; type: 'footnote' | 'endnote'; id: string };

export interface PartTokens {
  /** The body's tokens (document.xml), or each note's tokens by id (footnotes.xml, endnotes.xml). */
  body: Token[];
  notes: Map<string, Token[]>;
  /** Table of authorities fields left out. */
  toaFields: number;
}

const local = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

const OFF = new Set(['0', 'false', 'off', 'none']);

interface OpenRun {
  start: number;
  rPrStart: number;
  rPrEnd: number;
  italic: boolean;
  underline: boolean;
  /** Children other than w:rPr; text children. */
  others: number;
  texts: number;
  inChange: boolean;
}

interface Field {
  instr: string;
  result: boolean;
}

export function readPart(xml: string): PartTokens {
  const parser = new SaxesParser({ position: true });
  const body: Token[] = [];
  const notes = new Map<string, Token[]>();
  let out: Token[] | undefined = body;
  const stack: string[] = [];
  let skipDepth = 0; // inside w:del, w:moveFrom, mc:Fallback, a separator note
  let insDepth = 0;
  let run: OpenRun | undefined;
  let rPrDepth = -1;
  const fields: Field[] = [];
  let simpleToa = -1; // stack depth of an open w:fldSimple TOA
  let textOpen: 't' | 'instr' | undefined;
  let textBuffer = '';
  let toaFields = 0;
  let runTokens: Token[] = [];
  const inToaResult = () => simpleToa >= 0 || fields.some((f) => f.result && /^\s*TOA\b/i.test(f.instr));
  const inInstr = () => fields.some((f) => !f.result);
  const emitText = (text: string) => {
    if (!out || skipDepth > 0 || inToaResult() || inInstr() || text === '') return;
    if (!run) return;
    const token: Token = { kind: 'text', text, run: { start: run.start, end: -1, rPr: '', simple: false }, italic: run.italic, underline: run.underline };
    runTokens.push(token);
    out.push(token);
  };

  parser.on('doctype', () => {
    throw new DocxXmlError('declares a DOCTYPE (entity declarations are not read)');
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, unknown>;
    const name = local(tag.name);
    const parent = stack.length ? local(stack[stack.length - 1]) : '';
    stack.push(tag.name);
    if (name === 'r' && !run) {
      run = { start: xml.lastIndexOf('<', parser.position - 1), rPrStart: -1, rPrEnd: -1, italic: false, underline: false, others: 0, texts: 0, inChange: insDepth > 0 || fields.length > 0 };
      runTokens = [];
    }
    const attr = (n: string) => {
      const v = attributes[`w:${n}`] ?? attributes[n];
      return typeof v === 'string' ? v : undefined;
    };
    if (run && parent === 'r') {
      if (name === 'rPr') {
        rPrDepth = stack.length;
        run.rPrStart = parser.position - rawOpenLength(xml, parser.position);
      } else run.others++;
    }
    if (run && rPrDepth > 0 && parent === 'rPr' && stack.length === rPrDepth + 1) {
      const val = attr('val');
      if (name === 'i') run.italic = val === undefined || !OFF.has(val);
      if (name === 'u') run.underline = val === undefined || !OFF.has(val);
    }
    switch (name) {
      case 'footnote':
      case 'endnote': {
        const type = attr('type');
        const id = attr('id') ?? '';
        if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') {
          out = undefined;
        } else {
          out = [];
          notes.set(id, out);
        }
        break;
      }
      case 'del':
      case 'moveFrom':
        if (parent !== 'rPr' && parent !== 'pPr') skipDepth++;
        break;
      case 'Fallback':
        skipDepth++;
        break;
      case 'ins':
      case 'moveTo':
        if (parent !== 'rPr' && parent !== 'pPr') insDepth++;
        break;
      case 'p':
        if (out && skipDepth === 0) out.push({ kind: 'pstart' });
        break;
      case 't':
        if (parent === 'r') {
          textOpen = 't';
          textBuffer = '';
          if (run) run.texts++;
        }
        break;
      case 'instrText':
        textOpen = 'instr';
        textBuffer = '';
        break;
      case 'tab':
        if (parent === 'r') emitText('\t');
        break;
      case 'br':
      case 'cr':
        if (parent === 'r') emitText('\n');
        break;
      case 'noBreakHyphen':
        emitText('-');
        break;
      case 'fldChar': {
        const type = attr('fldCharType');
        if (type === 'begin') fields.push({ instr: '', result: false });
        else if (type === 'separate' && fields.length) {
          const f = fields[fields.length - 1];
          f.result = true;
          if (/^\s*TOA\b/i.test(f.instr)) toaFields++;
        } else if (type === 'end') fields.pop();
        break;
      }
      case 'fldSimple':
        if (simpleToa < 0 && /^\s*TOA\b/i.test(attr('instr') ?? '')) {
          simpleToa = stack.length;
          toaFields++;
        }
        break;
      case 'footnoteReference':
      case 'endnoteReference':
        if (out && skipDepth === 0 && !inToaResult()) out.push({ kind: 'note', type: name === 'footnoteReference' ? 'footnote' : 'endnote', id: attr('id') ?? '' });
        if (run) run.others++;
        break;
    }
  });
  parser.on('text', (text) => {
    if (textOpen) textBuffer += text;
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    const depth = stack.length;
    stack.pop();
    const parent = stack.length ? local(stack[stack.length - 1]) : '';
    switch (name) {
      case 't':
        if (textOpen === 't') {
          emitText(textBuffer);
          textOpen = undefined;
        }
        break;
      case 'instrText':
        if (textOpen === 'instr' && fields.length) fields[fields.length - 1].instr += textBuffer;
        textOpen = undefined;
        break;
      case 'rPr':
        if (run && depth === rPrDepth) {
          run.rPrEnd = parser.position;
          rPrDepth = -1;
        }
        break;
      case 'r':
        if (run && parent !== 'r') {
          const rPr = run.rPrStart >= 0 && run.rPrEnd > run.rPrStart ? xml.slice(run.rPrStart, run.rPrEnd) : '';
          const info: RunInfo = { start: run.start, end: parser.position, rPr, simple: run.others === 1 && run.texts === 1 && !run.inChange && runTokens.length === 1 };
          for (const t of runTokens) if (t.kind === 'text') t.run = info;
          run = undefined;
          runTokens = [];
        }
        break;
      case 'p':
        if (out && skipDepth === 0) out.push({ kind: 'pend' });
        break;
      case 'del':
      case 'moveFrom':
        if (parent !== 'rPr' && parent !== 'pPr') skipDepth--;
        break;
      case 'Fallback':
        skipDepth--;
        break;
      case 'ins':
      case 'moveTo':
        if (parent !== 'rPr' && parent !== 'pPr') insDepth--;
        break;
      case 'fldSimple':
        if (simpleToa === depth) simpleToa = -1;
        break;
      case 'footnote':
      case 'endnote':
        out = body;
        break;
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof DocxXmlError) throw e;
    throw new DocxXmlError(`has malformed XML (${(e as Error).message})`);
  }
  return { body, notes, toaFields };
}

/** The length of the start tag that ends just before `end` (its `<`, found backwards). */
function rawOpenLength(xml: string, end: number): number {
  return end - xml.lastIndexOf('<', end - 1);
}
