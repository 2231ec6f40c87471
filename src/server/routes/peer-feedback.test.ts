// /peer-feedback over HTTP: feedback received (specific or generic, and why), the request kit, bad input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { created, fetched, PEOPLE_API, withProfile } from '../../../tests/support/people-api.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

type FeedbackJson = Record<string, unknown> & {
  id: string;
  entryIds: string[];
  analysis?: { specific: boolean; score: number; reasons: string[]; suggestions: string[] };
};
type KitJson = {
  focus: Array<{ id: string; name: string }>;
  requests: Array<{
    peer: string;
    competencies: Array<{ id: string }>;
    sharedWork: Array<{ entryId: string; date: string; title: string; links: string[] }>;
    lastFeedback: string | null;
    why: string;
    message: string;
  }>;
  notes: string[];
};

const SPECIFIC =
  'During the March 3 payments outage, Sam ran the incident call, split the responders into two tracks and ' +
  'posted updates every 15 minutes; checkout was back in 40 minutes instead of the usual two hours.';
const GENERIC = 'Great to work with, very smart and helpful.';

for (const dialect of DIALECTS) {
  describe(`/api/v1/peer-feedback on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    const record = (body: Record<string, unknown>) => created<FeedbackJson>(api, '/peer-feedback', body);

    describe('POST /peer-feedback', () => {
      it('records feedback with defaults and returns it analysed, without the owner', async () => {
        const saved = await record({ from: 'Jordan Kim', text: GENERIC });
        expect(saved).toMatchObject({
          date: '2026-11-20',
          from: 'Jordan Kim',
          relationship: 'teammate',
          text: GENERIC,
          work: '',
          entryIds: [],
          createdAt: '2026-11-20T17:00:00.000Z',
          deletedAt: null,
          analysis: { specific: false },
        });
        expect(saved.analysis!.suggestions.length).toBeGreaterThan(0);
        expect(saved).not.toHaveProperty('ownerId');
      });

      it('judges feedback with a situation, a behaviour and an impact specific, with its reasons', async () => {
        const entry = await api.services.entries.create(api.actor, { title: 'Ran the March outage call' });
        const saved = await record({
          from: 'Dana Lee',
          relationship: 'cross-team',
          date: '2026-03-10',
          text: SPECIFIC,
          work: 'March outage',
          entryIds: [entry.id],
        });
        expect(saved).toMatchObject({
          relationship: 'cross-team',
          work: 'March outage',
          entryIds: [entry.id],
        });
        expect(saved.analysis!.specific).toBe(true);
        expect(saved.analysis!.score).toBeGreaterThan(50);
        expect(saved.analysis!.reasons.length).toBeGreaterThan(1);
      });

      it.each<[string, Record<string, unknown>, string[]]>([
        ['no sender', { text: 'Nice work' }, ['from']],
        ['no text', { from: 'Dana' }, ['text']],
        ['a text of spaces', { from: 'Dana', text: '   ' }, ['text']],
        ['a text over 10000 characters', { from: 'Dana', text: 't'.repeat(10_001) }, ['text']],
        ['a sender of two lines', { from: 'Dana\nLee', text: 'x' }, ['from']],
        ['an unknown relationship', { from: 'Dana', text: 'x', relationship: 'boss' }, ['relationship']],
        ['an impossible date', { from: 'Dana', text: 'x', date: '2026-06-31' }, ['date']],
        ['entry ids that are not a list', { from: 'Dana', text: 'x', entryIds: 'abc' }, ['entryIds']],
        ['a text of the wrong type', { from: 'Dana', text: 42 }, ['text']],
      ])('refuses %s with 400, naming the field', async (_what, body, paths) => {
        const before = await api.snapshot();
        const res = await api.post(`${PEOPLE_API}/peer-feedback`, body);
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        expect(error.details.map((d) => d.path)).toEqual(paths);
        expect(await api.snapshot()).toBe(before);
      });

      it('refuses entries that do not exist or belong to another owner, naming each', async () => {
        const theirs = await api.otherOwnersEntry();
        const before = await api.snapshot();
        const res = await api.post(`${PEOPLE_API}/peer-feedback`, {
          from: 'Dana',
          text: 'x',
          entryIds: ['no-such-entry', theirs.id],
        });
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details.map((d) => d.path)).toEqual(['entryIds[0]', 'entryIds[1]']);
        expect(await api.snapshot()).toBe(before);
      });
    });

    describe('reading and changing', () => {
      let specific: FeedbackJson;
      let generic: FeedbackJson;
      beforeEach(async () => {
        specific = await record({ from: 'Dana Lee', text: SPECIFIC, date: '2026-03-10' });
        generic = await record({ from: 'Jordan Kim', text: GENERIC, date: '2026-04-01' });
      });

      it('GET /peer-feedback lists it oldest first, each analysed; deleted only with deleted=include', async () => {
        const { peerFeedback } = await fetched<{ peerFeedback: FeedbackJson[] }>(api, '/peer-feedback');
        expect(peerFeedback.map((f) => [f.id, f.analysis!.specific])).toEqual([
          [specific.id, true],
          [generic.id, false],
        ]);
        await api.delete(`${PEOPLE_API}/peer-feedback/${generic.id}`);
        const live = await fetched<{ peerFeedback: FeedbackJson[] }>(api, '/peer-feedback');
        expect(live.peerFeedback.map((f) => f.id)).toEqual([specific.id]);
        const all = await fetched<{ peerFeedback: FeedbackJson[] }>(api, '/peer-feedback?deleted=include');
        expect(all.peerFeedback.map((f) => f.id)).toEqual([specific.id, generic.id]);
      });

      it('GET /peer-feedback/{id} gives one, by full id or its end', async () => {
        expect(await fetched<FeedbackJson>(api, `/peer-feedback/${specific.id.slice(-8)}`)).toEqual(specific);
      });

      it('PATCH /peer-feedback/{id} changes only the fields given', async () => {
        api.clock.advance(60_000);
        const res = await api.patch(`${PEOPLE_API}/peer-feedback/${generic.id}`, {
          relationship: 'tech-lead',
          work: 'Ledger design review',
        });
        expect(res.status).toBe(200);
        const { analysis: _a, ...stored } = generic;
        expect(await res.json()).toEqual({
          ...stored,
          relationship: 'tech-lead',
          work: 'Ledger design review',
          updatedAt: '2026-11-20T17:01:00.000Z',
        });
      });

      it.each<[string, Record<string, unknown>]>([
        ['an empty change', {}],
        ['an unknown field', { rating: 5 }],
        ['an empty text', { text: '' }],
        ['an unknown relationship', { relationship: 'boss' }],
      ])('PATCH refuses %s with 400, changing nothing', async (_what, body) => {
        const before = await api.snapshot();
        const res = await api.patch(`${PEOPLE_API}/peer-feedback/${generic.id}`, body);
        expect(res.status).toBe(400);
        expect((await errorOf(res)).code).toBe('invalid_input');
        expect(await api.snapshot()).toBe(before);
      });
    });

    describe('GET /peer-feedback/request-kit', () => {
      beforeEach(async () => {
        await withProfile(api);
        await api.services.assessments.record(api.actor, {
          rater: 'manager',
          ratings: [
            { competency: 'communication', level: 'mid', qualifier: 'working-towards' },
            { competency: 'system-design', level: 'mid' },
          ],
        });
        const e = api.services.entries;
        await e.create(api.actor, {
          title: 'Ran the ledger incident review',
          date: '2026-10-02',
          collaborators: ['Dana Lee'],
          competencies: ['communication'],
          links: ['https://wiki.example.com/ir-12'],
        });
        await e.create(api.actor, {
          title: 'Paired on the ledger schema',
          date: '2026-10-09',
          collaborators: ['Jordan Kim'],
          competencies: ['system-design'],
        });
      });

      it('names collaborators from the log for the weakest competencies, with a ready request text', async () => {
        const kit = await fetched<KitJson>(api, '/peer-feedback/request-kit');
        expect(kit.focus.slice(0, 2).map((c) => c.id)).toEqual(['communication', 'system-design']);
        const dana = kit.requests.find((r) => r.peer === 'Dana Lee')!;
        expect(dana).toMatchObject({
          competencies: [{ id: 'communication' }],
          sharedWork: [
            {
              date: '2026-10-02',
              title: 'Ran the ledger incident review',
              links: ['https://wiki.example.com/ir-12'],
            },
          ],
          lastFeedback: null,
        });
        expect(dana.message).toContain('https://wiki.example.com/ir-12');
        expect(dana.message).toMatch(/Situation[\s\S]*Behaviour[\s\S]*Impact/);
        expect(kit.requests.map((r) => r.peer).sort()).toEqual(['Dana Lee', 'Jordan Kim']);
        expect(kit.notes.length).toBeGreaterThan(0);
      });

      it('remembers when a peer last gave feedback', async () => {
        await record({ from: 'Dana Lee', text: SPECIFIC, date: '2026-03-10' });
        const kit = await fetched<KitJson>(api, '/peer-feedback/request-kit');
        expect(kit.requests.find((r) => r.peer === 'Dana Lee')!.lastFeedback).toBe('2026-03-10');
      });

      it('takes a limit from 1 to 20', async () => {
        const kit = await fetched<KitJson>(api, '/peer-feedback/request-kit?limit=1');
        expect(kit.requests).toHaveLength(1);
      });

      it.each(['0', '21', 'two', '1.5', '1e1', '0x10', ''])('refuses limit=%s with 400', async (limit) => {
        const res = await api.get(`${PEOPLE_API}/peer-feedback/request-kit?limit=${limit}`);
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details[0]!.path).toBe('limit');
      });

      it('refuses query parameters it does not know', async () => {
        expect((await api.get(`${PEOPLE_API}/peer-feedback/request-kit?peer=Dana`)).status).toBe(400);
      });
    });
  });
}
