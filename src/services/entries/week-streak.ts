/** The Friday-ritual streak of the actor. */
import { computeWeekStreak, type WeekStreak } from '../../core/entries/week-streak.js';
import type { Actor, ServiceContext } from '../context.js';

/** The streak of weeks with at least one entry, and the weeks missed. */
export async function weekStreak(ctx: ServiceContext, actor: Actor): Promise<WeekStreak> {
  return computeWeekStreak(await ctx.store.entryDates(actor.ownerId), ctx.today());
}
