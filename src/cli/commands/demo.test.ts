import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import type { Entry } from '../../core/entries/entry.js';
import type { WeekStreak } from '../../core/entries/week-streak.js';
import type { Profile } from '../../core/profile/profile.js';

describe('promocase demo', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  const demoEntries = async () => parseJsonOutput<Entry[]>(await cli.run(['--demo', 'list', '--json']));

  it('loads the sample into <home>/demo and leaves your own data alone', async () => {
    const mine = await cli.log('My own win');
    const r = await cli.run(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const demoHome = join(cli.home, 'demo');
    expect(r.stderr).toMatch(/^Loaded the demo: \d+ entries over six months/);
    expect(r.stderr).toContain(demoHome);
    expect(r.stderr).toContain('promocase --demo list');
    expect(existsSync(join(demoHome, 'promocase.db'))).toBe(true);
    expect(parseJsonOutput<Entry[]>(await cli.run(['list', '--json']))).toEqual([mine]);
  });

  it('shows the sample with --demo while your own list stays empty', async () => {
    const r = await cli.run(['demo']);
    const count = Number(/Loaded the demo: (\d+) entries/.exec(r.stderr)![1]);
    const entries = await demoEntries();
    expect(entries.length).toBe(count);
    expect(entries.length).toBeGreaterThanOrEqual(20);
    expect(entries.every((e) => e.source === 'demo')).toBe(true);
    expect(entries.every((e) => e.date <= today())).toBe(true);
    expect(existsSync(join(cli.home, 'promocase.db'))).toBe(false);
    expect(parseJsonOutput(await cli.run(['list', '--json']))).toEqual([]);
  });

  it('says to run promocase demo first when --demo is used before the demo is loaded', async () => {
    for (const args of [
      ['--demo', 'list'],
      ['--demo', 'readiness'],
      ['--demo', 'log', 'Too early'],
    ]) {
      expectFailure(await cli.run(args), 1, 'the demo is not loaded', 'promocase demo');
    }
    expect(existsSync(join(cli.home, 'demo', 'promocase.db'))).toBe(false);
    await cli.ok(['demo']);
    expect((await demoEntries()).length).toBeGreaterThan(20);
  });

  it('has a mid-level engineer aiming at senior, and a streak with missed weeks over six months', async () => {
    await cli.ok(['demo']);
    const profile = parseJsonOutput<Profile>(await cli.run(['--demo', 'profile', '--json']));
    expect(profile).toMatchObject({ currentLevel: 'mid', targetLevel: 'senior' });
    expect(profile.nextCalibration! > today()).toBe(true);
    const { streak } = parseJsonOutput<{ streak: WeekStreak }>(await cli.run(['--demo', 'week', '--json']));
    expect(streak.weeksTracked).toBeGreaterThanOrEqual(26);
    expect(streak.missedWeeks.length).toBeGreaterThan(0);
    expect((await cli.run(['--demo', 'week'])).stdout).toMatch(/^Streak: \d+ weeks? in a row/);
  });

  it('works with every command under --demo, writing only to the demo home', async () => {
    await cli.ok(['demo']);
    const [first] = await demoEntries();
    await cli.ok(['--demo', 'show', first!.id.slice(-8)]);
    await cli.ok(['--demo', 'log', 'Tried the demo']);
    await cli.ok(['--demo', 'rm', first!.id, '--yes']);
    expect(parseJsonOutput<Entry[]>(await cli.run(['--demo', 'list', '--json', 'Tried'])).length).toBe(1);
    expect(parseJsonOutput(await cli.run(['list', '--json']))).toEqual([]);
    expect((await cli.run(['--demo', 'export'])).stdout).toContain('"Tried the demo"');
  });

  it('does not load twice, and says how to start afresh', async () => {
    await cli.ok(['demo']);
    const before = await demoEntries();
    const r = await cli.run(['demo']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('already loaded');
    expect(r.stderr).toContain('--reset');
    expect(await demoEntries()).toEqual(before);
  });

  it('starts afresh with --reset, dropping changes made to the demo', async () => {
    await cli.ok(['demo']);
    const original = (await demoEntries()).length;
    await cli.ok(['--demo', 'log', 'Scribble in the demo']);
    const r = await cli.run(['demo', '--reset']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Loaded the demo/);
    const entries = await demoEntries();
    expect(entries).toHaveLength(original);
    expect(entries.some((e) => e.title === 'Scribble in the demo')).toBe(false);
  });

  it('resets even when the demo was never loaded', async () => {
    expect((await cli.run(['demo', '--reset'])).stderr).toMatch(/^Loaded the demo/);
  });

  it('always uses its own SQLite file, even when your data is on PostgreSQL', async () => {
    const unreachable = 'postgres://nobody@127.0.0.1:1/none';
    await cli.ok(['--database', unreachable, 'demo']);
    await cli.ok(['--demo', 'list'], { env: { DATABASE_URL: unreachable } });
  });

  it('reports a bad option with exit 2', async () => {
    expectFailure(await cli.run(['demo', '--rest']), 2, "unknown option '--rest'");
  });
});
