/** `promocase doc check <type>`: the gaps a document would show, for the author to fill before sharing it. */
import { buildDocument } from '../../core/documents/build-document.js';
import type { DocumentType } from '../../core/documents/document-types.js';
import { type DocumentGap, findGaps } from '../../core/documents/find-gaps.js';
import type { WordLimitReport } from '../../core/documents/limit-words.js';
import type { EvidenceSelection } from '../../core/documents/select-evidence.js';
import type { Actor, ServiceContext } from '../context.js';
import { loadDocumentInputs } from './load-document-inputs.js';

export interface DocumentCheck {
  type: DocumentType;
  selection: EvidenceSelection;
  included: number;
  gaps: DocumentGap[];
  wordLimit?: WordLimitReport;
}

export async function checkDocument(
  ctx: ServiceContext,
  actor: Actor,
  typeId: string,
  request: unknown,
): Promise<DocumentCheck> {
  const { type, request: checked, inputs } = await loadDocumentInputs(ctx, actor, typeId, request);
  const built = buildDocument(type, inputs, { wordLimit: checked.wordLimit });
  return {
    type,
    selection: inputs.choice.selection,
    included: inputs.choice.included.length,
    gaps: findGaps(built.document),
    ...(built.wordLimit ? { wordLimit: built.wordLimit } : {}),
  };
}
