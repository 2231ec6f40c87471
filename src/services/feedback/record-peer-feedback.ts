/** Recording feedback received from a peer, and correcting it later. */
import { type FieldProblem, invalidInput } from '../../core/errors.js';
import {
  type PeerFeedback,
  PeerFeedbackFields,
  RecordPeerFeedbackInput,
  UpdatePeerFeedbackInput,
} from '../../core/people/peer-feedback.js';
import { parseOrThrow } from '../../core/validation.js';
import type { StoreReader } from '../../store/store.js';
import type { Actor, ServiceContext } from '../context.js';
import { editRecord } from '../people/edit-record.js';

async function checkEntries(store: StoreReader, actor: Actor, ids: readonly string[]): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const [i, id] of ids.entries()) {
    const entry = await store.getEntry(actor.ownerId, id);
    if (!entry || entry.deletedAt !== null)
      problems.push({ path: `entryIds[${i}]`, message: `no entry with id "${id}"` });
  }
  if (problems.length) throw invalidInput(problems);
}

export async function recordPeerFeedback(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<PeerFeedback> {
  const parsed = parseOrThrow(RecordPeerFeedbackInput, input);
  const at = ctx.now().toISOString();
  const feedback: PeerFeedback = {
    date: parsed.date ?? ctx.today(),
    from: parsed.from,
    relationship: parsed.relationship ?? 'teammate',
    text: parsed.text,
    work: parsed.work ?? '',
    entryIds: [...new Set(parsed.entryIds ?? [])],
    id: ctx.newId(),
    ownerId: actor.ownerId,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  await ctx.store.write(async (tx) => {
    await checkEntries(tx, actor, feedback.entryIds);
    await tx.putRecord('peer_feedback', feedback);
  });
  return feedback;
}

export async function updatePeerFeedback(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<PeerFeedback> {
  const changes = parseOrThrow(UpdatePeerFeedbackInput, input);
  return editRecord(ctx, actor, 'peer_feedback', id, PeerFeedbackFields, async (_existing, tx) => {
    if (changes.entryIds) await checkEntries(tx, actor, changes.entryIds);
    return changes;
  });
}
