// Readiness per competency as a radar: self rating, manager rating and evidence strength on one 0-120
// scale (100 = meets the target level), with the same figures as a table for screen readers and phones.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Schemas } from '../api/client';
import { ratingScore } from '../lib/rating-score';
import type { RadarSeries } from './draw-radar';

/** Starts loading the chart code, e.g. while the dashboard's data is still on its way. */
export const loadRadarChart = () => import('./draw-radar');

const COLOURS = { self: '#2f7fb8', manager: '#b35c00', evidence: '#2e7d32' };

interface ReadinessRadarProps {
  readiness: Schemas['Readiness'];
  /** The framework's level ids in ladder order, to place ratings against the target. */
  levels: readonly string[];
}

const rated = (r: { level: string; qualifier: string } | null) =>
  r ? `${r.qualifier} ${r.level}` : 'not rated';

export function ReadinessRadar({ readiness, levels }: ReadinessRadarProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const target = readiness.target.level.id;
  const rows = readiness.competencies;
  const series = useMemo<RadarSeries[]>(
    () => [
      { label: 'Self', colour: COLOURS.self, values: rows.map((c) => ratingScore(c.self, levels, target)) },
      {
        label: 'Manager',
        colour: COLOURS.manager,
        values: rows.map((c) => ratingScore(c.manager, levels, target)),
      },
      { label: 'Evidence', colour: COLOURS.evidence, values: rows.map((c) => c.strength) },
    ],
    [rows, levels, target],
  );

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let chart: { destroy(): void } | undefined;
    let gone = false;
    loadRadarChart().then(
      ({ drawRadar }) => {
        if (gone) return;
        chart = drawRadar(
          el,
          rows.map((c) => c.competency.name),
          series,
        );
        el.dataset.drawn = 'true'; // for tests: the chart is on screen
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [rows, series]);

  return (
    <figure className="radar">
      <div className="radar-canvas">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`Radar of self rating, manager rating and evidence strength for ${rows.length} competencies; the table below has the figures.`}
        />
      </div>
      {failed && (
        <p className="problem" role="alert">
          The chart could not be loaded (is promocase serve still running?); the table below is right.
        </p>
      )}
      <figcaption className="hint">
        100 means meets {readiness.target.level.name}; evidence strength is how convincing the logged work is.
      </figcaption>
      <div className="table-scroll">
        <table className="readiness-table">
          <caption className="visually-hidden">Readiness per competency</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Status</th>
              <th scope="col">Evidence</th>
              <th scope="col">Next-level entries</th>
              <th scope="col">Self</th>
              <th scope="col">Manager</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.competency.id}>
                <th scope="row">{c.competency.name}</th>
                <td>
                  <span className={`label label-${c.status}`}>{c.status}</span>
                </td>
                <td>{c.strength}</td>
                <td>
                  {c.nextLevelEntries} of {c.entries}
                </td>
                <td>{rated(c.self)}</td>
                <td>{rated(c.manager)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
