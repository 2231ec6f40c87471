import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  FAKE_EDITOR,
  parseJsonOutput,
} from '../../../tests/support/cli-harness.js';
import type { Entry } from '../../core/entries/entry.js';

describe('promocase edit, rm and restore', () => {
  let cli: CliHarness;
  let entry: Entry;
  beforeEach(async () => {
    cli = createCliHarness();
    entry = await cli.log(
      'Led the billing migration cutover',
      ...['--date', '2025-03-03', '--kind', 'feature', '--project', 'billing', '--tag', 'migration'],
      ...['--details', 'Dual writes, then cutover.', '--helped', 'Priya Nair'],
    );
  });
  afterEach(() => cli.cleanup());

  const short = () => entry.id.slice(-8);
  const current = async () => parseJsonOutput<Entry>(await cli.run(['show', entry.id, '--json']));
  const unchanged = async () => expect(await current()).toEqual(entry);

  describe('edit', () => {
    it('changes only the fields given as flags', async () => {
      const r = await cli.run(['edit', short(), '--impact', 'p95 800ms -> 300ms', '--scope', 'team']);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`Updated ${short()}: Led the billing migration cutover\n`);
      const after = await current();
      expect(after).toEqual({
        ...entry,
        impact: 'p95 800ms -> 300ms',
        scope: 'team',
        updatedAt: expect.any(String),
      });
      expect(after.updatedAt >= entry.updatedAt).toBe(true);
    });

    it('changes the title, date and lists, and prints pure JSON with --json', async () => {
      const r = await cli.run([
        'edit',
        entry.id,
        '--title',
        'Led the billing cutover',
        '--date',
        '2025-03-04',
        '--tag',
        'migration,billing',
        '--json',
      ]);
      expect(parseJsonOutput<Entry>(r)).toMatchObject({
        title: 'Led the billing cutover',
        date: '2025-03-04',
        tags: ['migration', 'billing'],
        peopleHelped: ['Priya Nair'],
      });
      expect(r.stderr).toBe('');
    });

    it('clears a list with an empty value', async () => {
      await cli.ok(['edit', entry.id, '--tag', '', '--helped', '']);
      expect(await current()).toMatchObject({ tags: [], peopleHelped: [] });
    });

    it('clears the project with an empty --project, as profile clears the manager', async () => {
      await cli.ok(['edit', entry.id, '--project', '']);
      expect((await current()).project).toBeNull();
    });

    describe('bad input (exit 2, entry unchanged)', () => {
      it('says there is nothing to change when no flag is given and there is no terminal', async () => {
        expectFailure(await cli.run(['edit', entry.id]), 2, 'nothing to change');
        await unchanged();
      });

      it.each<[string[], ...string[]]>([
        [['--date', '2025-02-30'], 'date', '"2025-02-30"'],
        [['--date', 'someday'], 'date', '"someday"'],
        [['--title', ''], 'title', 'must not be empty'],
        [['--title', 'two\nlines'], 'title', 'one line'],
        [['--title', 't'.repeat(201)], 'title', 'at most 200 characters'],
        [['--details', 'd'.repeat(20_001)], 'details', 'at most 20000 characters'],
        [['--kind', 'heroics'], 'kind: expected one of: feature, incident, design'],
        [['--scope', 'galaxy'], 'scope: expected one of: individual, team, cross-team, org'],
        [['--visibility', 'everyone'], 'visibility: expected one of: private, manager'],
        [['--link', 'ftp://files.example.com/x'], 'expected an http(s) URL'],
        [['--title', 'Fine', '--kind', 'nope'], 'kind'],
        [['--kind'], '--kind'],
        [
          ['--competency', 'sytem-design'],
          '--competency',
          '"sytem-design" is not a competency',
          'system-design',
        ],
      ])('rejects %j', async (flags, ...messages) => {
        expectFailure(await cli.run(['edit', entry.id, ...flags]), 2, ...messages);
        await unchanged();
      });
    });

    it('fails with exit 1 for an unknown id', async () => {
      expectFailure(await cli.run(['edit', 'deadbeef', '--title', 'x']), 1, 'no entry with id "deadbeef"');
    });

    it('refuses to edit a deleted entry until it is restored (exit 1)', async () => {
      await cli.ok(['rm', entry.id, '--yes']);
      expectFailure(await cli.run(['edit', entry.id, '--title', 'x']), 1, 'restore it before editing');
    });

    describe('with $EDITOR', () => {
      const withEditor = (env: Record<string, string>) => ({ env: { EDITOR: FAKE_EDITOR, ...env } });

      it('offers the whole entry, with the flags already applied', async () => {
        const seen = join(cli.dir, 'seen.txt');
        await cli.ok(['edit', entry.id, '--edit', '--scope', 'org'], withEditor({ FAKE_EDITOR_SEEN: seen }));
        const template = readFileSync(seen, 'utf8');
        expect(template).toMatch(/^Title: Led the billing migration cutover$/m);
        expect(template).toMatch(/^Date: 2025-03-03$/m);
        expect(template).toMatch(/^Project: billing$/m);
        expect(template).toMatch(/^Helped: Priya Nair$/m);
        expect(template).toMatch(/^Scope: org$/m);
        expect(template).toContain('Dual writes, then cutover.');
        expect((await current()).scope).toBe('org');
      });

      it('saves what was written', async () => {
        const typed = [
          'Title: Led the billing migration',
          'Date: 2025-03-05',
          'Kind: feature',
          'Scope: cross-team',
          'Project: ',
          'Tags: migration, billing',
          'Helped: Priya Nair, Jordan Lee',
          '--- Details: what I did, decisions made ---',
          'Dual writes for two weeks.',
          '--- Impact: outcome, metrics ---',
          'Zero downtime.',
        ].join('\n');
        const r = await cli.run(
          ['edit', short(), '--edit', '--json'],
          withEditor({ FAKE_EDITOR_CONTENT: typed }),
        );
        expect(parseJsonOutput<Entry>(r)).toMatchObject({
          id: entry.id,
          title: 'Led the billing migration',
          date: '2025-03-05',
          scope: 'cross-team',
          project: null,
          tags: ['migration', 'billing'],
          peopleHelped: ['Priya Nair', 'Jordan Lee'],
          details: 'Dual writes for two weeks.',
          impact: 'Zero downtime.',
          createdAt: entry.createdAt,
        });
      });

      it('opens the editor when no flag is given on a terminal', async () => {
        const typed = 'Title: Edited on a terminal\nDate: 2025-03-03\n';
        await cli.ok(['edit', entry.id], { isTTY: true, ...withEditor({ FAKE_EDITOR_CONTENT: typed }) });
        expect((await current()).title).toBe('Edited on a terminal');
      });

      it('keeps the draft and changes nothing when the text is invalid (exit 2)', async () => {
        const typed = 'Title: Led the billing migration\nDate: 2025-02-30\n';
        const r = await cli.run(['edit', entry.id, '--edit'], withEditor({ FAKE_EDITOR_CONTENT: typed }));
        expectFailure(r, 2, 'date', 'Nothing was saved', join(cli.home, 'drafts'));
        await unchanged();
        expect(cli.drafts().map((d) => d.text)).toEqual([typed]);
      });

      it('keeps the draft and changes nothing when the editor fails', async () => {
        const typed = 'Title: Half done\n';
        const r = await cli.run(
          ['edit', entry.id, '--edit'],
          withEditor({ FAKE_EDITOR_CONTENT: typed, FAKE_EDITOR_EXIT: '1' }),
        );
        expect(r.code).not.toBe(0);
        expectFailure(r, r.code, 'editor', join(cli.home, 'drafts'));
        await unchanged();
        expect(cli.drafts().map((d) => d.text)).toEqual([typed]);
      });
    });
  });

  describe('rm', () => {
    it('deletes with --yes, saying how to undo it', async () => {
      const r = await cli.run(['rm', short(), '--yes']);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Deleted ${short()}: Led the billing migration cutover`);
      expect(r.stderr).toContain(`promocase restore ${short()}`);
      expect(parseJsonOutput(await cli.run(['list', '--json']))).toEqual([]);
      const [gone] = parseJsonOutput<Entry[]>(await cli.run(['list', '--deleted', '--json']));
      expect(gone).toMatchObject({ id: entry.id, deletedAt: expect.any(String) });
    });

    it('takes -y too', async () => {
      await cli.ok(['rm', entry.id, '-y']);
      expect((await current()).deletedAt).not.toBeNull();
    });

    it('refuses without --yes when there is no terminal to confirm on (exit 2), deleting nothing', async () => {
      expectFailure(await cli.run(['rm', entry.id]), 2, '--yes');
      await unchanged();
    });

    it('fails with exit 1 for an unknown id', async () => {
      expectFailure(await cli.run(['rm', 'deadbeef', '--yes']), 1, 'no entry with id');
      await unchanged();
    });

    it('fails with exit 1 for an entry already deleted', async () => {
      await cli.ok(['rm', entry.id, '--yes']);
      expectFailure(await cli.run(['rm', entry.id, '--yes']), 1, 'already deleted');
    });
  });

  describe('restore', () => {
    it('brings back a deleted entry as it was', async () => {
      await cli.ok(['rm', entry.id, '--yes']);
      const r = await cli.run(['restore', short()]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`Restored ${short()}: Led the billing migration cutover\n`);
      expect(await current()).toEqual({ ...entry, updatedAt: expect.any(String) });
      expect(parseJsonOutput<Entry[]>(await cli.run(['list', '--json'])).map((e) => e.id)).toEqual([
        entry.id,
      ]);
    });

    it('fails with exit 1 for an entry that is not deleted, changing nothing', async () => {
      expectFailure(await cli.run(['restore', entry.id]), 1, 'not deleted');
      await unchanged();
    });

    it('fails with exit 1 for an unknown id', async () => {
      expectFailure(await cli.run(['restore', 'deadbeef']), 1, 'no entry with id');
    });

    it('needs an id (exit 2)', async () => {
      expectFailure(await cli.run(['restore']), 2, "missing required argument 'id'");
    });
  });
});
