/** The document types promocase builds, and what each one includes by default. Plain data: help text loads nothing heavy. */
import type { Visibility } from '../entries/entry-vocabulary.js';
import { DomainError } from '../errors.js';
import type { CompanyId } from '../frameworks/company-profile.js';

export const DOCUMENT_TYPES = [
  'brag',
  'summary',
  'handoff',
  'microsoft',
  'meta',
  'brief',
  'case',
  'google',
  'amazon',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The types built on the readiness analysis: only these load it (it loads the language model). */
export const READINESS_DOCUMENT_TYPES: ReadonlySet<DocumentType> = new Set([
  'brief',
  'case',
  'google',
  'amazon',
]);

export const DOCUMENT_FORMATS = ['md', 'html', 'pdf', 'docx', 'json'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Which date range a type covers when no --since/--until is given. */
export type DefaultRange = 'review-period' | 'last-twelve-months';

export interface DocumentTypeSpec {
  id: DocumentType;
  name: string;
  /** One line for help text and the API description. */
  purpose: string;
  /**
   * `private` includes every entry (the engineer's own working document); `manager` only the entries
   * shared with the manager (anything that is handed to someone else).
   */
  visibility: Visibility;
  range: DefaultRange;
}

export const DOCUMENT_TYPE_SPECS: Record<DocumentType, DocumentTypeSpec> = {
  brag: {
    id: 'brag',
    name: 'Brag document',
    purpose: 'your own running record: projects, design, mentorship, work that was not your job',
    visibility: 'private',
    range: 'review-period',
  },
  summary: {
    id: 'summary',
    name: 'Period summary',
    purpose: 'what you did this review period, to send to your manager',
    visibility: 'manager',
    range: 'review-period',
  },
  handoff: {
    id: 'handoff',
    name: 'Handoff for a new manager',
    purpose: 'where you are, where you are going and the evidence so far, for a manager who has no context',
    visibility: 'manager',
    // A new manager needs the history the old one carried: the 6-12 months a promotion is judged on.
    range: 'last-twelve-months',
  },
  microsoft: {
    id: 'microsoft',
    name: 'Connect',
    purpose: 'Microsoft-style Connect: the three circles of impact, setbacks and learnings, next goals',
    visibility: 'manager',
    range: 'review-period',
  },
  brief: {
    id: 'brief',
    name: "Manager's brief",
    purpose:
      "the manager's 5-minute brief: thesis, three strongest claims, the committee's five questions, objections",
    visibility: 'manager',
    // Readiness is judged on sustained work: the 6-12 months a committee looks at.
    range: 'last-twelve-months',
  },
  case: {
    id: 'case',
    name: 'Promotion case',
    purpose:
      'the promotion case: thesis, evidence per competency against the target level, stories, reach, peers, objections',
    visibility: 'manager',
    // A case is judged on sustained work: the 6-12 months a committee looks at.
    range: 'last-twelve-months',
  },
  google: {
    id: 'google',
    name: 'Promotion packet',
    purpose:
      'Google-style packet for a committee that does not know you: context, ownership stories, artifacts',
    visibility: 'manager',
    range: 'last-twelve-months',
  },
  amazon: {
    id: 'amazon',
    name: 'Promotion document',
    purpose:
      'Amazon-style document: narrative, STAR stories by Leadership Principle, feedback providers, reasons not to promote',
    visibility: 'manager',
    range: 'last-twelve-months',
  },
  meta: {
    id: 'meta',
    name: 'Self-review',
    purpose: 'Meta-style self-review by axis, within the word limit (it cuts and says what)',
    visibility: 'manager',
    range: 'review-period',
  },
};

/**
 * Whose process a type's readiness analysis judges by: the Google packet and the Amazon document are
 * written for that company's committee (its reasons not to promote, its count of feedback providers),
 * whatever company the profile names; every other type follows the profile.
 */
export function readinessCompany(type: DocumentType, profileCompany: CompanyId): CompanyId {
  return type === 'google' || type === 'amazon' ? type : profileCompany;
}

/** The word limit of the Meta self-review tool (reported; FACTS.md section 3). */
export const META_WORD_LIMIT = 1_000;

/** A type id as the CLI or API received it: one of ours, or a clear refusal naming the accepted ones. */
export function parseDocumentType(value: string): DocumentType {
  if ((DOCUMENT_TYPES as readonly string[]).includes(value)) return value as DocumentType;
  const accepted = `one of: ${DOCUMENT_TYPES.join(', ')}`;
  throw new DomainError('invalid_input', `type: "${value}" is not a document type; use ${accepted}`, [
    { path: 'type', message: `expected ${accepted}` },
  ]);
}

export function parseDocumentFormat(value: string): DocumentFormat {
  if ((DOCUMENT_FORMATS as readonly string[]).includes(value)) return value as DocumentFormat;
  const accepted = `one of: ${DOCUMENT_FORMATS.join(', ')}`;
  throw new DomainError('invalid_input', `format: "${value}" is not a document format; use ${accepted}`, [
    { path: 'format', message: `expected ${accepted}` },
  ]);
}
