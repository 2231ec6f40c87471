/**
 * Stories, not task lists: entries grouped into projects (the entry's `project`) and, for the rest,
 * themes (the kind of work); each story told as problem, my role, decisions and outcome, drawn only
 * from the entries' own fields, every claim cited, and a marked gap wherever the data is silent.
 */
import type { Entry } from '../entries/entry.js';
import { ENTRY_KINDS, ENTRY_SCOPES, type EntryKind } from '../entries/entry-vocabulary.js';
import {
  type Block,
  bullets,
  type Citation,
  gap,
  heading,
  type Inline,
  paragraph,
  strong,
  text,
} from './document-model.js';
import { hasMetric, isDecision, sentences, stripMarkdown } from './entry-text.js';

export interface Story {
  /** The project name, or `theme:<kind>` for entries without a project. */
  key: string;
  title: string;
  project: string | null;
  entries: Entry[];
  since: string;
  until: string;
  problem: Inline[];
  role: Inline[];
  actions: Inline[][];
  decisions: Inline[][];
  outcomes: Inline[][];
}

/** Names a competency id for people (the framework's name, or the id when the framework lacks it). */
export type CompetencyNamer = (id: string) => string;

export const THEME_TITLES: Record<EntryKind, string> = {
  feature: 'Features',
  incident: 'Incidents and operations',
  design: 'Design and documentation',
  mentoring: 'Mentoring and helping others',
  'tech-debt': 'Tech debt and quality',
  process: 'Process and ways of working',
  other: 'Other work',
};

const MAX_DECISIONS = 6;

export function cite(entry: Entry): Citation {
  return { type: 'citation', entryId: entry.id, date: entry.date, link: entry.links[0] ?? null };
}

/** One claim in the entry's words, cited; a gap follows when the claim is an outcome without a measure. */
export function outcomeOf(entry: Entry): Inline[] {
  const claim = stripMarkdown(entry.impact);
  const runs: Inline[] = [text(claim), cite(entry)];
  if (!hasMetric(claim))
    runs.push(gap('a number for this outcome', 'the entry states an outcome without a measure'));
  return runs;
}

function listNames(values: Iterable<string>): string {
  return [...new Set(values)].join(', ');
}

function roleOf(entries: readonly Entry[], nameOf: CompetencyNamer): Inline[] {
  const widest = entries.reduce((best, e) =>
    ENTRY_SCOPES.indexOf(e.scope) > ENTRY_SCOPES.indexOf(best.scope) ? e : best,
  );
  const kinds = ENTRY_KINDS.filter((k) => entries.some((e) => e.kind === k));
  const runs: Inline[] = [
    text(`Widest scope: ${widest.scope}`),
    cite(widest),
    text(`. ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}: ${kinds.join(', ')}.`),
  ];
  const competencies = listNames(entries.flatMap((e) => e.competencies).map(nameOf));
  if (competencies) runs.push(text(` Competencies: ${competencies}.`));
  const together = listNames(entries.flatMap((e) => e.collaborators));
  if (together) runs.push(text(` Worked with ${together}.`));
  const helped = listNames(entries.flatMap((e) => e.peopleHelped));
  if (helped) runs.push(text(` Helped ${helped}.`));
  return runs;
}

function problemOf(entries: readonly Entry[]): Inline[] {
  for (const entry of entries) {
    const first = sentences(entry.details).find((s) => !isDecision(s));
    if (first) return [text(first), cite(entry)];
  }
  return [gap('the problem this work solved, and for whom', 'no entry of this work describes the context')];
}

function decisionsOf(entries: readonly Entry[]): Inline[][] {
  const found: Inline[][] = [];
  for (const entry of entries) {
    if (found.length === MAX_DECISIONS) break;
    if (entry.details === '') continue;
    for (const s of sentences(entry.details)) {
      if (found.length < MAX_DECISIONS && isDecision(s)) found.push([text(s), cite(entry)]);
    }
  }
  return found.length > 0
    ? found
    : [[gap('the key decisions and the trade-offs you weighed', 'no entry of this work records a decision')]];
}

/** Tells one story from entries that belong together (any order in, date order out). */
export function buildStory(
  key: string,
  title: string,
  project: string | null,
  group: readonly Entry[],
  nameOf: CompetencyNamer,
): Story {
  const entries = [...group].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const withImpact = entries.filter((e) => e.impact.trim() !== '');
  return {
    key,
    title,
    project,
    entries,
    since: entries[0]!.date,
    until: entries[entries.length - 1]!.date,
    problem: problemOf(entries),
    role: roleOf(entries, nameOf),
    actions: entries.map((e) => [text(e.title), cite(e)]),
    decisions: decisionsOf(entries),
    outcomes:
      withImpact.length > 0 || project === null
        ? withImpact.map(outcomeOf)
        : [[gap('the outcome of this work, with a number', 'none of these entries records an impact')]],
  };
}

/**
 * Projects first (most entries first, then by name), then one theme per kind for entries without a
 * project, in the vocabulary's order.
 */
export function groupIntoStories(entries: readonly Entry[], nameOf: CompetencyNamer): Story[] {
  const projects = new Map<string, Entry[]>();
  const themes = new Map<EntryKind, Entry[]>();
  for (const e of entries) {
    if (e.project !== null) {
      const list = projects.get(e.project);
      if (list) list.push(e);
      else projects.set(e.project, [e]);
    } else {
      const list = themes.get(e.kind);
      if (list) list.push(e);
      else themes.set(e.kind, [e]);
    }
  }
  const projectStories = [...projects]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([name, list]) => buildStory(name, name, name, list, nameOf));
  const themeStories = ENTRY_KINDS.filter((k) => themes.has(k)).map((k) =>
    buildStory(`theme:${k}`, THEME_TITLES[k], null, themes.get(k)!, nameOf),
  );
  return [...projectStories, ...themeStories];
}

function span(story: Story): string {
  return story.since === story.until ? story.since : `${story.since} to ${story.until}`;
}

/**
 * A story as blocks. `full` tells all four parts; `compact` (summaries, the self-review) keeps the
 * problem, what I did and the outcome. A theme (entries without a project) is a list of what I did and
 * its outcomes: it has no single problem or decision to ask the author for.
 */
export function storyBlocks(story: Story, form: 'full' | 'compact' = 'full'): Block[] {
  const blocks: Block[] = [heading(`${story.title} (${span(story)})`)];
  const isProject = story.project !== null;
  if (isProject) blocks.push(paragraph(strong('Problem.'), text(' '), ...story.problem));
  if (form === 'full' && isProject) blocks.push(paragraph(strong('My role.'), text(' '), ...story.role));
  blocks.push(paragraph(strong('What I did.')), bullets(story.actions));
  if (form === 'full' && isProject) blocks.push(paragraph(strong('Decisions.')), bullets(story.decisions));
  if (story.outcomes.length > 0) blocks.push(paragraph(strong('Outcome.')), bullets(story.outcomes));
  return blocks;
}
