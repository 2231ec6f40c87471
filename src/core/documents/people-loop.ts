/**
 * What the people loop adds to documents: the manager's ratings and "what it takes", the written
 * criteria, goals, manager changes and peer feedback, as sections. Only what is recorded is shown;
 * where the handoff needs something that is not recorded, it is a gap.
 */
import type { Conversation } from '../people/conversation.js';
import type { GapList } from '../people/gap-list.js';
import type { Goal } from '../people/goal.js';
import { goalFlags } from '../people/goal-flags.js';
import type { ManagerChange } from '../people/manager-change.js';
import type { PeerFeedback } from '../people/peer-feedback.js';
import { QUALIFIER_WORDS } from '../people/rating-scale.js';
import type { DocumentInputs } from './document-inputs.js';
import {
  type Block,
  bullets,
  type DocumentSection,
  gap,
  type Inline,
  paragraph,
  strong,
  text,
} from './document-model.js';

/** "working towards Senior engineer", "meets Mid-level engineer", for people. */
function describeRating(
  framework: DocumentInputs['framework'],
  r: { level: string; qualifier: keyof typeof QUALIFIER_WORDS },
): string {
  const level = framework.levels.find((l) => l.id === r.level)?.name ?? r.level;
  return `${QUALIFIER_WORDS[r.qualifier]} ${level}`;
}

export interface PeopleLoop {
  /** Ratings measured against the target level (the manager's over the engineer's own). */
  gapList: GapList;
  /** Goals that are not deleted, oldest first. */
  goals: Goal[];
  conversations: Conversation[];
  managerChanges: ManagerChange[];
  peerFeedback: PeerFeedback[];
}

export const NO_PEOPLE_LOOP: PeopleLoop = {
  gapList: {
    framework: { id: '', name: '' },
    targetLevel: { id: '', name: '' },
    gaps: [],
    unrated: [],
    atTarget: [],
  },
  goals: [],
  conversations: [],
  managerChanges: [],
  peerFeedback: [],
};

/** Per competency: the rating that counts, who gave it and when, and what it would take to move up. */
export function ratingsSection(inputs: DocumentInputs): DocumentSection {
  const { gapList } = inputs.people;
  const rated = [...gapList.gaps, ...gapList.unrated].filter((g) => g.rating !== null);
  const blocks: Block[] = [];
  if (rated.length === 0 && gapList.atTarget.length === 0) {
    blocks.push(
      paragraph(
        gap(
          'your manager’s rating of each competency, and what it would take to move up',
          'no assessment is recorded; promocase assess records one',
        ),
      ),
    );
  } else {
    const rows = rated.map((g): Inline[][] => {
      const r = g.rating!;
      const takes = g.whatItTakes[0];
      return [
        [text(g.competency.name)],
        [text(`${describeRating(inputs.framework, r)} (${r.rater}, ${r.date})`)],
        takes ? [text(`${takes.text} (${takes.date})`)] : [text('not written down')],
      ];
    });
    if (rows.length > 0)
      blocks.push({ type: 'table', header: ['Competency', 'Rating', 'What it would take'], rows });
    if (gapList.atTarget.length > 0) {
      const names = gapList.atTarget.map(
        (id) => inputs.framework.competencies.find((c) => c.id === id)?.name ?? id,
      );
      blocks.push(paragraph(text(`Already rated at ${gapList.targetLevel.name}: ${names.join(', ')}.`)));
    }
    const unrated = gapList.unrated.filter((g) => g.rating === null).map((g) => g.competency.name);
    if (unrated.length > 0) blocks.push(paragraph(text(`Not rated yet: ${unrated.join(', ')}.`)));
  }
  return { id: 'ratings', title: 'Ratings and what it would take', blocks };
}

/** The newest conversation that wrote criteria down: what both sides agreed needs to be true. */
export function criteriaSection(inputs: DocumentInputs): DocumentSection {
  const withCriteria = inputs.people.conversations.filter((c) => c.criteria.length > 0);
  const latest = withCriteria.at(-1);
  return {
    id: 'criteria',
    title: 'What we agreed needs to be true',
    blocks: latest
      ? [
          paragraph(
            text(`Written down in the ${latest.type} conversation with ${latest.with} on ${latest.date}:`),
          ),
          bullets(latest.criteria.map((c) => [text(c)])),
        ]
      : [
          paragraph(
            gap(
              'the criteria for the promotion, in writing, agreed with your manager',
              'no conversation records any; promocase 1on1 add --criterion writes them down',
            ),
          ),
        ],
  };
}

function goalLine(goal: Goal, asOf: string): Inline[] {
  // A reader must not take a goal whose date has passed for one still on track.
  const overdue = goalFlags(goal, asOf, []).find((f) => f.flag === 'overdue');
  const facts = [
    goal.status,
    overdue ? `overdue: ${overdue.reason}` : goal.due ? `due ${goal.due}` : 'no due date',
  ];
  if (goal.status !== 'done') facts.push(`${goal.checkIns.at(-1)?.progress ?? 0}% done`);
  const runs: Inline[] = [strong(goal.title)];
  if (goal.deliverable) runs.push(text(`: ${goal.deliverable}`));
  runs.push(text(` (${facts.join(', ')})`));
  if (!goal.deliverable)
    runs.push(gap('the deliverable: what will exist when it is done', 'the goal names none'));
  return runs;
}

/** Goals with these statuses, or null when there are none. */
export function goalsSection(
  inputs: DocumentInputs,
  title: string,
  statuses: readonly Goal['status'][],
): DocumentSection | null {
  const goals = inputs.people.goals.filter((g) => statuses.includes(g.status));
  return goals.length > 0
    ? { id: 'goals', title, blocks: [bullets(goals.map((g) => goalLine(g, inputs.asOf)))] }
    : null;
}

export function managerHistorySection(inputs: DocumentInputs): DocumentSection | null {
  const changes = inputs.people.managerChanges;
  if (changes.length === 0) return null;
  return {
    id: 'managers',
    title: 'Manager history',
    blocks: [
      bullets(
        changes.map((c) => [
          text(
            `${c.date}: ${c.name}${c.previous ? ` (after ${c.previous})` : ''}${c.note ? `. ${c.note}` : ''}`,
          ),
        ]),
      ),
    ],
  };
}

/** Peer feedback in the selection's dates, quoted whole with who said it and when. */
export function peerFeedbackSection(inputs: DocumentInputs): DocumentSection {
  const { since, until } = inputs.choice.selection;
  const quotes = inputs.people.peerFeedback.filter((f) => f.date >= since && f.date <= until);
  return {
    id: 'peer-feedback',
    title: 'What others said',
    blocks:
      quotes.length > 0
        ? quotes.map(
            (f): Block => ({
              type: 'quote',
              content: [text(f.text)],
              attribution: `${f.from} (${f.relationship}), ${f.date}${f.work ? `, on ${f.work}` : ''}`,
            }),
          )
        : [paragraph(text('No peer feedback is recorded for this period.'))],
  };
}
