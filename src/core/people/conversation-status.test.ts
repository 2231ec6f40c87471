import { describe, expect, it } from 'vitest';
import { conversation, managerChange } from '../../../tests/support/people-builders.js';
import { conversationStatus } from './conversation-status.js';

const status = (input: Partial<Parameters<typeof conversationStatus>[0]>) =>
  conversationStatus({
    conversations: [],
    managerChanges: [],
    targetLevelName: 'Senior',
    today: '2026-11-20',
    ...input,
  });
const codes = (s: ReturnType<typeof status>) => s.findings.map((f) => `${f.severity}:${f.code}`);

describe('the state of the promotion conversation', () => {
  it('reports never having had the career conversation as a mistake to fix', () => {
    const s = status({});
    expect(codes(s)).toEqual(['mistake:no-conversation']);
    expect(s.findings[0]!.action).toContain('Senior');
  });

  it('finds the goal stated, the written criteria and a recent check-in', () => {
    const s = status({
      conversations: [
        conversation({ date: '2026-10-01', goalStated: true }),
        conversation({
          date: '2026-11-01',
          criteria: ['Lead the ledger design by March'],
          nextCheckIn: '2026-12-01',
        }),
      ],
    });
    expect(s.goalStated).toEqual({ on: '2026-10-01' });
    expect(s.criteria).toEqual({ on: '2026-11-01', items: ['Lead the ledger design by March'] });
    expect(s.lastConversation).toEqual({ on: '2026-11-01', with: 'Priya Nair', daysAgo: 19 });
    expect(codes(s)).toEqual(['ok:goal-stated', 'ok:criteria-written', 'ok:recent-check-in']);
  });

  it('raises two consecutive career conversations with only vague feedback as a red flag', () => {
    const s = status({
      conversations: [
        conversation({ date: '2026-05-01', goalStated: true, feedback: ["You're almost there."] }),
        conversation({ date: '2026-08-01', feedback: ['Show more leadership.', 'Be more strategic.'] }),
        conversation({
          date: '2026-11-01',
          feedback: ['Keep doing what you are doing, next cycle could be the one.'],
        }),
      ],
    });
    expect(s.vagueStreak).toBe(3);
    expect(codes(s)).toContain('red-flag:vague-feedback-streak');
    expect(s.vagueFeedback).toHaveLength(4);
    for (const v of s.vagueFeedback) {
      expect(v.reasons.length).toBeGreaterThan(0);
      expect(v.followUpQuestions.length).toBeGreaterThan(0);
    }
  });

  it('ends the streak at a career conversation with written criteria, and ignores check-ins in it', () => {
    const s = status({
      conversations: [
        conversation({ date: '2026-05-01', feedback: ["You're close."] }),
        conversation({
          date: '2026-08-01',
          feedback: ['Show more leadership.'],
          criteria: ['Own the on-call rota by Q4'],
        }),
        conversation({ date: '2026-10-01', type: 'check-in', feedback: ['Be more strategic.'] }),
        conversation({ date: '2026-11-01', feedback: ["You're close."] }),
      ],
    });
    expect(s.vagueStreak).toBe(1);
    expect(codes(s)).not.toContain('red-flag:vague-feedback-streak');
  });

  it('warns about an overdue check-in and about a long silence', () => {
    expect(
      codes(status({ conversations: [conversation({ date: '2026-10-01', nextCheckIn: '2026-11-01' })] })),
    ).toContain('warning:check-in-overdue');
    expect(codes(status({ conversations: [conversation({ date: '2026-06-01' })] }))).toContain(
      'warning:no-recent-check-in',
    );
  });

  it('warns that a new manager may reset the clock and asks for a handoff', () => {
    const s = status({
      conversations: [conversation({ date: '2026-06-01', goalStated: true })],
      managerChanges: [managerChange({ date: '2026-09-01', name: 'Alex Kim' })],
    });
    const warning = s.findings.find((f) => f.code === 'manager-changed')!;
    expect(warning.message).toContain('clock may reset');
    expect(warning.action).toContain('handoff');
    expect(s.latestManagerChange?.name).toBe('Alex Kim');
    // Long ago, it no longer matters.
    expect(codes(status({ managerChanges: [managerChange({ date: '2024-01-01' })] }))).not.toContain(
      'warning:manager-changed',
    );
  });
});
