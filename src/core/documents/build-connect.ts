/**
 * [microsoft] A Connect: impact in the three circles (my own results, my contributions to others'
 * success, results that build on others' work), setbacks and learnings, goals for the next period.
 * Entries record wins, not setbacks: that section is a gap for the author to write; goals come from
 * the recorded goals, or are a gap when none is planned.
 */
import type { Entry } from '../entries/entry.js';
import { outcomeOf } from './build-stories.js';
import type { DocumentInputs } from './document-inputs.js';
import {
  type Block,
  bullets,
  type DocumentSection,
  gap,
  type PromoDocument,
  paragraph,
  text,
} from './document-model.js';
import { entryLine, standardMetadata } from './document-parts.js';
import { goalsSection } from './people-loop.js';

function circle(entries: readonly Entry[], none: string): Block[] {
  return entries.length > 0
    ? [bullets(entries.map((e) => entryLine(e, outcomeOf)))]
    : [paragraph(text(none))];
}

export function buildConnect(inputs: DocumentInputs): PromoDocument {
  const entries = inputs.choice.included;
  const others = entries.filter((e) => e.kind === 'mentoring' || e.peopleHelped.length > 0);
  const building = entries.filter((e) => !others.includes(e) && e.collaborators.length > 0);
  const mine = entries.filter((e) => !others.includes(e) && !building.includes(e));
  const incidents = entries.filter((e) => e.kind === 'incident');
  const sections: DocumentSection[] = [
    {
      id: 'individual',
      title: 'My individual accomplishments',
      blocks: circle(mine, 'No entry in this period is work done alone.'),
    },
    {
      id: 'others-success',
      title: 'My contributions to the success of others',
      blocks: circle(others, 'No mentoring entries, and no entry names someone you helped.'),
    },
    {
      id: 'building-on-others',
      title: 'Results that build on the work of others',
      blocks: circle(building, 'No entry in this period names a collaborator.'),
    },
    {
      id: 'setbacks',
      title: 'Setbacks and learnings',
      blocks: [
        paragraph(
          gap(
            'one or two things that did not go as planned, and what you changed because of them',
            'entries record wins; setbacks are yours to tell',
          ),
        ),
        ...(incidents.length > 0
          ? [paragraph(text('Incidents from this period, as a starting point:')), circle(incidents, '')[0]!]
          : []),
      ],
    },
    {
      ...(goalsSection(inputs, 'Goals for the next period', ['planned', 'active']) ?? {
        blocks: [
          paragraph(
            gap(
              'two or three goals for the next period: a named deliverable, who will see it, and by when',
              'no planned or active goal is recorded; promocase goal add sets one',
            ),
          ),
        ],
      }),
      id: 'next',
      title: 'Goals for the next period',
    },
  ];
  return {
    type: 'microsoft',
    title: `Connect: ${inputs.profile.name}, ${inputs.choice.selection.since} to ${inputs.choice.selection.until}`,
    metadata: standardMetadata(inputs),
    sections,
  };
}
