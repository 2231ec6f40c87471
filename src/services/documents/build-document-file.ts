/** `promocase doc <type>` and GET /documents/{type}: build a document from the allowed entries and render it. */
import { type BuiltDocument, buildDocument } from '../../core/documents/build-document.js';
import {
  DOCUMENT_TYPE_SPECS,
  type DocumentFormat,
  parseDocumentFormat,
} from '../../core/documents/document-types.js';
import type { EvidenceSelection } from '../../core/documents/select-evidence.js';
import type { Actor, ServiceContext } from '../context.js';
import { loadDocumentInputs } from './load-document-inputs.js';
import { type RenderedDocument, renderDocument } from './render/render-document.js';

export interface DocumentFile extends RenderedDocument {
  /** A file name for downloads: `promocase-<type>-<today>.<ext>`. */
  fileName: string;
  /** The document type's name for people ("Brag document"). */
  name: string;
  built: BuiltDocument;
  selection: EvidenceSelection;
  included: number;
}

export async function buildDocumentFile(
  ctx: ServiceContext,
  actor: Actor,
  typeId: string,
  format: string,
  request: unknown,
): Promise<DocumentFile> {
  const checkedFormat: DocumentFormat = parseDocumentFormat(format);
  const { type, request: checked, inputs } = await loadDocumentInputs(ctx, actor, typeId, request);
  const built = buildDocument(type, inputs, { wordLimit: checked.wordLimit });
  const rendered = await renderDocument(built, checkedFormat);
  return {
    ...rendered,
    name: DOCUMENT_TYPE_SPECS[type].name,
    fileName: `promocase-${type}-${inputs.asOf}.${rendered.extension}`,
    built,
    selection: inputs.choice.selection,
    included: inputs.choice.included.length,
  };
}
