/**
 * Meta's four self-review axes and which one each entry supports, read from the entry's own fields, so a
 * calibration reader finds design work under Direction and mentoring under People, not all under Impact.
 */
import type { Entry } from '../entries/entry.js';
import type { EntryKind } from '../entries/entry-vocabulary.js';

export type AxisId = 'project-impact' | 'engineering-excellence' | 'direction' | 'people';

export const AXIS_TITLES: Record<AxisId, string> = {
  'project-impact': 'Project Impact',
  'engineering-excellence': 'Engineering Excellence',
  direction: 'Direction',
  people: 'People',
};

/** The kind says what the work was, so it decides first; `other` and `feature` carry no axis of their own. */
const BY_KIND: Partial<Record<EntryKind, AxisId>> = {
  mentoring: 'people',
  design: 'direction',
  'tech-debt': 'engineering-excellence',
  incident: 'engineering-excellence',
  process: 'engineering-excellence',
  feature: 'project-impact',
};

/** Built-in competency ids; an imported framework's ids match none, and its entries fall back to kind and scope. */
const DIRECTION_COMPETENCIES = ['technical-leadership', 'ambiguity'];
const EXCELLENCE_COMPETENCIES = ['craft', 'system-design'];

/**
 * The one axis an entry is told under, so no entry is told twice. For entries whose kind does not
 * decide: helping people first (the rarest evidence at E5), then direction, then craft, else impact.
 * Communicating counts as direction only beyond the team: a status update to one's own team is not.
 */
export function axisOf(entry: Entry): AxisId {
  const byKind = BY_KIND[entry.kind];
  if (byKind) return byKind;
  const has = (ids: readonly string[]) => entry.competencies.some((c) => ids.includes(c));
  if (entry.peopleHelped.length > 0 || has(['multiplier'])) return 'people';
  const wide = entry.scope === 'cross-team' || entry.scope === 'org';
  if (has(DIRECTION_COMPETENCIES) || (wide && has(['communication']))) return 'direction';
  if (has(EXCELLENCE_COMPETENCIES)) return 'engineering-excellence';
  return 'project-impact';
}
