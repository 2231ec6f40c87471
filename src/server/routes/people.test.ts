// What every people-loop route group shares over HTTP: 409 before the profile, 415/400/413 for bad bodies,
// 404 for unknown ids and for another owner's records, ambiguous and oversize ids refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  created,
  type OtherOwnersRecords,
  otherOwnersRecords,
  PEOPLE_API,
  withProfile,
} from '../../../tests/support/people-api.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

/** One valid creation per group, and which of its records the other owner holds. */
const GROUPS = [
  {
    path: '/assessments',
    body: { ratings: [{ competency: 'craft', level: 'mid' }] },
    other: 'assessment',
    patch: null,
  },
  {
    path: '/conversations',
    body: { with: 'Priya Nair' },
    other: 'conversation',
    patch: { notes: 'mine now' },
  },
  {
    path: '/goals',
    body: { title: 'Design the ledger service' },
    other: 'goal',
    patch: { title: 'mine now' },
  },
  {
    path: '/peer-feedback',
    body: { from: 'Dana Lee', text: 'Clear design review.' },
    other: 'peerFeedback',
    patch: { work: 'mine now' },
  },
] as const;

/** The id routes of a group: delete, restore, and get and patch where the group has them. */
function idRoutes(group: (typeof GROUPS)[number], id: string): Array<[string, string, unknown?]> {
  const routes: Array<[string, string, unknown?]> = [
    ['DELETE', `${group.path}/${id}`],
    ['POST', `${group.path}/${id}/restore`],
  ];
  if (group.patch) routes.push(['GET', `${group.path}/${id}`], ['PATCH', `${group.path}/${id}`, group.patch]);
  if (group.path === '/goals')
    routes.push(
      ['POST', `/goals/${id}/check-ins`, { progress: 50 }],
      ['POST', `/goals/${id}/entries`, { remove: ['x'] }],
    );
  return routes;
}

for (const dialect of DIALECTS) {
  describe(`people-loop API on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    describe('before the profile is set up', () => {
      it.each([
        ['POST', '/assessments', { ratings: [{ competency: 'craft', level: 'mid' }] }],
        ['GET', '/assessments/history', undefined],
        ['GET', '/assessments/compare', undefined],
        ['GET', '/gaps', undefined],
        ['GET', '/conversations/status', undefined],
        ['POST', '/manager-changes', { name: 'Alex Kim' }],
        ['POST', '/goals', { title: 'Design the ledger service' }],
        ['GET', '/goals/suggestions', undefined],
        ['GET', '/peer-feedback/request-kit', undefined],
      ])('answers %s %s with 409 not_initialized, writing nothing', async (method, path, body) => {
        const before = await api.snapshot();
        const res = await api.send(method, `${PEOPLE_API}${path}`, body === undefined ? {} : { body });
        expect(res.status).toBe(409);
        expect(await errorOf(res)).toMatchObject({ code: 'not_initialized' });
        expect(await api.snapshot()).toBe(before);
      });
    });

    describe('with a profile', () => {
      beforeEach(async () => {
        await withProfile(api);
      });

      for (const group of GROUPS) {
        describe(group.path, () => {
          it('refuses a body that is not JSON with 415, and malformed JSON with 400', async () => {
            const form = await api.send('POST', `${PEOPLE_API}${group.path}`, {
              body: 'title=x',
              headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            });
            expect(form.status).toBe(415);
            expect(await errorOf(form)).toMatchObject({
              code: 'unsupported_media_type',
              details: [{ path: 'Content-Type', message: 'expected application/json' }],
            });
            const malformed = await api.post(`${PEOPLE_API}${group.path}`, '{"title": ');
            expect(malformed.status).toBe(400);
            expect(await errorOf(malformed)).toMatchObject({
              code: 'invalid_input',
              details: [{ path: '(body)' }],
            });
          });

          it('refuses fields it does not know, a JSON array and a body over 1 MB', async () => {
            const unknown = await api.post(`${PEOPLE_API}${group.path}`, {
              ...group.body,
              ownerId: 'someone',
            });
            expect(unknown.status).toBe(400);
            expect((await errorOf(unknown)).code).toBe('invalid_input');
            expect((await api.post(`${PEOPLE_API}${group.path}`, [group.body])).status).toBe(400);
            const huge = await api.post(`${PEOPLE_API}${group.path}`, {
              ...group.body,
              x: 'd'.repeat(1024 * 1024 + 1),
            });
            expect(huge.status).toBe(413);
            expect((await errorOf(huge)).code).toBe('payload_too_large');
          });

          it('answers 404 for an unknown id on every id route', async () => {
            for (const [method, path, body] of idRoutes(group, 'deadbeef-0000')) {
              const res = await api.send(method, `${PEOPLE_API}${path}`, body === undefined ? {} : { body });
              expect(res.status, `${method} ${path}`).toBe(404);
              const error = await errorOf(res);
              expect(error.code).toBe('not_found');
              expect(error.message).toContain('"deadbeef-0000"');
            }
          });

          it('refuses an id longer than 64 characters with 400', async () => {
            const res = await api.delete(`${PEOPLE_API}${group.path}/${'a'.repeat(65)}`);
            expect(res.status).toBe(400);
            expect((await errorOf(res)).details[0]).toMatchObject({
              path: 'id',
              message: 'at most 64 characters',
            });
          });

          it('deletes and restores by the end of the id, refusing to do either twice with 409', async () => {
            const record = await created(api, group.path, group.body);
            const short = record.id.slice(-8);
            const gone = await api.delete(`${PEOPLE_API}${group.path}/${short}`);
            expect(gone.status).toBe(200);
            const deleted = (await gone.json()) as Record<string, unknown>;
            expect(deleted).toMatchObject({ id: record.id, deletedAt: '2026-11-20T17:00:00.000Z' });
            expect(deleted).not.toHaveProperty('ownerId');
            const again = await api.delete(`${PEOPLE_API}${group.path}/${record.id}`);
            expect(again.status).toBe(409);
            expect(await errorOf(again)).toMatchObject({ code: 'conflict' });

            const back = await api.post(`${PEOPLE_API}${group.path}/${short}/restore`);
            expect(back.status).toBe(200);
            expect(await back.json()).toMatchObject({ id: record.id, deletedAt: null });
            expect((await api.post(`${PEOPLE_API}${group.path}/${record.id}/restore`)).status).toBe(409);
          });
        });
      }

      it('refuses an id end that matches two records with 400, asking for more of it', async () => {
        const goal = await api.services.goals.create(api.actor, { title: 'Design the ledger service' });
        await api.store.write(async (tx) => {
          await tx.putRecord('goals', { ...goal, id: 'first-goal-cafe1234' });
          await tx.putRecord('goals', { ...goal, id: 'second-goal-cafe1234' });
        });
        for (const res of [
          await api.get(`${PEOPLE_API}/goals/cafe1234`),
          await api.delete(`${PEOPLE_API}/goals/cafe1234`),
        ]) {
          expect(res.status).toBe(400);
          const error = await errorOf(res);
          expect(error).toMatchObject({
            code: 'invalid_input',
            details: [{ path: 'id', message: 'ambiguous' }],
          });
          expect(error.message).toContain('give more of it');
        }
        expect((await api.get(`${PEOPLE_API}/goals/first-goal-cafe1234`)).status).toBe(200);
      });

      describe("another owner's records", () => {
        let other: OtherOwnersRecords;
        beforeEach(async () => {
          other = await otherOwnersRecords(api);
        });

        it('are never listed, and every id route answers 404 as if they did not exist', async () => {
          const before = JSON.stringify(await api.services.transfer.exportJson(other.actor));
          for (const group of GROUPS) {
            const id = other[group.other];
            const list = await api.get(`${PEOPLE_API}${group.path}${group.patch ? '?deleted=include' : ''}`);
            expect(list.status).toBe(200);
            expect(JSON.stringify(await list.json())).not.toContain(id);
            for (const [method, path, body] of [...idRoutes(group, id), ...idRoutes(group, id.slice(-8))]) {
              const res = await api.send(method, `${PEOPLE_API}${path}`, body === undefined ? {} : { body });
              expect(res.status, `${method} ${path}`).toBe(404);
              expect((await errorOf(res)).code).toBe('not_found');
            }
          }
          expect(JSON.stringify(await api.services.transfer.exportJson(other.actor))).toBe(before);
        });

        it('stay out of the analysis: history, status and the request kit see only mine', async () => {
          const history = (await (
            await api.get(`${PEOPLE_API}/assessments/history?competency=craft`)
          ).json()) as {
            competencies: Array<{ ratings: unknown[] }>;
          };
          expect(history.competencies[0]!.ratings).toEqual([]);
          const status = (await (await api.get(`${PEOPLE_API}/conversations/status`)).json()) as {
            vagueFeedback: unknown[];
            careerConversations: number;
          };
          expect(status.vagueFeedback).toEqual([]);
          const assessments = (await (await api.get(`${PEOPLE_API}/assessments`)).json()) as {
            assessments: unknown[];
          };
          expect(assessments.assessments).toEqual([]);
        });
      });
    });
  });
}
