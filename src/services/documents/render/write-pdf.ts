/**
 * Writes a PDF 1.4 file from laid-out pages when the text needs only the standard fonts: a catalog, a
 * page tree, the Helvetica fonts (not embedded), a compressed content stream and the link annotations
 * per page, the document information, and the cross-reference table. A Western European document,
 * most of them, so never loads pdfkit (about 200 ms of start-up for a command that runs once).
 */
import { deflateSync } from 'node:zlib';

/** A page as the renderer lays it out: content stream operators, and the links to annotate. */
export interface PdfPage {
  content: string[];
  links: Array<{ rect: number[]; url: string }>;
}

export const A4 = { width: 595.28, height: 841.89 };

/** A URI for a PDF string: 7-bit ASCII (non-ASCII percent-encoded, as URIs are), with ( ) \ escaped. */
function pdfUri(url: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(url) ? url : url.replace(/[^\x20-\x7e]+/g, encodeURIComponent);
  return `(${ascii.replace(/[()\\]/g, '\\$&')})`;
}

/** A link annotation's dictionary, written as PDF syntax. */
export function linkAnnotation(rect: readonly number[], url: string): string {
  const [x1, y1, x2, y2] = rect as [number, number, number, number];
  const r = `${x1.toFixed(2)} ${y1.toFixed(2)} ${x2.toFixed(2)} ${y2.toFixed(2)}`;
  return `<< /Type /Annot /Subtype /Link /Rect [${r}] /Border [0 0 0] /F 4 /A << /S /URI /URI ${pdfUri(url)} >> >>`;
}

/** A text string for the document information: UTF-16BE with a byte order mark, so any title survives. */
function textString(value: string): string {
  const bytes = Buffer.from(`\ufeff${value}`, 'utf16le');
  bytes.swap16();
  return `<${bytes.toString('hex')}>`;
}

/** Builds the file object by object, remembering where each starts for the cross-reference table. */
class PdfFile {
  private readonly chunks: Buffer[] = [];
  private readonly offsets: number[] = [];
  private length = 0;
  private nextId = 1;

  /** Reserves an object number, for objects that refer to each other before they are written. */
  reserve(): number {
    return this.nextId++;
  }

  private push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  header(): void {
    // The comment of bytes above 127 tells transfer programs that the file is binary.
    this.push(Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  }

  object(id: number, body: string, stream?: Buffer): void {
    this.offsets[id] = this.length;
    if (!stream) {
      this.push(Buffer.from(`${id} 0 obj\n${body}\nendobj\n`, 'latin1'));
      return;
    }
    this.push(Buffer.from(`${id} 0 obj\n${body}\nstream\n`, 'latin1'));
    this.push(stream);
    this.push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }

  finish(root: number, info: number): Buffer {
    const count = this.nextId;
    const rows = ['xref', `0 ${count}`, '0000000000 65535 f '];
    for (let id = 1; id < count; id++)
      rows.push(`${String(this.offsets[id] ?? 0).padStart(10, '0')} 00000 n `);
    const start = this.length;
    this.push(
      Buffer.from(
        `${rows.join('\n')}\ntrailer\n<< /Size ${count} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${start}\n%%EOF\n`,
        'latin1',
      ),
    );
    return Buffer.concat(this.chunks);
  }
}

/** The whole file; `fonts` are the standard fonts the pages name, by resource id. */
export function writePdf(
  title: string,
  pages: readonly PdfPage[],
  fonts: ReadonlyArray<{ id: string; baseFont: string }>,
): Buffer {
  const file = new PdfFile();
  file.header();
  const catalog = file.reserve();
  const tree = file.reserve();
  const info = file.reserve();
  const fontIds = fonts.map((f) => ({ ...f, object: file.reserve() }));
  const resources = `<< /Font << ${fontIds.map((f) => `/${f.id} ${f.object} 0 R`).join(' ')} >> >>`;
  const kids: number[] = [];
  for (const page of pages) {
    const pageId = file.reserve();
    const contentId = file.reserve();
    kids.push(pageId);
    const annotations = page.links.map((link) => {
      const id = file.reserve();
      file.object(id, linkAnnotation(link.rect, link.url));
      return id;
    });
    const annots = annotations.length ? ` /Annots [${annotations.map((a) => `${a} 0 R`).join(' ')}]` : '';
    file.object(
      pageId,
      `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources ${resources} /Contents ${contentId} 0 R${annots} >>`,
    );
    // Content is ASCII (text is written as WinAnsi bytes with octal escapes).
    const stream = deflateSync(Buffer.from(page.content.join('\n'), 'latin1'));
    file.object(contentId, `<< /Length ${stream.length} /Filter /FlateDecode >>`, stream);
  }
  for (const f of fontIds)
    file.object(
      f.object,
      `<< /Type /Font /Subtype /Type1 /BaseFont /${f.baseFont} /Encoding /WinAnsiEncoding >>`,
    );
  file.object(
    tree,
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  file.object(catalog, `<< /Type /Catalog /Pages ${tree} 0 R /Lang (en) >>`);
  file.object(info, `<< /Title ${textString(title)} /Creator (promocase) /Producer (promocase) >>`);
  return file.finish(catalog, info);
}
