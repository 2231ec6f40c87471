/** Gathers what a document is built from: the profile, its framework, every entry decided in or out, and the people loop. */

import type { DocumentInputs } from '../../core/documents/document-inputs.js';
import { DocumentRequest } from '../../core/documents/document-request.js';
import {
  DOCUMENT_TYPE_SPECS,
  type DocumentType,
  parseDocumentType,
  READINESS_DOCUMENT_TYPES,
  readinessCompany,
} from '../../core/documents/document-types.js';
import { resolveSelection, selectEvidence } from '../../core/documents/select-evidence.js';
import { DomainError } from '../../core/errors.js';
import { feedbackDatedIn } from '../../core/people/feedback-providers.js';
import { parseOrThrow } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';
import { loadPlanContext } from '../people/plan-context.js';
import { loadPeopleLoop } from './load-people-loop.js';

export interface LoadedInputs {
  type: DocumentType;
  request: DocumentRequest;
  inputs: DocumentInputs;
}

/** Validates the type and the request, then reads the store: nothing is read for a request that is wrong. */
export async function loadDocumentInputs(
  ctx: ServiceContext,
  actor: Actor,
  typeId: string,
  rawRequest: unknown,
  /** The dry run decides every entry; building reads only the entries in the date range. */
  scope: 'in-range' | 'every-entry' = 'in-range',
): Promise<LoadedInputs> {
  const type = parseDocumentType(typeId);
  const request = parseOrThrow(DocumentRequest, rawRequest ?? {});
  if (request.wordLimit !== undefined && type !== 'meta')
    throw new DomainError('invalid_input', 'wordLimit: only the meta self-review has a word limit', [
      { path: 'wordLimit', message: 'only for the meta document' },
    ]);
  const plan = await loadPlanContext(ctx, actor);
  const { profile, framework, currentLevel, targetLevel } = plan;
  const asOf = ctx.today();
  const selection = resolveSelection(DOCUMENT_TYPE_SPECS[type], profile, request, asOf);
  const range = scope === 'in-range' ? { since: selection.since, until: selection.until } : {};
  // The store lists newest first; documents read oldest first.
  const entries = (await ctx.store.listEntries(actor.ownerId, range)).reverse();
  const choice = selectEvidence(entries, selection);
  const people = await loadPeopleLoop(ctx, actor, framework, targetLevel);
  // The analysis counts the feedback the document shows (its period), so "N people gave feedback" matches it.
  const peopleInPeriod = {
    ...people,
    peerFeedback: feedbackDatedIn(people.peerFeedback, selection.since, selection.until),
  };
  // Imported only for the types built on it: the readiness analysis loads the language model (about 350 ms).
  const readiness =
    READINESS_DOCUMENT_TYPES.has(type) && scope === 'in-range'
      ? await (await import('./load-readiness.js')).loadReadiness(
          ctx,
          actor,
          plan,
          choice.included,
          peopleInPeriod,
          readinessCompany(type, profile.company),
        )
      : null;
  return {
    type,
    request,
    inputs: {
      profile,
      framework,
      choice,
      asOf,
      generator: ctx.generator,
      levels: { current: currentLevel, target: targetLevel },
      people,
      readiness,
    },
  };
}
