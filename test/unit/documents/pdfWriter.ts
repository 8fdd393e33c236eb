/**
 * A minimal PDF writer for tests: pages of text objects at positions (Helvetica, no embedded
 * font), a correct cross-reference table, and the hostile variants the reader must refuse or
 * read safely (encrypted, JavaScript on open, a page with no text layer).
 */

export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export interface PdfSpec {
  pages: PdfText[][];
  /** A `/OpenAction` JavaScript action in the catalogue. */
  javascript?: string;
  /** A standard security handler with a user password (the reader cannot open it). */
  encrypted?: boolean;
  /** Pages that only draw (a scan): no text objects at all. */
  drawOnly?: boolean;
}

export function buildPdf(spec: PdfSpec): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add(''); // 1: catalogue
  add(''); // 2: pages
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'); // 3
  const kids: number[] = [];
  const escape = (t: string) => t.replace(/[\\()]/g, (c) => '\\' + c);
  for (const items of spec.pages) {
    const content = spec.drawOnly
      ? '0.5 g 72 72 468 648 re f'
      : items.map((it) => `BT /F1 ${it.size ?? 12} Tf ${it.x} ${it.y} Td (${escape(it.text)}) Tj ET`).join('\n');
    const contentId = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`));
  }
  let extraCatalog = '';
  if (spec.javascript) {
    const js = add(`<< /S /JavaScript /JS (${escape(spec.javascript)}) >>`);
    extraCatalog = ` /OpenAction ${js} 0 R`;
  }
  let extraTrailer = '';
  if (spec.encrypted) {
    const pad = '<' + 'A1B2C3D4'.repeat(8) + '>';
    const encrypt = add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O ${pad} /U ${pad} >>`);
    extraTrailer = ` /Encrypt ${encrypt} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]`;
  }
  objects[0] = `<< /Type /Catalog /Pages 2 0 R${extraCatalog} >>`;
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${extraTrailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A filed brief's pages: a running header on each (`Case 1:23-cv-08292 Document 12 … Page N of M`),
 * pleading line numbers 1–28 at the left margin, and the body's lines, `linesPerPage` a page.
 */
export function pleadingPages(lines: string[], linesPerPage = 24): PdfText[][] {
  const pages: PdfText[][] = [];
  const count = Math.max(1, Math.ceil(lines.length / linesPerPage));
  for (let p = 0; p < count; p++) {
    const items: PdfText[] = [{ x: 72, y: 760, text: `Case 1:23-cv-08292-SHS Document 12 Filed 01/02/25 Page ${p + 1} of ${count}`, size: 10 }];
    for (let n = 1; n <= 28; n++) items.push({ x: 40, y: 720 - (n - 1) * 24, text: String(n) });
    lines.slice(p * linesPerPage, (p + 1) * linesPerPage).forEach((line, i) => items.push({ x: 80, y: 720 - i * 24, text: line }));
    pages.push(items);
  }
  return pages;
}
