import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CliHarness, createCliHarness, expectFailure } from '../../../tests/support/cli-harness.js';

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

const TITLE = 'Paired with Lena on the flaky checkout tests and showed her how to debug them';

describe('promocase log suggestions', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
    answers.queue = [];
    answers.asked = [];
  });
  afterEach(() => cli.cleanup());

  it('off a terminal, --suggest fills kind, competencies and scope from the text and says what it chose', async () => {
    const r = await cli.ok(['log', TITLE, '--suggest']);
    const [entry] = await cli.entries();
    expect(entry).toMatchObject({ kind: 'mentoring', scope: 'team' });
    expect(entry!.competencies).toContain('multiplier');
    expect(r.stderr).toMatch(/^Suggested: kind mentoring; competencies multiplier(, [a-z-]+)*; scope team$/m);
    expect(answers.asked).toEqual([]);
  });

  it('off a terminal, --suggest keeps the fields given as flags', async () => {
    await cli.ok(['log', TITLE, '--suggest', '--kind', 'tech-debt', '--scope', 'individual']);
    const [entry] = await cli.entries();
    expect(entry).toMatchObject({ kind: 'tech-debt', scope: 'individual' });
    expect(entry!.competencies.length).toBeGreaterThan(0);
  });

  it('off a terminal, without --suggest, suggests nothing', async () => {
    const r = await cli.ok(['log', TITLE]);
    const [entry] = await cli.entries();
    expect(entry).toMatchObject({ kind: 'other', competencies: [], scope: 'individual' });
    expect(r.stderr).not.toContain('Suggested');
  });

  it('on a terminal, shows the suggestions and saves them when accepted', async () => {
    answers.queue = ['accept'];
    const r = await cli.ok(['log', TITLE], { isTTY: true });
    expect(r.stderr).toContain('Suggested from your text: kind mentoring');
    expect(answers.asked).toEqual(['Use these?']);
    const [entry] = await cli.entries();
    expect(entry).toMatchObject({ kind: 'mentoring' });
  });

  it('on a terminal, lets the person change each suggested field', async () => {
    answers.queue = ['change', 'process', 'multiplier, communication', 'cross-team'];
    await cli.ok(['log', TITLE], { isTTY: true });
    expect(answers.asked).toEqual([
      'Use these?',
      'Kind',
      'Competencies (comma-separated ids, empty for none)',
      'Scope',
    ]);
    const [entry] = await cli.entries();
    expect(entry).toMatchObject({
      kind: 'process',
      competencies: ['multiplier', 'communication'],
      scope: 'cross-team',
    });
  });

  it('on a terminal, asks again for competencies with a typo instead of throwing the entry away', async () => {
    answers.queue = ['change', 'process', 'multiplier, nonsense', 'multiplier', 'cross-team'];
    const r = await cli.ok(['log', TITLE], { isTTY: true });
    expect(answers.asked).toEqual([
      'Use these?',
      'Kind',
      'Competencies (comma-separated ids, empty for none)',
      'Competencies (comma-separated ids, empty for none)',
      'Scope',
    ]);
    expect(r.stderr).toContain('"nonsense" is not a competency of your frameworks');
    const [entry] = await cli.entries();
    expect(entry).toMatchObject({ title: TITLE, competencies: ['multiplier'], scope: 'cross-team' });
  });

  it('on a terminal, asks only about the fields not given, and not at all with --no-suggest', async () => {
    answers.queue = ['change', 'craft'];
    await cli.ok(['log', TITLE, '--kind', 'mentoring', '--scope', 'team'], { isTTY: true });
    expect(answers.asked).toEqual(['Use these?', 'Competencies (comma-separated ids, empty for none)']);
    answers.asked = [];
    await cli.ok(['log', 'Another one', '--no-suggest'], { isTTY: true });
    expect(answers.asked).toEqual([]);
    const entries = await cli.entries();
    expect(entries.map((e) => e.competencies)).toEqual(expect.arrayContaining([['craft'], []]));
  });

  it('on a terminal, skipping keeps the defaults', async () => {
    answers.queue = ['skip'];
    await cli.ok(['log', TITLE], { isTTY: true });
    const [entry] = await cli.entries();
    expect(entry).toMatchObject({ kind: 'other', competencies: [] });
  });

  it('refuses --suggest with --edit, saving nothing', async () => {
    expectFailure(await cli.run(['log', '--edit', '--suggest']), 2, '--suggest goes with a title');
    expect(await cli.entries()).toEqual([]);
  });
});

describe('promocase week suggestions', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
    answers.queue = [];
    answers.asked = [];
  });
  afterEach(() => cli.cleanup());

  const WEEK = [
    ...[
      '--shipped',
      'Launched saved carts on the web checkout',
      '--impact',
      '12% of abandoned carts restored',
    ],
    ...['--helped', 'Jordan Lee: paired on the retry logic of the payments worker'],
  ];

  it('off a terminal, --suggest fills competencies and scope of each entry and keeps the ritual kinds', async () => {
    const r = await cli.ok(['week', ...WEEK, '--suggest']);
    expect(r.stderr).toContain('Suggested:\n  Launched saved carts on the web checkout:');
    const entries = await cli.entries();
    expect(entries.map((e) => e.kind).sort()).toEqual(['feature', 'mentoring']);
    for (const entry of entries) expect(entry.competencies.length).toBeGreaterThan(0);
    expect(entries.find((e) => e.kind === 'mentoring')!.competencies[0]).toBe('multiplier');
  });

  it('off a terminal, without --suggest, leaves competencies empty', async () => {
    await cli.ok(['week', ...WEEK]);
    for (const entry of await cli.entries()) expect(entry.competencies).toEqual([]);
  });

  it('on a terminal, shows the suggestions once and applies them when confirmed', async () => {
    answers.queue = [true];
    await cli.ok(['week', ...WEEK], { isTTY: true });
    expect(answers.asked).toEqual(['Tag the entries this way?']);
    for (const entry of await cli.entries()) expect(entry.competencies.length).toBeGreaterThan(0);
  });

  it('on a terminal, keeps the entries untagged when declined, and does not ask with --no-suggest', async () => {
    answers.queue = [false];
    await cli.ok(['week', ...WEEK], { isTTY: true });
    await cli.ok(['week', ...WEEK, '--no-suggest'], { isTTY: true });
    expect(answers.asked).toEqual(['Tag the entries this way?']);
    for (const entry of await cli.entries()) expect(entry.competencies).toEqual([]);
  });
});
