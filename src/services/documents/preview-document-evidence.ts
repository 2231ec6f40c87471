/** The dry run: every entry, in or out of a document, and why; nothing is built or written. */
import type { DocumentType } from '../../core/documents/document-types.js';
import type { EntryDecision, EvidenceSelection } from '../../core/documents/select-evidence.js';
import type { Actor, ServiceContext } from '../context.js';
import { loadDocumentInputs } from './load-document-inputs.js';

export interface EvidencePreview {
  type: DocumentType;
  selection: EvidenceSelection;
  included: number;
  excluded: number;
  entries: EntryDecision[];
}

export async function previewDocumentEvidence(
  ctx: ServiceContext,
  actor: Actor,
  typeId: string,
  request: unknown,
): Promise<EvidencePreview> {
  const { type, inputs } = await loadDocumentInputs(ctx, actor, typeId, request, 'every-entry');
  const decisions = inputs.choice.decisions;
  const included = decisions.filter((d) => d.included).length;
  return {
    type,
    selection: inputs.choice.selection,
    included,
    excluded: decisions.length - included,
    entries: decisions,
  };
}
