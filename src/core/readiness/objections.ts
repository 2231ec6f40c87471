/** The objections a calibration committee raises, each answered by named evidence or open with what would answer it. */
import { daysBetween } from '../dates.js';
import { feedbackProviderKey } from '../people/feedback-providers.js';
import type { CaseInput } from './case-input.js';
import { type Evidence, SCOPE_FOR_LEVEL, SCOPE_RANK } from './evidence.js';
import type { Project } from './projects.js';
import type { Consistency } from './review-periods.js';

export type ObjectionId =
  | 'mid-level-scope'
  | 'no-team-impact'
  | 'generic-peer-reviews'
  | 'one-good-quarter'
  | 'solo-heroics'
  | 'one-system-only'
  | 'maintenance-only'
  | 'no-promotion-conversation'
  | 'vague-manager-feedback'
  | 'recent-manager-change'
  | 'too-few-peer-providers'
  | 'company-specific';

export interface Objection {
  id: ObjectionId;
  /** How it sounds in the room. */
  title: string;
  status: 'answered' | 'open';
  reason: string;
  /** Entry or record ids that answer it, strongest first. */
  answeredBy: string[];
  /** What would answer it; present when open. */
  toAnswer?: string;
}

const answered = (id: ObjectionId, title: string, reason: string, answeredBy: string[]): Objection => ({
  id,
  title,
  status: 'answered',
  reason,
  answeredBy,
});
const open = (
  id: ObjectionId,
  title: string,
  reason: string,
  toAnswer: string,
  answeredBy: string[] = [],
): Objection => ({
  id,
  title,
  status: 'open',
  reason,
  answeredBy,
  toAnswer,
});

/** The first `n` ids of a list already strongest first. */
const top = (items: Evidence[], n = 3) => items.slice(0, n).map((e) => e.entry.id);

/** `evidence` strongest first. */
export function findObjections(
  input: CaseInput,
  evidence: readonly Evidence[],
  projects: readonly Project[],
  consistency: Consistency,
): Objection[] {
  const target = input.profile.targetLevel;
  const required = SCOPE_FOR_LEVEL[target];
  const next = evidence.filter((e) => e.nextLevel);
  const out: Objection[] = [];

  // Mid-level scope: next-level projects or several entries at the target's scope.
  const bigProjects = projects.filter((p) => p.nextLevel);
  const wide = evidence.filter(
    (e) =>
      SCOPE_RANK[e.entry.scope] > SCOPE_RANK[required] || (SCOPE_RANK[e.entry.scope] >= 1 && e.nextLevel),
  );
  out.push(
    bigProjects.length || wide.length >= 3
      ? answered(
          'mid-level-scope',
          '"This is mid-level scope."',
          bigProjects.length
            ? `${bigProjects.map((p) => p.name).join(', ')} ${bigProjects.length === 1 ? 'has' : 'have'} the scope of the target level.`
            : `${wide.length} entries show work at or beyond the scope of the target level.`,
          bigProjects.length ? bigProjects.flatMap((p) => p.entries).slice(0, 5) : top(wide),
        )
      : open(
          'mid-level-scope',
          '"This is mid-level scope."',
          'No project shows the ambiguity, reach and decisions of the target level yet.',
          'Own a problem beyond your tasks: frame it, make the design decisions, bring in another team, and log each step with its project.',
        ),
  );

  // Team-level impact: the team got better because of you.
  const multiplying = evidence.filter(
    (e) =>
      SCOPE_RANK[e.entry.scope] >= 1 &&
      (e.entry.kind === 'mentoring' || e.entry.kind === 'process' || e.entry.peopleHelped.length > 0),
  );
  out.push(
    multiplying.length >= 2
      ? answered(
          'no-team-impact',
          '"No team-level impact."',
          `${multiplying.length} entries show the team doing better because of you.`,
          top(multiplying),
        )
      : open(
          'no-team-impact',
          '"No team-level impact."',
          multiplying.length
            ? 'Only one entry shows impact beyond your own output.'
            : 'Nothing shows the team doing better because of you.',
          'Mentor someone, improve how the team works (a guide, a process, a tool others adopt) and log who it helped.',
          top(multiplying),
        ),
  );

  // Peer reviews.
  const feedback = input.peerFeedback.filter((f) => f.deletedAt === null);
  const specific = feedback.filter((f) => f.analysis.specific);
  out.push(
    specific.length >= 2 && specific.length * 2 >= feedback.length
      ? answered(
          'generic-peer-reviews',
          '"The peer reviews are generic."',
          `${specific.length} of ${feedback.length} pieces of peer feedback describe specific situations, behaviour and impact.`,
          specific.map((f) => f.id),
        )
      : open(
          'generic-peer-reviews',
          '"The peer reviews are generic."',
          genericFeedbackReason(feedback.length, specific.length),
          'Ask peers who saw your work for one concrete situation each (promocase feedback request writes the request).',
          specific.map((f) => f.id),
        ),
  );

  // One good quarter.
  out.push(
    consistency.sustainedMonths >= 6 && !consistency.oneStrongPeriod
      ? answered(
          'one-good-quarter',
          '"One good quarter doesn\'t make a promotion."',
          consistency.summary,
          top(next, 5),
        )
      : open(
          'one-good-quarter',
          '"One good quarter doesn\'t make a promotion."',
          consistency.summary,
          'Keep logging next-level work every week; a committee wants 6-12 months of it across review periods.',
          top(next),
        ),
  );

  // Solo heroics.
  const withOthers = next.filter((e) => e.entry.collaborators.length > 0 || e.entry.peopleHelped.length > 0);
  out.push(
    next.length === 0 || withOthers.length * 2 >= next.length
      ? answered(
          'solo-heroics',
          '"Solo heroics, not leadership."',
          next.length
            ? `${withOthers.length} of ${next.length} next-level entries involve others.`
            : 'No next-level work yet to judge.',
          top(withOthers),
        )
      : open(
          'solo-heroics',
          '"Solo heroics, not leadership."',
          withOthers.length
            ? `Only ${withOthers.length} of ${next.length} next-level entries name anyone you worked with or helped.`
            : `None of your ${next.length} next-level entries names anyone you worked with or helped.`,
          'Bring others into the work and record them (--with, --helped): leading through others is what the next level asks.',
        ),
  );

  // Deep in one system only.
  const byProject = new Map<string, number>();
  for (const e of evidence)
    if (e.entry.project) byProject.set(e.entry.project, (byProject.get(e.entry.project) ?? 0) + 1);
  const [mainProject, mainCount] = [...byProject.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  out.push(
    evidence.length >= 5 && mainCount / evidence.length > 0.7
      ? open(
          'one-system-only',
          '"Deep in one system and nothing else."',
          `${Math.round((mainCount / evidence.length) * 100)}% of your entries are about ${mainProject}.`,
          'Take on work in a neighbouring system or a cross-team initiative and log it.',
        )
      : answered(
          'one-system-only',
          '"Deep in one system and nothing else."',
          `${byProject.size} project${byProject.size === 1 ? '' : 's'} in the log${mainProject ? `; the largest, ${mainProject}, is ${Math.round((mainCount / Math.max(1, evidence.length)) * 100)}% of the entries` : ''}.`,
          [],
        ),
  );

  // Maintenance-only, unpromotable work.
  const building = evidence.filter(
    (e) => (e.entry.kind === 'feature' || e.entry.kind === 'design') && SCOPE_RANK[e.entry.scope] >= 1,
  );
  const upkeep = evidence.filter(
    (e) =>
      e.entry.kind === 'tech-debt' ||
      e.entry.kind === 'other' ||
      (e.entry.kind === 'incident' && e.entry.scope === 'individual'),
  );
  // Answered when upkeep is at most half the log, or when one entry in five builds something at team scope.
  const mostlyNew = upkeep.length * 2 <= evidence.length;
  const enoughBuilding = building.length >= 2 && building.length * 5 >= evidence.length;
  out.push(
    mostlyNew || enoughBuilding
      ? answered(
          'maintenance-only',
          '"Mostly maintenance and bug fixes."',
          newWorkReason(building.length, upkeep.length, evidence.length),
          top(building),
        )
      : open(
          'maintenance-only',
          '"Mostly maintenance and bug fixes."',
          `${upkeep.length} of ${evidence.length} entr${evidence.length === 1 ? 'y is' : 'ies are'} upkeep; few build or design something new.`,
          'Pitch or take on a piece of new work with a design decision in it; if the team only maintains, consider a larger initiative or a move.',
          top(building),
        ),
  );

  // The promotion conversation.
  const talk = input.conversations;
  const never = talk.findings.some((f) => f.code === 'no-conversation' || f.code === 'goal-not-stated');
  out.push(
    never
      ? open(
          'no-promotion-conversation',
          '"Their manager never raised it."',
          talk.careerConversations
            ? 'No conversation records you stating your goal.'
            : 'No career conversation is recorded.',
          'Have the career conversation: state the level you aim for and ask for written criteria.',
        )
      : answered(
          'no-promotion-conversation',
          '"Their manager never raised it."',
          `You stated your goal on ${talk.goalStated?.on}${talk.criteria ? `; criteria in writing since ${talk.criteria.on}` : ''}.`,
          [],
        ),
  );
  out.push(
    talk.vagueStreak >= 2
      ? open(
          'vague-manager-feedback',
          '"Nobody knows what is missing."',
          `${talk.vagueStreak} career conversations in a row gave only vague feedback.`,
          'Ask for specifics with the follow-up questions in promocase 1on1 status, and for the criteria in writing.',
        )
      : answered(
          'vague-manager-feedback',
          '"Nobody knows what is missing."',
          talk.criteria ? 'There are written criteria.' : 'No run of vague career conversations.',
          [],
        ),
  );

  const change = talk.latestManagerChange;
  if (change && daysBetween(change.date, input.today) <= 365) {
    const handedOver =
      talk.lastConversation !== null &&
      talk.lastConversation.on >= change.date &&
      talk.lastConversation.with.toLowerCase() === change.name.toLowerCase();
    out.push(
      handedOver
        ? answered(
            'recent-manager-change',
            '"The new manager hasn\'t seen enough."',
            `You have talked with ${change.name} since the change on ${change.date}.`,
            [change.id],
          )
        : open(
            'recent-manager-change',
            '"The new manager hasn\'t seen enough."',
            `Your manager changed on ${change.date}; ${change.name} has not seen your earlier work.`,
            `Give ${change.name} a handoff of your case and have the career conversation again.`,
          ),
    );
  }

  // Peer feedback providers, where the company counts them.
  const providers = new Set(feedback.map((f) => feedbackProviderKey(f.from))).size;
  const min = input.company.evidence.minPeerFeedback ?? 3;
  const recommended = input.company.evidence.recommendedPeerFeedback;
  out.push(
    providers >= min
      ? answered(
          'too-few-peer-providers',
          '"Too few people vouch for this."',
          `${providers} people gave feedback (at least ${min} expected${recommended ? `, ${recommended} recommended` : ''}).`,
          feedback.map((f) => f.id),
        )
      : open(
          'too-few-peer-providers',
          '"Too few people vouch for this."',
          `${providers} ${providers === 1 ? 'person has' : 'people have'} given feedback; ${input.company.id === 'generic' ? 'committees' : input.company.name} look${input.company.id === 'generic' ? '' : 's'} for at least ${min}${recommended ? ` (${recommended} recommended)` : ''}.`,
          'Ask more peers, including someone outside your team (promocase feedback request).',
        ),
  );

  const specificObjection = companyObjection(input, evidence, consistency);
  if (specificObjection) out.push(specificObjection);
  return out;
}

/** Why the log does not read as maintenance only: the building work, or how little of it is upkeep. */
function newWorkReason(building: number, upkeep: number, total: number): string {
  if (building >= 2) return `${building} entries build or design something at team scope or wider.`;
  if (total === 0) return 'No work logged yet to judge.';
  if (upkeep > 0)
    return `Only ${upkeep} of ${total} entries ${upkeep === 1 ? 'is' : 'are'} upkeep or bug fixing.`;
  return total === 1
    ? 'The one entry is not upkeep or bug fixing.'
    : `None of the ${total} entries is upkeep or bug fixing.`;
}

/** Why the peer feedback does not yet answer "generic": none, too little that is specific, or mostly labels. */
function genericFeedbackReason(total: number, specific: number): string {
  const generic = total - specific;
  if (total === 0) return 'No peer feedback is recorded.';
  if (generic === 0)
    return 'Only one piece of peer feedback is recorded; it is specific, but one review is not yet a pattern.';
  const labels = '("smart, helpful") with no example';
  if (total === 1) return `The only piece of peer feedback is generic ${labels}.`;
  return `${generic} of ${total} pieces of peer feedback ${generic === 1 ? 'is' : 'are'} generic ${labels}${specific === 1 ? '; only one is specific' : ''}.`;
}

/** What the company's process weighs that the general objections do not cover. */
function companyObjection(
  input: CaseInput,
  evidence: readonly Evidence[],
  consistency: Consistency,
): Objection | undefined {
  const next = evidence.filter((e) => e.nextLevel);
  const company = input.company;
  const title = `"${company.name}: ${companyQuestion[company.id] ?? ''}"`;
  switch (company.id) {
    case 'amazon': {
      // Counts principles whose competencies next-level entries show, not stories: the analysis picks no
      // stories (the Amazon document does, and states its own count), so the reason must not claim any.
      const covered = company.dimensions.filter((d) =>
        next.some((e) => e.competencies.some((c) => (d.competencies as string[]).includes(c))),
      );
      const missing = company.dimensions.filter((d) => !covered.includes(d));
      return missing.length <= company.dimensions.length / 3
        ? answered(
            'company-specific',
            title,
            `Next-level entries show the competencies behind ${covered.length} of ${company.dimensions.length} Leadership Principles.`,
            top(next, 5),
          )
        : open(
            'company-specific',
            title,
            `No next-level entry shows the competencies behind: ${missing.map((d) => d.name).join(', ')}.`,
            'Log stories (STAR: situation, task, action, result) that show the missing principles.',
          );
    }
    case 'microsoft': {
      const others = next.filter(
        (e) =>
          e.entry.peopleHelped.length > 0 ||
          e.entry.kind === 'mentoring' ||
          e.competencies.includes('multiplier'),
      );
      return others.length >= 2
        ? answered(
            'company-specific',
            title,
            `${others.length} next-level entries show results delivered through others.`,
            top(others),
          )
        : open(
            'company-specific',
            title,
            'Little shows your contribution to the success of others (the third circle of impact).',
            'Log how your work helped others deliver: who, what changed for them.',
          );
    }
    case 'meta': {
      const strongHalves = consistency.periods.filter((p) => p.verdict === 'next-level').length;
      return strongHalves >= 2
        ? answered(
            'company-specific',
            title,
            `${strongHalves} review periods show next-level impact.`,
            top(next),
          )
        : open(
            'company-specific',
            title,
            'Meta looks for impact sustained across halves; fewer than two periods show it.',
            'Keep the next-level work going into the next half and log it weekly.',
          );
    }
    case 'google': {
      const cold = next.filter((e) => e.entry.links.length > 0 && e.metric);
      return cold.length >= 3
        ? answered(
            'company-specific',
            title,
            `${cold.length} next-level entries carry artifacts (links) and metrics a committee can check cold.`,
            top(cold),
          )
        : open(
            'company-specific',
            title,
            'Few entries link an artifact and state a metric: a committee that does not know you cannot check them.',
            'Add links to design docs, launches and dashboards, and the numbers, to your strongest entries.',
          );
    }
    default:
      return undefined;
  }
}

const companyQuestion: Partial<Record<string, string>> = {
  amazon: 'which Leadership Principles does this show?',
  microsoft: 'where are the results through others?',
  meta: 'is the impact sustained across halves?',
  google: 'does the packet read cold?',
};
