/**
 * Projects: entries grouped by their `project`, with the scope attributes a committee looks for (ambiguity
 * at the start, teams involved, architectural decisions, measurable outcomes, people led) and a verdict on
 * "could a strong mid-level engineer have done this?".
 */
import { type Evidence, SCOPE_RANK } from './evidence.js';

export interface ProjectAttribute {
  present: boolean;
  /** What shows it (or what is missing), for people. */
  detail: string;
  entries: string[];
}

export interface Project {
  name: string;
  from: string;
  to: string;
  entries: string[];
  attributes: {
    ambiguity: ProjectAttribute;
    teams: ProjectAttribute;
    decisions: ProjectAttribute;
    outcomes: ProjectAttribute;
    peopleLed: ProjectAttribute;
  };
  nextLevel: boolean;
  reasons: string[];
}

/** Projects with at least two entries, most recent first. */
export function buildProjects(evidence: readonly Evidence[]): Project[] {
  const groups = new Map<string, Evidence[]>();
  for (const e of evidence) {
    if (!e.entry.project) continue;
    const group = groups.get(e.entry.project);
    if (group) group.push(e);
    else groups.set(e.entry.project, [e]);
  }
  return [...groups.entries()]
    .filter(([, items]) => items.length >= 2)
    .map(([name, items]) => judgeProject(name, items))
    .sort((a, b) => b.to.localeCompare(a.to));
}

function judgeProject(name: string, items: Evidence[]): Project {
  const sorted = [...items].sort((a, b) => a.day - b.day);
  const ids = (xs: Evidence[]) => xs.map((e) => e.entry.id);
  // One pass: projects can hold hundreds of entries each, over thousands in all.
  const thirdEnd = Math.max(1, Math.ceil(sorted.length / 3));
  const ambiguous: Evidence[] = [];
  const wide: Evidence[] = [];
  const decisions: Evidence[] = [];
  const outcomes: Evidence[] = [];
  const led: Evidence[] = [];
  const people = new Set<string>();
  const helped = new Set<string>();
  sorted.forEach((e, i) => {
    const { entry } = e;
    if (i < thirdEnd && e.cues.ambiguity) ambiguous.push(e);
    if (SCOPE_RANK[entry.scope] >= SCOPE_RANK['cross-team']) wide.push(e);
    if (entry.kind === 'design' || e.cues.decision) decisions.push(e);
    if (e.metric) outcomes.push(e);
    if (entry.kind === 'mentoring' || entry.peopleHelped.length > 0) led.push(e);
    for (const c of entry.collaborators) people.add(c);
    for (const h of entry.peopleHelped) helped.add(h);
  });
  const attributes = {
    ambiguity: {
      present: ambiguous.length > 0,
      detail: ambiguous.length
        ? 'It started as an open problem that was framed and planned.'
        : 'Nothing says it started ambiguous: it reads as a well-defined task.',
      entries: ids(ambiguous),
    },
    teams: {
      present: wide.length > 0,
      detail: wide.length
        ? `It reached beyond the team (${wide.length} cross-team or wider entr${wide.length === 1 ? 'y' : 'ies'}; ${people.size} collaborator${people.size === 1 ? '' : 's'}).`
        : `It stayed inside one team${people.size ? ` (${people.size} collaborator${people.size === 1 ? '' : 's'})` : ''}.`,
      entries: ids(wide),
    },
    decisions: {
      present: decisions.length > 0,
      detail: decisions.length
        ? `${decisions.length} entr${decisions.length === 1 ? 'y records' : 'ies record'} design decisions or trade-offs.`
        : 'No architectural decision or trade-off is recorded.',
      entries: ids(decisions),
    },
    outcomes: {
      present: outcomes.length > 0,
      detail: outcomes.length
        ? `${outcomes.length} entr${outcomes.length === 1 ? 'y states' : 'ies state'} a measured result.`
        : 'No measured outcome: add the before and after numbers.',
      entries: ids(outcomes),
    },
    peopleLed: {
      present: led.length > 0,
      detail: led.length
        ? `Others were led or helped: ${[...helped].join(', ') || 'mentoring recorded'}.`
        : 'Nobody was led or helped through it.',
      entries: ids(led),
    },
  };
  const present = Object.values(attributes).filter((a) => a.present).length;
  const nextLevel = present >= 3 && (attributes.teams.present || attributes.decisions.present);
  const reasons = [
    nextLevel
      ? `Next-level scope: ${present} of 5 signs a strong mid-level engineer would not usually show together.`
      : `Could read as mid-level scope: ${present} of 5 signs${attributes.teams.present || attributes.decisions.present ? '' : ', and neither reach beyond the team nor design decisions'}.`,
    ...Object.values(attributes).map((a) => a.detail),
  ];
  return {
    name,
    from: sorted[0]!.entry.date,
    to: sorted.at(-1)!.entry.date,
    entries: ids(sorted),
    attributes,
    nextLevel,
    reasons,
  };
}
