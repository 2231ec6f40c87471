import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  FAKE_EDITOR,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import { addDays, parseDateInput } from '../../core/dates.js';
import type { Entry } from '../../core/entries/entry.js';

const KINDS = 'feature, incident, design, mentoring, tech-debt, process, other';

describe('promocase log', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  it('logs a one-line win dated today, confirming on stderr and leaving stdout empty', async () => {
    const r = await cli.run(['log', 'Led', 'the', 'billing', 'migration', 'cutover']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const [entry] = await cli.entries();
    expect(entry).toMatchObject({
      title: 'Led the billing migration cutover',
      date: today(),
      kind: 'other',
      scope: 'individual',
      visibility: 'private',
      source: 'manual',
      project: null,
    });
    expect(r.stderr).toBe(`Logged ${entry!.id.slice(-8)} on ${today()}: Led the billing migration cutover\n`);
  });

  it('sets every field from its flag', async () => {
    const r = await cli.run([
      'log',
      'Wrote the caching RFC',
      '--date',
      '2025-03-14',
      '--details',
      'Compared **write-through** and write-behind.\nChose write-through.',
      '--impact',
      'p95 800ms -> 300ms',
      '--helped',
      'Jordan Lee, Ana Silva',
      '--with',
      'Lena Fischer',
      '--with',
      'Omar Haddad',
      '--kind',
      'design',
      '--competency',
      'system-design',
      '-c',
      'communication',
      '--scope',
      'cross-team',
      '--link',
      'https://docs.example.com/rfc/42',
      '--project',
      'checkout',
      '--tag',
      'rfc,caching',
      '--visibility',
      'manager',
      '--json',
    ]);
    expect(parseJsonOutput<Entry>(r)).toMatchObject({
      title: 'Wrote the caching RFC',
      date: '2025-03-14',
      details: 'Compared **write-through** and write-behind.\nChose write-through.',
      impact: 'p95 800ms -> 300ms',
      peopleHelped: ['Jordan Lee', 'Ana Silva'],
      collaborators: ['Lena Fischer', 'Omar Haddad'],
      kind: 'design',
      competencies: ['system-design', 'communication'],
      scope: 'cross-team',
      links: ['https://docs.example.com/rfc/42'],
      project: 'checkout',
      tags: ['rfc', 'caching'],
      visibility: 'manager',
    });
    expect(r.stderr).toBe('');
    expect(await cli.entries()).toEqual([JSON.parse(r.stdout)]);
  });

  it.each([
    ['today', () => today()],
    ['yesterday', () => addDays(today(), -1)],
    ['3 days ago', () => addDays(today(), -3)],
    ['last friday', () => parseDateInput('last friday', today())],
    ['  Last   Friday ', () => parseDateInput('last friday', today())],
  ])('understands --date %j', async (input, expected) => {
    expect((await cli.log('Shipped it', '--date', input)).date).toBe(expected());
  });

  it('keeps the title exactly as typed, Markdown and Unicode included', async () => {
    const title = 'Fixed `NaN` in the “Café” report 🎉 — 100% of rows';
    expect((await cli.log(title)).title).toBe(title);
  });

  it('keeps a tag typed with capitals, blanks or accents as one label, and lists by it typed either way', async () => {
    const entry = await cli.log('Shipped it', '--tag', 'Big Win,Café');
    expect(entry.tags).toEqual(['big-win', 'café']);
    for (const typed of ['Big Win', 'big-win']) {
      const listed = await cli.run(['list', '--tag', typed, '--json']);
      expect((JSON.parse(listed.stdout) as { id: string }[]).map((e) => e.id)).toContain(entry.id);
    }
  });

  it('accepts a title of exactly 200 characters and details of exactly 20,000', async () => {
    const entry = await cli.log('t'.repeat(200), '--details', 'd'.repeat(20_000));
    expect(entry.title).toHaveLength(200);
    expect(entry.details).toHaveLength(20_000);
  });

  it('takes a title that starts with a dash after --', async () => {
    const r = await cli.run(['log', '--json', '--', '-5% p95 latency on checkout']);
    expect(parseJsonOutput<Entry>(r).title).toBe('-5% p95 latency on checkout');
  });

  it('keeps a link that contains commas whole (dashboards often have them)', async () => {
    const link = 'https://grafana.example.com/d/abc?var-host=web-1,web-2&from=now-7d';
    expect((await cli.log('Cut p95', '--link', link)).links).toEqual([link]);
  });

  describe('bad input (exit 2, nothing saved)', () => {
    afterEach(async () => {
      expect(await cli.entries()).toEqual([]);
    });

    it('asks for a title when there is none', async () => {
      expectFailure(await cli.run(['log']), 2, 'log needs a title');
      expectFailure(await cli.run(['log', '   ']), 2, 'log needs a title');
    });

    it.each([['2026-02-30'], ['2026-13-01'], ['blah'], ['20/11/2026'], ['next tuesday']])(
      'rejects --date %j, naming the field and the accepted forms',
      async (date) => {
        expectFailure(
          await cli.run(['log', 'Shipped it', '--date', date]),
          2,
          'date',
          `"${date}"`,
          '2026-11-20',
        );
      },
    );

    it.each([['0000-01-01'], ['1899-12-31'], ['3000-01-01']])(
      'rejects --date %j, outside the years it accepts, naming the range',
      async (date) => {
        expectFailure(
          await cli.run(['log', 'Shipped it', '--date', date]),
          2,
          `date: "${date}" is out of range`,
          '1900-01-01 to 2999-12-31',
        );
      },
    );

    // A typo in a competency id was kept, and the entry then counted for no competency in readiness.
    it('rejects a competency that none of your frameworks has, listing the ones it has', async () => {
      expectFailure(
        await cli.run(['log', 'Shipped it', '--competency', 'system-design,sytem-design']),
        2,
        '--competency',
        'competencies[1]: "sytem-design" is not a competency of your frameworks',
        'craft, system-design',
      );
    });

    it('rejects a title of more than one line', async () => {
      expectFailure(await cli.run(['log', 'Shipped it\nand more']), 2, 'title', 'one line');
    });

    it('rejects a title over 200 characters', async () => {
      expectFailure(await cli.run(['log', 't'.repeat(201)]), 2, 'title', 'at most 200 characters');
    });

    it('rejects details over 20,000 characters and impact over 5,000', async () => {
      expectFailure(
        await cli.run(['log', 'Shipped it', '--details', 'd'.repeat(20_001)]),
        2,
        'details',
        'at most 20000 characters',
      );
      expectFailure(
        await cli.run(['log', 'Shipped it', '--impact', 'i'.repeat(5_001)]),
        2,
        'impact',
        'at most 5000 characters',
      );
    });

    it.each([
      [['--kind', 'heroics'], `kind: expected one of: ${KINDS}`],
      [['--scope', 'galaxy'], 'scope: expected one of: individual, team, cross-team, org'],
      [['--visibility', 'public'], 'visibility: expected one of: private, manager'],
      [['--competency', 'System Design'], 'competencies'],
      [['--tag', '#big-win'], 'tags'],
      [['--link', 'not a url'], 'expected an http(s) URL'],
      [['--link', 'javascript:alert(1)'], 'expected an http(s) URL'],
      [['--helped', Array.from({ length: 51 }, (_, i) => `P${i}`).join(',')], 'at most 50 items'],
    ])('rejects %j, naming the field and what is accepted', async (flags, message) => {
      expectFailure(await cli.run(['log', 'Shipped it', ...flags]), 2, message);
    });

    it('rejects a flag without its value', async () => {
      expectFailure(await cli.run(['log', 'Shipped it', '--kind']), 2, '--kind');
    });

    it('rejects an unknown flag', async () => {
      expectFailure(await cli.run(['log', 'Shipped it', '--colour', 'red']), 2, '--colour');
    });
  });

  describe('--edit', () => {
    const editor = (env: Record<string, string>) => ({ env: { EDITOR: FAKE_EDITOR, ...env } });

    it('offers a template prefilled from the flags, today and the defaults', async () => {
      const seen = join(cli.dir, 'seen.txt');
      await cli.run(['log', 'Wrote the RFC', '--edit', '--kind', 'design', '--project', 'checkout'], {
        env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_SEEN: seen },
      });
      const template = readFileSync(seen, 'utf8');
      expect(template).toMatch(/^Title: Wrote the RFC$/m);
      expect(template).toMatch(new RegExp(`^Date: ${today()}$`, 'm'));
      expect(template).toMatch(/^Kind: design$/m);
      expect(template).toMatch(/^Project: checkout$/m);
      expect(template).toMatch(/^Visibility: private$/m);
      expect(template).toContain('--- Details');
      expect(template).toContain('--- Impact');
    });

    it('saves what was written in the editor', async () => {
      const typed = [
        '# a comment line',
        'Title: Led the billing migration cutover',
        'Date: 2025-06-06',
        'Kind: feature',
        'Scope: cross-team',
        'Project: billing',
        'Competencies: ownership, technical-leadership',
        'Tags: migration',
        'Helped: Jordan Lee',
        'Links: https://docs.example.com/billing',
        '',
        '--- Details: what I did, decisions made ---',
        '## Plan',
        'Dual writes for two weeks, then cutover.',
        '',
        '--- Impact: outcome, metrics ---',
        'Zero downtime; 40k accounts moved.',
        '',
      ].join('\n');
      const r = await cli.run(['log', '--edit', '--json'], editor({ FAKE_EDITOR_CONTENT: typed }));
      expect(parseJsonOutput<Entry>(r)).toMatchObject({
        title: 'Led the billing migration cutover',
        date: '2025-06-06',
        kind: 'feature',
        scope: 'cross-team',
        project: 'billing',
        competencies: ['ownership', 'technical-leadership'],
        tags: ['migration'],
        peopleHelped: ['Jordan Lee'],
        links: ['https://docs.example.com/billing'],
        details: '## Plan\nDual writes for two weeks, then cutover.',
        impact: 'Zero downtime; 40k accounts moved.',
      });
      expect(await cli.entries()).toHaveLength(1);
      expect(cli.drafts()).toEqual([]);
    });

    it('keeps the typed text as a draft and saves nothing when it is invalid (exit 2)', async () => {
      const typed =
        'Title: Wrote the RFC\nKind: heroics\n\n--- Details: what I did, decisions made ---\nLong text I do not want to lose.\n';
      const r = await cli.run(['log', '--edit'], editor({ FAKE_EDITOR_CONTENT: typed }));
      expectFailure(r, 2, 'kind: expected one of', 'Nothing was saved', join(cli.home, 'drafts'));
      expect(await cli.entries()).toEqual([]);
      const drafts = cli.drafts();
      expect(drafts).toHaveLength(1);
      expect(drafts[0]!.text).toBe(typed);
      expect(r.stderr).toContain(drafts[0]!.file);
    });

    it('keeps the draft when the title is left empty', async () => {
      const r = await cli.run(['log', '--edit'], editor({}));
      expectFailure(r, 2, 'title', 'must not be empty');
      expect(await cli.entries()).toEqual([]);
      expect(cli.drafts()[0]!.text).toMatch(/^Title: $/m);
    });

    it('keeps the draft when the details are over 20,000 characters', async () => {
      const typed = `Title: Big one\n--- Details: what I did, decisions made ---\n${'d'.repeat(20_001)}\n`;
      expectFailure(await cli.run(['log', '--edit'], editor({ FAKE_EDITOR_CONTENT: typed })), 2, 'details');
      expect(await cli.entries()).toEqual([]);
      expect(cli.drafts()[0]!.text).toBe(typed);
    });

    it('keeps the draft and saves nothing when the editor exits with an error', async () => {
      const typed = 'Title: Half-written thought\n';
      const r = await cli.run(
        ['log', '--edit'],
        editor({ FAKE_EDITOR_CONTENT: typed, FAKE_EDITOR_EXIT: '3' }),
      );
      expect(r.code).not.toBe(0);
      expectFailure(r, r.code, 'editor', join(cli.home, 'drafts'));
      expect(await cli.entries()).toEqual([]);
      const drafts = cli.drafts();
      expect(drafts).toHaveLength(1);
      expect(drafts[0]!.text).toBe(typed);
    });

    it('understands the same date words in the Date line as --date does', async () => {
      const typed = 'Title: Shipped it\nDate: yesterday\n';
      const r = await cli.run(['log', '--edit', '--json'], editor({ FAKE_EDITOR_CONTENT: typed }));
      expect(parseJsonOutput<Entry>(r).date).toBe(addDays(today(), -1));
    });

    it('keeps the template as a draft when the editor cannot be started', async () => {
      const r = await cli.run(['log', 'Wrote the RFC', '--edit'], { env: { EDITOR: '/no/such/editor' } });
      expect(r.code).not.toBe(0);
      expectFailure(r, r.code, '/no/such/editor', join(cli.home, 'drafts'));
      expect(await cli.entries()).toEqual([]);
      expect(cli.drafts()[0]!.text).toMatch(/^Title: Wrote the RFC$/m);
    });

    it('prefers $VISUAL over $EDITOR', async () => {
      const r = await cli.run(['log', '--edit', '--json'], {
        env: { VISUAL: FAKE_EDITOR, EDITOR: 'false', FAKE_EDITOR_CONTENT: 'Title: From VISUAL\n' },
      });
      expect(parseJsonOutput<Entry>(r).title).toBe('From VISUAL');
    });
  });
});
