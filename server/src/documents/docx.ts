import { OriginMap, TextOrigin } from '../core/text/origins';
import { DocxXmlError, readPart, RunInfo, Token } from './docxParts';
import { openZip, readEntry, UnzipBudget, ZipArchive, ZipError } from './zip';

/**
 * Reads a Word `.docx` draft into the text Brieflint checks (as plain text) and a map back to
 * where each piece came from.
 *
 * The body is read in order, table cells included, one line a paragraph. A footnote or endnote
 * is read at its marker, as a reader meets it: the marker is written `[^1]` (endnotes `[^e1]`),
 * and the note follows on its own line(s), `[^1]: text of the note`, before the rest of the
 * paragraph; so `Id.` in a footnote points to the citation before the marker. Tracked
 * insertions are read, deletions skipped; an existing table of authorities field is left out.
 * Every run's italics and underline are kept as spans, and every run's place in its XML part,
 * which `docxFix.ts` uses to write fixes back as tracked changes.
 */

export const DOCUMENT_PART = 'word/document.xml';
export const FOOTNOTES_PART = 'word/footnotes.xml';
export const ENDNOTES_PART = 'word/endnotes.xml';

export class DocumentError extends Error {}

/** A run of the read text that came from one `w:r` of one part. */
export interface DocxRun {
  part: string;
  /** Offsets into the read text. */
  start: number;
  end: number;
  text: string;
  xml: RunInfo;
}

export interface EmphasisSpan {
  start: number;
  end: number;
  italic: boolean;
  underline: boolean;
}

export interface DocxRead {
  text: string;
  map: OriginMap;
  problems: string[];
  runs: DocxRun[];
  emphasis: EmphasisSpan[];
  /** The package and the XML of the parts read, for `fix`. */
  zip: ZipArchive;
  xml: Map<string, string>;
}

/** Reads the package's bytes. Throws `DocumentError` (with a message for the user) when it cannot. */
export function readDocx(bytes: Uint8Array): DocxRead {
  try {
    return readPackage(bytes);
  } catch (e) {
    if (e instanceof ZipError || e instanceof DocxXmlError) throw new DocumentError(e.message);
    throw e;
  }
}

function readPackage(bytes: Uint8Array): DocxRead {
  const zip = openZip(bytes);
  const budget = new UnzipBudget();
  const xml = new Map<string, string>();
  const decoder = new TextDecoder('utf-8');
  const part = (name: string): string | undefined => {
    const entry = zip.byName.get(name);
    if (!entry) return undefined;
    const text = decoder.decode(readEntry(zip, entry, budget));
    xml.set(name, text);
    return text;
  };
  const documentXml = part(DOCUMENT_PART);
  if (documentXml === undefined) throw new DocumentError('is not a Word document (no word/document.xml)');
  const problems: string[] = [];
  const inPart = (name: string, read: () => ReturnType<typeof readPart>) => {
    try {
      return read();
    } catch (e) {
      if (e instanceof DocxXmlError) throw new DocxXmlError(`${name} ${e.message}`);
      throw e;
    }
  };
  const body = inPart(DOCUMENT_PART, () => readPart(documentXml));
  const footnotesXml = part(FOOTNOTES_PART);
  const footnotes = footnotesXml === undefined ? undefined : inPart(FOOTNOTES_PART, () => readPart(footnotesXml));
  const endnotesXml = part(ENDNOTES_PART);
  const endnotes = endnotesXml === undefined ? undefined : inPart(ENDNOTES_PART, () => readPart(endnotesXml));
  if (body.toaFields > 0) problems.push('a table of authorities field was left out of the checked text');

  const out: string[] = [];
  let length = 0;
  const map = new OriginMap();
  const runs: DocxRun[] = [];
  const emphasis: EmphasisSpan[] = [];
  let paragraph = 0;
  let footnoteNumber = 0;
  let endnoteNumber = 0;
  const write = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const writeTokens = (tokens: Token[], partName: string, origin: TextOrigin, inNote: boolean) => {
    let lineOpen = false;
    for (const token of tokens) {
      switch (token.kind) {
        case 'pstart':
          if (!inNote) {
            paragraph++;
            origin = { paragraph };
            map.add(length, origin);
          } else if (lineOpen) {
            write('\n');
          }
          lineOpen = true;
          break;
        case 'pend':
          if (!inNote) write('\n');
          break;
        case 'text': {
          const start = length;
          write(token.text);
          runs.push({ part: partName, start, end: length, text: token.text, xml: token.run });
          if (token.italic || token.underline) {
            const last = emphasis[emphasis.length - 1];
            if (last && last.end === start && last.italic === token.italic && last.underline === token.underline) last.end = length;
            else emphasis.push({ start, end: length, italic: token.italic, underline: token.underline });
          }
          break;
        }
        case 'note': {
          if (inNote) break; // a note inside a note is not read twice
          const isFoot = token.type === 'footnote';
          const source = isFoot ? footnotes : endnotes;
          const note = source?.notes.get(token.id);
          const number = isFoot ? ++footnoteNumber : ++endnoteNumber;
          const label = isFoot ? `[^${number}]` : `[^e${number}]`;
          write(label);
          if (!note) {
            problems.push(`${token.type} ${number} (id ${token.id}) is missing from the package`);
            break;
          }
          write('\n');
          const noteOrigin: TextOrigin = isFoot ? { ...origin, footnote: number } : { ...origin, endnote: number };
          map.add(length, noteOrigin);
          write(`${label}: `);
          writeTokens(note, isFoot ? FOOTNOTES_PART : ENDNOTES_PART, noteOrigin, true);
          write('\n');
          map.add(length, origin);
          break;
        }
      }
    }
  };
  map.add(0, {});
  writeTokens(body.body, DOCUMENT_PART, {}, false);
  return { text: out.join(''), map, problems, runs, emphasis, zip, xml };
}
