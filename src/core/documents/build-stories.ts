/**
 * Stories, not task lists: entries grouped into projects (the entry's `project`) and, for the rest,
 * themes (the kind of work); each story told as problem, my role, decisions and outcome, drawn only
 * from the entries' own fields, every claim cited, and a marked gap wherever the data is silent.
 */
import type { Entry } from '../entries/entry.js';
import { ENTRY_KINDS, ENTRY_SCOPES, type EntryKind } from '../entries/entry-vocabulary.js';
import { compareNames } from './compare-names.js';
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
import { hasMetric, isDecision, sentences, statesProblem, stripMarkdown } from './entry-text.js';

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

/** An entry's impact as plain text, and whether it has a measure: worked out once per entry, though it is cited in several places. */
const claims = new WeakMap<Entry, { claim: string; measured: boolean }>();

function claimOf(entry: Entry): { claim: string; measured: boolean } {
  let known = claims.get(entry);
  if (!known) {
    const claim = stripMarkdown(entry.impact);
    known = { claim, measured: hasMetric(claim) };
    claims.set(entry, known);
  }
  return known;
}

/** One claim in the entry's words, cited; a gap follows when the claim is an outcome without a measure. */
export function outcomeOf(entry: Entry): Inline[] {
  const { claim, measured } = claimOf(entry);
  const runs: Inline[] = [text(claim), cite(entry)];
  if (!measured) runs.push(missingNumber(1));
  return runs;
}

function missingNumber(entries: number): Inline {
  return entries === 1
    ? gap('a number for this outcome', 'the entry states an outcome without a measure')
    : gap('a number for this outcome', `${entries} entries state this outcome, none with a measure`);
}

/**
 * A story's outcomes, one per distinct claim: entries that state the same outcome (a launch logged week
 * after week) share one line that cites them all, and the missing number is asked for once, not per entry.
 */
function outcomesOf(entries: readonly Entry[]): Inline[][] {
  const byClaim = new Map<string, Entry[]>();
  for (const e of entries) {
    const { claim } = claimOf(e);
    const group = byClaim.get(claim);
    if (group) group.push(e);
    else byClaim.set(claim, [e]);
  }
  return [...byClaim].map(([claim, group]) => {
    if (group.length === 1) return outcomeOf(group[0]!);
    const runs: Inline[] = [text(claim), ...group.map(cite)];
    if (!claimOf(group[0]!).measured) runs.push(missingNumber(group.length));
    return runs;
  });
}

/** Names in the order first seen, each once. */
function listNames(values: Iterable<string>): string {
  return [...new Set(values)].join(', ');
}

function roleOf(entries: readonly Entry[], nameOf: CompetencyNamer): Inline[] {
  // One pass over the entries: a project can hold hundreds.
  let widest = entries[0]!;
  let widestRank = ENTRY_SCOPES.indexOf(widest.scope);
  const kindsSeen = new Set<EntryKind>();
  const competencyIds = new Set<string>();
  const together = new Set<string>();
  const helped = new Set<string>();
  for (const e of entries) {
    const rank = ENTRY_SCOPES.indexOf(e.scope);
    if (rank > widestRank) {
      widest = e;
      widestRank = rank;
    }
    kindsSeen.add(e.kind);
    for (const c of e.competencies) competencyIds.add(c);
    for (const p of e.collaborators) together.add(p);
    for (const p of e.peopleHelped) helped.add(p);
  }
  const kinds = ENTRY_KINDS.filter((k) => kindsSeen.has(k));
  const runs: Inline[] = [
    text(`Widest scope: ${widest.scope}`),
    cite(widest),
    text(`. ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}: ${kinds.join(', ')}.`),
  ];
  const competencies = listNames([...competencyIds].map(nameOf));
  if (competencies) runs.push(text(` Competencies: ${competencies}.`));
  if (together.size > 0) runs.push(text(` Worked with ${listNames(together)}.`));
  if (helped.size > 0) runs.push(text(` Helped ${listNames(helped)}.`));
  return runs;
}

/**
 * The problem a story starts from: the first sentence of its first third (at least three entries, at
 * most ten: a project of hundreds states its problem early, if at all) that states a situation worth
 * fixing ("Jordan needed two days to get a working environment"); else the first sentence of any entry
 * that is not a decision, the context as the author wrote it.
 */
function problemOf(entries: readonly Entry[]): Inline[] {
  for (const entry of entries.slice(0, Math.min(10, Math.max(3, Math.ceil(entries.length / 3))))) {
    const stated = sentences(entry.details).find(statesProblem);
    if (stated) return [text(stated), cite(entry)];
  }
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
        ? outcomesOf(withImpact)
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
    .sort(([a, x], [b, y]) => y.length - x.length || compareNames(a, b))
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
 * A story as blocks. `full` tells all four parts; `compact` (summaries) keeps the problem, what I did
 * and the outcome; `outcome-first` is compact with the outcomes (latest first) before what I did, for
 * a document cut to a word limit from the end (the self-review): the tasks go before what they changed.
 * A theme (entries without a project) is a list of what I did and its outcomes: it has no single
 * problem or decision to ask the author for.
 */
export function storyBlocks(story: Story, form: 'full' | 'compact' | 'outcome-first' = 'full'): Block[] {
  const blocks: Block[] = [heading(`${story.title} (${span(story)})`)];
  const isProject = story.project !== null;
  const actions = [paragraph(strong('What I did.')), bullets(story.actions)];
  // Latest first when the outcome leads: a project's last outcome is usually where it ended up, its first a milestone.
  const outcomeItems = form === 'outcome-first' ? story.outcomes.toReversed() : story.outcomes;
  const outcomes = outcomeItems.length > 0 ? [paragraph(strong('Outcome.')), bullets(outcomeItems)] : [];
  if (isProject) blocks.push(paragraph(strong('Problem.'), text(' '), ...story.problem));
  if (form === 'full' && isProject) blocks.push(paragraph(strong('My role.'), text(' '), ...story.role));
  if (form === 'outcome-first') return [...blocks, ...outcomes, ...actions];
  blocks.push(...actions);
  if (form === 'full' && isProject) blocks.push(paragraph(strong('Decisions.')), bullets(story.decisions));
  return [...blocks, ...outcomes];
}
