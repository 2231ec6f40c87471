/**
 * [meta] A Meta-style self-review for the period, by axis (Project Impact, Engineering Excellence,
 * Direction, People), cut to the word limit. Each project is told under every axis its entries support
 * (see meta-axes.ts), each entry once. Built from entries alone: readiness and objections (the
 * analysis) can be added as sections before the limit is applied.
 */
import type { Entry } from '../entries/entry.js';
import {
  buildStory,
  type CompetencyNamer,
  groupIntoStories,
  outcomeOf,
  type Story,
  storyBlocks,
} from './build-stories.js';
import type { DocumentInputs } from './document-inputs.js';
import {
  type Block,
  bullets,
  type DocumentSection,
  gap,
  heading,
  type Inline,
  type PromoDocument,
  paragraph,
  strong,
} from './document-model.js';
import { competencyNamer, entryLine, standardMetadata } from './document-parts.js';
import { limitWords, type WordLimitReport } from './limit-words.js';
import { AXIS_TITLES, type AxisId, axisOf } from './meta-axes.js';
import { namesLine } from './names-line.js';

const AXIS_ORDER: readonly AxisId[] = ['project-impact', 'engineering-excellence', 'direction', 'people'];

/** What to ask for when an axis has no evidence at all: the reader of a calibration notices an empty axis. */
const MISSING: Record<AxisId, string> = {
  'project-impact': 'what you delivered this period and what it changed, with a number',
  'engineering-excellence': 'quality, reliability, operations or tech-debt work, with its measured result',
  direction: 'design docs, technical decisions or direction you set beyond your own tasks',
  people: 'mentoring, onboarding or people you helped, and what they can do now',
};

/**
 * Project Impact keeps the story form, told from the delivery entries but with the whole project's
 * problem and span, outcome first: the word limit cuts from the end, and a calibration reads the impact.
 */
function impactBlocks(project: Story, onAxis: readonly Entry[], nameOf: CompetencyNamer): Block[] {
  const told = buildStory(project.key, project.title, project.project, onAxis, nameOf);
  return storyBlocks(
    { ...told, problem: project.problem, since: project.since, until: project.until },
    'outcome-first',
  );
}

/** Decisions the story builder found in the project's details: the judgement Direction is read for. */
function decisionBlocks(project: Story): Block[] {
  const decisions = project.decisions.filter((d) => d.every((run) => run.type !== 'gap'));
  return decisions.length > 0 ? [paragraph(strong('Decisions.')), bullets(decisions)] : [];
}

/** Who the project's work helped and who it was done with; entries on the People axis already name whom they helped. */
function peopleLines(project: Story): Inline[][] {
  const elsewhere = project.entries.filter((e) => axisOf(e) !== 'people');
  return [
    namesLine('Helped', elsewhere, (e) => e.peopleHelped),
    namesLine('Worked with', project.entries, (e) => e.collaborators),
  ].filter((line): line is Inline[] => line !== null);
}

/** A project under one of the three axes after Project Impact: its entries on the axis, then what the axis adds. */
function projectBlocks(axis: AxisId, project: Story, onAxis: readonly Entry[]): Block[] {
  const items = onAxis.map((e) => entryLine(e, outcomeOf));
  if (axis === 'people') items.push(...peopleLines(project));
  const blocks: Block[] = items.length > 0 ? [bullets(items)] : [];
  if (axis === 'direction') blocks.push(...decisionBlocks(project));
  return blocks.length > 0 ? [heading(project.title), ...blocks] : [];
}

function axisBlocks(
  axis: AxisId,
  projects: readonly Story[],
  loose: readonly Entry[],
  nameOf: CompetencyNamer,
): Block[] {
  const blocks: Block[] = [];
  for (const project of projects) {
    const onAxis = project.entries.filter((e) => axisOf(e) === axis);
    if (axis !== 'project-impact') blocks.push(...projectBlocks(axis, project, onAxis));
    else if (onAxis.length > 0) blocks.push(...impactBlocks(project, onAxis, nameOf));
  }
  const outside = loose.filter((e) => axisOf(e) === axis);
  if (outside.length > 0)
    blocks.push(heading('Outside projects'), bullets(outside.map((e) => entryLine(e, outcomeOf))));
  return blocks.length > 0
    ? blocks
    : [paragraph(gap(MISSING[axis], 'no entry in this period speaks to this axis'))];
}

export function buildSelfReview(
  inputs: DocumentInputs,
  wordLimit: number,
): { document: PromoDocument; wordLimit: WordLimitReport } {
  const entries = inputs.choice.included;
  const nameOf = competencyNamer(inputs);
  const projects = groupIntoStories(
    entries.filter((e) => e.project !== null),
    nameOf,
  );
  const loose = entries.filter((e) => e.project === null);
  const sections: DocumentSection[] = AXIS_ORDER.map((axis) => ({
    id: axis,
    title: AXIS_TITLES[axis],
    blocks: axisBlocks(axis, projects, loose, nameOf),
  }));
  const full: PromoDocument = {
    type: 'meta',
    title: `Self-review: ${inputs.profile.name}, ${inputs.choice.selection.since} to ${inputs.choice.selection.until}`,
    metadata: standardMetadata(inputs),
    sections,
  };
  const { document, report } = limitWords(full, wordLimit);
  document.metadata = [
    ...document.metadata,
    {
      label: 'Words',
      value: `${report.wordsAfter} of ${wordLimit}${report.cut.length ? ` (${report.cut.length} pieces cut, ${report.wordsBefore - report.wordsAfter} words)` : ''}`,
    },
  ];
  return { document, wordLimit: report };
}
