// /readiness, /objections, /next-actions, /projects over HTTP: the demo case, no profile, no token, one owner's data only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetched, PEOPLE_API, withProfile } from '../../../tests/support/people-api.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import type { CaseAssessment } from '../../core/readiness/assess-case.js';
import type { Actor } from '../../services/services.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

type ReadinessJson = Pick<CaseAssessment, 'asOf' | 'target' | 'overall' | 'competencies' | 'consistency'>;
type ObjectionsJson = Pick<CaseAssessment, 'asOf' | 'objections' | 'questions'>;
type NextActionsJson = Pick<CaseAssessment, 'asOf' | 'nextActions'>;
type ProjectsJson = Pick<CaseAssessment, 'asOf' | 'projects'>;

const PATHS = ['/readiness', '/objections', '/next-actions', '/projects'] as const;
const ATTRIBUTES = ['ambiguity', 'teams', 'decisions', 'outcomes', 'peopleLed'];
const OTHER: Actor = { ownerId: 'other-owner' };

for (const dialect of DIALECTS) {
  describe(`readiness routes on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    /** A second account holding the whole demo sample: plenty of evidence that must not count for the actor. */
    const otherOwnerWithDemo = async () => {
      await api.otherOwnersEntry();
      const report = await api.services.demo.load(OTHER);
      expect(report.loaded).toBe(true);
    };

    describe('before the profile is set up', () => {
      it.each(PATHS)('answers GET %s with 409 not_initialized, writing nothing', async (path) => {
        const before = await api.snapshot();
        const res = await api.get(`${PEOPLE_API}${path}`);
        expect(res.status).toBe(409);
        expect(await errorOf(res)).toMatchObject({ code: 'not_initialized' });
        expect(await api.snapshot()).toBe(before);
      });
    });

    it.each(PATHS)('answers GET %s without the token with 401', async (path) => {
      await api.services.demo.load(api.actor);
      const res = await api.send('GET', `${PEOPLE_API}${path}`, { anonymous: true });
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBeTruthy();
    });

    describe('on the demo case', () => {
      beforeEach(async () => {
        const report = await api.services.demo.load(api.actor);
        expect(report.loaded).toBe(true);
      });

      it('GET /readiness: the target, an overall verdict with its score, and every competency strong, emerging or gap', async () => {
        const r = await fetched<ReadinessJson>(api, '/readiness');
        expect(Object.keys(r).sort()).toEqual(['asOf', 'competencies', 'consistency', 'overall', 'target']);
        expect(r.asOf).toBe('2026-11-20');
        expect(r.target).toMatchObject({
          ladderLevel: 'senior',
          level: { id: 'senior', name: 'Senior engineer' },
          framework: { id: 'promocase' },
        });
        expect(['ready', 'close', 'not-yet']).toContain(r.overall.status);
        expect(Number.isInteger(r.overall.score) && r.overall.score >= 0 && r.overall.score <= 100).toBe(
          true,
        );
        expect(r.overall.explanation.length).toBeGreaterThanOrEqual(2);
        const statuses = r.competencies.map((c) => c.status);
        expect(new Set(statuses)).toEqual(new Set(['strong', 'emerging', 'gap']));
        expect(r.overall.counts).toEqual({
          strong: statuses.filter((s) => s === 'strong').length,
          emerging: statuses.filter((s) => s === 'emerging').length,
          gap: statuses.filter((s) => s === 'gap').length,
        });
        for (const c of r.competencies) {
          expect(c.reasons.length).toBeGreaterThan(0);
          expect(c.nextLevelEntries).toBeLessThanOrEqual(c.entries);
          expect(c.supporting.length).toBeLessThanOrEqual(5);
        }
        const strong = r.competencies.find((c) => c.status === 'strong')!;
        expect(strong.nextLevelEntries).toBeGreaterThanOrEqual(3);
        expect(strong.periodsCovered.length).toBeGreaterThanOrEqual(2);
        expect(strong.manager).toMatchObject({ rater: 'manager' });
        expect(r.consistency.periods.map((p) => p.label)).toEqual(['2026-H1', '2026-H2']);
        expect(r.consistency.sustainedMonths).toBe(r.overall.sustainedMonths);
        expect(r.consistency.summary).toBeTruthy();
      });

      it('GET /readiness: the supporting entries are the actor’s own', async () => {
        const r = await fetched<ReadinessJson>(api, '/readiness');
        const mine = new Set((await api.services.entries.list(api.actor)).map((e) => e.id));
        const supporting = r.competencies.flatMap((c) => c.supporting);
        expect(supporting.length).toBeGreaterThan(0);
        expect(supporting.every((id) => mine.has(id))).toBe(true);
      });

      it('GET /objections: objections answered and open, and the five questions', async () => {
        const r = await fetched<ObjectionsJson>(api, '/objections');
        expect(Object.keys(r).sort()).toEqual(['asOf', 'objections', 'questions']);
        const answered = r.objections.filter((o) => o.status === 'answered');
        const open = r.objections.filter((o) => o.status === 'open');
        expect(answered.length).toBeGreaterThan(0);
        expect(open.length).toBeGreaterThan(0);
        expect(open.every((o) => o.toAnswer)).toBe(true);
        expect(r.objections.every((o) => o.id && o.title && o.reason)).toBe(true);
        expect(r.questions).toHaveLength(5);
        expect(r.questions.every((q) => q.question.endsWith('?') && typeof q.answered === 'boolean')).toBe(
          true,
        );
        expect(r.questions.filter((q) => !q.answered).every((q) => q.toDo)).toBe(true);
      });

      it('GET /next-actions: actions with why, most with the command to run', async () => {
        const r = await fetched<NextActionsJson>(api, '/next-actions');
        expect(Object.keys(r).sort()).toEqual(['asOf', 'nextActions']);
        expect(r.nextActions.length).toBeGreaterThan(0);
        expect(r.nextActions.every((n) => n.action && n.why)).toBe(true);
        expect(r.nextActions.some((n) => n.command?.startsWith('promocase '))).toBe(true);
      });

      it('GET /projects: the demo projects with their five scope attributes and a verdict', async () => {
        const r = await fetched<ProjectsJson>(api, '/projects');
        expect(Object.keys(r).sort()).toEqual(['asOf', 'projects']);
        expect(r.projects.map((p) => p.name)).toEqual(
          expect.arrayContaining(['billing-migration', 'checkout-latency']),
        );
        for (const p of r.projects) {
          expect(Object.keys(p.attributes).sort()).toEqual([...ATTRIBUTES].sort());
          expect(p.entries.length).toBeGreaterThanOrEqual(2);
          expect(p.from <= p.to).toBe(true);
          expect(p.reasons).toHaveLength(6);
        }
        const billing = r.projects.find((p) => p.name === 'billing-migration')!;
        expect(billing.nextLevel).toBe(true);
        expect(billing.attributes.teams.present).toBe(true);
        expect(billing.attributes.teams.entries.every((id) => billing.entries.includes(id))).toBe(true);
      });

      it('ignores a query string: these routes take none, and the answer is the same', async () => {
        for (const path of PATHS) {
          const plain = await fetched(api, path);
          expect(await fetched(api, `${path}?verbose=1&owner=other-owner`)).toEqual(plain);
        }
      });

      it('gives the same answers when another owner holds a whole case of their own', async () => {
        const before = await Promise.all(PATHS.map((p) => fetched(api, p)));
        await otherOwnerWithDemo();
        await api.services.entries.create(OTHER, {
          title: 'Led the navigating-ambiguity work across three teams, cutting incidents by 40%',
          scope: 'org',
          competencies: ['ambiguity'],
          project: 'billing-migration',
        });
        expect(await Promise.all(PATHS.map((p) => fetched(api, p)))).toEqual(before);
      });

      it('is described in the OpenAPI document', async () => {
        const doc = (await (await api.get('/api/v1/openapi.json')).json()) as {
          paths: Record<string, unknown>;
        };
        for (const path of PATHS) expect(doc.paths[`${PEOPLE_API}${path}`]).toHaveProperty('get');
      });
    });

    it("does not count another owner's evidence: with a profile and no entries, every competency is a gap", async () => {
      await withProfile(api);
      await otherOwnerWithDemo();
      const r = await fetched<ReadinessJson>(api, '/readiness');
      expect(r.overall.status).toBe('not-yet');
      expect(r.overall.counts.strong).toBe(0);
      expect(r.overall.counts.gap).toBe(r.competencies.length);
      expect(r.competencies.every((c) => c.entries === 0 && c.supporting.length === 0)).toBe(true);
      expect((await fetched<ProjectsJson>(api, '/projects')).projects).toEqual([]);
      const objections = await fetched<ObjectionsJson>(api, '/objections');
      expect(objections.questions).toHaveLength(5);
      expect(objections.questions.every((q) => q.evidence.length === 0)).toBe(true);
    });
  });
}
