import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import type { RatingHistory } from '../../services/assessments/read-assessments.js';
import type { ConversationView } from '../../services/conversations/read-conversations.js';

/** Answers for the terminal prompts, in order; the test fails if a prompt is asked that was not expected. */
const answers = vi.hoisted(() => ({ queue: [] as unknown[], asked: [] as string[] }));
vi.mock('../prompts.js', () => {
  const next = (message: string) => {
    answers.asked.push(message);
    if (answers.queue.length === 0) throw new Error(`unexpected prompt: ${message}`);
    return answers.queue.shift();
  };
  return {
    askSelect: async (message: string) => next(message),
    askText: async (message: string) => next(message),
    askConfirm: async (message: string) => next(message),
    askLines: async (message: string) => next(message),
  };
});

const SAM = ['--name', 'Sam Rivera', '--level', 'mid', '--target', 'senior', '--manager', 'Priya Nair'];
/** The built-in framework's competencies, in the order `assess` asks about them. */
const COMPETENCIES = 8;

describe('the people loop on a terminal', () => {
  let cli: CliHarness;
  beforeEach(async () => {
    cli = createCliHarness();
    answers.queue = [];
    answers.asked = [];
    await cli.ok(['init', ...SAM]);
  });
  afterEach(() => cli.cleanup());

  const history = async () =>
    parseJsonOutput<RatingHistory>(await cli.run(['assess', 'history', '--json'])).competencies;

  describe('assess without --rate', () => {
    it('asks per competency, skipping the ones left unrated, and saves the rest', async () => {
      answers.queue = [
        ...['mid', 'exceeds', 'Clear reviews', 'Own a design doc end to end'],
        ...['senior', 'working-towards', '', ''],
        ...Array(COMPETENCIES - 2).fill('skip'),
      ];
      const r = await cli.run(['assess', '--rater', 'manager', '--date', '2026-11-01'], { isTTY: true });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("Recorded your manager's ratings of 2 competencies on 2026-11-01.\n");
      expect(answers.asked.slice(0, 4)).toEqual([
        'Craft: level',
        'Craft: at mid',
        'Craft: note (optional)',
        'Craft: what would it take to move up? (optional)',
      ]);
      expect(answers.asked).toHaveLength(8 + COMPETENCIES - 2);
      const rated = (await history()).filter((c) => c.ratings.length > 0);
      expect(rated.map((c) => c.ratings[0])).toMatchObject([
        {
          competency: 'craft',
          level: 'mid',
          qualifier: 'exceeds',
          note: 'Clear reviews',
          whatItTakes: 'Own a design doc end to end',
          rater: 'manager',
        },
        {
          competency: 'system-design',
          level: 'senior',
          qualifier: 'working-towards',
          note: '',
          whatItTakes: '',
        },
      ]);
    });

    it('saves nothing when every competency is skipped (exit 2)', async () => {
      answers.queue = Array(COMPETENCIES).fill('skip');
      expectFailure(
        await cli.run(['assess'], { isTTY: true }),
        2,
        'no competency rated',
        'nothing was saved',
      );
      expect((await history()).every((c) => c.ratings.length === 0)).toBe(true);
    });

    it('asks nothing when --rate is given on a terminal', async () => {
      await cli.ok(['assess', '--rate', 'craft=mid'], { isTTY: true });
      expect(answers.asked).toEqual([]);
    });
  });

  describe('1on1 add without flags', () => {
    const list = async () => parseJsonOutput<ConversationView[]>(await cli.run(['1on1', 'list', '--json']));

    it('asks for the kind, notes, feedback, criteria, the goal and the next check-in; the manager is the default', async () => {
      answers.queue = [
        'career',
        'Talked about the senior promotion',
        ['Be more strategic'],
        ['Lead the ledger design, approved by payments, by March'],
        true,
        '2026-12-15',
      ];
      const r = await cli.run(['1on1', 'add'], { isTTY: true });
      expect(r.code).toBe(0);
      expect(answers.asked).toEqual([
        'What kind of conversation?',
        'Notes (optional)',
        'Feedback you were given, in their words',
        'Criteria agreed in writing (what needs to be true)',
        'Did you say which level you are aiming for?',
        'Next check-in date (optional)',
      ]);
      expect(r.stdout).toContain('Vague: "Be more strategic"');
      expect(await list()).toMatchObject([
        {
          with: 'Priya Nair',
          date: today(),
          type: 'career',
          notes: 'Talked about the senior promotion',
          feedback: ['Be more strategic'],
          criteria: ['Lead the ledger design, approved by payments, by March'],
          goalStated: true,
          nextCheckIn: '2026-12-15',
        },
      ]);
    });

    it('asks whom it was with when the profile names no manager', async () => {
      await cli.ok(['profile', '--manager', '']);
      answers.queue = ['Alex Kim', 'check-in', '', [], [], false, ''];
      await cli.ok(['1on1', 'add'], { isTTY: true });
      expect(answers.asked[0]).toBe('Who did you talk with?');
      expect(await list()).toMatchObject([{ with: 'Alex Kim', type: 'check-in', nextCheckIn: null }]);
    });

    it('refuses a next check-in that is not a date, saving nothing (exit 2)', async () => {
      answers.queue = ['check-in', '', [], [], false, 'after the offsite'];
      expectFailure(await cli.run(['1on1', 'add'], { isTTY: true }), 2, 'nextCheckIn', '"after the offsite"');
      expect(await list()).toEqual([]);
    });

    it('does not ask again for what --with, --goal-stated and --next already say', async () => {
      answers.queue = ['career', '', [], []];
      await cli.ok(['1on1', 'add', '--with', 'Alex Kim', '--goal-stated', '--next', '2026-12-15'], {
        isTTY: true,
      });
      expect(answers.asked).toEqual([
        'What kind of conversation?',
        'Notes (optional)',
        'Feedback you were given, in their words',
        'Criteria agreed in writing (what needs to be true)',
      ]);
      expect(await list()).toMatchObject([
        { with: 'Alex Kim', type: 'career', goalStated: true, nextCheckIn: '2026-12-15' },
      ]);
    });

    it('asks nothing when the conversation is given as flags', async () => {
      await cli.ok(['1on1', 'add', '--type', 'career', '--notes', 'Quick sync'], { isTTY: true });
      expect(answers.asked).toEqual([]);
    });
  });
});
