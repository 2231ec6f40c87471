/** Which entries a document may use, and for every entry why it is in or out (the dry run shows this). */
import type { Entry } from '../entries/entry.js';
import type { Visibility } from '../entries/entry-vocabulary.js';
import { DomainError } from '../errors.js';
import type { ReviewCadence } from '../profile/review-cadence.js';
import type { DocumentRequest } from './document-request.js';
import type { DocumentTypeSpec } from './document-types.js';
import { currentReviewPeriod, lastTwelveMonths } from './review-period.js';

export interface EvidenceSelection {
  visibility: Visibility;
  since: string;
  until: string;
  /** Empty: every project, and entries without one. */
  projects: string[];
  /** For people: where the dates came from ("the current half", "--since"). */
  basis: string;
}

export interface EntryDecision {
  id: string;
  date: string;
  title: string;
  project: string | null;
  visibility: Visibility;
  included: boolean;
  /** Why it is out (empty when included). */
  reasons: string[];
}

export interface EvidenceChoice {
  selection: EvidenceSelection;
  included: Entry[];
  decisions: EntryDecision[];
}

/** The selection a request means for a document type: defaults per type, overridden by what was asked. */
export function resolveSelection(
  spec: DocumentTypeSpec,
  profile: { reviewCadence: ReviewCadence; nextCalibration: string | null },
  request: DocumentRequest,
  asOf: string,
): EvidenceSelection {
  const period =
    spec.range === 'review-period'
      ? currentReviewPeriod(profile.reviewCadence, profile.nextCalibration, asOf)
      : lastTwelveMonths(asOf);
  const since = request.since ?? period.since;
  const until = request.until ?? period.until;
  // Both given the wrong way round is refused by the request schema; one given past the other end of the
  // default period would otherwise quietly turn the period around.
  if (since > until) {
    const field = request.since ? 'since' : 'until';
    const message = request.since
      ? `${since} is after ${until}, the end of this document's default period; give until as well`
      : `${until} is before ${since}, the start of this document's default period; give since as well`;
    throw new DomainError('invalid_input', `${field}: ${message}`, [{ path: field, message }]);
  }
  const basis =
    request.since && request.until
      ? 'the dates you gave'
      : request.since || request.until
        ? `${request.since ? '--since' : '--until'} you gave, the rest from ${period.basis}`
        : period.basis;
  return {
    visibility: request.visibility ?? spec.visibility,
    since,
    until,
    projects: [...new Set(request.projects ?? [])],
    basis,
  };
}

/** Decides, entry by entry; deleted entries never go in. Order is kept (the store's date order). */
export function selectEvidence(entries: readonly Entry[], selection: EvidenceSelection): EvidenceChoice {
  const included: Entry[] = [];
  const decisions: EntryDecision[] = [];
  const wantedProjects = new Set(selection.projects.map((p) => p.toLowerCase()));
  for (const entry of entries) {
    const reasons: string[] = [];
    if (entry.deletedAt) reasons.push('deleted');
    if (selection.visibility === 'manager' && entry.visibility === 'private')
      reasons.push('private (this document shows only entries shared with your manager)');
    if (entry.date < selection.since) reasons.push(`dated before ${selection.since}`);
    if (entry.date > selection.until) reasons.push(`dated after ${selection.until}`);
    if (wantedProjects.size > 0) {
      if (entry.project === null) reasons.push('has no project (only the projects you named go in)');
      else if (!wantedProjects.has(entry.project.toLowerCase()))
        reasons.push(`project "${entry.project}" is not one you named`);
    }
    if (reasons.length === 0) included.push(entry);
    decisions.push({
      id: entry.id,
      date: entry.date,
      title: entry.title,
      project: entry.project,
      visibility: entry.visibility,
      included: reasons.length === 0,
      reasons,
    });
  }
  return { selection, included, decisions };
}
