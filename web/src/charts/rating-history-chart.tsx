// One competency's ratings over time, self and manager, as a stepped line chart with the same figures
// as a table (for screen readers and for reading exact values).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Schemas } from '../api/client';
import { formatDate } from '../lib/dates';
import type { HistoryLine } from './draw-rating-history';

type CompetencyHistory = Schemas['RatingHistory']['competencies'][number];

const COLOURS = { self: '#2f7fb8', manager: '#b35c00' };
const TRAJECTORY: Record<string, string> = {
  rising: 'rising',
  flat: 'flat',
  falling: 'falling',
  single: 'one rating so far',
  unrated: 'not rated yet',
};

export function RatingHistoryChart({
  history,
  levelNames,
}: {
  history: CompetencyHistory;
  levelNames: string[];
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const { dates, lines } = useMemo(() => {
    const dates = [...new Set(history.ratings.map((r) => r.date))].sort();
    const line = (rater: 'self' | 'manager'): (number | null)[] =>
      dates.map((d) => history.ratings.findLast((r) => r.rater === rater && r.date === d)?.position ?? null);
    const lines: HistoryLine[] = [
      { label: 'Self', colour: COLOURS.self, values: line('self') },
      { label: 'Manager', colour: COLOURS.manager, values: line('manager') },
    ];
    return { dates, lines };
  }, [history]);

  useEffect(() => {
    const el = canvas.current;
    if (!el || dates.length === 0) return;
    let chart: { destroy(): void } | undefined;
    let gone = false;
    import('./draw-rating-history').then(
      ({ drawRatingHistory }) => {
        if (gone) return;
        chart = drawRatingHistory(el, dates.map(formatDate), lines, levelNames);
        el.dataset.drawn = 'true'; // for tests: the chart is on screen
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [dates, lines, levelNames]);

  const name = history.competency.name;
  if (history.ratings.length === 0) return <p>{name} has no rating yet.</p>;
  return (
    <figure className="history">
      <div className="history-canvas">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${name} ratings over time: self ${TRAJECTORY[history.trajectory.self] ?? history.trajectory.self}, manager ${TRAJECTORY[history.trajectory.manager] ?? history.trajectory.manager}; the table below has them.`}
        />
      </div>
      {failed && (
        <p className="problem" role="alert">
          The chart could not be loaded (is promocase serve still running?); the table below is right.
        </p>
      )}
      <figcaption>
        Self: {TRAJECTORY[history.trajectory.self] ?? history.trajectory.self}. Manager:{' '}
        {TRAJECTORY[history.trajectory.manager] ?? history.trajectory.manager}.
      </figcaption>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{name} ratings</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Rater</th>
              <th scope="col">Rating</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {history.ratings.map((r) => (
              <tr key={`${r.assessmentId}-${r.rater}`}>
                <td>{formatDate(r.date)}</td>
                <td>{r.rater}</td>
                <td>
                  {r.qualifier} {r.level}
                </td>
                <td>
                  {[r.note, r.whatItTakes && `What it takes: ${r.whatItTakes}`].filter(Boolean).join(' ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
