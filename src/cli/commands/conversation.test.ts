import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import { parseDateInput } from '../../core/dates.js';
import type { Conversation } from '../../core/people/conversation.js';
import type { ConversationStatus } from '../../core/people/conversation-status.js';
import type { ManagerChange } from '../../core/people/manager-change.js';
import type { Profile } from '../../core/profile/profile.js';
import type { ConversationView } from '../../services/conversations/read-conversations.js';

const SAM = ['--name', 'Sam Rivera', '--level', 'mid', '--target', 'senior', '--manager', 'Priya Nair'];
const SPECIFIC =
  'In the October incident review you found the root cause; own the two open action items and close them by December 15';
const daysAgo = (n: number) => parseDateInput(`${n} days ago`, today(), 'date');

describe('promocase 1on1 and manager', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  const add = async (...flags: string[]) =>
    parseJsonOutput<Conversation>(await cli.run(['1on1', 'add', ...flags, '--json']));
  const list = async (...flags: string[]) =>
    parseJsonOutput<ConversationView[]>(await cli.run(['1on1', 'list', ...flags, '--json']));
  const status = async () => parseJsonOutput<ConversationStatus>(await cli.run(['1on1', 'status', '--json']));

  it('refuses the status and a manager change before the profile exists (exit 1, not_initialized)', async () => {
    expectFailure(await cli.run(['1on1', 'status']), 1, 'no profile yet', 'promocase init');
    expectFailure(await cli.run(['manager', 'change', 'Alex Kim']), 1, 'no profile yet');
  });

  describe('with a profile', () => {
    beforeEach(async () => {
      await cli.ok(['init', ...SAM]);
    });

    describe('1on1 add', () => {
      it('records a conversation with the profile manager by default, and says so on stderr', async () => {
        const r = await cli.run(['1on1', 'add', '--type', 'check-in', '--notes', 'Talked about on-call']);
        expect(r.code).toBe(0);
        expect(r.stderr).toBe(`Recorded the check-in conversation with Priya Nair on ${today()}.\n`);
        expect(r.stdout).toBe('');
        expect(await list()).toMatchObject([
          { with: 'Priya Nair', type: 'check-in', notes: 'Talked about on-call', date: today() },
        ]);
      });

      it('points out vague feedback and prints the follow-up questions to ask', async () => {
        const r = await cli.run([
          ...['1on1', 'add', '--type', 'career', '--date', '2026-10-01', '--goal-stated'],
          ...['--feedback', "You're almost there", '--next', '2026-12-15'],
        ]);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^2026-10-01 {2}career conversation with Priya Nair {2}\(goal stated\)$/m);
        expect(r.stdout).toContain(`Vague: "You're almost there"`);
        expect(r.stdout).toContain('  Ask:\n  ? ');
        expect(r.stdout).toMatch(/^Next check-in: 2026-12-15$/m);
      });

      it('prints nothing more when all feedback is actionable, and saves every field with --json', async () => {
        const quiet = await cli.run(['1on1', 'add', '--with', 'Dana Lee', '--feedback', SPECIFIC]);
        expect(quiet.stdout).toBe('');
        const saved = await add(
          ...['--with', 'Alex Kim', '--type', 'feedback', '--date', '2026-11-02', '--notes', 'Skip-level'],
          ...['--feedback', 'Be more strategic', '--feedback', SPECIFIC],
          ...['--criterion', 'Lead the ledger design, approved by payments and risk, by March'],
          ...['--goal-stated', '--next', '2026-12-01'],
        );
        expect(saved).toMatchObject({
          with: 'Alex Kim',
          type: 'feedback',
          date: '2026-11-02',
          notes: 'Skip-level',
          feedback: ['Be more strategic', SPECIFIC],
          criteria: ['Lead the ledger design, approved by payments and risk, by March'],
          goalStated: true,
          nextCheckIn: '2026-12-01',
          deletedAt: null,
        });
      });

      describe('bad input (exit 2, nothing saved)', () => {
        it.each<[string[], ...string[]]>([
          [['--type', 'chat'], 'type', 'career, check-in, feedback'],
          [['--date', '2026-13-01'], 'date', '"2026-13-01"'],
          [['--next', 'someday'], '--next', '"someday"'],
          [['--notes', 'x', '--with', ''], 'with', 'must not be empty'],
          [['--notes', 'x', '--with', 'two\nlines'], 'with', 'one line'],
          [['--feedback', ''], 'feedback[0]', 'must not be empty'],
          [['--criterion', 'c'.repeat(1001)], '--criterion', 'at most 1000 characters'],
          [['--type'], '--type'],
        ])('rejects %j', async (flags, ...messages) => {
          expectFailure(await cli.run(['1on1', 'add', ...flags]), 2, ...messages);
          expect(await list('--deleted')).toEqual([]);
        });

        it('asks whom the conversation was with when there is no manager and no --with', async () => {
          await cli.ok(['profile', '--manager', '']);
          expectFailure(await cli.run(['1on1', 'add', '--notes', 'x']), 2, '--with', 'no manager');
          expect(await list()).toEqual([]);
        });
      });

      describe('without a terminal', () => {
        it.each<[string[]]>([
          [[]],
          [['--with', 'Alex Kim']],
          [['--type', 'check-in', '--with', 'Alex Kim']],
          [['--date', '2026-11-01', '--next', '2026-12-15']],
          [['--notes', '  ']],
        ])(
          'refuses %j as an empty conversation, names the flags that fill one, and saves nothing',
          async (flags) => {
            expectFailure(
              await cli.run(['1on1', 'add', ...flags]),
              2,
              'no terminal',
              ...['--notes', '--feedback', '--criterion', '--goal-stated', '--type career'],
            );
            expect(await list('--deleted')).toEqual([]);
          },
        );

        it.each<[string[], Partial<Conversation>]>([
          [['--goal-stated'], { type: 'check-in', goalStated: true }],
          [['--type', 'career'], { type: 'career' }],
          [['--type', 'feedback', '--with', 'Alex Kim'], { type: 'feedback', with: 'Alex Kim' }],
          [['--notes', 'Sync on on-call'], { notes: 'Sync on on-call' }],
        ])('records %j: it says something about the conversation', async (flags, expected) => {
          expect(await add(...flags)).toMatchObject(expected);
        });
      });
    });

    describe('1on1 list and show', () => {
      let vague: Conversation;
      beforeEach(async () => {
        vague = await add('--type', 'career', '--date', '2026-10-01', '--feedback', 'Show more leadership');
        await add('--date', '2026-11-01', '--feedback', SPECIFIC, '--criterion', 'Own the action items');
      });

      it('lists conversations newest first with the count of vague feedback', async () => {
        const r = await cli.ok(['1on1', 'list']);
        const lines = r.stdout.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^id\s+date\s+type\s+with\s+feedback\s+criteria$/);
        expect(lines[1]).toMatch(/^\S{8}\s+2026-11-01\s+check-in\s+Priya Nair\s+0\/1 vague\s+1 criterion$/);
        expect(lines[2]).toMatch(/^\S{8}\s+2026-10-01\s+career\s+Priya Nair\s+1\/1 vague\s+0 criteria$/);
      });

      it('gives each statement its analysis in JSON', async () => {
        const [first, second] = await list();
        expect(first!.feedbackAnalysis).toMatchObject([{ actionable: false }]);
        expect(first!.feedbackAnalysis[0]!.followUpQuestions.length).toBeGreaterThan(0);
        expect(second!.feedbackAnalysis).toMatchObject([{ actionable: true }]);
      });

      it('shows one conversation by the end of its id, in words and in JSON', async () => {
        const r = await cli.ok(['1on1', 'show', vague.id.slice(-8)]);
        expect(r.stdout).toMatch(/^2026-10-01 {2}career conversation with Priya Nair$/m);
        expect(r.stdout).toContain('Vague: "Show more leadership"');
        const view = parseJsonOutput<ConversationView>(await cli.run(['1on1', 'show', vague.id, '--json']));
        expect(view).toMatchObject({ id: vague.id, feedback: ['Show more leadership'] });
      });

      it('fails with exit 1 for an unknown id', async () => {
        expectFailure(await cli.run(['1on1', 'show', 'deadbeef']), 1, 'no conversation with id "deadbeef"');
      });

      describe('1on1 edit', () => {
        it('replaces only the fields given, and says so', async () => {
          const r = await cli.run([
            ...[
              '1on1',
              'edit',
              vague.id.slice(-8),
              '--feedback',
              'Show more leadership in the ledger design',
            ],
            ...['--feedback', SPECIFIC, '--criterion', 'Own the ledger design by March', '--goal-stated'],
            ...['--next', '2026-12-01'],
          ]);
          expect(r.code).toBe(0);
          expect(r.stderr).toBe(
            `Updated the career conversation with Priya Nair on 2026-10-01 (${vague.id.slice(-8)}).\n`,
          );
          const view = parseJsonOutput<ConversationView>(await cli.run(['1on1', 'show', vague.id, '--json']));
          expect(view).toMatchObject({
            type: 'career',
            date: '2026-10-01',
            feedback: ['Show more leadership in the ledger design', SPECIFIC],
            criteria: ['Own the ledger design by March'],
            goalStated: true,
            nextCheckIn: '2026-12-01',
          });
        });

        it('clears lists and the next check-in with empty values, unsets the goal, and prints JSON', async () => {
          await cli.ok(['1on1', 'edit', vague.id, '--goal-stated', '--next', '2026-12-01']);
          const r = await cli.run([
            ...['1on1', 'edit', vague.id, '--feedback', '', '--criterion', ''],
            ...['--no-goal-stated', '--next', '', '--type', 'check-in', '--json'],
          ]);
          expect(parseJsonOutput<ConversationView>(r)).toMatchObject({
            id: vague.id,
            type: 'check-in',
            feedback: [],
            feedbackAnalysis: [],
            criteria: [],
            goalStated: false,
            nextCheckIn: null,
          });
        });

        it.each<[string[], ...string[]]>([
          [[], 'give at least one field to change'],
          [['--type', 'chat'], 'type', 'career, check-in, feedback'],
          [['--date', '2026-02-30'], 'date', '"2026-02-30"'],
          [['--next', 'soon'], '--next', '"soon"'],
          [['--with', ''], 'with', 'must not be empty'],
        ])('rejects %j with exit 2, changing nothing', async (flags, ...messages) => {
          const before = await list('--deleted');
          expectFailure(await cli.run(['1on1', 'edit', vague.id, ...flags]), 2, ...messages);
          expect(await list('--deleted')).toEqual(before);
        });

        it('fails with exit 1 for an unknown id', async () => {
          expectFailure(await cli.run(['1on1', 'edit', 'deadbeef', '--notes', 'x']), 1, 'no conversation');
        });
      });

      it('deletes and restores a conversation; list --deleted still shows it', async () => {
        const rm = await cli.run(['1on1', 'rm', vague.id.slice(-8)]);
        expect(rm.stderr).toBe(`Deleted the conversation of 2026-10-01 (${vague.id.slice(-8)}).\n`);
        expect((await list()).map((c) => c.id)).not.toContain(vague.id);
        expect((await list('--deleted')).find((c) => c.id === vague.id)?.deletedAt).toEqual(
          expect.any(String),
        );
        expect((await cli.ok(['1on1', 'list', '--deleted'])).stdout).toContain('(deleted)');
        expect((await cli.ok(['1on1', 'show', vague.id])).stdout).toContain(
          `Deleted: restore it with \`promocase 1on1 restore ${vague.id.slice(-8)}\`.`,
        );
        await cli.ok(['conversation', 'restore', vague.id]);
        expect((await list()).map((c) => c.id)).toContain(vague.id);
        expectFailure(await cli.run(['1on1', 'rm', 'deadbeef']), 1, 'no conversation');
      });
    });

    describe('1on1 status', () => {
      it('reports never having had the career conversation as a mistake to fix', async () => {
        const r = await cli.ok(['1on1', 'status']);
        expect(r.stdout).toMatch(/^The promotion conversation$/m);
        expect(r.stdout).toMatch(/^ {2}MISTAKE {2}You have not recorded a career conversation/m);
        expect(r.stdout).toMatch(/^ {11}-> Book one: say that you are aiming for /m);
        expect((await status()).findings.map((f) => f.code)).toEqual(['no-conversation']);
      });

      it('raises a red flag after two career conversations in a row with only vague feedback', async () => {
        await add('--type', 'career', '--date', daysAgo(40), '--feedback', "You're almost there");
        await add('--type', 'career', '--date', daysAgo(10), '--feedback', 'Be more strategic');
        const s = await status();
        expect(s.vagueStreak).toBe(2);
        expect(s.careerConversations).toBe(2);
        expect(s.findings.map((f) => [f.severity, f.code])).toEqual(
          expect.arrayContaining([
            ['mistake', 'goal-not-stated'],
            ['warning', 'no-written-criteria'],
            ['red-flag', 'vague-feedback-streak'],
          ]),
        );
        const r = await cli.ok(['1on1', 'status']);
        expect(r.stdout).toMatch(/^ {2}RED FLAG Your last 2 career conversations gave no specific feedback/m);
        expect(r.stdout).toContain('Vague feedback, and what to ask next time:');
        expect(r.stdout).toContain(`  ${daysAgo(10)}: "Be more strategic"`);
      });

      it('says all is well once the goal is stated and criteria are written, with the next check-in', async () => {
        await add(
          ...['--type', 'career', '--date', daysAgo(3), '--goal-stated', '--next', '2099-01-15'],
          ...['--criterion', 'Lead the ledger design by March'],
        );
        const s = await status();
        expect(s.findings.every((f) => f.severity === 'ok')).toBe(true);
        expect(s.goalStated).toEqual({ on: daysAgo(3) });
        expect(s.criteria).toEqual({ on: daysAgo(3), items: ['Lead the ledger design by March'] });
        const r = await cli.ok(['1on1', 'status']);
        expect(r.stdout).toMatch(/^ {2}ok {7}Last conversation 3 days ago with Priya Nair\.$/m);
        expect(r.stdout).toMatch(/^Written criteria \(.+\):\n {2}- Lead the ledger design by March$/m);
        expect(r.stdout).toMatch(/^Next check-in: 2099-01-15$/m);
      });
    });

    describe('manager change and history', () => {
      it('records a new manager, moves the profile along, and warns that the clock may reset', async () => {
        const r = await cli.run(['manager', 'change', 'Alex Kim', '--date', daysAgo(5), '--note', 'Reorg']);
        expect(r.code).toBe(0);
        expect(r.stderr).toContain(`Recorded: Alex Kim is your manager since ${daysAgo(5)}.`);
        expect(r.stderr).toContain('give Alex Kim a handoff');
        const profile = parseJsonOutput<Profile>(await cli.run(['profile', '--json']));
        expect(profile.managerName).toBe('Alex Kim');

        const changes = parseJsonOutput<ManagerChange[]>(await cli.run(['manager', 'history', '--json']));
        expect(changes).toMatchObject([
          { name: 'Alex Kim', previous: 'Priya Nair', date: daysAgo(5), note: 'Reorg' },
        ]);
        expect((await cli.ok(['manager', 'history'])).stdout).toMatch(
          /^\S+\s+\S+\s+Priya Nair\s+Alex Kim\s+Reorg$/m,
        );
        const s = await status();
        expect(s.findings.find((f) => f.code === 'manager-changed')?.severity).toBe('warning');
        expect((await cli.ok(['1on1', 'status'])).stdout).toMatch(
          /^ {2}WARNING {2}Your manager changed on /m,
        );
      });

      it('deletes a mistaken change by the id the history shows, and restores it', async () => {
        const change = parseJsonOutput<ManagerChange>(
          await cli.run(['manager', 'change', 'Alex Kim', '--json']),
        );
        const short = change.id.slice(-8);
        expect((await cli.ok(['manager', 'history'])).stdout).toContain(short);
        expect((await cli.ok(['manager', 'rm', short])).stderr).toContain('Deleted the manager change');
        expect((await cli.ok(['manager', 'history'])).stdout).toBe('No manager changes recorded.\n');
        expect((await cli.ok(['manager', 'history', '--deleted'])).stdout).toMatch(
          new RegExp(`^${short}\\s+\\S+\\s+Priya Nair\\s+Alex Kim \\(deleted\\)`, 'm'),
        );
        expect(
          parseJsonOutput<ManagerChange[]>(await cli.run(['manager', 'history', '--deleted', '--json'])),
        ).toEqual([expect.objectContaining({ id: change.id, deletedAt: expect.any(String) })]);
        await cli.ok(['manager', 'restore', short]);
        expect(
          parseJsonOutput<ManagerChange[]>(await cli.run(['manager', 'history', '--json'])),
        ).toHaveLength(1);
        expectFailure(await cli.run(['manager', 'rm', 'nope-nope']), 1, 'no manager change with id');
      });

      it('prints JSON with --json and says when there is no history yet', async () => {
        expect((await cli.ok(['manager', 'history'])).stdout).toBe('No manager changes recorded.\n');
        const change = parseJsonOutput<ManagerChange>(
          await cli.run(['manager', 'change', 'Alex Kim', '--date', '2026-10-01', '--json']),
        );
        expect(change).toMatchObject({ name: 'Alex Kim', previous: 'Priya Nair', date: '2026-10-01' });
      });

      it('refuses a change to the manager you already have (exit 1)', async () => {
        expectFailure(
          await cli.run(['manager', 'change', 'Priya Nair']),
          1,
          'Priya Nair is already your manager',
        );
        expect(parseJsonOutput<ManagerChange[]>(await cli.run(['manager', 'history', '--json']))).toEqual([]);
      });

      it.each<[string[], ...string[]]>([
        [['Alex Kim', '--date', '2026-02-30'], 'date', '"2026-02-30"'],
        [[''], 'name', 'must not be empty'],
        [['n'.repeat(121)], 'name', 'at most 120 characters'],
        [[], "missing required argument 'name'"],
      ])('rejects %j with exit 2, changing nothing', async (args, ...messages) => {
        expectFailure(await cli.run(['manager', 'change', ...args]), 2, ...messages);
        expect(parseJsonOutput<ManagerChange[]>(await cli.run(['manager', 'history', '--json']))).toEqual([]);
        expect(parseJsonOutput<Profile>(await cli.run(['profile', '--json'])).managerName).toBe('Priya Nair');
      });
    });
  });
});
