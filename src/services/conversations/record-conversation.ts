/** Recording a 1:1 or career conversation, and correcting one later. */

import {
  type Conversation,
  ConversationFields,
  CreateConversationInput,
  conversationWithDefaults,
  UpdateConversationInput,
} from '../../core/people/conversation.js';
import { parseOrThrow } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';
import { editRecord } from '../people/edit-record.js';

export async function createConversation(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<Conversation> {
  const fields = conversationWithDefaults(parseOrThrow(CreateConversationInput, input), ctx.today());
  const at = ctx.now().toISOString();
  const conversation: Conversation = {
    ...fields,
    id: ctx.newId(),
    ownerId: actor.ownerId,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  await ctx.store.write((tx) => tx.putRecord('conversations', conversation));
  return conversation;
}

export async function updateConversation(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Conversation> {
  const changes = parseOrThrow(UpdateConversationInput, input);
  return editRecord(ctx, actor, 'conversations', id, ConversationFields, changes);
}
