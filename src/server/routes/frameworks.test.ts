import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FT_SAMPLE, ladder, MONZO_SAMPLE } from '../../../tests/support/framework-fixtures.js';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { BUILTIN_COMPETENCY_IDS, BUILTIN_LEVEL_IDS } from '../../core/frameworks/builtin-ids.js';
import type { FrameworkDocument } from '../../core/frameworks/framework.js';
import type { FrameworkImportReport } from '../../services/frameworks/import-framework.js';
import type { FrameworkDiff, FrameworkSummary } from '../../services/frameworks/read-frameworks.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

const MB = 1024 * 1024;
const FT = { text: FT_SAMPLE, fileName: 'engineering.yml' };

/** The import body for a framework document, sent as its JSON file. */
const importBody = (doc: unknown, extra: Record<string, unknown> = {}) => ({
  text: JSON.stringify(doc, null, 2),
  fileName: 'acme.json',
  ...extra,
});
const ACME_V1 = ladder([
  ['craft', 'Craft'],
  ['comms', 'Communication'],
]);
const ACME_V2 = ladder([
  ['craft', 'Craft'],
  ['communication', 'Communication'],
]);

for (const dialect of DIALECTS) {
  describe(`/api/v1/frameworks on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    const listed = async () =>
      ((await (await api.get('/api/v1/frameworks')).json()) as { frameworks: FrameworkSummary[] }).frameworks;
    const nothingStored = async () => expect((await listed()).map((f) => f.id)).toEqual(['promocase']);
    /** Imports for another account, whose frameworks must stay out of reach. */
    const importForAnotherOwner = async (doc: unknown) => {
      await api.otherOwnersEntry();
      await api.services.frameworks.import({ ownerId: 'other-owner' }, importBody(doc));
    };

    describe('GET /frameworks', () => {
      it('lists the built-in framework and the ones I imported, not those of other owners', async () => {
        await importForAnotherOwner(ACME_V1);
        expect(await listed()).toEqual([
          expect.objectContaining({
            id: 'promocase',
            builtin: true,
            importedAt: null,
            levels: 6,
            competencies: 8,
          }),
        ]);
        expect((await api.post('/api/v1/frameworks/import', { ...FT, seniorLevel: 'senior-1' })).status).toBe(
          200,
        );
        expect(await listed()).toEqual([
          expect.objectContaining({ id: 'promocase', builtin: true }),
          {
            id: 'engineering',
            name: 'Engineering',
            source: expect.any(String),
            builtin: false,
            levels: 8,
            competencies: 9,
            seniorLevel: 'senior-1',
            importedAt: '2026-11-20T17:00:00.000Z',
          },
        ]);
      });
    });

    describe('GET /frameworks/{id}', () => {
      it('reads the built-in framework by the id promocase', async () => {
        const res = await api.get('/api/v1/frameworks/promocase');
        expect(res.status).toBe(200);
        const doc = (await res.json()) as FrameworkDocument;
        expect(doc.levels.map((l) => l.id)).toEqual([...BUILTIN_LEVEL_IDS]);
        expect(doc.competencies.map((c) => c.id)).toEqual([...BUILTIN_COMPETENCY_IDS]);
        expect(doc.cells).toHaveLength(48);
      });

      it('answers 404 for an unknown id', async () => {
        const res = await api.get('/api/v1/frameworks/nope');
        expect(res.status).toBe(404);
        expect(await errorOf(res)).toMatchObject({
          code: 'not_found',
          message: expect.stringContaining('"nope"'),
        });
      });

      it("answers 404 for another owner's framework, as if it did not exist", async () => {
        await importForAnotherOwner(ACME_V1);
        const res = await api.get('/api/v1/frameworks/acme');
        expect(res.status).toBe(404);
        expect((await errorOf(res)).message).toBe('no framework "acme"; yours are: promocase');
        expect((await api.get('/api/v1/frameworks/acme/export')).status).toBe(404);
        expect((await api.get('/api/v1/frameworks/acme/diff?from=mid&to=senior')).status).toBe(404);
      });

      it('refuses an id longer than any framework id with 400', async () => {
        expect((await api.get(`/api/v1/frameworks/${'a'.repeat(61)}`)).status).toBe(400);
      });
    });

    describe('GET /frameworks/{id}/diff', () => {
      it('says for every built-in competency what senior adds on top of mid', async () => {
        const res = await api.get('/api/v1/frameworks/promocase/diff?from=mid&to=senior');
        expect(res.status).toBe(200);
        const diff = (await res.json()) as FrameworkDiff;
        expect(diff).toMatchObject({ framework: { id: 'promocase' }, from: 'mid', to: 'senior' });
        expect(diff.competencies.map((c) => c.competency.id)).toEqual([...BUILTIN_COMPETENCY_IDS]);
        for (const c of diff.competencies) {
          expect(c.from).toMatchObject({ level: 'mid', competency: c.competency.id });
          expect(c.steps).toEqual([
            {
              level: { id: 'senior', name: expect.any(String) },
              cell: expect.objectContaining({ level: 'senior' }),
            },
          ]);
        }
      });

      it('leaves out the cells an imported framework does not have, rather than failing', async () => {
        await api.post('/api/v1/frameworks/import', {
          text: MONZO_SAMPLE,
          fileName: 'web.md',
          seniorLevel: '4',
        });
        const res = await api.get(
          '/api/v1/frameworks/web-engineering-framework/diff?from=level-1&to=level-2',
        );
        expect(res.status).toBe(200);
        const diff = (await res.json()) as FrameworkDiff;
        const leadership = diff.competencies.find((c) => c.competency.id === 'leadership');
        expect(leadership).toEqual({
          competency: { id: 'leadership', name: expect.any(String) },
          steps: [{ level: { id: 'level-2', name: 'Level 2' } }],
        });
        const mastery = diff.competencies.find((c) => c.competency.id === 'mastery');
        expect(mastery?.steps[0]?.cell).toMatchObject({ level: 'level-2', competency: 'mastery' });
      });

      it('refuses an unknown level with 400, naming the valid levels', async () => {
        const res = await api.get('/api/v1/frameworks/promocase/diff?from=mid&to=boss');
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.message).toContain('"boss" is not a level');
        expect(error.message).toContain(BUILTIN_LEVEL_IDS.join(', '));
      });

      it('refuses a target that is not above the starting level with 400', async () => {
        const res = await api.get('/api/v1/frameworks/promocase/diff?from=senior&to=mid');
        expect(res.status).toBe(400);
        expect((await errorOf(res)).message).toContain('"mid" must be above "senior"');
      });

      it('refuses a missing level, a malformed one or an unknown parameter with 400, naming it', async () => {
        for (const [query, path] of [
          ['from=mid', 'to'],
          ['to=senior', 'from'],
          ['from=Mid&to=senior', 'from'],
          ['from=mid&to=senior&framework=x', 'framework'],
        ] as const) {
          const res = await api.get(`/api/v1/frameworks/promocase/diff?${query}`);
          expect(res.status, query).toBe(400);
          expect(JSON.stringify((await errorOf(res)).details), query).toContain(path);
        }
      });
    });

    describe('GET /frameworks/{id}/export', () => {
      it('downloads YAML by default, as an attachment named after the framework', async () => {
        const res = await api.get('/api/v1/frameworks/promocase/export');
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
        expect(res.headers.get('content-disposition')).toBe('attachment; filename="promocase.yml"');
        const builtin = await (await api.get('/api/v1/frameworks/promocase')).json();
        expect(parseYaml(await res.text())).toEqual(builtin);
      });

      it('downloads JSON with ?format=json', async () => {
        const res = await api.get('/api/v1/frameworks/promocase/export?format=json');
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(res.headers.get('content-disposition')).toBe('attachment; filename="promocase.json"');
        const builtin = await (await api.get('/api/v1/frameworks/promocase')).json();
        expect(JSON.parse(await res.text())).toEqual(builtin);
      });

      it('refuses an unknown format with 400, naming it', async () => {
        const res = await api.get('/api/v1/frameworks/promocase/export?format=xml');
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details[0]?.path).toBe('format');
      });

      it('answers 404 for an unknown framework', async () => {
        expect((await api.get('/api/v1/frameworks/nope/export')).status).toBe(404);
      });
    });

    describe('POST /frameworks/import', () => {
      it('imports the FT file with the senior level by id, and reports what it stored', async () => {
        const res = await api.post('/api/v1/frameworks/import', { ...FT, seniorLevel: 'senior-1' });
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({
          framework: { id: 'engineering', name: 'Engineering', format: 'ft', seniorLevel: 'senior-1' },
          status: 'created',
          levels: 8,
          competencies: 9,
          cells: 72,
          added: [],
          removed: [],
          mapped: [],
          flagged: [],
          warnings: [],
        });
        const doc = (await (await api.get('/api/v1/frameworks/engineering')).json()) as FrameworkDocument;
        expect(doc.seniorLevel).toBe('senior-1');
        expect(doc.levels).toHaveLength(8);
      });

      it('imports the FT file and the Monzo file with the senior level by its 1-based number', async () => {
        const ft = await api.post('/api/v1/frameworks/import', { ...FT, seniorLevel: '3' });
        expect(((await ft.json()) as FrameworkImportReport).framework.seniorLevel).toBe('senior-1');
        const monzo = await api.post('/api/v1/frameworks/import', {
          text: MONZO_SAMPLE,
          fileName: 'web.md',
          seniorLevel: '4',
        });
        expect(monzo.status).toBe(200);
        expect(await monzo.json()).toMatchObject({
          framework: { id: 'web-engineering-framework', format: 'monzo', seniorLevel: 'level-4' },
          levels: 6,
          competencies: 5,
        });
        expect((await listed()).map((f) => f.id)).toEqual([
          'promocase',
          'engineering',
          'web-engineering-framework',
        ]);
      });

      it('refuses an FT file without seniorLevel with 400, naming seniorLevel and the choices, storing nothing', async () => {
        const res = await api.post('/api/v1/frameworks/import', FT);
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        expect(error.message).toContain('1 = junior');
        expect(error.message).toContain('8 = tech-director');
        expect(error.details).toEqual([
          { path: 'seniorLevel', message: expect.stringContaining('3 = senior-1') },
        ]);
        await nothingStored();
      });

      it('round-trips: import -> export -> import into a fresh account stores the same framework', async () => {
        await api.post('/api/v1/frameworks/import', { ...FT, seniorLevel: 'senior-1' });
        const first = await (await api.get('/api/v1/frameworks/engineering')).json();
        for (const format of ['yaml', 'json'] as const) {
          const text = await (await api.get(`/api/v1/frameworks/engineering/export?format=${format}`)).text();
          const fresh = await openTestApi(dialect);
          try {
            const res = await fresh.post('/api/v1/frameworks/import', {
              text,
              fileName: `engineering.${format}`,
            });
            expect(res.status, await res.clone().text()).toBe(200);
            expect(await res.json()).toMatchObject({ status: 'created', framework: { format: 'promocase' } });
            expect(await (await fresh.get('/api/v1/frameworks/engineering')).json()).toEqual(first);
            const again = await fresh.get(`/api/v1/frameworks/engineering/export?format=${format}`);
            expect(await again.text()).toBe(text);
          } finally {
            await fresh.cleanup();
          }
        }
      });

      it('refuses a framework whose id is promocase with 409, storing nothing', async () => {
        const res = await api.post('/api/v1/frameworks/import', importBody({ ...ACME_V1, id: 'promocase' }));
        expect(res.status).toBe(409);
        expect(await errorOf(res)).toMatchObject({ code: 'conflict', details: [{ path: 'id' }] });
        await nothingStored();
      });

      it('refuses malformed files with 400, each problem with its path and YAML line, storing nothing', async () => {
        const duplicate = ladder([['craft', 'Craft']]);
        duplicate.levels[1]!.id = 'mid';
        const wrongTypes = 'format: promocase-framework\nversion: 1\nid: acme\nname: [Acme]\nlevels: 3\n';
        for (const [text, fileName, path, message] of [
          ['format: promocase-framework\nid: [\n', 'broken.yml', '(root)', /^line \d+, column \d+: /],
          [
            JSON.stringify(duplicate, null, 2),
            'dup.json',
            'levels[1].id',
            /^line \d+: duplicate level id "mid"/,
          ],
          [wrongTypes, 'types.yml', 'name', /^line 4: expected a string/],
          [wrongTypes, 'types.yml', 'levels', /^line 5: expected a list of levels/],
          ['# only a comment\n', 'empty.yml', '(root)', /the file is empty/],
        ] as const) {
          const res = await api.post('/api/v1/frameworks/import', { text, fileName });
          expect(res.status, fileName).toBe(400);
          expect((await errorOf(res)).details, fileName).toContainEqual({
            path,
            message: expect.stringMatching(message),
          });
        }
        await nothingStored();
      });

      it('refuses an empty file with 400, naming text', async () => {
        const res = await api.post('/api/v1/frameworks/import', { text: '', fileName: 'empty.yml' });
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details).toContainEqual({ path: 'text', message: 'the file is empty' });
        await nothingStored();
      });

      it('refuses a file over 5 MB inside a body under the limit with 400, naming text', async () => {
        const text = `format: promocase-framework\ndescription: ${'x'.repeat(5 * MB)}\n`;
        const res = await api.post('/api/v1/frameworks/import', { text, fileName: 'huge.yml' });
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details).toContainEqual({ path: 'text', message: 'at most 5 MB' });
        await nothingStored();
      });

      it('refuses a body over the limit with 413, storing nothing', async () => {
        const body = JSON.stringify({ text: 'x'.repeat(9 * MB), fileName: 'huge.yml' });
        const res = await api.post('/api/v1/frameworks/import', body);
        expect(res.status).toBe(413);
        expect((await errorOf(res)).code).toBe('payload_too_large');
        await nothingStored();
      });

      it('refuses wrong types and unknown fields in the body with 400, naming each field', async () => {
        for (const [body, path] of [
          [{ text: 42, fileName: 'acme.yml' }, 'text'],
          [{ text: FT_SAMPLE }, 'fileName'],
          [{ ...FT, seniorLevel: 3 }, 'seniorLevel'],
          [{ ...FT, seniorLevel: 'senior-1', map: ['comms=communication'] }, 'map'],
          [{ ...FT, seniorLevel: 'senior-1', map: { comms: 42 } }, 'map.comms'],
          [{ ...FT, seniorLevel: 'senior-1', map: { Comms: 'communication' } }, 'map'],
          [{ ...FT, seniorLevel: 'senior-1', file: 'engineering.yml' }, 'file'],
          [[FT], '(root)'],
        ] as const) {
          const res = await api.post('/api/v1/frameworks/import', body);
          expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
          expect(JSON.stringify((await errorOf(res)).details), JSON.stringify(body).slice(0, 80)).toContain(
            path,
          );
        }
        expect((await api.post('/api/v1/frameworks/import', '{"text":')).status).toBe(400);
        expect(
          (
            await api.send('POST', '/api/v1/frameworks/import', {
              body: 'text',
              headers: { 'Content-Type': 'text/yaml' },
            })
          ).status,
        ).toBe(415);
        await nothingStored();
      });

      describe('re-importing a changed framework', () => {
        let onlyComms: string;
        let both: string;
        beforeEach(async () => {
          expect((await api.post('/api/v1/frameworks/import', importBody(ACME_V1))).status).toBe(200);
          const create = async (title: string, competencies: string[]) =>
            ((await (await api.post('/api/v1/entries', { title, competencies })).json()) as { id: string })
              .id;
          onlyComms = await create('Ran the incident review', ['comms', 'craft']);
          both = await create('Wrote the launch note', ['communication', 'comms']);
        });
        const competenciesOf = async (id: string) =>
          ((await (await api.get(`/api/v1/entries/${id}`)).json()) as { competencies: string[] })
            .competencies;

        it('reports the removed competency, keeps its entries flagged, then re-tags them with map', async () => {
          const flagged = await api.post('/api/v1/frameworks/import', importBody(ACME_V2));
          expect(await flagged.json()).toMatchObject({
            status: 'updated',
            added: ['communication'],
            removed: ['comms'],
            mapped: [],
            flagged: [
              { competency: 'comms', entries: 2, ratings: 0, goals: 0, likelyRename: 'communication' },
            ],
          });
          expect(await competenciesOf(onlyComms)).toEqual(['comms', 'craft']);

          const mapped = await api.post(
            '/api/v1/frameworks/import',
            importBody(ACME_V2, { map: { comms: 'communication' } }),
          );
          expect(await mapped.json()).toMatchObject({
            mapped: [{ from: 'comms', to: 'communication', entries: 2, ratings: 0, goals: 0 }],
            flagged: [],
          });
          expect(await competenciesOf(onlyComms)).toEqual(['communication', 'craft']);
          expect(await competenciesOf(both)).toEqual(['communication']);
        });

        it('refuses a map to a competency the framework lacks, or from one it still has, with 400, changing nothing', async () => {
          for (const [map, path] of [
            [{ comms: 'talking' }, 'map.comms'],
            [{ craft: 'communication' }, 'map.craft'],
          ] as const) {
            const res = await api.post('/api/v1/frameworks/import', importBody(ACME_V2, { map }));
            expect(res.status).toBe(400);
            expect((await errorOf(res)).details.map((d) => d.path)).toEqual([path]);
          }
          const stored = (await (await api.get('/api/v1/frameworks/acme')).json()) as FrameworkDocument;
          expect(stored.competencies.map((c) => c.id)).toEqual(['craft', 'comms']);
          expect(await competenciesOf(onlyComms)).toEqual(['comms', 'craft']);
        });
      });
    });
  });
}
