/** [brag] The brag document: the engineer's own running record, kept for themselves (private entries included). */
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
import {
  competencyEvidenceTable,
  competencyNamer,
  entryLine,
  plural,
  standardMetadata,
} from './document-parts.js';
import { peerFeedbackSection } from './people-loop.js';

/** Kinds that are usually nobody's assigned job: keeping things running and making the team work better. */
const GLUE_KINDS = new Set(['incident', 'process', 'tech-debt']);

function listOr(entries: readonly Entry[], none: string): Block[] {
  return entries.length > 0
    ? [bullets(entries.map((e) => entryLine(e, outcomeOf)))]
    : [paragraph(text(none))];
}

export function buildBrag(inputs: DocumentInputs): PromoDocument {
  const entries = inputs.choice.included;
  const nameOf = competencyNamer(inputs);
  const projects = groupIntoStories(
    entries.filter((e) => e.project !== null),
    nameOf,
  );
  const design = entries.filter((e) => e.kind === 'design');
  const people = entries.filter((e) => e.kind === 'mentoring' || e.peopleHelped.length > 0);
  const glue = entries.filter((e) => GLUE_KINDS.has(e.kind));
  const listed = new Set([...design, ...people, ...glue]);
  const other = entries.filter((e) => e.project === null && !listed.has(e));

  const sections: DocumentSection[] = [
    {
      id: 'overview',
      title: 'Overview',
      blocks: [
        paragraph(
          text(
            `${plural(entries.length, 'entry', 'entries')} from ${inputs.choice.selection.since} to ${inputs.choice.selection.until}, ${plural(projects.length, 'project')}.`,
          ),
        ),
        competencyEvidenceTable(inputs),
      ],
    },
    {
      id: 'projects',
      title: 'Projects',
      blocks:
        projects.length > 0
          ? projects.flatMap((s) => storyBlocks(s))
          : [paragraph(text('No entry in this period names a project.'))],
    },
    {
      id: 'design',
      title: 'Design and documentation',
      blocks: listOr(design, 'No design or documentation entries in this period.'),
    },
    {
      id: 'collaboration',
      title: 'Collaboration and mentorship',
      blocks: listOr(people, 'No mentoring entries, and no entry names someone you helped.'),
    },
    peerFeedbackSection(inputs),
    {
      id: 'glue',
      title: "Work that wasn't my job",
      blocks: listOr(glue, 'No incident, process or tech-debt entries in this period.'),
    },
  ];
  if (other.length > 0) sections.push({ id: 'other', title: 'Other wins', blocks: listOr(other, '') });
  return {
    type: 'brag',
    title: `Brag document: ${inputs.profile.name}`,
    metadata: standardMetadata(inputs),
    sections,
  };
}
