/** The owner of all rows. Local mode has exactly one, created the first time a home is used. */
import type { Owner } from '../store/store.js';
import type { Actor, ServiceContext } from './context.js';

/** Returns the local owner, creating it on first use (init, or the first serve on a fresh machine). */
export async function ensureLocalOwner(ctx: ServiceContext, name = 'me'): Promise<Actor> {
  const existing = await ctx.store.firstOwner();
  if (existing) return { ownerId: existing.id };
  return ctx.store.write(async (tx) => {
    const again = await tx.firstOwner(); // another process may have created it meanwhile
    if (again) return { ownerId: again.id };
    const owner: Owner = { id: ctx.newId(), name, createdAt: ctx.now().toISOString() };
    await tx.insertOwner(owner);
    return { ownerId: owner.id };
  });
}
