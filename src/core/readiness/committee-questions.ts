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
  /** The answer is the titles of the evidence entries, in order: a document can cite each in place. */
  listsEntries?: true;
}

/** A quote short enough to read aloud, cut at a word boundary. */
function quote(text: string): string {
  if (text.length <= 160) return `"${text}"`;
  const cut = text.slice(0, 158);
  const space = cut.lastIndexOf(' ');
  return `"${(space > 100 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…"`;
}

/**
 * Up to three next-level entries that show leadership beyond one's own code. Design work, technical
 * decisions and mentoring come before work that only lifted the team (the multiplier competency), and
 * entries the first question already cites come last: a committee that reads the same three entries
 * twice learns nothing from the second answer.
 */
function leadershipEvidence(next: readonly Evidence[], alreadyCited: ReadonlySet<Evidence>): Evidence[] {
  const tier = (e: Evidence): number => {
    if (
      e.entry.kind === 'design' ||
      e.entry.kind === 'mentoring' ||
      e.cues.decision ||
      e.competencies.includes('technical-leadership')
    )
      return alreadyCited.has(e) ? 1 : 0;
    if (e.competencies.includes('multiplier')) return alreadyCited.has(e) ? 3 : 2;
    return -1;
  };
  // One pass into the four tiers, three each at most, strongest first: years of entries need no sort.
  const tiers: Evidence[][] = [[], [], [], []];
  for (const e of next) {
    const t = tier(e);
    if (t >= 0 && tiers[t]!.length < 3) tiers[t]!.push(e);
  }
  return tiers.flat().slice(0, 3);
}

/** `evidence` strongest first. */
export function answerCommitteeQuestions(
  input: CaseInput,
  evidence: readonly Evidence[],
  projects: readonly Project[],
  consistency: Consistency,
): CommitteeQuestion[] {
  const next = evidence.filter((e) => e.nextLevel);
  const strongest = next.slice(0, 3);
  const leadership = leadershipEvidence(next, new Set(strongest));
  const bigProject = projects.find((p) => p.nextLevel);
  const specific = input.peerFeedback.filter((f) => f.deletedAt === null && f.analysis.specific);
  const titles = (items: Evidence[]) => items.map((e) => `${e.entry.title} (${e.entry.date})`).join('; ');

  return [
    next.length
      ? {
          question: 'What has this person done that is clearly next-level?',
          answered: true,
          answer: titles(strongest),
          evidence: strongest.map((e) => e.entry.id),
          listsEntries: true,
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
          answer: titles(leadership),
          evidence: leadership.map((e) => e.entry.id),
          listsEntries: true,
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
