/**
 * [meta] A Meta-style self-review for the period, by axis (Project Impact, Engineering Excellence,
 * Direction, People), cut to the word limit. Built from entries alone: readiness and objections
 * (the analysis) can be added as sections before the limit is applied.
 */
import type { Entry } from '../entries/entry.js';
import { groupIntoStories, outcomeOf, storyBlocks } from './build-stories.js';
import type { DocumentInputs } from './document-inputs.js';
import {
  type Block,
  bullets,
  type DocumentSection,
  type PromoDocument,
  paragraph,
  text,
} from './document-model.js';
import { competencyNamer, entryLine, standardMetadata } from './document-parts.js';
import { limitWords, type WordLimitReport } from './limit-words.js';

/** Which entries speak to an axis: by kind, or by a built-in competency id (imported frameworks match by kind only). */
const AXES = [
  {
    id: 'people',
    title: 'People',
    kinds: ['mentoring'],
    competencies: ['multiplier'],
    helped: true,
  },
  {
    id: 'direction',
    title: 'Direction',
    kinds: ['design'],
    competencies: ['ambiguity', 'technical-leadership', 'communication'],
    helped: false,
  },
  {
    id: 'engineering-excellence',
    title: 'Engineering Excellence',
    kinds: ['tech-debt', 'incident', 'process'],
    competencies: ['craft', 'system-design'],
    helped: false,
  },
] as const;

function lines(entries: readonly Entry[], none: string): Block[] {
  return entries.length > 0
    ? [bullets(entries.map((e) => entryLine(e, outcomeOf)))]
    : [paragraph(text(none))];
}

export function buildSelfReview(
  inputs: DocumentInputs,
  wordLimit: number,
): { document: PromoDocument; wordLimit: WordLimitReport } {
  const entries = inputs.choice.included;
  const projects = groupIntoStories(
    entries.filter((e) => e.project !== null),
    competencyNamer(inputs),
  );
  // Entries without a project go to the first axis they speak to, so no entry is told twice.
  const byAxis = new Map<string, Entry[]>(AXES.map((a) => [a.id, []]));
  for (const e of entries.filter((x) => x.project === null)) {
    const axis = AXES.find(
      (a) =>
        (a.kinds as readonly string[]).includes(e.kind) ||
        e.competencies.some((c) => (a.competencies as readonly string[]).includes(c)) ||
        (a.helped && e.peopleHelped.length > 0),
    );
    byAxis.get(axis?.id ?? 'engineering-excellence')!.push(e);
  }
  const axis = (id: string) => byAxis.get(id)!;
  const sections: DocumentSection[] = [
    {
      id: 'project-impact',
      title: 'Project Impact',
      blocks:
        projects.length > 0
          ? projects.flatMap((s) => storyBlocks(s, 'compact'))
          : [paragraph(text('No entry in this period names a project.'))],
    },
    {
      id: 'engineering-excellence',
      title: 'Engineering Excellence',
      blocks: lines(
        axis('engineering-excellence'),
        'No quality, operations or tech-debt entries outside projects.',
      ),
    },
    {
      id: 'direction',
      title: 'Direction',
      blocks: lines(axis('direction'), 'No design or direction entries outside projects.'),
    },
    {
      id: 'people',
      title: 'People',
      blocks: lines(axis('people'), 'No mentoring entries outside projects.'),
    },
  ];
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
