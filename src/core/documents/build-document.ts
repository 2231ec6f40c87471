/** Builds a document of any type from its inputs: the one entry point services call. */
import { buildAmazonDocument } from './build-amazon-document.js';
import { buildBrag } from './build-brag.js';
import { buildBrief } from './build-brief.js';
import { buildCase } from './build-case.js';
import { buildConnect } from './build-connect.js';
import { buildGooglePacket } from './build-google-packet.js';
import { buildHandoff } from './build-handoff.js';
import { buildSelfReview } from './build-self-review.js';
import { buildSummary } from './build-summary.js';
import type { DocumentInputs } from './document-inputs.js';
import type { PromoDocument } from './document-model.js';
import { type DocumentType, META_WORD_LIMIT } from './document-types.js';
import type { WordLimitReport } from './limit-words.js';

export interface BuiltDocument {
  document: PromoDocument;
  /** Present for documents with a word limit: what was cut to fit. */
  wordLimit?: WordLimitReport;
}

export function buildDocument(
  type: DocumentType,
  inputs: DocumentInputs,
  options: { wordLimit?: number } = {},
): BuiltDocument {
  switch (type) {
    case 'brag':
      return { document: buildBrag(inputs) };
    case 'summary':
      return { document: buildSummary(inputs) };
    case 'handoff':
      return { document: buildHandoff(inputs) };
    case 'microsoft':
      return { document: buildConnect(inputs) };
    case 'meta':
      return buildSelfReview(inputs, options.wordLimit ?? META_WORD_LIMIT);
    default:
      return { document: buildOnReadiness(type, inputs) };
  }
}

/** The types built on the readiness analysis (READINESS_DOCUMENT_TYPES): the service loads it for them. */
function buildOnReadiness(
  type: 'brief' | 'case' | 'google' | 'amazon',
  inputs: DocumentInputs,
): PromoDocument {
  const { readiness } = inputs;
  if (!readiness) throw new Error(`the ${type} document needs the readiness analysis in its inputs`);
  switch (type) {
    case 'brief':
      return buildBrief(inputs, readiness);
    case 'case':
      return buildCase(inputs, readiness);
    case 'google':
      return buildGooglePacket(inputs, readiness);
    case 'amazon':
      return buildAmazonDocument(inputs, readiness);
  }
}
