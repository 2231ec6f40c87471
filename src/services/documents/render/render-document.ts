/**
 * Renders a built document in one format. PDF and DOCX libraries are loaded only when asked for: the
 * CLI's start-up is a budget, and most commands never render a PDF.
 */

import type { BuiltDocument } from '../../../core/documents/build-document.js';
import type { DocumentFormat } from '../../../core/documents/document-types.js';
import { findGaps } from '../../../core/documents/find-gaps.js';

export interface RenderedDocument {
  bytes: Uint8Array | string;
  contentType: string;
  extension: string;
  /** Characters of the document this format cannot draw (a PDF's font has no Chinese, say): say so. */
  unshownCharacters: string[];
}

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

/** The JSON form: the document model itself, the gaps and the word-limit report, versioned. */
export function documentJson(built: BuiltDocument) {
  return {
    format: 'promocase-document' as const,
    version: 1 as const,
    document: built.document,
    gaps: findGaps(built.document),
    ...(built.wordLimit ? { wordLimit: built.wordLimit } : {}),
  };
}

export async function renderDocument(
  built: BuiltDocument,
  format: DocumentFormat,
): Promise<RenderedDocument> {
  return {
    contentType: CONTENT_TYPES[format],
    extension: format,
    unshownCharacters: [],
    ...(await render(built, format)),
  };
}

async function render(
  built: BuiltDocument,
  format: DocumentFormat,
): Promise<Pick<RenderedDocument, 'bytes'> & Partial<RenderedDocument>> {
  switch (format) {
    case 'md':
      return { bytes: (await import('./render-markdown.js')).renderMarkdown(built.document) };
    case 'html':
      return { bytes: (await import('./render-html.js')).renderHtml(built.document) };
    case 'pdf': {
      const pdf = await (await import('./render-pdf.js')).renderPdf(built.document);
      return { bytes: pdf.bytes, unshownCharacters: pdf.unshown };
    }
    case 'docx':
      return { bytes: await (await import('./render-docx.js')).renderDocx(built.document) };
    case 'json':
      return { bytes: `${JSON.stringify(documentJson(built), null, 2)}\n` };
  }
}
