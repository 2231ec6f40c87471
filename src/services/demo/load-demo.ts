/** Loads the demo sample into an (empty) demo home, with dates placed relative to today. */
import { addDays, weekStart } from '../../core/dates.js';
import type { Entry } from '../../core/entries/entry.js';
import type { Profile } from '../../core/profile/profile.js';
import type { Actor, ServiceContext } from '../context.js';
import { entryQualities } from '../readiness/assess-case.js';
import { demoEntries, demoProfile } from './demo-sample.js';
import { type DemoPeopleCounts, loadDemoPeople } from './load-demo-people.js';

export interface DemoReport {
  loaded: boolean;
  entries: number;
  /** The people loop: assessments, conversations, goals, peer feedback (absent when nothing was loaded). */
  people?: DemoPeopleCounts;
}

/** Stable ids (`demo-<owner>-0001` ...) make loading twice a no-op, and keep owners apart in a shared store. */
export async function loadDemo(ctx: ServiceContext, actor: Actor): Promise<DemoReport> {
  const today = ctx.today();
  const thisWeek = weekStart(today);
  const at = ctx.now().toISOString();
  const report = await ctx.store.write(async (tx) => {
    if (await tx.getProfile(actor.ownerId)) return { loaded: false, entries: 0 };
    const profile: Profile = {
      ...demoProfile,
      framework: 'promocase',
      ownerId: actor.ownerId,
      nextCalibration: addDays(thisWeek, 7 * 10 + 2),
      createdAt: at,
      updatedAt: at,
    };
    await tx.upsertProfile(profile);
    const entries: Entry[] = demoEntries.map((d, i) => {
      const { weeksAgo, weekday, ...fields } = d;
      const date = addDays(thisWeek, -7 * weeksAgo + (weekday - 1));
      return {
        ...fields,
        peopleHelped: [...fields.peopleHelped],
        collaborators: [...fields.collaborators],
        competencies: [...fields.competencies],
        links: [...fields.links],
        tags: [...fields.tags],
        // Nothing lands after today (ISO dates compare as strings).
        date: date < today ? date : today,
        id: `demo-${actor.ownerId}-${String(i + 1).padStart(4, '0')}`,
        ownerId: actor.ownerId,
        source: 'demo',
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      };
    });
    await tx.insertEntries(entries);
    const people = await loadDemoPeople(tx, { ownerId: actor.ownerId, thisWeek, today, at, entries });
    return { loaded: true, entries: entries.length, people };
  });
  // The text analysis of the sample is done now, once, so the first readiness view of the demo (the web
  // app's dashboard) does not wait for the language model.
  if (report.loaded) await entryQualities(ctx, actor, await ctx.store.listEntries(actor.ownerId, {}));
  return report;
}
