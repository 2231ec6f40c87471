import { describe, expect, it } from 'vitest';
import { analyzeManagerFeedback, analyzePeerFeedback } from './analyze-feedback.js';

describe('analyzePeerFeedback', () => {
  it('calls trait words and hyperbole without an example generic', () => {
    const result = analyzePeerFeedback('Great team player, always helpful and super smart. A real rockstar.');
    expect(result.specific).toBe(false);
    expect(result.score).toBeLessThan(50);
    expect(result.reasons.join(' ')).toMatch(/character labels/);
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('calls a situation, an observable behaviour and its impact specific', () => {
    const result = analyzePeerFeedback(
      'During the March checkout outage, Dana took over incident command, rolled back the bad deploy within ' +
        '20 minutes and wrote the postmortem that led to our canary checks.',
    );
    expect(result.specific).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(50);
  });

  it('does not credit the person with what "we" did', () => {
    const result = analyzePeerFeedback('We shipped the new search page last quarter and it went well.');
    expect(result.specific).toBe(false);
    expect(result.suggestions.join(' ')).toMatch(/not what the team did/);
  });

  it('quotes the superlatives the text uses, not others', () => {
    const result = analyzePeerFeedback('Sam never misses a deadline and everyone loves working with him.');
    const reason = result.reasons.find((r) => r.startsWith('Uses superlatives'));
    expect(reason).toBe('Uses superlatives ("never", "everyone") that read as enthusiasm, not evidence.');
    expect(analyzePeerFeedback('Always, ALWAYS there for us.').reasons).toContain(
      'Uses a superlative ("always") that reads as enthusiasm, not evidence.',
    );
  });

  it('does not call "we" feedback specific even with a number and a result', () => {
    const result = analyzePeerFeedback(
      'We shipped the payments migration in Q3 and it reduced errors by 30%.',
    );
    expect(result.specific).toBe(false);
    expect(result.reasons[0]).toMatch(/^Generic/);
    expect(result.reasons.join(' ')).toMatch(/without saying what this person did/);
  });

  it('flags guesses about intent', () => {
    const result = analyzePeerFeedback(
      'I think she really cares about quality and wants the team to succeed.',
    );
    expect(result.specific).toBe(false);
    expect(result.reasons.join(' ')).toMatch(/intent/);
  });
});

describe('analyzeManagerFeedback', () => {
  it.each([
    "You're almost there, keep doing what you're doing.",
    'Show more leadership.',
    'Be more strategic and work on visibility.',
    'Next cycle could be the one.',
  ])('calls "%s" vague and asks follow-up questions', (text) => {
    const result = analyzeManagerFeedback(text);
    expect(result.actionable).toBe(false);
    expect(result.followUpQuestions.length).toBeGreaterThan(1);
  });

  it('asks for a deliverable and a deadline when leadership is requested in the abstract', () => {
    const questions = analyzeManagerFeedback('Show more leadership.').followUpQuestions.join(' ');
    expect(questions).toMatch(/lead/);
    expect(questions).toMatch(/By when/);
  });

  it('calls feedback with a deliverable, a context and a time frame actionable', () => {
    const result = analyzeManagerFeedback(
      'Lead the design review for the ledger migration and publish the RFC by the end of Q2.',
    );
    expect(result.actionable).toBe(true);
    expect(result.followUpQuestions).toEqual([]);
  });

  it.each(['Next cycle could be the one.', 'Not this cycle, keep going.'])(
    'does not take the deferral in "%s" for a time frame',
    (text) => {
      const result = analyzeManagerFeedback(text);
      expect(result.reasons).toContain('Sets no time frame to check progress against.');
      expect(result.reasons).not.toContain('Sets a time frame.');
      expect(result.followUpQuestions.join(' ')).toMatch(/By when/);
    },
  );

  it('still sees a time frame beside a deferral', () => {
    const result = analyzeManagerFeedback(
      'Next cycle could be the one: present the ledger RFC by the end of Q1.',
    );
    expect(result.reasons).toContain('Sets a time frame.');
  });

  it('is still vague when a deliverable has no time frame', () => {
    const result = analyzeManagerFeedback('Write a design doc for the notifications service.');
    expect(result.actionable).toBe(false);
    expect(result.followUpQuestions.join(' ')).toMatch(/By when/);
  });
});
