import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

const MB = 1024 * 1024;

const ITEMS = [
  {
    id: 'e1',
    type: 'entry',
    text: 'Cut p95 latency of the search API from 900 ms to 200 ms by adding an index.',
  },
  { id: 'p1', type: 'peer-review', text: 'Great team player, always helpful.' },
  { id: 'm1', type: 'manager-feedback', text: "You're almost there, keep doing what you're doing." },
];

describe('POST /api/v1/analyze', () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await openTestApi('sqlite');
  });
  afterEach(async () => {
    await api.cleanup();
  });

  it('answers one result per item, in order, with the same ids and the fields of each type', async () => {
    const res = await api.post('/api/v1/analyze', ITEMS);
    expect(res.status).toBe(200);
    const [entry, peer, manager] = (await res.json()) as Record<string, unknown>[];
    expect(entry).toMatchObject({ id: 'e1', type: 'entry', metric: true, kind: expect.any(String) });
    expect(entry!.competencies).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(entry!.specificity).toEqual(expect.any(Number));
    expect(peer).toMatchObject({ id: 'p1', type: 'peer-review', specific: false });
    expect(manager).toMatchObject({ id: 'm1', type: 'manager-feedback', actionable: false });
    expect((manager!.followUpQuestions as string[]).length).toBeGreaterThan(0);
  });

  it('refuses a bad item with 400, naming its index and field, and analyses none of the others', async () => {
    for (const [item, path] of [
      [{ id: 'x', type: 'tweet', text: 'hello there' }, '[1].type'],
      [{ id: 'x', type: 'entry' }, '[1].text'],
      [{ id: 'x', type: 'entry', text: '   ' }, '[1].text'],
      [{ id: 42, type: 'entry', text: 'Shipped it' }, '[1].id'],
      [{ id: 'x', type: 'entry', text: 'x'.repeat(30_001) }, '[1].text'],
    ] as const) {
      const res = await api.post('/api/v1/analyze', [ITEMS[0], item]);
      expect(res.status, JSON.stringify(item).slice(0, 60)).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('invalid_input');
      expect(error.details.map((d) => d.path)).toContain(path);
    }
  });

  it('refuses a body that is not a list of items, or an empty one, with 400', async () => {
    for (const body of [ITEMS[0], [], { items: ITEMS }]) {
      expect((await api.post('/api/v1/analyze', body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await api.post('/api/v1/analyze', '[{"id":')).status).toBe(400);
  });

  it('refuses more than 1,000 items with 400 and a body over 1 MB with 413', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({
      id: `e${i}`,
      type: 'entry',
      text: 'Shipped it.',
    }));
    const tooMany = await api.post('/api/v1/analyze', many);
    expect(tooMany.status).toBe(400);
    expect((await errorOf(tooMany)).message).toMatch(/at most 1000 items/);
    const huge = await api.post('/api/v1/analyze', [{ id: 'e', type: 'entry', text: 'x'.repeat(2 * MB) }]);
    expect(huge.status).toBe(413);
    expect((await errorOf(huge)).code).toBe('payload_too_large');
  });

  it('accepts only JSON', async () => {
    const res = await api.send('POST', '/api/v1/analyze', {
      body: 'id,type,text',
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(res.status).toBe(415);
  });

  it('requires the access token', async () => {
    expect((await api.send('POST', '/api/v1/analyze', { body: ITEMS, anonymous: true })).status).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await api.get('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/api/v1/analyze']).toHaveProperty('post');
  });
});

describe('POST /api/v1/analyze/entry', () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await openTestApi('sqlite');
  });
  afterEach(async () => {
    await api.cleanup();
  });

  it('says what an entry being written reads as, with suggestions, and saves nothing', async () => {
    const res = await api.post('/api/v1/analyze/entry', {
      title: 'Cut p95 latency of the search API from 900 ms to 200 ms',
      impact: 'Checkout conversion rose 2% for the whole team',
    });
    expect(res.status).toBe(200);
    const suggestion = (await res.json()) as Record<string, unknown>;
    expect(suggestion).toMatchObject({ metric: true, kind: expect.any(String), scope: expect.any(String) });
    expect(suggestion.competencies).toEqual(expect.any(Array));
    expect(suggestion.specificity).toBeGreaterThan(0);
    expect(await api.services.entries.list(api.actor)).toEqual([]);
  });

  it('asks for a vague entry to be made specific', async () => {
    const res = await api.post('/api/v1/analyze/entry', { title: 'Worked on stuff' });
    const suggestion = (await res.json()) as { metric: boolean; suggestions: string[] };
    expect(suggestion.metric).toBe(false);
    expect(suggestion.suggestions.length).toBeGreaterThan(0);
  });

  it('refuses an entry with no text, a title over 200 characters and unknown fields, naming the field', async () => {
    const empty = await api.post('/api/v1/analyze/entry', { title: '  ' });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).details[0]?.path).toBe('title');
    const long = await api.post('/api/v1/analyze/entry', { title: 'x'.repeat(201) });
    expect(long.status).toBe(400);
    expect((await errorOf(long)).details[0]?.path).toBe('title');
    const unknown = await api.post('/api/v1/analyze/entry', { title: 'Shipped', mood: 'great' });
    expect(unknown.status).toBe(400);
    expect((await api.post('/api/v1/analyze/entry', { title: 42 })).status).toBe(400);
  });
});

for (const dialect of DIALECTS) {
  describe(`/api/v1/analyze/untagged on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    it('lists suggestions for my untagged entries only, and applies them on request', async () => {
      const mine = await api.services.entries.create(api.actor, {
        title: 'Mentored Jonas through his first on-call rotation',
      });
      await api.services.entries.create(api.actor, {
        title: 'Designed the cache',
        competencies: ['system-design'],
      });
      await api.otherOwnersEntry();

      const listed = await api.get('/api/v1/analyze/untagged');
      expect(listed.status).toBe(200);
      const { suggestions } = (await listed.json()) as {
        suggestions: { entryId: string; changes: unknown }[];
      };
      expect(suggestions).toEqual([
        expect.objectContaining({
          entryId: mine.id,
          changes: expect.objectContaining({ kind: 'mentoring' }),
        }),
      ]);
      expect(await api.services.entries.get(api.actor, mine.id)).toMatchObject({
        kind: 'other',
        competencies: [],
      });

      const applied = await api.post('/api/v1/analyze/untagged/apply');
      expect(applied.status).toBe(200);
      expect(((await applied.json()) as { suggestions: unknown[] }).suggestions).toHaveLength(1);
      expect(await api.services.entries.get(api.actor, mine.id)).toMatchObject({ kind: 'mentoring' });
      const after = (await (await api.get('/api/v1/analyze/untagged')).json()) as { suggestions: unknown[] };
      expect(after.suggestions).toEqual([]);
    });

    it('requires the access token', async () => {
      expect((await api.send('GET', '/api/v1/analyze/untagged', { anonymous: true })).status).toBe(401);
      expect((await api.send('POST', '/api/v1/analyze/untagged/apply', { anonymous: true })).status).toBe(
        401,
      );
    });
  });
}
