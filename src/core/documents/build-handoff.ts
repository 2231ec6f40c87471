/**
 * [handoff] The handoff for a new manager: a manager change can silently reset the promotion clock,
 * so this hands over who I am, where I am going, the ratings, criteria and goals agreed so far, the
 * evidence and the people around the work.
 */
import type { Entry } from '../entries/entry.js';
import { diffLevels } from '../frameworks/level-diff.js';
import { cite, groupIntoStories, storyBlocks } from './build-stories.js';
import { compareNames } from './compare-names.js';
import type { DocumentInputs } from './document-inputs.js';
import {
  type Block,
  bullets,
  type DocumentSection,
  type Inline,
  type PromoDocument,
  paragraph,
  text,
} from './document-model.js';
import { competencyNamer, latest, levelName, plural, standardMetadata } from './document-parts.js';
import {
  criteriaSection,
  goalsSection,
  managerHistorySection,
  peerFeedbackSection,
  ratingsSection,
} from './people-loop.js';

const PEOPLE_ROWS = 15;

function aboutMe(inputs: DocumentInputs): Block {
  const p = inputs.profile;
  const row = (label: string, value: string): Inline[][] => [[text(label)], [text(value)]];
  return {
    type: 'table',
    header: ['', ''],
    rows: [
      row('Name', p.name),
      row('Current level', levelName(inputs, inputs.levels.current)),
      row('Target level', levelName(inputs, inputs.levels.target)),
      row('Company ladder', p.company),
      row('Review cadence', p.reviewCadence),
      row('Next calibration', p.nextCalibration ?? 'not set'),
      row('Manager on record', p.managerName ?? 'not recorded'),
    ],
  };
}

/** Per competency: what the target level expects (from the framework) next to the evidence so far. */
function whereIAmGoing(inputs: DocumentInputs): Block[] {
  const { framework, levels } = inputs;
  const diff = diffLevels(framework, levels.current, levels.target);
  if (!diff.ok) return [paragraph(text(`The framework cannot compare the two levels: ${diff.problem}.`))];
  const entries = inputs.choice.included;
  const rows = diff.competencies.map((c): Inline[][] => {
    const target = c.steps[c.steps.length - 1]?.cell;
    const shown = entries.filter((e) => e.competencies.includes(c.competency.id));
    const last = latest(shown);
    return [
      [text(c.competency.name)],
      [text(target?.expectation ?? 'the framework says nothing for this level')],
      last
        ? [text(`${plural(shown.length, 'entry', 'entries')}; latest: ${last.title}`), cite(last)]
        : [text('none yet')],
    ];
  });
  return [
    paragraph(
      text(
        `Aiming at ${levelName(inputs, levels.target)} from ${levelName(inputs, levels.current)}, per ${framework.name}.`,
      ),
    ),
    {
      type: 'table',
      header: ['Competency', `What ${levelName(inputs, levels.target)} expects`, 'Evidence so far'],
      rows,
    },
  ];
}

function peopleTable(entries: readonly Entry[]): Block[] {
  const counts = new Map<string, { together: number; helped: number }>();
  const bump = (name: string, key: 'together' | 'helped') => {
    const c = counts.get(name) ?? { together: 0, helped: 0 };
    c[key]++;
    counts.set(name, c);
  };
  for (const e of entries) {
    for (const n of new Set(e.collaborators)) bump(n, 'together');
    for (const n of new Set(e.peopleHelped)) bump(n, 'helped');
  }
  if (counts.size === 0) return [paragraph(text('No entry names a collaborator or someone helped.'))];
  const rows = [...counts]
    .sort(([a, x], [b, y]) => y.together + y.helped - (x.together + x.helped) || compareNames(a, b))
    .slice(0, PEOPLE_ROWS)
    .map(([name, c]): Inline[][] => [[text(name)], [text(String(c.together))], [text(String(c.helped))]]);
  return [{ type: 'table', header: ['Person', 'Entries together', 'Entries helping them'], rows }];
}

export function buildHandoff(inputs: DocumentInputs): PromoDocument {
  const entries = inputs.choice.included;
  const nameOf = competencyNamer(inputs);
  const projects = groupIntoStories(
    entries.filter((e) => e.project !== null),
    nameOf,
  );
  const silent = inputs.framework.competencies.filter(
    (c) => !entries.some((e) => e.competencies.includes(c.id)),
  );
  const sections: DocumentSection[] = [
    { id: 'about', title: 'About me', blocks: [aboutMe(inputs)] },
    { id: 'goal', title: 'Where I am going', blocks: whereIAmGoing(inputs) },
    ratingsSection(inputs),
    criteriaSection(inputs),
    ...[goalsSection(inputs, 'Goals', ['active', 'planned', 'done']), managerHistorySection(inputs)].filter(
      (s): s is DocumentSection => s !== null,
    ),
    {
      id: 'projects',
      title: 'Projects so far',
      blocks:
        projects.length > 0
          ? projects.flatMap((s) => storyBlocks(s))
          : [paragraph(text('No entry in this period names a project.'))],
    },
    { id: 'people', title: 'People around the work', blocks: peopleTable(entries) },
    peerFeedbackSection(inputs),
    {
      id: 'thin',
      title: 'Where the evidence is thin',
      blocks:
        silent.length > 0
          ? [
              paragraph(text('No entry in this period shows these competencies:')),
              bullets(silent.map((c) => [text(c.name)])),
            ]
          : [paragraph(text('Every competency of the framework has at least one entry in this period.'))],
    },
  ];
  return {
    type: 'handoff',
    title: `Handoff for a new manager: ${inputs.profile.name}`,
    metadata: standardMetadata(inputs),
    sections,
  };
}
