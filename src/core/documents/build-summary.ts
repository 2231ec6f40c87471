/** [summary] The period summary: what I did this review period, short enough to send to the manager. */

import type { Entry } from '../entries/entry.js';
import { ENTRY_KINDS, ENTRY_SCOPES } from '../entries/entry-vocabulary.js';
import { groupIntoStories, outcomeOf, storyBlocks } from './build-stories.js';
import type { DocumentInputs } from './document-inputs.js';
import {
  bullets,
  type DocumentSection,
  gap,
  type Inline,
  type PromoDocument,
  paragraph,
  strong,
  text,
} from './document-model.js';
import { competencyEvidenceTable, competencyNamer, plural, standardMetadata } from './document-parts.js';
import { hasMetric } from './entry-text.js';

const HIGHLIGHTS = 5;

function countTable(
  header: string,
  values: readonly string[],
  of: (e: Entry) => string,
  entries: readonly Entry[],
) {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(of(e), (counts.get(of(e)) ?? 0) + 1);
  return {
    type: 'table' as const,
    header: [header, 'Entries'],
    rows: values
      .filter((v) => counts.has(v))
      .map((v): Inline[][] => [[text(v)], [text(String(counts.get(v)))]]),
  };
}

/** The strongest claims: widest scope first, then the newest; only entries whose impact has a number. */
function highlights(entries: readonly Entry[]): Entry[] {
  return entries
    .filter((e) => hasMetric(e.impact))
    .sort(
      (a, b) =>
        ENTRY_SCOPES.indexOf(b.scope) - ENTRY_SCOPES.indexOf(a.scope) ||
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
    )
    .slice(0, HIGHLIGHTS);
}

export function buildSummary(inputs: DocumentInputs): PromoDocument {
  const entries = inputs.choice.included;
  const stories = groupIntoStories(entries, competencyNamer(inputs));
  const top = highlights(entries);
  const sections: DocumentSection[] = [
    {
      id: 'at-a-glance',
      title: 'At a glance',
      blocks: [
        paragraph(
          text(
            `${plural(entries.length, 'entry', 'entries')}, ${plural(stories.filter((s) => s.project).length, 'project')}, from ${inputs.choice.selection.since} to ${inputs.choice.selection.until}.`,
          ),
        ),
        countTable('Kind of work', ENTRY_KINDS, (e) => e.kind, entries),
        countTable('Scope', ENTRY_SCOPES, (e) => e.scope, entries),
      ],
    },
    {
      id: 'highlights',
      title: 'Highlights',
      blocks:
        top.length > 0
          ? [bullets(top.map((e) => [strong(e.title), text(': '), ...outcomeOf(e)]))]
          : [
              paragraph(
                gap(
                  'two or three results with a number (before and after, how many, how much)',
                  'no entry in this period records an impact with a measure',
                ),
              ),
            ],
    },
    {
      id: 'stories',
      title: 'Projects and themes',
      blocks:
        stories.length > 0
          ? stories.flatMap((s) => storyBlocks(s, 'compact'))
          : [paragraph(text('No entries in this period.'))],
    },
    { id: 'competencies', title: 'Competencies shown', blocks: [competencyEvidenceTable(inputs)] },
  ];
  return {
    type: 'summary',
    title: `Period summary: ${inputs.profile.name}, ${inputs.choice.selection.since} to ${inputs.choice.selection.until}`,
    metadata: standardMetadata(inputs),
    sections,
  };
}
