import { strToU8, zipSync, Zippable } from 'fflate';

/**
 * A tiny `.docx` writer for tests: paragraphs of runs, with italics, tracked insertions and
 * deletions, footnotes at their markers, tables, and a table of authorities field. What it
 * writes is a minimal but valid WordprocessingML package.
 */

export interface RunSpec {
  text?: string;
  italic?: boolean;
  underline?: boolean;
  /** A tracked insertion or deletion. */
  ins?: boolean;
  del?: boolean;
  /** A footnote marker here, with the footnote's paragraphs. */
  footnote?: string[];
  endnote?: string[];
}

export type ParagraphSpec = string | RunSpec[] | { table: string[][] } | { toa: string[] };

export interface DocxSpec {
  paragraphs: ParagraphSpec[];
  /** Extra entries, byte for byte (to test that fix leaves them alone). */
  extra?: Record<string, Uint8Array>;
  /** Replaces word/document.xml as written. */
  documentXml?: string;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildDocx(spec: DocxSpec): Uint8Array {
  const footnotes: string[] = [];
  const endnotes: string[] = [];
  let changeId = 100;
  const run = (r: RunSpec): string => {
    const props = (r.italic ? '<w:i/>' : '') + (r.underline ? '<w:u w:val="single"/>' : '');
    const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
    let xml = '';
    if (r.text !== undefined) {
      const t = r.del ? `<w:delText xml:space="preserve">${escapeXml(r.text)}</w:delText>` : `<w:t xml:space="preserve">${escapeXml(r.text)}</w:t>`;
      xml = `<w:r>${rPr}${t}</w:r>`;
      if (r.ins) xml = `<w:ins w:id="${changeId++}" w:author="Test" w:date="2025-01-02T00:00:00Z">${xml}</w:ins>`;
      if (r.del) xml = `<w:del w:id="${changeId++}" w:author="Test" w:date="2025-01-02T00:00:00Z">${xml}</w:del>`;
    }
    if (r.footnote) {
      const id = footnotes.length + 1;
      footnotes.push(`<w:footnote w:id="${id}">${r.footnote.map((p, i) => `<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>${i === 0 ? '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>' : ''}<w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('')}</w:footnote>`);
      xml += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    }
    if (r.endnote) {
      const id = endnotes.length + 1;
      endnotes.push(`<w:endnote w:id="${id}">${r.endnote.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('')}</w:endnote>`);
      xml += `<w:r><w:endnoteReference w:id="${id}"/></w:r>`;
    }
    return xml;
  };
  const para = (p: ParagraphSpec): string => {
    if (typeof p === 'string') return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`;
    if (Array.isArray(p)) return `<w:p>${p.map(run).join('')}</w:p>`;
    if ('table' in p) return `<w:tbl>${p.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${para(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
    return (
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOA \\h \\c "1" \\p </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
      p.toa.map((line) => `<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r><w:r><w:br/></w:r>`).join('') +
      `<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
    );
  };
  const body = spec.paragraphs.map(para).join('');
  const documentXml = spec.documentXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const separator = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>'),
    'word/document.xml': strToU8(documentXml),
    'word/footnotes.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${W}>${separator}${footnotes.join('')}</w:footnotes>`),
    'word/endnotes.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes ${W}>${endnotes.join('')}</w:endnotes>`),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`),
    ...(spec.extra ?? {}),
  };
  return zipSync(files, { level: 6 });
}
