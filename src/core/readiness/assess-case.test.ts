import { describe, expect, it } from 'vitest';
import { CASE_TODAY, caseInput, caseProfile } from '../../../tests/support/case-input.js';
import {
  assessment,
  conversation,
  entry,
  goal,
  peerFeedback,
  rating,
} from '../../../tests/support/people-builders.js';
import { entryAnalysisText } from '../analysis/entry-text.js';
import type { Entry } from '../entries/entry.js';
import { BUILTIN_FRAMEWORK } from '../frameworks/builtin-framework.js';
import { COMPANY_PROFILES } from '../frameworks/company-profiles.js';
import { conversationStatus } from '../people/conversation-status.js';
import { assessCase } from './assess-case.js';
import type { CaseInput, EntryQuality } from './case-input.js';
import { dayNumber, toEvidence } from './evidence.js';
import { consistency, reviewPeriods } from './review-periods.js';
import { textCues } from './text-cues.js';

const TODAY = CASE_TODAY;
const TODAY_DAY = dayNumber(TODAY);
const profile = caseProfile({ reviewCadence: 'half-yearly' });
const SPECIFIC: EntryQuality = {
  specificity: 80,
  metric: true,
  competencies: [],
  ambiguity: false,
  decision: false,
};
const VAGUE: EntryQuality = {
  specificity: 10,
  metric: false,
  competencies: [],
  ambiguity: false,
  decision: false,
};

/** A team-scope, specific entry on `date` for `competencies`. */
const strongEntry = (date: string, competencies: string[], extra: Partial<Entry> = {}) =>
  entry({ date, competencies, scope: 'team', collaborators: ['Dana Lee'], ...extra });

function input(over: Partial<CaseInput> & { entries: Entry[]; vague?: string[] }): CaseInput {
  // The text cues are what the cached analysis would hold for the entry's text.
  const quality = new Map(
    over.entries.map((e) => [
      e.id,
      { ...(over.vague?.includes(e.id) ? VAGUE : SPECIFIC), ...textCues(entryAnalysisText(e)) },
    ]),
  );
  return caseInput({ profile, quality, ...over });
}

describe('evidence', () => {
  it('counts an entry as next-level only at the target scope and specific enough', () => {
    const teamSpecific = toEvidence(entry({ scope: 'team' }), SPECIFIC, 'team', TODAY_DAY);
    expect(teamSpecific.nextLevel).toBe(true);
    expect(toEvidence(entry({ scope: 'individual' }), SPECIFIC, 'team', TODAY_DAY).nextLevel).toBe(false);
    expect(toEvidence(entry({ scope: 'org' }), VAGUE, 'team', TODAY_DAY).nextLevel).toBe(false);
  });

  it('weighs recent, wide and specific work above old, narrow or vague work', () => {
    const recent = toEvidence(entry({ date: '2026-11-01', scope: 'team' }), SPECIFIC, 'team', TODAY_DAY);
    const old = toEvidence(entry({ date: '2024-11-01', scope: 'team' }), SPECIFIC, 'team', TODAY_DAY);
    const wide = toEvidence(entry({ date: '2026-11-01', scope: 'org' }), SPECIFIC, 'team', TODAY_DAY);
    expect(old.strength).toBeLessThan(recent.strength);
    expect(wide.strength).toBeGreaterThan(recent.strength);
  });

  it("takes the analysis's competencies for an entry that has none", () => {
    const e = toEvidence(
      entry({ competencies: [] }),
      { ...SPECIFIC, competencies: ['craft'] },
      'team',
      TODAY_DAY,
    );
    expect(e.competencies).toEqual(['craft']);
  });
});

describe('review periods and consistency', () => {
  it('splits the calendar by the cadence, back from today', () => {
    expect(reviewPeriods('quarterly', TODAY, '2026-02-01').map((p) => p.label)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(reviewPeriods('half-yearly', TODAY, '2020-01-01').map((p) => p.label)).toEqual([
      '2025-H1',
      '2025-H2',
      '2026-H1',
      '2026-H2',
    ]);
    expect(reviewPeriods('yearly', TODAY, undefined)).toEqual([
      { label: '2026', start: '2026-01-01', end: '2026-12-31' },
    ]);
  });

  it('calls out one strong period surrounded by thin ones', () => {
    const entries = [
      ...['2026-01-10', '2026-02-10', '2026-03-10'].map((d) => entry({ date: d, scope: 'individual' })),
      ...['2026-04-10', '2026-05-10', '2026-06-10'].map((d) => strongEntry(d, ['craft'])),
      ...['2026-07-10', '2026-09-10'].map((d) => entry({ date: d, scope: 'individual' })),
    ];
    const c = consistency(
      entries.map((e) => toEvidence(e, SPECIFIC, 'team', TODAY_DAY)),
      'quarterly',
      TODAY,
    );
    expect(c.oneStrongPeriod?.label).toBe('2026-Q2');
    expect(c.summary).toContain('one good quarter');
    expect(c.sustainedMonths).toBe(0); // the run ended more than ten weeks ago
  });

  it('measures months of sustained next-level work up to today', () => {
    const dates = ['2026-05-05', '2026-06-15', '2026-08-01', '2026-09-10', '2026-10-20', '2026-11-15'];
    const c = consistency(
      dates.map((d) => toEvidence(strongEntry(d, ['craft']), SPECIFIC, 'team', TODAY_DAY)),
      'half-yearly',
      TODAY,
    );
    expect(c.sustainedMonths).toBe(7);
    expect(c.oneStrongPeriod).toBeNull();
    expect(c.periods.filter((p) => p.verdict === 'next-level').map((p) => p.label)).toEqual([
      '2026-H1',
      '2026-H2',
    ]);
  });
});

describe('readiness per competency and overall', () => {
  it('is strong with next-level evidence in several periods and a manager at the target, a gap without any', () => {
    const entries = ['2026-03-01', '2026-05-01', '2026-08-01', '2026-10-01'].map((d) =>
      strongEntry(d, ['ownership']),
    );
    const result = assessCase(
      input({
        entries,
        assessments: [assessment({ ratings: [rating('ownership', 'senior'), rating('craft', 'senior')] })],
      }),
    );
    const byId = Object.fromEntries(result.competencies.map((c) => [c.competency.id, c]));
    expect(byId.ownership!.status).toBe('strong');
    expect(byId.ownership!.supporting).toHaveLength(4);
    expect(byId.ownership!.reasons.join(' ')).toContain('4 of 4 entries are next-level');
    expect(byId.craft!.status).toBe('emerging'); // rated at the target, no evidence yet
    expect(byId['system-design']!.status).toBe('gap');
    expect(byId['system-design']!.reasons[0]).toContain('No entry is tagged');
    expect(result.overall.status).toBe('not-yet');
    expect(result.overall.explanation.join(' ')).toContain('Too little next-level evidence yet for');
  });

  it('counts next-level entries in the singular and the plural', () => {
    const entries = [strongEntry('2026-10-01', ['craft']), strongEntry('2026-09-01', ['craft'])];
    const result = assessCase(input({ entries, vague: [entries[1]!.id] }));
    const craft = result.competencies.find((c) => c.competency.id === 'craft')!;
    expect(craft.reasons[0]).toBe(
      '1 of 2 entries is next-level evidence (Senior engineer scope and specific).',
    );
    const one = assessCase(input({ entries: [entries[1]!], vague: [entries[1]!.id] }));
    expect(one.competencies.find((c) => c.competency.id === 'craft')!.reasons[0]).toBe(
      '0 of 1 entry is next-level evidence (Senior engineer scope and specific).',
    );
  });

  it('is ready when most competencies are strong and the work is sustained', () => {
    const dates = ['2026-04-01', '2026-05-15', '2026-07-01', '2026-08-15', '2026-10-01', '2026-11-10'];
    const ids = BUILTIN_FRAMEWORK.competencies.map((c) => c.id);
    const entries = dates.map((d) => strongEntry(d, ids));
    const result = assessCase(input({ entries }));
    expect(result.competencies.every((c) => c.status === 'strong')).toBe(true);
    expect(result.overall.status).toBe('ready');
    expect(result.overall.sustainedMonths).toBeGreaterThanOrEqual(6);
  });
});

describe('projects', () => {
  it('judges a framed, cross-team project with decisions, metrics and people led as next-level', () => {
    const entries = [
      entry({
        project: 'ledger',
        date: '2026-05-01',
        title: 'Investigated why nobody owned the ledger drift',
      }),
      entry({
        project: 'ledger',
        date: '2026-06-01',
        kind: 'design',
        title: 'Wrote the ledger design doc',
        scope: 'cross-team',
      }),
      entry({
        project: 'ledger',
        date: '2026-07-01',
        title: 'Paired with Jo on the backfill',
        peopleHelped: ['Jo'],
      }),
      entry({ project: 'small', date: '2026-07-01', title: 'Fixed a bug', scope: 'individual' }),
      entry({ project: 'small', date: '2026-07-02', title: 'Fixed another bug', scope: 'individual' }),
    ];
    const result = assessCase(input({ entries }));
    const ledger = result.projects.find((p) => p.name === 'ledger')!;
    expect(ledger.nextLevel).toBe(true);
    expect(Object.values(ledger.attributes).every((a) => a.present)).toBe(true);
    const small = result.projects.find((p) => p.name === 'small')!;
    expect(small.nextLevel).toBe(false);
    expect(small.reasons[0]).toContain('mid-level scope');
  });
  it('answers "could a mid-level engineer have done it?" with what the project shows, not what it lacks', () => {
    const entries = [
      entry({ project: 'ledger', date: '2026-06-01', kind: 'design', title: 'Wrote the ledger design doc' }),
      entry({
        project: 'ledger',
        date: '2026-07-01',
        title: 'Moved the payments team onto it',
        scope: 'cross-team',
      }),
      entry({
        project: 'ledger',
        date: '2026-08-01',
        title: 'Cut reconciliation time',
        peopleHelped: ['Jo'],
      }),
    ];
    const result = assessCase(input({ entries }));
    expect(result.projects[0]!.attributes.ambiguity.present).toBe(false);
    const answer = result.questions.find((q) => q.question.startsWith('Could a strong mid-level'))!;
    expect(answer.answered).toBe(true);
    expect(answer.answer).not.toContain('Nothing says it started ambiguous');
    expect(answer.answer).toBe(
      'ledger: Next-level scope: 4 of 5 signs a strong mid-level engineer would not usually show together. It reached beyond the team (1 cross-team or wider entry; 0 collaborators). 1 entry records design decisions or trade-offs.',
    );
  });
});

describe('the calibration room', () => {
  it('leaves every objection open on an empty case, with what would answer it, and the questions unanswered', () => {
    const result = assessCase(input({ entries: [] }));
    const open = result.objections.filter((o) => o.status === 'open').map((o) => o.id);
    expect(open).toEqual(
      expect.arrayContaining([
        'mid-level-scope',
        'no-team-impact',
        'generic-peer-reviews',
        'one-good-quarter',
        'no-promotion-conversation',
        'too-few-peer-providers',
      ]),
    );
    for (const o of result.objections.filter((x) => x.status === 'open')) expect(o.toAnswer).toBeTruthy();
    expect(result.questions).toHaveLength(5);
    expect(result.questions.every((q) => !q.answered && q.toDo)).toBe(true);
    expect(result.nextActions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["Log this week's work", 'Have the career conversation with your manager']),
    );
    expect(result.nextActions.length).toBeLessThanOrEqual(5);
  });

  it('answers objections with the entries and feedback that answer them', () => {
    const entries = [
      strongEntry('2026-11-16', ['multiplier'], { kind: 'mentoring', peopleHelped: ['Jo'] }),
      strongEntry('2026-11-02', ['multiplier'], { kind: 'process' }),
      ...['2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'].map((d) =>
        strongEntry(d, ['system-design'], { kind: 'design', project: 'ledger', scope: 'cross-team' }),
      ),
    ];
    const specific = ['Dana', 'Lee', 'Kim'].map((from) =>
      Object.assign(peerFeedback({ from, text: 'specific' }), {
        analysis: { specific: true, score: 80, reasons: [], suggestions: [] },
      }),
    );
    const result = assessCase(
      input({
        entries,
        peerFeedback: specific,
        conversations: conversationStatus({
          conversations: [conversation({ date: '2026-10-01', goalStated: true, criteria: ['RFC by Q1'] })],
          managerChanges: [],
          targetLevelName: 'Senior',
          today: TODAY,
        }),
      }),
    );
    const status = Object.fromEntries(result.objections.map((o) => [o.id, o.status]));
    expect(status).toMatchObject({
      'mid-level-scope': 'answered',
      'no-team-impact': 'answered',
      'generic-peer-reviews': 'answered',
      'one-good-quarter': 'answered',
      'no-promotion-conversation': 'answered',
      'too-few-peer-providers': 'answered',
    });
    expect(result.objections.find((o) => o.id === 'no-team-impact')!.answeredBy[0]).toBe(entries[0]!.id);
    expect(result.questions.find((q) => q.question.startsWith('What do peer'))!.answered).toBe(true);
  });

  it('answers where the technical leadership is with design and mentoring before what the first answer cites', () => {
    // The three strongest are multiplier work; the design doc and the mentoring are older, so weaker.
    const multiplier = ['2026-11-16', '2026-11-09', '2026-11-02'].map((d, i) =>
      strongEntry(d, ['multiplier'], { kind: 'process', title: `Ran the team's retro ${i}`, scope: 'org' }),
    );
    const design = strongEntry('2026-06-01', ['system-design'], {
      kind: 'design',
      title: 'Wrote the ledger RFC',
    });
    const mentoring = strongEntry('2026-05-01', ['craft'], {
      kind: 'mentoring',
      title: 'Coached Jo through on-call',
    });
    const result = assessCase(input({ entries: [...multiplier, design, mentoring] }));
    const [first, , leadership] = result.questions;
    expect(first!.evidence).toEqual(multiplier.map((e) => e.id));
    expect(leadership!.answered).toBe(true);
    expect(leadership!.evidence).toEqual([design.id, mentoring.id, multiplier[0]!.id]);
    expect(leadership!.answer).toBe(
      "Wrote the ledger RFC (2026-06-01); Coached Jo through on-call (2026-05-01); Ran the team's retro 0 (2026-11-16)",
    );
    expect(leadership!.listsEntries).toBe(true);
  });

  it('quotes peer feedback cut at a word, not inside one', () => {
    const text = `In the ledger design review, ${'Dana compared the rollback cost of each option '.repeat(4)}and we picked the safest.`;
    const feedback = Object.assign(peerFeedback({ from: 'Dana', text }), {
      analysis: { specific: true, score: 80, reasons: [], suggestions: [] },
    });
    const answer = assessCase(input({ entries: [], peerFeedback: [feedback] })).questions[4]!.answer;
    expect(answer.startsWith('Dana: "') && answer.endsWith('\u2026"')).toBe(true);
    const kept = answer.slice('Dana: "'.length, -2);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe(' ');
    expect(answer.length).toBeLessThan(170);
  });

  it('holds an Amazon case to four feedback providers and Leadership Principle coverage', () => {
    const feedback = ['A', 'B', 'C'].map((from) =>
      Object.assign(peerFeedback({ from }), {
        analysis: { specific: true, score: 80, reasons: [], suggestions: [] },
      }),
    );
    const result = assessCase(
      input({
        entries: [strongEntry('2026-11-10', ['craft'])],
        company: COMPANY_PROFILES.amazon,
        peerFeedback: feedback,
      }),
    );
    const providers = result.objections.find((o) => o.id === 'too-few-peer-providers')!;
    expect(providers.status).toBe('open');
    expect(providers.reason).toContain('at least 4');
    const lp = result.objections.find((o) => o.id === 'company-specific')!;
    expect(lp.title).toContain('Leadership Principles');
    expect(lp.status).toBe('open');
    // The analysis counts competencies, not stories: only the Amazon document, which picks stories, may say "story".
    expect(lp.reason).toMatch(/^No next-level entry shows the competencies behind: /);
    expect(lp.reason).not.toMatch(/stor(y|ies)/i);
  });

  it('says in words why a goal needs a check-in', () => {
    const result = assessCase(input({ entries: [], goals: [goal({ status: 'planned' })] }));
    const checkIn = result.nextActions.find((a) => a.action.startsWith('Check in on'))!;
    expect(checkIn.why).toBe('It is overdue and not started.');
  });

  it('points the next actions at vague entries worth fixing', () => {
    const vague = entry({ date: '2026-11-16', title: 'Worked on billing things', scope: 'team' });
    const result = assessCase(input({ entries: [vague], vague: [vague.id] }));
    expect(result.nextActions.some((a) => a.action === 'Add the numbers to "Worked on billing things"')).toBe(
      true,
    );
  });
});
