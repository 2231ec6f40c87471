import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../tests/support/test-store.js';
import type { Entry } from '../core/entries/entry.js';
import type { EntryFilter } from '../core/entries/entry-filter.js';

function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: overrides.id ?? `e-${Math.random().toString(36).slice(2)}`,
    ownerId: 'owner-a',
    date: '2026-11-20',
    title: 'Led the billing migration cutover',
    details: 'Moved 40 services to the new ledger.',
    impact: 'Cut invoice errors from 2% to 0.1%',
    peopleHelped: ['Jordan Lee'],
    collaborators: ['Priya Nair'],
    kind: 'feature',
    competencies: ['ownership', 'impact'],
    scope: 'cross-team',
    links: ['https://docs.example.com/billing'],
    project: 'billing-migration',
    tags: ['billing', 'q4'],
    visibility: 'private',
    source: 'manual',
    createdAt: '2026-11-20T17:00:00.000Z',
    updatedAt: '2026-11-20T17:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

for (const dialect of DIALECTS) {
  describe(`store contract on ${dialect}`, () => {
    let t: TestStore;
    /** The ids of owner-a's entries that pass the filter, in list order. */
    const listed = async (filter: EntryFilter) =>
      (await t.store.listEntries('owner-a', filter)).map((e) => e.id);
    beforeEach(async () => {
      t = await openTestStore(dialect);
      await t.store.write(async (tx) => {
        await tx.insertOwner({ id: 'owner-a', name: 'A', createdAt: '2026-01-01T00:00:00.000Z' });
        await tx.insertOwner({ id: 'owner-b', name: 'B', createdAt: '2026-01-02T00:00:00.000Z' });
      });
    });
    afterEach(async () => t.cleanup());

    it('round-trips an entry with every field intact', async () => {
      const e = entry({ details: 'Markdown **kept** as written\n\n- one\n- two' });
      await t.store.write((tx) => tx.insertEntries([e]));
      expect(await t.store.getEntry('owner-a', e.id)).toEqual(e);
    });

    it("reads another owner's entry as absent", async () => {
      const e = entry();
      await t.store.write((tx) => tx.insertEntries([e]));
      expect(await t.store.getEntry('owner-b', e.id)).toBeUndefined();
      expect(await t.store.listEntries('owner-b', {})).toEqual([]);
    });

    it('returns the oldest owner as the local owner', async () => {
      expect((await t.store.firstOwner())?.id).toBe('owner-a');
    });

    it('filters by date range, kind, project, tag and competency', async () => {
      await t.store.write((tx) =>
        tx.insertEntries([
          entry({
            id: 'a',
            date: '2026-10-01',
            kind: 'incident',
            tags: ['oncall'],
            competencies: ['ownership'],
            project: 'pager',
          }),
          entry({
            id: 'b',
            date: '2026-11-01',
            kind: 'design',
            tags: ['rfc'],
            competencies: ['system-design'],
            project: null,
          }),
          entry({
            id: 'c',
            date: '2026-11-15',
            kind: 'design',
            tags: ['rfc', 'oncall'],
            competencies: ['communication'],
          }),
        ]),
      );
      expect(await listed({})).toEqual(['c', 'b', 'a']);
      expect(await listed({ since: '2026-11-01' })).toEqual(['c', 'b']);
      expect(await listed({ until: '2026-11-01' })).toEqual(['b', 'a']);
      expect(await listed({ kind: 'design' })).toEqual(['c', 'b']);
      expect(await listed({ project: 'pager' })).toEqual(['a']);
      expect(await listed({ tag: 'oncall' })).toEqual(['c', 'a']);
      expect(await listed({ competency: 'system-design' })).toEqual(['b']);
      expect(await listed({ tag: 'rfc', kind: 'design', since: '2026-11-10' })).toEqual(['c']);
      expect(await listed({ limit: 1 })).toEqual(['c']);
    });

    it('filters by project whatever the case of either name, and only whole names', async () => {
      await t.store.write((tx) =>
        tx.insertEntries([
          entry({ id: 'a', date: '2026-10-01', project: 'billing' }),
          entry({ id: 'b', date: '2026-10-02', project: 'Billing-Migration' }),
          entry({ id: 'c', date: '2026-10-03', project: 'BILLING' }),
          entry({ id: 'd', date: '2026-10-04', project: null }),
        ]),
      );
      const ids = (project: string) => listed({ project });
      expect(await ids('Billing')).toEqual(['c', 'a']);
      expect(await ids('billing-migration')).toEqual(['b']);
      const summaries = await t.store.listEntrySummaries('owner-a', { project: 'bIlLiNg' });
      expect(summaries.map((s) => s.id)).toEqual(['c', 'a']);
      expect(await ids('nothing-like-it')).toEqual([]);
    });

    it('ignores case in project names of any script, as documents do', async () => {
      await t.store.write((tx) =>
        tx.insertEntries([
          entry({ id: 'a', date: '2026-10-01', project: 'Über-Rollout' }),
          entry({ id: 'b', date: '2026-10-02', project: 'ÉQUIPE' }),
          entry({ id: 'c', date: '2026-10-03', project: 'über-rollout' }),
          entry({ id: 'd', date: '2026-10-04', project: 'Über-Rollout', ownerId: 'owner-b' }),
        ]),
      );
      const ids = (project: string) => listed({ project });
      expect(await ids('ÜBER-ROLLOUT')).toEqual(['c', 'a']);
      expect(await ids('équipe')).toEqual(['b']);
    });

    it('finds entries by words in any text field, by prefix, across word forms', async () => {
      await t.store.write((tx) =>
        tx.insertEntries([
          entry({
            id: 'a',
            title: 'Migrated the ledger',
            details: '',
            impact: '',
            project: null,
            tags: [],
            peopleHelped: [],
            collaborators: [],
          }),
          entry({
            id: 'b',
            title: 'Wrote the RFC',
            details: 'Postgres partitioning plan',
            impact: '',
            project: null,
            tags: [],
            peopleHelped: [],
            collaborators: [],
          }),
          entry({
            id: 'c',
            title: 'Mentoring',
            details: '',
            impact: '',
            project: null,
            tags: [],
            peopleHelped: ['Jordan Lee'],
            collaborators: [],
          }),
        ]),
      );
      const ids = async (text: string) => (await listed({ text })).sort();
      expect(await ids('ledger')).toEqual(['a']);
      expect(await ids('migrat')).toEqual(['a']);
      expect(await ids('partition')).toEqual(['b']);
      expect(await ids('postgres plan')).toEqual(['b']);
      expect(await ids('jordan')).toEqual(['c']);
      expect(await ids('"unbalanced (quote')).toEqual([]);
      expect(await ids('?!')).toEqual([]);
    });

    it('finds words inside Chinese, Japanese and Korean text, which has no spaces between words', async () => {
      await t.store.write((tx) =>
        tx.insertEntries([
          entry({ id: 'zh', title: '完成了数据库迁移', details: '把40个服务切换到新的API网关。' }),
          entry({ id: 'ja', title: 'データベースの移行を完了しました', tags: ['インフラ'] }),
          entry({ id: 'ko', title: '데이터베이스를 이전했습니다', details: '', impact: '', tags: [] }),
          entry({ id: 'en', title: 'Wrote the caching RFC', details: '', impact: '', tags: [] }),
        ]),
      );
      const ids = async (text: string) => (await listed({ text })).sort();
      expect(await ids('迁移')).toEqual(['zh']);
      expect(await ids('服务')).toEqual(['zh']);
      expect(await ids('api网关')).toEqual(['zh']);
      expect(await ids('移行')).toEqual(['ja']);
      expect(await ids('インフラ')).toEqual(['ja']);
      expect(await ids('데이터베이스')).toEqual(['ko']);
      expect(await ids('部署')).toEqual([]);
      expect(await ids('数据库 billing')).toEqual(['zh']);
      expect(await ids('数据库 caching')).toEqual([]);
      expect(await ids('迁移 部署')).toEqual([]);
      const summaries = await t.store.listEntrySummaries('owner-a', { text: '迁移' });
      expect(summaries.map((e) => e.id)).toEqual(['zh']);
    });

    it('keeps the search index in step with edits and labels in step with tags', async () => {
      const e = entry({ id: 'a', title: 'Initial title', tags: ['old'] });
      await t.store.write((tx) => tx.insertEntries([e]));
      await t.store.write((tx) => tx.replaceEntry({ ...e, title: 'Renamed heading', tags: ['new'] }));
      expect(await t.store.listEntries('owner-a', { text: 'initial' })).toEqual([]);
      expect((await t.store.listEntries('owner-a', { text: 'renamed' })).map((x) => x.id)).toEqual(['a']);
      expect(await t.store.listEntries('owner-a', { tag: 'old' })).toEqual([]);
      expect((await t.store.listEntries('owner-a', { tag: 'new' })).map((x) => x.id)).toEqual(['a']);
    });

    it('lists summaries with the same filter and order as whole entries', async () => {
      await t.store.write((tx) =>
        tx.insertEntries([
          entry({ id: 'a', date: '2026-10-01', tags: ['x'] }),
          entry({ id: 'b', date: '2026-11-01', tags: ['x'], project: null }),
          entry({ id: 'c', date: '2026-11-02', tags: ['y'] }),
        ]),
      );
      const filter = { tag: 'x', text: 'billing' };
      const whole = await t.store.listEntries('owner-a', filter);
      const summaries = await t.store.listEntrySummaries('owner-a', filter);
      expect(summaries).toEqual(
        whole.map(({ id, date, kind, scope, project, title, deletedAt }) => ({
          id,
          date,
          kind,
          scope,
          project,
          title,
          deletedAt,
        })),
      );
      expect(summaries.map((e) => e.id)).toEqual(['b', 'a']);
      expect(await t.store.listEntrySummaries('owner-b', {})).toEqual([]);
    });

    it('hides soft-deleted entries unless asked', async () => {
      await t.store.write((tx) =>
        tx.insertEntries([entry({ id: 'a' }), entry({ id: 'b', deletedAt: '2026-11-21T00:00:00.000Z' })]),
      );
      const ids = async (deleted?: 'include' | 'only') => (await listed({ deleted })).sort();
      expect(await ids()).toEqual(['a']);
      expect(await ids('include')).toEqual(['a', 'b']);
      expect(await ids('only')).toEqual(['b']);
      expect(await t.store.entryDates('owner-a')).toEqual(['2026-11-20']);
    });

    it('rolls back every write of a failed transaction', async () => {
      await expect(
        t.store.write(async (tx) => {
          await tx.insertEntries([entry({ id: 'a' })]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await t.store.listEntries('owner-a', { deleted: 'include' })).toEqual([]);
    });

    it('refuses a duplicate id and keeps the first', async () => {
      await t.store.write((tx) => tx.insertEntries([entry({ id: 'a', title: 'first' })]));
      await expect(
        t.store.write((tx) => tx.insertEntries([entry({ id: 'a', title: 'second' })])),
      ).rejects.toThrow();
      expect((await t.store.getEntry('owner-a', 'a'))?.title).toBe('first');
    });

    it('inserts large batches and reports who owns which id', async () => {
      const many = Array.from({ length: 1_200 }, (_, i) => entry({ id: `m${i}`, date: '2026-01-01' }));
      await t.store.write((tx) => tx.insertEntries(many));
      expect(await t.store.listEntries('owner-a', {})).toHaveLength(1_200);
      const owners = await t.store.findEntryOwners(['m0', 'm1199', 'missing']);
      expect([...owners.entries()]).toEqual([
        ['m0', 'owner-a'],
        ['m1199', 'owner-a'],
      ]);
    });

    it('lists newest first (date, then creation, then id) over many entries inserted in any order', async () => {
      // Enough rows for SQLite to read the list through its index in pages, shuffled on the way in.
      const many = Array.from({ length: 2_000 }, (_, i) =>
        entry({
          id: `o${(i * 7919) % 2_000}`,
          date: `2026-0${1 + (i % 9)}-1${i % 10}`,
          createdAt: `2026-01-01T00:00:0${i % 7}.000Z`,
        }),
      );
      await t.store.write((tx) => tx.insertEntries(many));
      const key = (e: Entry) => `${e.date}|${e.createdAt}|${e.id}`;
      const expected = [...many].sort((a, b) => (key(a) < key(b) ? 1 : -1)).map((e) => e.id);
      expect((await t.store.listEntries('owner-a', {})).map((e) => e.id)).toEqual(expected);
      expect((await t.store.listEntrySummaries('owner-a', {})).map((e) => e.id)).toEqual(expected);
      expect((await t.store.listEntries('owner-a', { limit: 5 })).map((e) => e.id)).toEqual(
        expected.slice(0, 5),
      );
    });

    it('stores frameworks per owner and replaces one of the same id', async () => {
      const doc = (name: string) => ({
        format: 'promocase-framework' as const,
        version: 1 as const,
        id: 'acme',
        name,
        description: '',
        source: '',
        levels: [
          { id: 'l1', name: 'One', summary: '' },
          { id: 'l2', name: 'Two', summary: '' },
        ],
        seniorLevel: 'l2',
        competencies: [{ id: 'craft', name: 'Craft', summary: '' }],
        cells: [
          {
            level: 'l1',
            competency: 'craft',
            expectation: 'Writes tests.',
            signals: ['tests'],
            examples: [],
          },
        ],
      });
      const at = '2026-11-20T17:00:00.000Z';
      await t.store.write((tx) =>
        tx.putFramework({ ownerId: 'owner-a', document: doc('Acme v1'), createdAt: at, updatedAt: at }),
      );
      await t.store.write((tx) =>
        tx.putFramework({
          ownerId: 'owner-a',
          document: doc('Acme v2'),
          createdAt: at,
          updatedAt: '2026-11-21T00:00:00.000Z',
        }),
      );
      const stored = await t.store.getFramework('owner-a', 'acme');
      expect(stored).toEqual({
        ownerId: 'owner-a',
        document: doc('Acme v2'),
        createdAt: at,
        updatedAt: '2026-11-21T00:00:00.000Z',
      });
      expect((await t.store.listFrameworks('owner-a')).map((f) => f.document.name)).toEqual(['Acme v2']);
      expect(await t.store.listFrameworks('owner-b')).toEqual([]);
      expect(await t.store.getFramework('owner-b', 'acme')).toBeUndefined();
    });

    it('upserts a profile', async () => {
      const p = {
        ownerId: 'owner-a',
        name: 'Sam',
        company: 'generic' as const,
        currentLevel: 'mid' as const,
        targetLevel: 'senior' as const,
        managerName: null,
        reviewCadence: 'yearly' as const,
        framework: 'promocase',
        nextCalibration: '2027-03-01',
        createdAt: '2026-11-20T17:00:00.000Z',
        updatedAt: '2026-11-20T17:00:00.000Z',
      };
      await t.store.write((tx) => tx.upsertProfile(p));
      await t.store.write((tx) =>
        tx.upsertProfile({ ...p, name: 'Sam R', updatedAt: '2026-11-21T00:00:00.000Z' }),
      );
      expect(await t.store.getProfile('owner-a')).toEqual({
        ...p,
        name: 'Sam R',
        updatedAt: '2026-11-21T00:00:00.000Z',
      });
    });
  });
}
