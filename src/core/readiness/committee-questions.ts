/** The five questions a committee asks the manager, each with the best answer the evidence gives, or what to do. */
import type { CaseInput } from './case-input.js';
import type { Evidence } from './evidence.js';
import type { Project } from './projects.js';
import type { Consistency } from './review-periods.js';

export interface CommitteeQuestion {
  question: string;
  answered: boolean;
  answer: string;
  /** Entry or feedback ids behind the answer. */
  evidence: string[];
  /** What to do when it is unanswered. */
  toDo?: string;
}

/** `evidence` strongest first. */
export function answerCommitteeQuestions(
  input: CaseInput,
  evidence: readonly Evidence[],
  projects: readonly Project[],
  consistency: Consistency,
): CommitteeQuestion[] {
  const next = evidence.filter((e) => e.nextLevel);
  const leadership = next.filter(
    (e) =>
      e.entry.kind === 'design' ||
      e.entry.kind === 'mentoring' ||
      e.competencies.some((c) => c === 'technical-leadership' || c === 'multiplier'),
  );
  const bigProject = projects.find((p) => p.nextLevel);
  const specific = input.peerFeedback.filter((f) => f.deletedAt === null && f.analysis.specific);
  const quote = (text: string) => `"${text.length > 160 ? `${text.slice(0, 157)}...` : text}"`;
  const titles = (items: Evidence[]) => items.map((e) => `${e.entry.title} (${e.entry.date})`).join('; ');

  return [
    next.length
      ? {
          question: 'What has this person done that is clearly next-level?',
          answered: true,
          answer: titles(next.slice(0, 3)),
          evidence: next.slice(0, 3).map((e) => e.entry.id),
        }
      : {
          question: 'What has this person done that is clearly next-level?',
          answered: false,
          answer: 'Unanswered: no entry is both at the target scope and specific.',
          evidence: [],
          toDo: 'Log your biggest piece of work with its scope, your role, the decision you made and the measured result.',
        },
    bigProject
      ? {
          question: 'Could a strong mid-level engineer have done the same work?',
          answered: true,
          // The verdict and what the project shows: its missing signs would argue against the answer.
          answer: `${bigProject.name}: ${[
            bigProject.reasons[0],
            ...Object.values(bigProject.attributes)
              .filter((a) => a.present)
              .map((a) => a.detail),
          ]
            .slice(0, 3)
            .join(' ')}`,
          evidence: bigProject.entries.slice(0, 5),
        }
      : {
          question: 'Could a strong mid-level engineer have done the same work?',
          answered: false,
          answer:
            'Unanswered: no project shows next-level scope (ambiguity, reach, decisions, outcomes, people led).',
          evidence: [],
          toDo: 'Group your entries by project (--project) and record the decisions, teams and outcomes of the largest one.',
        },
    leadership.length
      ? {
          question: 'Where is the technical leadership beyond their own code?',
          answered: true,
          answer: titles(leadership.slice(0, 3)),
          evidence: leadership.slice(0, 3).map((e) => e.entry.id),
        }
      : {
          question: 'Where is the technical leadership beyond their own code?',
          answered: false,
          answer: 'Unanswered: no next-level design, guidance or mentoring is logged.',
          evidence: [],
          toDo: 'Write a design doc or lead a technical decision for the team, and log it.',
        },
    {
      question: 'Is this one strong half or sustained performance?',
      answered: consistency.sustainedMonths >= 6 && !consistency.oneStrongPeriod,
      answer: consistency.summary,
      evidence: next.slice(0, 5).map((e) => e.entry.id),
      ...(consistency.sustainedMonths >= 6 && !consistency.oneStrongPeriod
        ? {}
        : { toDo: 'Keep the next-level work going and logged each week until it spans 6-12 months.' }),
    },
    specific.length
      ? {
          question: 'What do peer reviews actually say?',
          answered: true,
          answer: specific
            .slice(0, 2)
            .map((f) => `${f.from}: ${quote(f.text)}`)
            .join(' '),
          evidence: specific.map((f) => f.id),
        }
      : {
          question: 'What do peer reviews actually say?',
          answered: false,
          answer: input.peerFeedback.length
            ? 'Unanswered: the recorded peer feedback is generic.'
            : 'Unanswered: no peer feedback is recorded.',
          evidence: [],
          toDo: 'Ask two or three peers for one concrete situation each (promocase feedback request).',
        },
  ];
}
