// /assessments and /gaps over HTTP: recording ratings, history, self vs manager, the gap list, bad input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { created, fetched, PEOPLE_API, withProfile } from '../../../tests/support/people-api.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import type { GapList } from '../../core/people/gap-list.js';
import type { RatingComparison, RatingHistory } from '../../services/assessments/read-assessments.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

type AssessmentJson = { id: string; date: string; rater: string; ratings: Array<Record<string, unknown>> };

for (const dialect of DIALECTS) {
  describe(`/api/v1/assessments and /gaps on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
      await withProfile(api);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    const record = (body: Record<string, unknown>) => created<AssessmentJson>(api, '/assessments', body);

    describe('POST /assessments', () => {
      it('records self ratings with defaults, returning them without the owner', async () => {
        const saved = await record({ ratings: [{ competency: 'craft', level: 'mid' }] });
        expect(saved).toEqual({
          id: expect.any(String),
          date: '2026-11-20',
          rater: 'self',
          framework: 'promocase',
          ratings: [{ competency: 'craft', level: 'mid', qualifier: 'meets', note: '', whatItTakes: '' }],
          createdAt: '2026-11-20T17:00:00.000Z',
          updatedAt: '2026-11-20T17:00:00.000Z',
          deletedAt: null,
        });
        const list = await fetched<{ assessments: AssessmentJson[] }>(api, '/assessments');
        expect(list.assessments).toEqual([saved]);
      });

      it("records the manager's ratings with a qualifier, a note and what it would take", async () => {
        const rating = {
          competency: 'system-design',
          level: 'senior',
          qualifier: 'working-towards',
          note: 'Strong reviews',
          whatItTakes: 'Own the ledger design doc',
        };
        const saved = await record({ rater: 'manager', date: '2026-11-01', ratings: [rating] });
        expect(saved).toMatchObject({ rater: 'manager', date: '2026-11-01', ratings: [rating] });
      });

      it.each<[string, Record<string, unknown>, string[]]>([
        ['no ratings', {}, ['ratings']],
        ['an empty list of ratings', { ratings: [] }, ['ratings']],
        ['ratings that are not a list', { ratings: 'craft=mid' }, ['ratings']],
        [
          'a competency that is not an id',
          { ratings: [{ competency: 'System Design', level: 'mid' }] },
          ['ratings[0].competency'],
        ],
        ['a missing level', { ratings: [{ competency: 'craft' }] }, ['ratings[0].level']],
        [
          'an unknown qualifier',
          { ratings: [{ competency: 'craft', level: 'mid', qualifier: 'almost' }] },
          ['ratings[0].qualifier'],
        ],
        ['an unknown rater', { rater: 'peer', ratings: [{ competency: 'craft', level: 'mid' }] }, ['rater']],
        [
          'an impossible date',
          { date: '2026-02-30', ratings: [{ competency: 'craft', level: 'mid' }] },
          ['date'],
        ],
        [
          'a date of the wrong type',
          { date: 20261101, ratings: [{ competency: 'craft', level: 'mid' }] },
          ['date'],
        ],
        [
          'a competency rated twice',
          {
            ratings: [
              { competency: 'craft', level: 'mid' },
              { competency: 'craft', level: 'senior' },
            ],
          },
          ['ratings[1].competency'],
        ],
        [
          'a note over 5000 characters',
          { ratings: [{ competency: 'craft', level: 'mid', note: 'n'.repeat(5001) }] },
          ['ratings[0].note'],
        ],
        [
          'an unknown field in a rating',
          { ratings: [{ competency: 'craft', level: 'mid', score: 3 }] },
          ['ratings[0].score'],
        ],
      ])('refuses %s with 400, naming the field', async (_what, body, paths) => {
        const before = await api.snapshot();
        const res = await api.post(`${PEOPLE_API}/assessments`, body);
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        expect(error.details.map((d) => d.path)).toEqual(paths);
        expect(await api.snapshot()).toBe(before);
      });

      it("refuses competencies and levels the profile's framework does not have, listing the valid ones", async () => {
        const res = await api.post(`${PEOPLE_API}/assessments`, {
          ratings: [
            { competency: 'wizardry', level: 'mid' },
            { competency: 'craft', level: 'archmage' },
          ],
        });
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.details.map((d) => d.path)).toEqual(['ratings[0].competency', 'ratings[1].level']);
        expect(error.details[0]!.message).toContain('system-design');
        expect(error.details[1]!.message).toContain('junior, mid, senior');
        expect((await fetched<{ assessments: unknown[] }>(api, '/assessments')).assessments).toEqual([]);
      });

      it('answers 404 for a framework that does not exist', async () => {
        const res = await api.post(`${PEOPLE_API}/assessments`, {
          framework: 'no-such-ladder',
          ratings: [{ competency: 'craft', level: 'mid' }],
        });
        expect(res.status).toBe(404);
        expect((await errorOf(res)).code).toBe('not_found');
      });
    });

    describe('analysis', () => {
      beforeEach(async () => {
        await record({
          date: '2026-06-01',
          ratings: [
            { competency: 'craft', level: 'mid', qualifier: 'working-towards' },
            { competency: 'impact', level: 'mid' },
          ],
        });
        await record({
          date: '2026-10-01',
          ratings: [
            { competency: 'craft', level: 'senior' },
            { competency: 'system-design', level: 'mid', qualifier: 'exceeds' },
          ],
        });
        await record({
          rater: 'manager',
          date: '2026-11-01',
          ratings: [
            { competency: 'craft', level: 'mid' },
            { competency: 'system-design', level: 'mid', whatItTakes: 'Lead the ledger design by March' },
            { competency: 'impact', level: 'senior' },
          ],
        });
      });

      it('GET /assessments/history gives every rating per competency and each trajectory', async () => {
        const h = await fetched<RatingHistory>(api, '/assessments/history');
        expect(h.competencies.map((c) => c.competency.id)).toContain('ownership');
        const craft = h.competencies.find((c) => c.competency.id === 'craft')!;
        expect(craft.ratings.map((r) => [r.date, r.rater, r.level])).toEqual([
          ['2026-06-01', 'self', 'mid'],
          ['2026-10-01', 'self', 'senior'],
          ['2026-11-01', 'manager', 'mid'],
        ]);
        expect(craft.trajectory).toEqual({ self: 'rising', manager: 'single' });
        const one = await fetched<RatingHistory>(api, '/assessments/history?competency=system-design');
        expect(one.competencies.map((c) => c.competency.id)).toEqual(['system-design']);
      });

      it('GET /assessments/history refuses a competency the framework does not have, listing the valid ones', async () => {
        const res = await api.get(`${PEOPLE_API}/assessments/history?competency=wizardry`);
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        expect(error.details).toEqual([
          { path: 'competency', message: expect.stringContaining('"wizardry" is not a competency') },
        ]);
        expect(error.details[0]!.message).toContain('craft, system-design');
      });

      it('GET /assessments/history refuses an empty competency rather than ignoring it', async () => {
        const res = await api.get(`${PEOPLE_API}/assessments/history?competency=`);
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details).toEqual([{ path: 'competency', message: 'must not be empty' }]);
      });

      it('GET /assessments/history refuses query parameters it does not know', async () => {
        const res = await api.get(`${PEOPLE_API}/assessments/history?rater=self`);
        expect(res.status).toBe(400);
        expect((await errorOf(res)).code).toBe('invalid_input');
      });

      it('GET /assessments/compare puts the latest self and manager ratings side by side, largest gap first', async () => {
        const c = await fetched<RatingComparison>(api, '/assessments/compare');
        const rated = c.competencies.filter((x) => x.difference !== null);
        expect(rated.map((x) => [x.competency.id, x.difference])).toEqual([
          ['craft', 1],
          ['impact', -1],
          ['system-design', expect.any(Number)],
        ]);
        expect(rated[0]!.self).toMatchObject({ level: 'senior', date: '2026-10-01' });
        expect(rated[0]!.manager).toMatchObject({ level: 'mid', date: '2026-11-01' });
        expect(c.competencies.find((x) => x.competency.id === 'ownership')).toMatchObject({
          self: null,
          manager: null,
          difference: null,
        });
      });

      it("GET /gaps lists the competencies below the target from the manager's ratings, furthest first", async () => {
        const g = await fetched<GapList>(api, '/gaps');
        expect(g.targetLevel).toEqual({ id: 'senior', name: expect.any(String) });
        expect(g.gaps.map((x) => x.competency.id)).toEqual(['craft', 'system-design']);
        const design = g.gaps.find((x) => x.competency.id === 'system-design')!;
        expect(design.whatItTakes).toEqual([{ date: '2026-11-01', text: 'Lead the ledger design by March' }]);
        expect(design.signals.length).toBeGreaterThan(0);
        expect(g.atTarget).toEqual(['impact']);
        expect(g.unrated.map((x) => x.competency.id)).toContain('ownership');
      });

      it('leaves a deleted assessment out of the history and the gaps until it is restored', async () => {
        const { assessments } = await fetched<{ assessments: AssessmentJson[] }>(api, '/assessments');
        const manager = assessments.find((a) => a.rater === 'manager')!;
        expect((await api.delete(`${PEOPLE_API}/assessments/${manager.id}`)).status).toBe(200);
        const listed = await fetched<{ assessments: AssessmentJson[] }>(api, '/assessments');
        expect(listed.assessments.map((a) => a.id)).not.toContain(manager.id);
        const g = await fetched<GapList>(api, '/gaps');
        expect(g.gaps.flatMap((x) => x.whatItTakes)).toEqual([]);
        expect((await api.post(`${PEOPLE_API}/assessments/${manager.id}/restore`)).status).toBe(200);
        expect((await fetched<GapList>(api, '/gaps')).atTarget).toEqual(['impact']);
      });

      it('GET /assessments?deleted=include lists a deleted assessment with its deletedAt, so it can be restored', async () => {
        const { assessments } = await fetched<{ assessments: AssessmentJson[] }>(api, '/assessments');
        const self = assessments.find((a) => a.rater === 'self')!;
        await api.delete(`${PEOPLE_API}/assessments/${self.id}`);
        const all = await fetched<{ assessments: Array<AssessmentJson & { deletedAt: string | null }> }>(
          api,
          '/assessments?deleted=include',
        );
        expect(all.assessments.map((a) => a.id)).toEqual(assessments.map((a) => a.id));
        expect(all.assessments.find((a) => a.id === self.id)!.deletedAt).toEqual(expect.any(String));
        const live = await fetched<{ assessments: AssessmentJson[] }>(api, '/assessments?deleted=exclude');
        expect(live.assessments.map((a) => a.id)).not.toContain(self.id);
      });

      it.each(['only', 'all', ''])(
        'GET /assessments refuses deleted=%s with 400 naming the field',
        async (value) => {
          const res = await api.get(`${PEOPLE_API}/assessments?deleted=${value}`);
          expect(res.status).toBe(400);
          expect((await errorOf(res)).details[0]).toMatchObject({
            path: 'deleted',
            message: 'expected exclude or include',
          });
        },
      );
    });
  });
}
