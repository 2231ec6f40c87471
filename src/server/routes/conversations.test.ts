// /conversations and /manager-changes over HTTP: 1:1s with vague feedback pointed out, the promotion talk, manager history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { created, fetched, PEOPLE_API, withProfile } from '../../../tests/support/people-api.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

type ConversationJson = Record<string, unknown> & {
  id: string;
  feedback: string[];
  feedbackAnalysis?: Array<{ actionable: boolean; reasons: string[]; followUpQuestions: string[] }>;
};
type StatusJson = {
  goalStated: { on: string } | null;
  criteria: { on: string; items: string[] } | null;
  lastConversation: { on: string; with: string; daysAgo: number } | null;
  nextCheckIn: string | null;
  careerConversations: number;
  vagueStreak: number;
  vagueFeedback: Array<{ statement: string; followUpQuestions: string[] }>;
  latestManagerChange: Record<string, unknown> | null;
  findings: Array<{ severity: string; code: string; message: string; action?: string }>;
};

const SPECIFIC =
  'In the October incident review you found the root cause; own the two open action items and close them by December 15';

for (const dialect of DIALECTS) {
  describe(`/api/v1/conversations and /manager-changes on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    const create = (body: Record<string, unknown>) => created<ConversationJson>(api, '/conversations', body);

    describe('POST /conversations', () => {
      it('records a conversation with defaults, returned without the owner', async () => {
        const saved = await create({ with: 'Priya Nair' });
        expect(saved).toEqual({
          id: expect.any(String),
          date: '2026-11-20',
          with: 'Priya Nair',
          type: 'check-in',
          notes: '',
          feedback: [],
          criteria: [],
          goalStated: false,
          nextCheckIn: null,
          createdAt: '2026-11-20T17:00:00.000Z',
          updatedAt: '2026-11-20T17:00:00.000Z',
          deletedAt: null,
        });
      });

      it('keeps every field as given', async () => {
        const body = {
          with: 'Priya Nair',
          date: '2026-11-02',
          type: 'career',
          notes: 'Talked **promotion**',
          feedback: ["You're almost there", SPECIFIC],
          criteria: ['Lead the ledger design, approved by payments and risk, by March'],
          goalStated: true,
          nextCheckIn: '2026-12-01',
        };
        expect(await create(body)).toMatchObject(body);
      });

      it.each<[string, Record<string, unknown>, string[]]>([
        ['no one to have talked with', {}, ['with']],
        ['an empty name', { with: '  ' }, ['with']],
        ['a name of two lines', { with: 'Priya\nNair' }, ['with']],
        ['an unknown type', { with: 'P', type: 'chat' }, ['type']],
        ['an impossible date', { with: 'P', date: '2026-02-30' }, ['date']],
        ['a bad next check-in', { with: 'P', nextCheckIn: 'soon' }, ['nextCheckIn']],
        ['feedback that is not a list', { with: 'P', feedback: 'be better' }, ['feedback']],
        ['an empty feedback statement', { with: 'P', feedback: ['ok', ''] }, ['feedback[1]']],
        ['goalStated that is not a boolean', { with: 'P', goalStated: 'yes' }, ['goalStated']],
        ['notes over 10000 characters', { with: 'P', notes: 'n'.repeat(10_001) }, ['notes']],
        [
          'more than 50 criteria',
          { with: 'P', criteria: Array.from({ length: 51 }, (_, i) => `c${i}`) },
          ['criteria'],
        ],
        [
          'several wrong types at once',
          { with: 7, type: 1, goalStated: 'no' },
          ['goalStated', 'type', 'with'],
        ],
      ])('refuses %s with 400, naming the field', async (_what, body, paths) => {
        const before = await api.snapshot();
        const res = await api.post(`${PEOPLE_API}/conversations`, body);
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        expect(error.details.map((d) => d.path).sort()).toEqual(paths);
        expect(await api.snapshot()).toBe(before);
      });
    });

    describe('reading and changing', () => {
      let vague: ConversationJson;
      let specific: ConversationJson;
      beforeEach(async () => {
        vague = await create({
          with: 'Priya Nair',
          type: 'career',
          date: '2026-10-01',
          feedback: ['Show more leadership'],
        });
        specific = await create({ with: 'Priya Nair', date: '2026-11-01', feedback: [SPECIFIC] });
      });

      it('GET /conversations lists them oldest first, each statement judged actionable or vague', async () => {
        const { conversations } = await fetched<{ conversations: ConversationJson[] }>(api, '/conversations');
        expect(conversations.map((c) => c.id)).toEqual([vague.id, specific.id]);
        expect(conversations[0]!.feedbackAnalysis).toMatchObject([{ actionable: false }]);
        expect(conversations[0]!.feedbackAnalysis![0]!.followUpQuestions.length).toBeGreaterThan(0);
        expect(conversations[1]!.feedbackAnalysis).toMatchObject([{ actionable: true }]);
        expect(conversations[0]).not.toHaveProperty('ownerId');
      });

      it('GET /conversations/{id} gives one, by full id or its end', async () => {
        const one = await fetched<ConversationJson>(api, `/conversations/${vague.id.slice(-8)}`);
        expect(one).toMatchObject({ id: vague.id, feedback: ['Show more leadership'] });
        expect(one.feedbackAnalysis).toHaveLength(1);
      });

      it('PATCH /conversations/{id} changes only the fields given', async () => {
        api.clock.advance(60_000);
        const res = await api.patch(`${PEOPLE_API}/conversations/${vague.id}`, {
          criteria: ['Own the ledger design by March'],
          goalStated: true,
        });
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({
          ...vague,
          criteria: ['Own the ledger design by March'],
          goalStated: true,
          updatedAt: '2026-11-20T17:01:00.000Z',
        });
      });

      it.each<[string, unknown, number]>([
        ['an empty change', {}, 400],
        ['an unknown field', { mood: 'great' }, 400],
        ['a wrong type', { type: 'chat' }, 400],
        ['a bad date', { date: '2026-13-01' }, 400],
      ])('PATCH refuses %s with %i, changing nothing', async (_what, body, status) => {
        const before = await api.snapshot();
        const res = await api.patch(`${PEOPLE_API}/conversations/${vague.id}`, body);
        expect(res.status).toBe(status);
        expect((await errorOf(res)).code).toBe('invalid_input');
        expect(await api.snapshot()).toBe(before);
      });

      it('leaves deleted conversations out of the list unless asked, and refuses other values of deleted', async () => {
        await api.delete(`${PEOPLE_API}/conversations/${vague.id}`);
        const live = await fetched<{ conversations: ConversationJson[] }>(api, '/conversations');
        expect(live.conversations.map((c) => c.id)).toEqual([specific.id]);
        const all = await fetched<{ conversations: ConversationJson[] }>(
          api,
          '/conversations?deleted=include',
        );
        expect(all.conversations.map((c) => c.id)).toEqual([vague.id, specific.id]);
        expect((await fetched<ConversationJson>(api, `/conversations/${vague.id}`)).deletedAt).toEqual(
          expect.any(String),
        );
        const bad = await api.get(`${PEOPLE_API}/conversations?deleted=only`);
        expect(bad.status).toBe(400);
        expect((await errorOf(bad)).details[0]).toMatchObject({
          path: 'deleted',
          message: 'expected exclude or include',
        });
      });
    });

    describe('GET /conversations/status', () => {
      beforeEach(async () => {
        await withProfile(api);
      });

      it('reports never having had the career conversation as a mistake', async () => {
        const s = await fetched<StatusJson>(api, '/conversations/status');
        expect(s).toMatchObject({
          goalStated: null,
          criteria: null,
          lastConversation: null,
          careerConversations: 0,
          vagueStreak: 0,
        });
        expect(s.findings).toMatchObject([
          { severity: 'mistake', code: 'no-conversation', action: expect.any(String) },
        ]);
      });

      it('raises a red flag after two career conversations in a row with only vague feedback', async () => {
        await create({
          with: 'Priya Nair',
          type: 'career',
          date: '2026-09-01',
          feedback: ["You're almost there"],
        });
        await create({
          with: 'Priya Nair',
          type: 'career',
          date: '2026-11-10',
          feedback: ['Be more strategic'],
        });
        const s = await fetched<StatusJson>(api, '/conversations/status');
        expect(s.vagueStreak).toBe(2);
        expect(s.vagueFeedback.map((v) => v.statement)).toEqual(["You're almost there", 'Be more strategic']);
        expect(s.lastConversation).toEqual({ on: '2026-11-10', with: 'Priya Nair', daysAgo: 10 });
        expect(s.findings.map((f) => [f.severity, f.code])).toEqual(
          expect.arrayContaining([
            ['mistake', 'goal-not-stated'],
            ['warning', 'no-written-criteria'],
            ['red-flag', 'vague-feedback-streak'],
          ]),
        );
      });

      it('is all ok with the goal stated, written criteria and a recent check-in; an overdue check-in warns', async () => {
        await create({
          with: 'Priya Nair',
          type: 'career',
          date: '2026-11-13',
          goalStated: true,
          criteria: ['Lead the ledger design by March'],
          nextCheckIn: '2026-12-01',
        });
        const s = await fetched<StatusJson>(api, '/conversations/status');
        expect(s.findings.map((f) => f.severity)).toEqual(['ok', 'ok', 'ok']);
        expect(s).toMatchObject({
          goalStated: { on: '2026-11-13' },
          criteria: { on: '2026-11-13', items: ['Lead the ledger design by March'] },
          nextCheckIn: '2026-12-01',
        });
        api.clock.set('2026-12-05T09:00:00.000Z');
        const later = await fetched<StatusJson>(api, '/conversations/status');
        expect(later.findings.map((f) => f.code)).toContain('check-in-overdue');
      });
    });

    describe('/manager-changes', () => {
      beforeEach(async () => {
        await withProfile(api);
      });

      it('records a change with the previous manager, moves the profile, and the status warns', async () => {
        const change = await created(api, '/manager-changes', {
          name: 'Alex Kim',
          date: '2026-11-01',
          note: 'Reorg',
        });
        expect(change).toEqual({
          id: expect.any(String),
          date: '2026-11-01',
          name: 'Alex Kim',
          previous: 'Priya Nair',
          note: 'Reorg',
          createdAt: '2026-11-20T17:00:00.000Z',
          updatedAt: '2026-11-20T17:00:00.000Z',
          deletedAt: null,
        });
        expect((await fetched<{ managerName: string }>(api, '/profile')).managerName).toBe('Alex Kim');
        expect(await fetched(api, '/manager-changes')).toEqual({ managerChanges: [change] });
        const s = await fetched<StatusJson>(api, '/conversations/status');
        expect(s.latestManagerChange).toEqual(change);
        expect(s.findings.find((f) => f.code === 'manager-changed')).toMatchObject({
          severity: 'warning',
          message: expect.stringContaining('Priya Nair -> Alex Kim'),
        });
      });

      it('refuses a change to the manager one already has with 409, recording nothing', async () => {
        const before = await api.snapshot();
        const res = await api.post(`${PEOPLE_API}/manager-changes`, { name: 'Priya Nair' });
        expect(res.status).toBe(409);
        expect(await errorOf(res)).toMatchObject({ code: 'conflict', details: [{ path: 'name' }] });
        expect(await api.snapshot()).toBe(before);
      });

      it('lists a deleted change only with deleted=include, so it can be restored later', async () => {
        const change = await created<{ id: string }>(api, '/manager-changes', { name: 'Alex Kim' });
        expect((await api.delete(`${PEOPLE_API}/manager-changes/${change.id}`)).status).toBe(200);
        expect(await fetched(api, '/manager-changes')).toEqual({ managerChanges: [] });
        const all = await fetched<{ managerChanges: Array<{ id: string; deletedAt: string | null }> }>(
          api,
          '/manager-changes?deleted=include',
        );
        expect(all.managerChanges).toEqual([
          expect.objectContaining({ id: change.id, deletedAt: expect.any(String) }),
        ]);
        expect((await api.post(`${PEOPLE_API}/manager-changes/${change.id}/restore`)).status).toBe(200);
        expect(
          (await fetched<{ managerChanges: Array<{ id: string }> }>(api, '/manager-changes')).managerChanges,
        ).toEqual([expect.objectContaining({ id: change.id, deletedAt: null })]);
      });

      it.each(['only', 'yes', ''])(
        'refuses deleted=%s on the history with 400 naming the field',
        async (value) => {
          const res = await api.get(`${PEOPLE_API}/manager-changes?deleted=${value}`);
          expect(res.status).toBe(400);
          expect((await errorOf(res)).details[0]).toMatchObject({
            path: 'deleted',
            message: 'expected exclude or include',
          });
        },
      );

      it('lists nothing before the first change', async () => {
        expect(await fetched(api, '/manager-changes')).toEqual({ managerChanges: [] });
      });

      it.each<[string, Record<string, unknown>, string[]]>([
        ['no name', { date: '2026-11-01' }, ['name']],
        ['an empty name', { name: '' }, ['name']],
        ['a name over 120 characters', { name: 'n'.repeat(121) }, ['name']],
        ['an impossible date', { name: 'Alex Kim', date: '2026-02-29' }, ['date']],
        ['an unknown field', { name: 'Alex Kim', team: 'payments' }, ['']],
      ])('refuses %s with 400, changing neither history nor profile', async (_what, body, paths) => {
        const before = await api.snapshot();
        const res = await api.post(`${PEOPLE_API}/manager-changes`, body);
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        if (paths[0]) expect(error.details.map((d) => d.path)).toEqual(paths);
        expect(await api.snapshot()).toBe(before);
        expect((await fetched<{ managerName: string }>(api, '/profile')).managerName).toBe('Priya Nair');
      });
    });
  });
}
