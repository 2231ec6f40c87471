// The case at a glance: countdown to calibration, the weekly streak, readiness per competency with the
// verdict, next best actions, goals due, the objections, a year of logging as a heatmap, the latest entries.
import type { QueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { Profile } from '../api/client';
import { api, call } from '../api/client';
import { type EntryQuery, keys, useEntries, useProfile, useStreak } from '../api/queries';
import { WeekHeatmap } from '../charts/week-heatmap';
import { EntryLine } from '../components/entry-line';
import { GoalsDueCard } from '../components/goals-due-card';
import { NextActionsCard } from '../components/next-actions-card';
import { ObjectionsCard } from '../components/objections-card';
import { ReadinessCard } from '../components/readiness-card';
import { Empty, ErrorNotice, Loading } from '../components/states';
import { addDays, daysBetween, formatDate, mondayOf, todayIso } from '../lib/dates';

function Countdown({ profile, today }: { profile: Profile; today: string }) {
  if (!profile.nextCalibration)
    return (
      <p>
        No calibration date yet. <Link href="/settings">Add it in settings</Link> to see the countdown.
      </p>
    );
  const days = daysBetween(today, profile.nextCalibration);
  if (days < 0)
    return (
      <p>
        The calibration of {formatDate(profile.nextCalibration)} has passed.{' '}
        <Link href="/settings">Set the next one</Link>.
      </p>
    );
  return (
    <p>
      <span className="big-number">{days}</span> {days === 1 ? 'day' : 'days'} to calibration on{' '}
      {formatDate(profile.nextCalibration)} ({Math.floor(days / 7)} weeks of logging left).
    </p>
  );
}

function StreakCard() {
  const streak = useStreak();
  if (streak.isPending) return <Loading what="your streak" />;
  if (streak.error) return <ErrorNotice error={streak.error} />;
  const s = streak.data;
  const missed = s.missedWeeks;
  return (
    <>
      <p>
        <span className="big-number">{s.current}</span> {s.current === 1 ? 'week' : 'weeks'} in a row (longest{' '}
        {s.longest}). {s.thisWeekLogged ? 'This week is logged.' : 'This week is not logged yet.'}
      </p>
      {missed.length > 0 ? (
        <p>
          Missed {missed.length} of {s.weeksTracked} weeks; latest:{' '}
          {missed
            .slice(0, 4)
            .map((m) => `week of ${formatDate(m)}`)
            .join(', ')}
          .
        </p>
      ) : (
        s.weeksTracked > 0 && <p>No week missed since you started.</p>
      )}
      {!s.thisWeekLogged && (
        <p>
          <Link href="/log" className="button primary">
            Log this week
          </Link>
        </p>
      )}
    </>
  );
}

/** The year the heatmap shows: from the Monday 51 weeks before this week's. */
const yearQuery = (today: string): EntryQuery => ({
  since: addDays(mondayOf(today), -7 * 51),
  limit: 100_000,
});
const RECENT: EntryQuery = { limit: 5 };
const NO_WEEKS: string[] = [];

/**
 * Starts every read the dashboard needs at once, before React renders: otherwise they would wait for
 * the profile (the app shows onboarding until one exists), and the first load would be two round trips.
 */
export function prefetchDashboard(client: QueryClient): void {
  const entries = (query: EntryQuery) => () =>
    call(api.GET('/api/v1/entries', { params: { query } })).then((r) => r.entries);
  // The radar places ratings on the framework's ladder: its framework follows the profile at once.
  void client
    .prefetchQuery({ queryKey: keys.profile, queryFn: () => call(api.GET('/api/v1/profile')) })
    .then(() => {
      const id = client.getQueryData<Profile>(keys.profile)?.framework;
      if (!id) return;
      return client.prefetchQuery({
        queryKey: keys.framework(id),
        queryFn: () => call(api.GET('/api/v1/frameworks/{id}', { params: { path: { id } } })),
      });
    });
  void client.prefetchQuery({ queryKey: keys.streak, queryFn: () => call(api.GET('/api/v1/streak')) });
  const year = yearQuery(todayIso());
  void client.prefetchQuery({ queryKey: keys.entries(year), queryFn: entries(year) });
  void client.prefetchQuery({ queryKey: keys.entries(RECENT), queryFn: entries(RECENT) });
  void client.prefetchQuery({
    queryKey: keys.readiness,
    queryFn: () => call(api.GET('/api/v1/readiness')),
  });
  void client.prefetchQuery({
    queryKey: keys.objections,
    queryFn: () => call(api.GET('/api/v1/objections')),
  });
  void client.prefetchQuery({
    queryKey: keys.nextActions,
    queryFn: async () => (await call(api.GET('/api/v1/next-actions'))).nextActions,
  });
  void client.prefetchQuery({
    queryKey: keys.goals,
    queryFn: async () => (await call(api.GET('/api/v1/goals'))).goals,
  });
}

export function DashboardPage() {
  const profile = useProfile();
  const today = todayIso();
  const year = useEntries(yearQuery(today));
  const recent = useEntries(RECENT);
  const streak = useStreak();
  const p = profile.data;

  return (
    <section aria-labelledby="dashboard-title" className="page">
      <h1 id="dashboard-title">{p ? `${p.name}: ${p.currentLevel} → ${p.targetLevel}` : 'Dashboard'}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="countdown-title">
          <h2 id="countdown-title">Next calibration</h2>
          {p && <Countdown profile={p} today={today} />}
        </section>
        <section className="card" aria-labelledby="streak-title">
          <h2 id="streak-title">Friday streak</h2>
          <StreakCard />
        </section>
      </div>
      <ReadinessCard />
      <div className="cards">
        <NextActionsCard />
        <GoalsDueCard />
      </div>
      <ObjectionsCard />
      <section className="card" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">The last 52 weeks</h2>
        {year.isPending && <Loading what="the year's entries" />}
        <ErrorNotice error={year.error} />
        {year.data && (
          <WeekHeatmap
            dates={year.data.map((e) => e.date)}
            today={today}
            missedWeeks={streak.data?.missedWeeks ?? NO_WEEKS}
          />
        )}
      </section>
      <section className="card" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent entries</h2>
        {recent.isPending && <Loading what="recent entries" />}
        <ErrorNotice error={recent.error} />
        {recent.data?.length === 0 && (
          <Empty>
            Nothing logged yet. <Link href="/log">Log your first week</Link>, or press Ctrl+K to add one win.
          </Empty>
        )}
        {recent.data && recent.data.length > 0 && (
          <>
            <ul className="entry-list">
              {recent.data.map((e) => (
                <li key={e.id}>
                  <EntryLine entry={e} />
                </li>
              ))}
            </ul>
            <p>
              <Link href="/entries">All entries</Link>
            </p>
          </>
        )}
      </section>
    </section>
  );
}
