import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import type { RequestKit } from '../../core/people/request-kit.js';
import type { PeerFeedbackView } from '../../services/feedback/read-peer-feedback.js';

const SAM = ['--name', 'Sam Rivera', '--level', 'mid', '--target', 'senior', '--manager', 'Priya Nair'];
const SPECIFIC =
  'During the March 3 payments outage, Sam ran the incident call, split the responders into two tracks and ' +
  'posted updates every 15 minutes; checkout was back in 40 minutes instead of the usual two hours.';
const GENERIC = 'Great to work with, very smart and helpful.';

describe('promocase feedback', () => {
  let cli: CliHarness;
  beforeEach(async () => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  const add = async (text: string, ...flags: string[]) =>
    parseJsonOutput<PeerFeedbackView>(await cli.run(['feedback', 'add', text, ...flags, '--json']));
  const list = async (...flags: string[]) =>
    parseJsonOutput<PeerFeedbackView[]>(await cli.run(['feedback', 'list', ...flags, '--json']));

  it('refuses the request kit before the profile exists (exit 1, not_initialized)', async () => {
    expectFailure(await cli.run(['feedback', 'request']), 1, 'no profile yet', 'promocase init');
  });

  describe('with a profile', () => {
    beforeEach(async () => {
      await cli.ok(['init', ...SAM]);
    });

    describe('feedback add', () => {
      it('records specific feedback and explains why it reads as specific', async () => {
        const r = await cli.run([
          ...['feedback', 'add', SPECIFIC, '--from', 'Dana Lee', '--relationship', 'cross-team'],
          ...['--work', 'March outage', '--date', '2026-03-10'],
        ]);
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('Recorded feedback from Dana Lee (2026-03-10).\n');
        expect(r.stdout).toMatch(/^2026-03-10 {2}from Dana Lee \(cross-team\) {2}on March outage$/m);
        expect(r.stdout).toContain(SPECIFIC);
        expect(r.stdout).toMatch(/^Specific \(\d+\/100\):$/m);
        expect(r.stdout).toMatch(/^ {2}- Gives a number/m);
      });

      it('judges praise without an example generic, with suggestions, and reads the text from stdin with -', async () => {
        const r = await cli.run(['feedback', 'add', '-', '--from', 'Jordan Kim', '--json'], {
          stdin: `${GENERIC}\n`,
        });
        const saved = parseJsonOutput<PeerFeedbackView>(r);
        expect(saved).toMatchObject({
          from: 'Jordan Kim',
          relationship: 'teammate',
          date: today(),
          text: GENERIC,
          work: '',
          entryIds: [],
          analysis: { specific: false },
        });
        expect(saved.analysis.suggestions.length).toBeGreaterThan(0);
        const human = await cli.ok(['feedback', 'show', saved.id]);
        expect(human.stdout).toMatch(/^Generic \(\d+\/100\):$/m);
        expect(human.stdout).toMatch(/^To get more from it:\n {2}-> /m);
      });

      it('links the log entries it speaks to, by full id or by the end of it', async () => {
        const review = await cli.log('Ran the March outage review', '--with', 'Dana Lee');
        const fix = await cli.log('Fixed the checkout retry storm');
        const saved = await add(
          SPECIFIC,
          '--from',
          'Dana Lee',
          '--entry',
          `${review.id},${fix.id.slice(-8)}`,
        );
        expect(saved.entryIds).toEqual([review.id, fix.id]);
      });

      describe('bad input (exit 2, nothing saved)', () => {
        it.each<[string[], ...string[]]>([
          [['Nice', '--from', 'Dana', '--relationship', 'boss'], 'relationship', 'teammate, cross-team'],
          [['Nice', '--from', 'Dana', '--date', '2026-02-30'], 'date', '"2026-02-30"'],
          [['Nice', '--from', 'Dana', '--date', 'someday'], 'date'],
          [['', '--from', 'Dana'], 'text', 'must not be empty'],
          [['   ', '--from', 'Dana'], 'text', 'must not be empty'],
          [['Nice', '--from', ''], 'from', 'must not be empty'],
          [['Nice', '--from', 'n'.repeat(121)], 'from', 'at most 120 characters'],
          [['Nice', '--from', 'Dana', '--work', 'w'.repeat(10_001)], 'work', 'at most'],
          [['Nice', '--from', 'Dana', '--entry', 'zzzz'], '--entry', 'no entry with id "zzzz"'],
          [['Nice'], "required option '--from <name>' not specified"],
          [['--from', 'Dana'], "missing required argument 'text'"],
        ])('rejects %j', async (args, ...messages) => {
          expectFailure(await cli.run(['feedback', 'add', ...args]), 2, ...messages);
          expect(await list('--deleted')).toEqual([]);
        });

        it('rejects a text over 10000 characters', async () => {
          const long = 'x'.repeat(10_001);
          expectFailure(await cli.run(['feedback', 'add', long, '--from', 'Dana']), 2, 'at most 10000');
          expect(await list('--deleted')).toEqual([]);
        });

        it('refuses an empty stdin', async () => {
          expectFailure(await cli.run(['feedback', 'add', '-', '--from', 'Dana'], { stdin: '' }), 2, 'text');
        });
      });
    });

    describe('feedback list, show, rm and restore', () => {
      let specific: PeerFeedbackView;
      let generic: PeerFeedbackView;
      beforeEach(async () => {
        specific = await add(
          SPECIFIC,
          '--from',
          'Dana Lee',
          '--date',
          '2026-03-10',
          '--relationship',
          'cross-team',
        );
        generic = await add(GENERIC, '--from', 'Jordan Kim', '--date', '2026-04-01');
      });

      it('lists feedback newest first with its verdict, and counts the generic ones', async () => {
        const r = await cli.ok(['feedback', 'list']);
        const lines = r.stdout.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^id\s+date\s+from\s+relationship\s+verdict\s+text$/);
        expect(lines[1]).toMatch(
          /^\S{8}\s+2026-04-01\s+Jordan Kim\s+teammate\s+generic \(\d+\)\s+Great to work with/,
        );
        expect(lines[2]).toMatch(
          /^\S{8}\s+2026-03-10\s+Dana Lee\s+cross-team\s+specific \(\d+\)\s+During the March/,
        );
        expect(r.stdout).toMatch(/^1 of 2 read as generic: /m);
        expect((await list()).map((f) => [f.id, f.analysis.specific])).toEqual([
          [specific.id, true],
          [generic.id, false],
        ]);
      });

      it('shows one piece of feedback by the end of its id, in JSON too', async () => {
        const r = await cli.ok(['feedback', 'show', specific.id.slice(-8)]);
        expect(r.stdout).toContain(SPECIFIC);
        const view = parseJsonOutput<PeerFeedbackView>(
          await cli.run(['feedback', 'show', specific.id, '--json']),
        );
        expect(view).toEqual(specific);
        expectFailure(
          await cli.run(['feedback', 'show', 'deadbeef']),
          1,
          'no peer feedback with id "deadbeef"',
        );
      });

      describe('feedback edit', () => {
        it('replaces only the fields given, and the verdict follows the new text', async () => {
          const r = await cli.run([
            ...['feedback', 'edit', generic.id.slice(-8), '--relationship', 'tech-lead'],
            ...['--work', 'Ledger design review', '--text', SPECIFIC],
          ]);
          expect(r.code).toBe(0);
          expect(r.stderr).toBe(
            `Updated the feedback from Jordan Kim (2026-04-01, ${generic.id.slice(-8)}).\n`,
          );
          const view = parseJsonOutput<PeerFeedbackView>(
            await cli.run(['feedback', 'show', generic.id, '--json']),
          );
          expect(view).toMatchObject({
            from: 'Jordan Kim',
            relationship: 'tech-lead',
            work: 'Ledger design review',
            text: SPECIFIC,
            analysis: { specific: true },
          });
        });

        it('links entries by the end of their id, clears them with an empty --entry, and prints JSON', async () => {
          const entry = await cli.log('Ran the March outage review');
          await cli.ok(['feedback', 'edit', specific.id, '--entry', entry.id.slice(-8)]);
          expect((await list())[0]!.entryIds).toEqual([entry.id]);
          const r = await cli.run(['feedback', 'edit', specific.id, '--entry', '', '--json']);
          expect(parseJsonOutput<PeerFeedbackView>(r)).toMatchObject({ id: specific.id, entryIds: [] });
        });

        it('reads the new text from stdin with --text -', async () => {
          await cli.ok(['feedback', 'edit', generic.id, '--text', '-'], { stdin: `${SPECIFIC}\n` });
          expect((await list())[1]!.text).toBe(SPECIFIC);
        });

        it.each<[string[], ...string[]]>([
          [[], 'give at least one field to change'],
          [['--relationship', 'boss'], 'relationship', 'teammate, cross-team'],
          [['--date', '2026-02-30'], 'date', '"2026-02-30"'],
          [['--text', ''], 'text', 'must not be empty'],
          [['--from', ''], 'from', 'must not be empty'],
          [['--entry', 'zzzz'], '--entry', 'no entry with id "zzzz"'],
        ])('rejects %j with exit 2, changing nothing', async (flags, ...messages) => {
          const before = await list('--deleted');
          expectFailure(await cli.run(['feedback', 'edit', generic.id, ...flags]), 2, ...messages);
          expect(await list('--deleted')).toEqual(before);
        });

        it('fails with exit 1 for an unknown id', async () => {
          expectFailure(
            await cli.run(['feedback', 'edit', 'deadbeef', '--work', 'x']),
            1,
            'no peer feedback',
          );
        });
      });

      it('deletes and restores feedback; list --deleted keeps showing it', async () => {
        const short = generic.id.slice(-8);
        const rm = await cli.run(['feedback', 'rm', short]);
        expect(rm.stderr).toBe(`Deleted the peer feedback of 2026-04-01 (${short}).\n`);
        expect((await list()).map((f) => f.id)).toEqual([specific.id]);
        expect((await cli.ok(['feedback', 'list', '--deleted'])).stdout).toContain('(deleted)');
        expect((await cli.ok(['feedback', 'show', short])).stdout).toContain(
          `Deleted: restore it with \`promocase feedback restore ${short}\`.`,
        );
        const back = await cli.run(['feedback', 'restore', generic.id]);
        expect(back.stderr).toBe(`Restored the peer feedback of 2026-04-01 (${short}).\n`);
        expect((await list()).map((f) => f.id)).toEqual([specific.id, generic.id]);
        expectFailure(await cli.run(['feedback', 'rm', 'deadbeef']), 1, 'no peer feedback');
      });

      it('says whom to ask when there is no feedback yet', async () => {
        await cli.ok(['feedback', 'rm', specific.id]);
        await cli.ok(['feedback', 'rm', generic.id]);
        expect((await cli.ok(['feedback', 'list'])).stdout).toContain('No peer feedback yet');
      });
    });

    describe('feedback request', () => {
      beforeEach(async () => {
        await cli.ok([
          ...['assess', '--rater', 'manager', '--rate', 'communication=mid:working-towards'],
          ...['--rate', 'system-design=mid'],
        ]);
        await cli.log(
          'Ran the ledger incident review',
          ...['--date', '2026-10-02', '--with', 'Dana Lee', '--competency', 'communication'],
          ...['--link', 'https://wiki.example.com/ir-12'],
        );
        await cli.log(
          'Paired on the ledger schema',
          ...['--date', '2026-10-09', '--with', 'Jordan Kim', '--competency', 'system-design'],
        );
      });

      it('picks collaborators from the log for the weakest competencies, with a request text for each', async () => {
        const kit = parseJsonOutput<RequestKit>(await cli.run(['feedback', 'request', '--json']));
        expect(kit.focus.map((c) => c.id).slice(0, 2)).toEqual(['communication', 'system-design']);
        const dana = kit.requests.find((r) => r.peer === 'Dana Lee')!;
        expect(dana.competencies.map((c) => c.id)).toEqual(['communication']);
        expect(dana.sharedWork).toMatchObject([
          {
            date: '2026-10-02',
            title: 'Ran the ledger incident review',
            links: ['https://wiki.example.com/ir-12'],
          },
        ]);
        expect(dana.message).toContain('https://wiki.example.com/ir-12');
        expect(dana.message).toMatch(/Situation/);
        expect(dana.message).toMatch(/Behaviour/);
        expect(dana.message).toMatch(/Impact/);
        expect(kit.requests.map((r) => r.peer)).toContain('Jordan Kim');

        const r = await cli.ok(['feedback', 'request']);
        expect(r.stdout).toMatch(/^Focus: Communication and influence, System design/m);
        expect(r.stdout).toMatch(/^== Dana Lee ==$/m);
        expect(r.stdout).toMatch(/promocase sends nothing/);
      });

      it('limits the number of people with --limit', async () => {
        const kit = parseJsonOutput<RequestKit>(
          await cli.run(['feedback', 'request', '--limit', '1', '--json']),
        );
        expect(kit.requests).toHaveLength(1);
      });

      it.each(['0', '21', 'two', '1.5'])('rejects --limit %s with exit 2', async (limit) => {
        expectFailure(await cli.run(['feedback', 'request', '--limit', limit]), 2, '--limit', 'from 1 to 20');
      });
    });
  });
});
