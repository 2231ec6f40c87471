// /goals over HTTP: goals reviewed for quality and flagged, check-ins, linked entries, suggestions, bad input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { created, fetched, PEOPLE_API, withProfile } from '../../../tests/support/people-api.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

type GoalJson = Record<string, unknown> & {
  id: string;
  status: string;
  entryIds: string[];
  checkIns: Array<{ date: string; note: string; progress: number }>;
  quality?: { score: number; checks: Array<{ criterion: string; ok: boolean; suggestion?: string }> };
  flags?: Array<{ flag: string; reason: string }>;
  progress?: number;
};
type SuggestionJson = {
  goal: { title: string; competencies: string[]; due: string; gap: string };
  why: string;
};

const LEDGER = {
  title: 'Design the ledger service',
  competencies: ['system-design'],
  deliverable: 'Design doc approved by payments and risk',
  vouchers: ['Dana Lee'],
  impact: 'Unblocks the Q2 launch for 3 teams',
  due: '2027-Q1',
};

for (const dialect of DIALECTS) {
  describe(`/api/v1/goals on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
      await withProfile(api);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    const create = (body: Record<string, unknown>) => created<GoalJson>(api, '/goals', body);
    const goal = (id: string) => fetched<GoalJson>(api, `/goals/${id}`);

    describe('POST /goals', () => {
      it('sets a goal and returns it reviewed: four quality checks passed, no flags', async () => {
        const saved = await create(LEDGER);
        expect(saved).toMatchObject({
          ...LEDGER,
          gap: '',
          status: 'planned',
          date: '2026-11-20',
          checkIns: [],
          entryIds: [],
          progress: 0,
          flags: [],
          quality: { score: 4 },
          deletedAt: null,
        });
        expect(saved.quality!.checks.map((c) => c.criterion)).toEqual([
          'concrete',
          'visible',
          'impactful',
          'time-bound',
        ]);
        expect(saved).not.toHaveProperty('ownerId');
      });

      it('says what to fix in a vague goal, and flags it overdue once its quarter has passed', async () => {
        const saved = await create({ title: 'Be more strategic', due: '2026-Q3', status: 'active' });
        expect(saved.quality!.score).toBe(1);
        expect(saved.quality!.checks.filter((c) => !c.ok).every((c) => c.suggestion)).toBe(true);
        expect(saved.flags).toMatchObject([{ flag: 'overdue', reason: 'due 2026-Q3, 51 days ago' }]);
      });

      it('flags a planned goal not started after a month, and an active one stalled', async () => {
        const planned = await create({ title: 'Write the on-call guide', date: '2026-09-01' });
        expect(planned.flags!.map((f) => f.flag)).toEqual(['not-started']);
        const active = await create({ title: 'Cut p95 latency', date: '2026-09-01', status: 'active' });
        expect(active.flags!.map((f) => f.flag)).toEqual(['stalled']);
      });

      it('links entries of the log given at creation', async () => {
        const entry = await api.services.entries.create(api.actor, { title: 'Wrote the ledger design doc' });
        expect((await create({ ...LEDGER, entryIds: [entry.id] })).entryIds).toEqual([entry.id]);
      });

      it.each<[string, Record<string, unknown>, string[]]>([
        ['no title', { due: '2027-Q1' }, ['title']],
        ['an empty title', { title: ' ' }, ['title']],
        ['a title over 200 characters', { title: 't'.repeat(201) }, ['title']],
        ['a quarter that does not exist', { title: 'x', due: '2027-Q5' }, ['due']],
        ['an impossible due date', { title: 'x', due: '2027-02-30' }, ['due']],
        ['an unknown status', { title: 'x', status: 'finished' }, ['status']],
        ['competencies that are not a list', { title: 'x', competencies: 'craft' }, ['competencies']],
        [
          'a competency the framework lacks',
          { title: 'x', competencies: ['craft', 'wizardry'] },
          ['competencies[1]'],
        ],
        ['an entry that does not exist', { title: 'x', entryIds: ['no-such-entry'] }, ['entryIds[0]']],
        [
          'a progress above 100 in a check-in',
          { title: 'x', checkIns: [{ date: '2026-11-01', note: '', progress: 120 }] },
          ['checkIns[0].progress'],
        ],
        [
          'a deliverable over 5000 characters',
          { title: 'x', deliverable: 'd'.repeat(5001) },
          ['deliverable'],
        ],
      ])('refuses %s with 400, naming the field', async (_what, body, paths) => {
        const before = await api.snapshot();
        const res = await api.post(`${PEOPLE_API}/goals`, body);
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        expect(error.details.map((d) => d.path)).toEqual(paths);
        expect(await api.snapshot()).toBe(before);
      });

      it("refuses to link another owner's entry, as if it did not exist", async () => {
        const theirs = await api.otherOwnersEntry();
        const res = await api.post(`${PEOPLE_API}/goals`, { title: 'x', entryIds: [theirs.id] });
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details).toEqual([
          { path: 'entryIds[0]', message: `no entry with id "${theirs.id}"` },
        ]);
      });
    });

    describe('reading and changing a goal', () => {
      let ledger: GoalJson;
      beforeEach(async () => {
        ledger = await create(LEDGER);
      });

      it('GET /goals lists the reviewed goals; deleted ones only with deleted=include', async () => {
        const other = await create({ title: 'Be more strategic' });
        const { goals } = await fetched<{ goals: GoalJson[] }>(api, '/goals');
        expect(goals.map((g) => [g.id, g.quality!.score])).toEqual(
          expect.arrayContaining([
            [ledger.id, 4],
            [other.id, 0],
          ]),
        );
        await api.delete(`${PEOPLE_API}/goals/${other.id}`);
        expect((await fetched<{ goals: GoalJson[] }>(api, '/goals')).goals.map((g) => g.id)).toEqual([
          ledger.id,
        ]);
        const all = await fetched<{ goals: GoalJson[] }>(api, '/goals?deleted=include');
        expect(all.goals).toHaveLength(2);
      });

      it('GET /goals/{id} gives one by full id or its end', async () => {
        expect(await goal(ledger.id.slice(-8))).toEqual(ledger);
      });

      it('PATCH /goals/{id} changes only the fields given, and a null due clears it', async () => {
        api.clock.advance(60_000);
        const res = await api.patch(`${PEOPLE_API}/goals/${ledger.id}`, { status: 'active', due: null });
        expect(res.status).toBe(200);
        const { quality: _q, flags: _f, progress: _p, ...stored } = ledger;
        expect(await res.json()).toEqual({
          ...stored,
          status: 'active',
          due: null,
          updatedAt: '2026-11-20T17:01:00.000Z',
        });
        const after = await goal(ledger.id);
        expect(after.quality!.checks.find((c) => c.criterion === 'time-bound')!.ok).toBe(false);
      });

      it.each<[string, Record<string, unknown>, string]>([
        ['an empty change', {}, ''],
        ['check-ins, which have their own route', { checkIns: [] }, ''],
        ['entry ids, which have their own route', { entryIds: [] }, ''],
        ['an unknown status', { status: 'finished' }, 'status'],
        ['an unknown competency', { competencies: ['wizardry'] }, 'competencies[0]'],
      ])('PATCH refuses %s with 400, changing nothing', async (_what, body, path) => {
        const before = await api.snapshot();
        const res = await api.patch(`${PEOPLE_API}/goals/${ledger.id}`, body);
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        if (path) expect(error.details.map((d) => d.path)).toEqual([path]);
        expect(await api.snapshot()).toBe(before);
      });

      it('POST /goals/{id}/check-ins records progress in date order, starting a planned goal', async () => {
        const first = await api.post(`${PEOPLE_API}/goals/${ledger.id}/check-ins`, {
          progress: 60,
          note: 'Draft reviewed',
          date: '2026-11-15',
        });
        expect(first.status).toBe(201);
        expect(await first.json()).toMatchObject({
          status: 'active',
          checkIns: [{ date: '2026-11-15', note: 'Draft reviewed', progress: 60 }],
        });
        await api.post(`${PEOPLE_API}/goals/${ledger.id}/check-ins`, { progress: 20, date: '2026-11-01' });
        const done = await api.post(`${PEOPLE_API}/goals/${ledger.id}/check-ins`, {
          progress: 100,
          status: 'done',
        });
        expect(await done.json()).toMatchObject({
          status: 'done',
          checkIns: [
            { date: '2026-11-01', note: '', progress: 20 },
            { date: '2026-11-15', progress: 60 },
            { date: '2026-11-20', progress: 100 },
          ],
        });
        expect((await goal(ledger.id)).progress).toBe(100);
      });

      it.each<[string, Record<string, unknown>, string]>([
        ['no progress', { note: 'x' }, 'progress'],
        ['a progress above 100', { progress: 101 }, 'progress'],
        ['a negative progress', { progress: -1 }, 'progress'],
        ['a progress that is not whole', { progress: 42.5 }, 'progress'],
        ['a progress given as text', { progress: '50' }, 'progress'],
        ['an impossible date', { progress: 50, date: '2026-04-31' }, 'date'],
        ['an unknown status', { progress: 50, status: 'paused' }, 'status'],
      ])('POST check-ins refuses %s with 400, changing nothing', async (_what, body, path) => {
        const before = await api.snapshot();
        const res = await api.post(`${PEOPLE_API}/goals/${ledger.id}/check-ins`, body);
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details.map((d) => d.path)).toEqual([path]);
        expect(await api.snapshot()).toBe(before);
      });

      it('POST /goals/{id}/entries links entries by id or the end of it, and unlinks them', async () => {
        const doc = await api.services.entries.create(api.actor, { title: 'Wrote the ledger design doc' });
        const review = await api.services.entries.create(api.actor, { title: 'Ran the design review' });
        const linked = await api.post(`${PEOPLE_API}/goals/${ledger.id}/entries`, {
          add: [doc.id, review.id.slice(-8)],
        });
        expect(linked.status).toBe(200);
        expect(((await linked.json()) as GoalJson).entryIds).toEqual([doc.id, review.id]);
        const unlinked = await api.post(`${PEOPLE_API}/goals/${ledger.id}/entries`, { remove: [doc.id] });
        expect(((await unlinked.json()) as GoalJson).entryIds).toEqual([review.id]);
      });

      it('POST /goals/{id}/entries refuses unknown entries, an empty change and unknown fields with 400', async () => {
        const before = await api.snapshot();
        const unknown = await api.post(`${PEOPLE_API}/goals/${ledger.id}/entries`, {
          add: ['no-such-entry'],
        });
        expect(unknown.status).toBe(400);
        expect((await errorOf(unknown)).details[0]!.message).toContain('no entry with id');
        expect((await api.post(`${PEOPLE_API}/goals/${ledger.id}/entries`, {})).status).toBe(400);
        expect((await api.post(`${PEOPLE_API}/goals/${ledger.id}/entries`, { add: [] })).status).toBe(400);
        expect((await api.post(`${PEOPLE_API}/goals/${ledger.id}/entries`, { link: ['x'] })).status).toBe(
          400,
        );
        expect((await api.post(`${PEOPLE_API}/goals/${ledger.id}/entries`, { add: 'x' })).status).toBe(400);
        expect(await api.snapshot()).toBe(before);
      });

      it('refuses to change a deleted goal with 409 until it is restored', async () => {
        await api.delete(`${PEOPLE_API}/goals/${ledger.id}`);
        for (const res of [
          await api.patch(`${PEOPLE_API}/goals/${ledger.id}`, { title: 'x' }),
          await api.post(`${PEOPLE_API}/goals/${ledger.id}/check-ins`, { progress: 5 }),
          await api.post(`${PEOPLE_API}/goals/${ledger.id}/entries`, { remove: ['x'] }),
        ]) {
          expect(res.status).toBe(409);
          expect((await errorOf(res)).message).toContain('restore it first');
        }
        await api.post(`${PEOPLE_API}/goals/${ledger.id}/restore`);
        expect((await api.patch(`${PEOPLE_API}/goals/${ledger.id}`, { title: 'x' })).status).toBe(200);
      });
    });

    describe('GET /goals/suggestions', () => {
      it('suggests one goal a quarter for the furthest gaps, leaving out gaps that have a goal', async () => {
        await api.services.assessments.record(api.actor, {
          rater: 'manager',
          ratings: [
            { competency: 'system-design', level: 'mid', whatItTakes: 'Lead a design doc end to end' },
            { competency: 'craft', level: 'senior', qualifier: 'working-towards' },
            ...[
              'ownership',
              'ambiguity',
              'impact',
              'multiplier',
              'technical-leadership',
              'communication',
            ].map((competency) => ({ competency, level: 'senior' })),
          ],
        });
        const { suggestions } = await fetched<{ suggestions: SuggestionJson[] }>(api, '/goals/suggestions');
        expect(suggestions.map((s) => [s.goal.competencies, s.goal.due])).toEqual([
          [['system-design'], '2027-Q1'],
          [['craft'], '2027-Q2'],
        ]);
        expect(suggestions[0]!.goal.gap).toContain('Lead a design doc end to end');
        expect(suggestions[0]!.why).toEqual(expect.any(String));

        await create(LEDGER);
        const after = await fetched<{ suggestions: SuggestionJson[] }>(api, '/goals/suggestions');
        expect(after.suggestions.map((s) => s.goal.competencies)).toEqual([['craft']]);
      });
    });
  });
}
