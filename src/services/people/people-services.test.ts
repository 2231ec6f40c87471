import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ladder } from '../../../tests/support/framework-fixtures.js';
import {
  DIALECTS,
  openTestStore,
  type TestStore,
  testClock,
  testServices,
} from '../../../tests/support/test-store.js';
import { DomainError } from '../../core/errors.js';
import type { Actor, Services } from '../services.js';

async function refusal(code: DomainError['code'], fn: () => Promise<unknown>): Promise<DomainError> {
  const error = await fn().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

const asJson = (doc: unknown) => ({ text: JSON.stringify(doc), fileName: 'acme.json' });

for (const dialect of DIALECTS) {
  describe(`people loop services on ${dialect}`, () => {
    let t: TestStore;
    let clock: ReturnType<typeof testClock>;
    let services: Services;
    let me: Actor;
    let other: Actor;

    beforeEach(async () => {
      t = await openTestStore(dialect);
      clock = testClock(); // Friday 2026-11-20
      services = testServices(t.store, clock);
      me = await services.ensureLocalOwner('Sam');
      other = { ownerId: 'owner-other' };
      await t.store.write((tx) =>
        tx.insertOwner({ id: other.ownerId, name: 'O', createdAt: '2026-01-01T00:00:00.000Z' }),
      );
      await services.profile.save(me, {
        name: 'Sam Rivera',
        currentLevel: 'mid',
        targetLevel: 'senior',
        managerName: 'Priya Nair',
      });
      await services.profile.save(other, { name: 'Alex', currentLevel: 'mid', targetLevel: 'senior' });
    });
    afterEach(async () => t.cleanup());

    describe('assessments', () => {
      it('records a self assessment today against the profile framework by default', async () => {
        const a = await services.assessments.record(me, {
          ratings: [{ competency: 'craft', level: 'senior' }],
        });
        expect(a).toMatchObject({
          date: '2026-11-20',
          rater: 'self',
          framework: 'promocase',
          ratings: [{ competency: 'craft', level: 'senior', qualifier: 'meets', note: '', whatItTakes: '' }],
        });
        expect(await services.assessments.list(other)).toEqual([]);
      });

      it('names every unknown competency and level, and a competency rated twice', async () => {
        const error = await refusal('invalid_input', () =>
          services.assessments.record(me, {
            rater: 'manager',
            ratings: [
              { competency: 'charisma', level: 'senior' },
              { competency: 'craft', level: 'wizard' },
            ],
          }),
        );
        expect(error.details.map((d) => d.path)).toEqual(['ratings[0].competency', 'ratings[1].level']);
        expect(error.details[0]!.message).toContain('system-design');
        const twice = await refusal('invalid_input', () =>
          services.assessments.record(me, {
            ratings: [
              { competency: 'craft', level: 'mid' },
              { competency: 'craft', level: 'senior' },
            ],
          }),
        );
        expect(twice.details[0]).toEqual({
          path: 'ratings[1].competency',
          message: '"craft" is rated twice',
        });
        for (const bad of [
          {},
          { ratings: [] },
          { ratings: [{ competency: 'craft', level: 'mid' }], rater: 'peer' },
        ]) {
          await refusal('invalid_input', () => services.assessments.record(me, bad));
        }
        expect(await services.assessments.list(me)).toEqual([]);
      });

      it('needs a profile first', async () => {
        const stranger = { ownerId: 'owner-none' };
        await t.store.write((tx) =>
          tx.insertOwner({ id: stranger.ownerId, name: 'N', createdAt: '2026-01-01T00:00:00.000Z' }),
        );
        await refusal('not_initialized', () => services.assessments.gaps(stranger));
      });

      it('rates and measures gaps against an imported framework once the profile names it', async () => {
        await services.frameworks.import(
          me,
          asJson(
            ladder([
              ['craft', 'Craft'],
              ['comms', 'Communication'],
            ]),
          ),
        );
        await refusal('invalid_input', () => services.profile.update(me, { framework: 'nope' }));
        await services.profile.update(me, { framework: 'acme' });
        await services.assessments.record(me, {
          rater: 'manager',
          ratings: [{ competency: 'comms', level: 'mid' }],
        });
        const gaps = await services.assessments.gaps(me);
        expect(gaps.framework.id).toBe('acme');
        expect(gaps.targetLevel.id).toBe('senior');
        expect(gaps.gaps.map((g) => g.competency.id)).toEqual(['comms']);
        expect(gaps.unrated.map((g) => g.competency.id)).toEqual(['craft']);
      });

      it('deletes and restores an assessment, refusing to do either twice', async () => {
        const a = await services.assessments.record(me, { ratings: [{ competency: 'craft', level: 'mid' }] });
        await services.assessments.remove(me, a.id.slice(-8));
        expect(await services.assessments.list(me)).toEqual([]);
        await refusal('conflict', () => services.assessments.remove(me, a.id));
        await services.assessments.restore(me, a.id);
        expect(await services.assessments.list(me)).toHaveLength(1);
        await refusal('not_found', () => services.assessments.remove(other, a.id));
      });
    });

    describe('conversations and manager changes', () => {
      it('records a conversation with defaults and corrects it later', async () => {
        const c = await services.conversations.create(me, {
          with: 'Priya Nair',
          feedback: ["You're almost there"],
        });
        expect(c).toMatchObject({
          type: 'check-in',
          date: '2026-11-20',
          goalStated: false,
          criteria: [],
          nextCheckIn: null,
        });
        clock.advance(60_000);
        const edited = await services.conversations.update(me, c.id, {
          type: 'career',
          criteria: ['Ship the RFC by March'],
        });
        expect(edited).toMatchObject({
          type: 'career',
          feedback: ["You're almost there"],
          createdAt: c.createdAt,
        });
        expect(edited.updatedAt > c.updatedAt).toBe(true);
        const view = await services.conversations.get(me, c.id);
        expect(view.feedbackAnalysis[0]!.actionable).toBe(false);
        await refusal('invalid_input', () => services.conversations.update(me, c.id, {}));
        await refusal('invalid_input', () =>
          services.conversations.update(me, c.id, { nextCheckIn: '2026-13-01' }),
        );
        await refusal('not_found', () => services.conversations.get(other, c.id));
        await refusal('not_found', () => services.conversations.update(other, c.id, { notes: 'x' }));
      });

      it('rejects a conversation without a counterpart or with the wrong types', async () => {
        for (const bad of [
          {},
          { with: '' },
          { with: 'P', type: 'chat' },
          { with: 'P', feedback: 'one' },
          { with: 'P', extra: 1 },
        ]) {
          await refusal('invalid_input', () => services.conversations.create(me, bad));
        }
        expect(await services.conversations.list(me)).toEqual([]);
      });

      it('records a manager change, moves the profile to the new manager, and refuses the same manager', async () => {
        const change = await services.managers.change(me, { name: 'Alex Kim', date: '2026-10-01' });
        expect(change).toMatchObject({ name: 'Alex Kim', previous: 'Priya Nair', date: '2026-10-01' });
        expect((await services.profile.get(me)).managerName).toBe('Alex Kim');
        await refusal('conflict', () => services.managers.change(me, { name: 'alex kim' }));
        await services.managers.remove(me, change.id);
        expect(await services.managers.history(me)).toEqual([]);
        expect((await services.profile.get(me)).managerName).toBe('Alex Kim');
        await services.managers.restore(me, change.id);
        const status = await services.conversations.status(me);
        expect(status.findings.find((f) => f.code === 'manager-changed')?.action).toContain('handoff');
      });

      it('refuses a change dated after today, and keeps the latest manager when an older change is recorded', async () => {
        await refusal('invalid_input', () =>
          services.managers.change(me, { name: 'Kai Roe', date: '2026-12-01' }),
        );
        expect(await services.managers.history(me)).toEqual([]);
        await services.managers.change(me, { name: 'Alex Kim', date: '2026-10-01' });
        await services.managers.change(me, { name: 'Lee Park', previous: 'Jo Bell', date: '2025-02-01' });
        expect((await services.managers.history(me)).map((c) => c.name).sort()).toEqual([
          'Alex Kim',
          'Lee Park',
        ]);
        expect((await services.profile.get(me)).managerName).toBe('Alex Kim');
      });

      it('records a change of manager made by editing the profile', async () => {
        await services.profile.update(me, { managerName: 'Dana Cho' });
        expect(await services.managers.history(me)).toMatchObject([
          { name: 'Dana Cho', previous: 'Priya Nair', date: '2026-11-20' },
        ]);
        await services.profile.update(me, { name: 'Sam R.' });
        expect(await services.managers.history(me)).toHaveLength(1);
      });
    });

    describe('goals', () => {
      it('sets a goal, checks in (starting it), links entries by their short id and reviews it', async () => {
        const entry = await services.entries.create(me, { title: 'Drafted the ledger design doc' });
        const g = await services.goals.create(me, {
          title: 'Design the ledger service',
          competencies: ['system-design'],
          deliverable: 'A design doc approved by payments',
          vouchers: ['Dana Lee'],
          impact: 'Unblocks three teams',
          due: '2027-Q1',
        });
        expect(g).toMatchObject({ status: 'planned', date: '2026-11-20', checkIns: [], entryIds: [] });
        const checked = await services.goals.checkIn(me, g.id, { progress: 30, note: 'Draft out' });
        expect(checked.status).toBe('active');
        await services.goals.link(me, g.id, { add: [entry.id.slice(-8)] });
        const view = await services.goals.get(me, g.id.slice(-8));
        expect(view).toMatchObject({ progress: 30, entryIds: [entry.id], flags: [] });
        expect(view.quality.score).toBe(4);
        await services.goals.link(me, g.id, { remove: [entry.id] });
        expect((await services.goals.get(me, g.id)).entryIds).toEqual([]);
      });

      it("refuses unknown competencies, other people's entries and bad progress", async () => {
        const theirs = await services.entries.create(other, { title: 'Not mine' });
        const error = await refusal('invalid_input', () =>
          services.goals.create(me, { title: 'T', competencies: ['charisma'], entryIds: [theirs.id] }),
        );
        expect(error.details.map((d) => d.path)).toEqual(['competencies[0]', 'entryIds[0]']);
        const g = await services.goals.create(me, { title: 'T' });
        for (const bad of [{ progress: 101 }, { progress: -1 }, { progress: 'half' }, {}]) {
          await refusal('invalid_input', () => services.goals.checkIn(me, g.id, bad));
        }
        await refusal('invalid_input', () => services.goals.link(me, g.id, { add: [theirs.id] }));
        await refusal('invalid_input', () => services.goals.create(me, { title: 'T', due: '2027-Q5' }));
        await refusal('not_found', () => services.goals.checkIn(other, g.id, { progress: 5 }));
      });

      it('refuses to change a deleted goal until it is restored', async () => {
        const g = await services.goals.create(me, { title: 'T' });
        await services.goals.remove(me, g.id);
        await refusal('conflict', () => services.goals.update(me, g.id, { status: 'active' }));
        await services.goals.restore(me, g.id);
        expect((await services.goals.update(me, g.id, { status: 'active' })).status).toBe('active');
      });

      it('suggests goals for the gaps without one', async () => {
        await services.assessments.record(me, {
          rater: 'manager',
          ratings: [{ competency: 'communication', level: 'mid', whatItTakes: 'An RFC other teams adopt' }],
        });
        const [first] = await services.goals.suggest(me);
        expect(first!.goal).toMatchObject({
          competencies: ['communication'],
          due: '2027-Q1',
          status: 'planned',
        });
        expect(first!.goal.gap).toContain('An RFC other teams adopt');
        // A suggestion is a valid goal as it stands.
        await services.goals.create(me, first!.goal);
        expect((await services.goals.suggest(me)).map((s) => s.goal.competencies[0])).not.toContain(
          'communication',
        );
      });
    });

    describe('peer feedback', () => {
      it('records feedback on logged work and judges it', async () => {
        const entry = await services.entries.create(me, {
          title: 'Ran the design review',
          collaborators: ['Dana Lee'],
        });
        const f = await services.peerFeedback.record(me, {
          from: 'Dana Lee',
          relationship: 'cross-team',
          text: 'In the March design review Sam presented three options with their costs and wrote the decision record, which let us pick one in a single meeting instead of three.',
          entryIds: [entry.id],
        });
        expect(f).toMatchObject({ date: '2026-11-20', work: '' });
        const [view] = await services.peerFeedback.list(me);
        expect(view!.analysis.specific).toBe(true);
        await refusal('invalid_input', () =>
          services.peerFeedback.record(me, { from: 'X', text: 'ok', entryIds: ['nope'] }),
        );
        await refusal('invalid_input', () => services.peerFeedback.record(me, { from: 'X', text: '  ' }));
        await refusal('invalid_input', () =>
          services.peerFeedback.update(me, f.id, { relationship: 'friend' }),
        );
        expect((await services.peerFeedback.update(me, f.id, { work: 'Ledger' })).work).toBe('Ledger');
      });

      it('refuses to change deleted feedback or link a deleted entry', async () => {
        const gone = await services.entries.create(me, { title: 'Gone' });
        await services.entries.remove(me, gone.id);
        await refusal('invalid_input', () =>
          services.peerFeedback.record(me, { from: 'X', text: 'ok', entryIds: [gone.id] }),
        );
        const f = await services.peerFeedback.record(me, { from: 'X', text: 'ok' });
        await services.peerFeedback.remove(me, f.id);
        await refusal('conflict', () => services.peerFeedback.update(me, f.id, { work: 'x' }));
        const c = await services.conversations.create(me, { with: 'P' });
        await services.conversations.remove(me, c.id);
        await refusal('conflict', () => services.conversations.update(me, c.id, { notes: 'x' }));
      });

      it('leaves the manager out of the request kit', async () => {
        await services.entries.create(me, {
          title: 'Planned the half',
          collaborators: ['Priya Nair', 'Chris Po'],
        });
        const kit = await services.peerFeedback.requestKit(me);
        expect(kit.requests.map((r) => r.peer)).toEqual(['Chris Po']);
      });

      it('builds the request kit from collaborators in the log', async () => {
        await services.entries.create(me, {
          title: 'Paired on the cache',
          collaborators: ['Chris Po'],
          competencies: ['craft'],
        });
        const kit = await services.peerFeedback.requestKit(me, { limit: 3 });
        expect(kit.requests.map((r) => r.peer)).toEqual(['Chris Po']);
        expect(kit.requests[0]!.message).toContain('Hi Chris,');
      });
    });

    describe('export and import', () => {
      it('carries every people record through export and import, losslessly and only once', async () => {
        const a = await services.assessments.record(me, {
          rater: 'manager',
          ratings: [{ competency: 'craft', level: 'mid' }],
        });
        await services.assessments.remove(me, a.id);
        await services.conversations.create(me, { with: 'Priya Nair', type: 'career', goalStated: true });
        await services.managers.change(me, { name: 'Alex Kim' });
        const g = await services.goals.create(me, { title: 'T', due: '2027-Q1' });
        await services.goals.checkIn(me, g.id, { progress: 10 });
        await services.peerFeedback.record(me, { from: 'Dana', text: 'Helpful.' });
        const doc = JSON.parse(JSON.stringify(await services.transfer.exportJson(me)));
        expect(JSON.stringify(doc)).not.toContain(me.ownerId);

        const target = await openTestStore(dialect);
        try {
          const fresh = testServices(target.store, clock);
          const you = await fresh.ensureLocalOwner('You');
          const report = await fresh.transfer.import(you, doc);
          expect(report.people).toEqual({
            assessments: { created: 1, updated: 0, unchanged: 0, keptNewer: 0 },
            conversations: { created: 1, updated: 0, unchanged: 0, keptNewer: 0 },
            managerChanges: { created: 1, updated: 0, unchanged: 0, keptNewer: 0 },
            goals: { created: 1, updated: 0, unchanged: 0, keptNewer: 0 },
            peerFeedback: { created: 1, updated: 0, unchanged: 0, keptNewer: 0 },
          });
          const again = await fresh.transfer.import(you, doc);
          expect(Object.values(again.people).map((c) => c.unchanged)).toEqual([1, 1, 1, 1, 1]);
          const back = await fresh.transfer.exportJson(you);
          expect({ ...back, exportedAt: doc.exportedAt }).toEqual(doc);
        } finally {
          await target.cleanup();
        }
      });

      it("refuses a document holding another account's record ids, writing nothing", async () => {
        const theirs = await services.goals.create(other, { title: 'Theirs' });
        const doc = JSON.parse(JSON.stringify(await services.transfer.exportJson(me)));
        doc.entries = [];
        doc.goals = [{ ...(await services.transfer.exportJson(other)).goals[0] }];
        doc.conversations = [
          { ...(await services.conversations.create(me, { with: 'P' })), ownerId: undefined },
        ].map(({ ownerId: _o, ...c }) => ({ ...c, id: 'new-conversation' }));
        const error = await refusal('conflict', () => services.transfer.import(me, doc));
        expect(error.details[0]!.path).toBe('goals[0].id');
        expect((await services.goals.list(other)).map((g) => g.id)).toEqual([theirs.id]);
        expect((await services.conversations.list(me)).map((c) => c.id)).not.toContain('new-conversation');
      });

      it('rejects malformed people sections with the path of the field', async () => {
        const doc = JSON.parse(JSON.stringify(await services.transfer.exportJson(me)));
        doc.goals = [{ id: 'g1', title: 'T', status: 'someday' }];
        const error = await refusal('invalid_input', () => services.transfer.import(me, doc));
        expect(error.details.some((d) => d.path.startsWith('goals[0].'))).toBe(true);
      });
    });

    it('re-tags ratings and goals when a framework import maps a removed competency', async () => {
      await services.frameworks.import(
        me,
        asJson(
          ladder([
            ['craft', 'Craft'],
            ['comms', 'Communication'],
          ]),
        ),
      );
      await services.profile.update(me, { framework: 'acme' });
      await services.assessments.record(me, { ratings: [{ competency: 'comms', level: 'mid' }] });
      await services.goals.create(me, { title: 'Talk more', competencies: ['comms'] });
      const v2 = asJson(
        ladder([
          ['craft', 'Craft'],
          ['communication', 'Communication'],
        ]),
      );
      const flagged = await services.frameworks.import(me, v2);
      expect(flagged.flagged).toEqual([
        { competency: 'comms', entries: 0, ratings: 1, goals: 1, likelyRename: 'communication' },
      ]);
      const mapped = await services.frameworks.import(me, { ...v2, map: { comms: 'communication' } });
      expect(mapped.mapped).toEqual([
        { from: 'comms', to: 'communication', entries: 0, ratings: 1, goals: 1 },
      ]);
      expect((await services.assessments.list(me))[0]!.ratings[0]!.competency).toBe('communication');
      expect((await services.goals.list(me))[0]!.competencies).toEqual(['communication']);
    });
  });
}
