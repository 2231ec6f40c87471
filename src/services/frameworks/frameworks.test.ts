import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FT_SAMPLE, ladder, MONZO_SAMPLE } from '../../../tests/support/framework-fixtures.js';
import {
  DIALECTS,
  openTestStore,
  type TestStore,
  testClock,
  testServices,
} from '../../../tests/support/test-store.js';
import { DomainError } from '../../core/errors.js';
import { BUILTIN_COMPETENCY_IDS, BUILTIN_LEVEL_IDS } from '../../core/frameworks/builtin-ids.js';
import { serializeFramework } from '../../core/frameworks/parse-framework.js';
import type { Actor, Services } from '../services.js';

const FT_LEVELS = [
  'junior',
  'engineer',
  'senior-1',
  'senior-2-ic',
  'senior-2-pm',
  'principal-ic',
  'principal-pm',
  'tech-director',
];

const asJson = (doc: unknown) => ({ text: JSON.stringify(doc, null, 2), fileName: 'acme.json' });

/** Version 1 has "comms"; version 2 renames it to "communication" (same name) and keeps the rest. */
const ACME_V1 = ladder([
  ['craft', 'Craft'],
  ['comms', 'Communication'],
  ['impact', 'Impact'],
]);
const ACME_V2 = ladder([
  ['craft', 'Craft'],
  ['communication', 'Communication'],
  ['impact', 'Impact'],
]);

/** Runs `fn`, expecting a DomainError with `code`, and returns it for further checks. */
async function refusal(code: DomainError['code'], fn: () => Promise<unknown>): Promise<DomainError> {
  const error = await fn().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a DomainError').toBeInstanceOf(DomainError);
  expect((error as DomainError).code, (error as DomainError).message).toBe(code);
  return error as DomainError;
}

for (const dialect of DIALECTS) {
  describe(`frameworks on ${dialect}`, () => {
    const opened: TestStore[] = [];
    let clock: ReturnType<typeof testClock>;
    let services: Services;
    let me: Actor;
    const other: Actor = { ownerId: 'owner-other' };

    async function freshHome(): Promise<{ services: Services; me: Actor; store: TestStore['store'] }> {
      const t = await openTestStore(dialect);
      opened.push(t);
      const s = testServices(t.store, clock);
      return { services: s, me: await s.ensureLocalOwner(), store: t.store };
    }

    /** Nothing of mine is stored: only the built-in framework is listed. */
    async function expectNothingStored(): Promise<void> {
      expect((await services.frameworks.list(me)).map((f) => f.id)).toEqual(['promocase']);
    }

    const storedDocument = async (id: string) =>
      (await opened[0]!.store.getFramework(me.ownerId, id))?.document;

    beforeEach(async () => {
      clock = testClock();
      const home = await freshHome();
      services = home.services;
      me = home.me;
      await home.store.write((tx) =>
        tx.insertOwner({ id: other.ownerId, name: 'Other', createdAt: '2026-01-01T00:00:00.000Z' }),
      );
    });
    afterEach(async () => {
      for (const t of opened.splice(0)) await t.cleanup();
    });

    describe('list', () => {
      it('lists the built-in framework first, as built-in and never imported', async () => {
        expect(await services.frameworks.list(me)).toEqual([
          {
            id: 'promocase',
            name: expect.any(String),
            source: expect.any(String),
            builtin: true,
            levels: BUILTIN_LEVEL_IDS.length,
            competencies: BUILTIN_COMPETENCY_IDS.length,
            seniorLevel: 'senior',
            importedAt: null,
          },
        ]);
      });

      it('lists my imported frameworks after the built-in one, with when they were imported', async () => {
        await services.frameworks.import(me, {
          text: FT_SAMPLE,
          fileName: 'engineering.yml',
          seniorLevel: 'senior-1',
        });
        expect(await services.frameworks.list(me)).toEqual([
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

      it("does not list another owner's frameworks", async () => {
        await services.frameworks.import(other, asJson(ACME_V1));
        await expectNothingStored();
      });

      it('creates my own framework under an id another owner uses, leaving theirs as it was', async () => {
        await services.frameworks.import(other, asJson(ACME_V1));
        const report = await services.frameworks.import(me, asJson(ACME_V2));
        expect(report).toMatchObject({ status: 'created', added: [], removed: [] });
        expect(await services.frameworks.get(me, 'acme')).toEqual(ACME_V2);
        expect(await services.frameworks.get(other, 'acme')).toEqual(ACME_V1);
      });
    });

    describe('get', () => {
      it('reads the built-in framework by the id promocase, with its stable level and competency ids', async () => {
        const doc = await services.frameworks.get(me, 'promocase');
        expect(doc.id).toBe('promocase');
        expect(doc.levels.map((l) => l.id)).toEqual([...BUILTIN_LEVEL_IDS]);
        expect(doc.competencies.map((c) => c.id)).toEqual([...BUILTIN_COMPETENCY_IDS]);
        expect(doc.seniorLevel).toBe('senior');
        expect(doc.cells).toHaveLength(BUILTIN_LEVEL_IDS.length * BUILTIN_COMPETENCY_IDS.length);
      });

      it('reads an imported framework as it was stored', async () => {
        await services.frameworks.import(me, asJson(ACME_V1));
        expect(await services.frameworks.get(me, 'acme')).toEqual(ACME_V1);
      });

      it('refuses an unknown id as not_found, naming the frameworks there are', async () => {
        const error = await refusal('not_found', () => services.frameworks.get(me, 'nope'));
        expect(error.message).toContain('"nope"');
        expect(error.message).toContain('promocase');
      });

      it("reads another owner's framework as absent", async () => {
        await services.frameworks.import(other, asJson(ACME_V1));
        const error = await refusal('not_found', () => services.frameworks.get(me, 'acme'));
        expect(error.message).toMatch(/yours are: promocase$/);
        expect(await services.frameworks.get(other, 'acme')).toEqual(ACME_V1);
      });
    });

    describe('diff', () => {
      it('says for every built-in competency what senior adds on top of mid', async () => {
        const diff = await services.frameworks.diff(me, {
          framework: 'promocase',
          from: 'mid',
          to: 'senior',
        });
        expect(diff).toMatchObject({ framework: { id: 'promocase' }, from: 'mid', to: 'senior' });
        expect(diff.competencies.map((c) => c.competency.id)).toEqual([...BUILTIN_COMPETENCY_IDS]);
        for (const c of diff.competencies) {
          expect(c.from, c.competency.id).toMatchObject({ level: 'mid', competency: c.competency.id });
          expect(c.steps.map((s) => s.level.id)).toEqual(['senior']);
          expect(c.steps[0]!.cell).toMatchObject({ level: 'senior', competency: c.competency.id });
          expect(c.steps[0]!.cell!.expectation).not.toBe(c.from!.expectation);
        }
      });

      it('walks every level in between when the target is more than one step up', async () => {
        const diff = await services.frameworks.diff(me, {
          framework: 'promocase',
          from: 'junior',
          to: 'staff',
        });
        for (const c of diff.competencies)
          expect(c.steps.map((s) => s.level.id)).toEqual(['mid', 'senior', 'staff']);
      });

      it('compares the levels of an imported framework', async () => {
        await services.frameworks.import(me, {
          text: FT_SAMPLE,
          fileName: 'engineering.yml',
          seniorLevel: 'senior-1',
        });
        const diff = await services.frameworks.diff(me, {
          framework: 'engineering',
          from: 'engineer',
          to: 'senior-1',
        });
        expect(diff.competencies).toHaveLength(9);
        expect(
          diff.competencies.every((c) => c.steps.length === 1 && c.steps[0]!.level.id === 'senior-1'),
        ).toBe(true);
      });

      it('refuses an unknown level with a message naming the valid levels', async () => {
        for (const [from, to] of [
          ['mid', 'boss'],
          ['intern', 'senior'],
        ]) {
          const error = await refusal('invalid_input', () =>
            services.frameworks.diff(me, { framework: 'promocase', from: from!, to: to! }),
          );
          expect(error.message).toContain(from === 'intern' ? '"intern"' : '"boss"');
          expect(error.message).toContain(BUILTIN_LEVEL_IDS.join(', '));
        }
      });

      it('refuses a target that is not above the starting level', async () => {
        for (const [from, to] of [
          ['senior', 'mid'],
          ['senior', 'senior'],
        ]) {
          const error = await refusal('invalid_input', () =>
            services.frameworks.diff(me, { framework: 'promocase', from: from!, to: to! }),
          );
          expect(error.message).toContain('must be above');
        }
      });

      it('refuses an unknown framework as not_found', async () => {
        await refusal('not_found', () =>
          services.frameworks.diff(me, { framework: 'nope', from: 'mid', to: 'senior' }),
        );
      });
    });

    describe('importing the Financial Times and Monzo files', () => {
      it('imports the FT file with the senior level given by id, and stores it whole', async () => {
        const report = await services.frameworks.import(me, {
          text: FT_SAMPLE,
          fileName: 'engineering.yml',
          seniorLevel: 'senior-1',
        });
        expect(report).toEqual({
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
        const stored = await storedDocument('engineering');
        expect(stored?.levels.map((l) => l.id)).toEqual(FT_LEVELS);
        expect(stored?.seniorLevel).toBe('senior-1');
        expect(stored?.cells.every((c) => c.signals.length > 0)).toBe(true);
      });

      it('imports the FT file with the senior level given by its 1-based number', async () => {
        const report = await services.frameworks.import(me, {
          text: FT_SAMPLE,
          fileName: 'engineering.yml',
          seniorLevel: '4',
        });
        expect(report.framework.seniorLevel).toBe('senior-2-ic');
        expect((await storedDocument('engineering'))?.seniorLevel).toBe('senior-2-ic');
      });

      it('imports the Monzo Markdown file with the senior level by number or by id', async () => {
        const byNumber = await services.frameworks.import(me, {
          text: MONZO_SAMPLE,
          fileName: 'web.md',
          seniorLevel: '4',
        });
        expect(byNumber).toMatchObject({
          framework: { id: 'web-engineering-framework', format: 'monzo', seniorLevel: 'level-4' },
          status: 'created',
          levels: 6,
          competencies: 5,
        });
        const byId = await services.frameworks.import(me, {
          text: MONZO_SAMPLE,
          fileName: 'web.md',
          seniorLevel: 'level-3',
        });
        expect(byId).toMatchObject({ status: 'updated', framework: { seniorLevel: 'level-3' }, removed: [] });
        const stored = await storedDocument('web-engineering-framework');
        expect(stored?.competencies.map((c) => c.id)).toEqual([
          'communication',
          'impact',
          'leadership',
          'influence',
          'mastery',
        ]);
        expect(stored?.cells.length).toBeGreaterThan(0);
      });

      it('previews a file without storing it, offering every level as the senior candidate', async () => {
        const preview = await services.frameworks.preview(FT_SAMPLE, 'engineering.yml');
        expect(preview.format).toBe('ft');
        expect(preview.needsSeniorLevel).toBe(true);
        expect(preview.seniorCandidates.map((c) => c.id)).toEqual(FT_LEVELS);
        await expectNothingStored();
      });

      it('refuses an FT or Monzo file without a senior level, naming seniorLevel and the choices, storing nothing', async () => {
        for (const [text, fileName, firstChoice] of [
          [FT_SAMPLE, 'engineering.yml', '1 = junior'],
          [MONZO_SAMPLE, 'web.md', '1 = level-1'],
        ] as const) {
          const error = await refusal('invalid_input', () =>
            services.frameworks.import(me, { text, fileName }),
          );
          expect(error.message).toContain('seniorLevel');
          expect(error.message).toContain(firstChoice);
          expect(error.details.map((d) => d.path)).toEqual(['seniorLevel']);
        }
        await expectNothingStored();
      });

      it('refuses a senior level the file does not have, listing its levels, storing nothing', async () => {
        for (const seniorLevel of ['boss', '0', '9']) {
          const error = await refusal('invalid_input', () =>
            services.frameworks.import(me, { text: FT_SAMPLE, fileName: 'engineering.yml', seniorLevel }),
          );
          expect(error.details[0]).toMatchObject({
            path: 'seniorLevel',
            message: expect.stringContaining('3 = senior-1'),
          });
        }
        await expectNothingStored();
      });
    });

    describe('round trips', () => {
      it('import -> export -> import stores the same document, and exports the same text again', async () => {
        for (const [text, fileName, seniorLevel] of [
          [FT_SAMPLE, 'engineering.yml', 'senior-1'],
          [MONZO_SAMPLE, 'web.md', 'level-4'],
        ] as const) {
          const report = await services.frameworks.import(me, { text, fileName, seniorLevel });
          const imported = await services.frameworks.get(me, report.framework.id);
          for (const format of ['yaml', 'json'] as const) {
            const exported = serializeFramework(imported, format);
            const elsewhere = await freshHome();
            const again = await elsewhere.services.frameworks.import(elsewhere.me, {
              text: exported,
              fileName: `${imported.id}.${format === 'yaml' ? 'yml' : 'json'}`,
            });
            expect(again).toMatchObject({
              status: 'created',
              framework: { format: 'promocase', seniorLevel },
            });
            const reimported = await elsewhere.services.frameworks.get(elsewhere.me, imported.id);
            expect(reimported).toEqual(imported);
            expect(serializeFramework(reimported, format)).toBe(exported);
          }
        }
      });

      it('exports YAML and JSON that parse back to the same framework', async () => {
        const builtin = await services.frameworks.get(me, 'promocase');
        const { parse } = await import('yaml');
        expect(parse(serializeFramework(builtin, 'yaml'))).toEqual(builtin);
        expect(JSON.parse(serializeFramework(builtin, 'json'))).toEqual(builtin);
      });

      it('re-imports its own export as an update that changes nothing', async () => {
        await services.frameworks.import(me, asJson(ACME_V1));
        const text = serializeFramework(await services.frameworks.get(me, 'acme'), 'yaml');
        clock.advance(60_000);
        const report = await services.frameworks.import(me, { text, fileName: 'acme.yml' });
        expect(report).toMatchObject({ status: 'updated', added: [], removed: [], mapped: [], flagged: [] });
        expect(await storedDocument('acme')).toEqual(ACME_V1);
      });
    });

    describe('malformed files', () => {
      /** Imports the text, expects invalid_input, and returns the problems; nothing may be stored. */
      async function problemsOf(text: string, fileName = 'acme.yml') {
        const error = await refusal('invalid_input', () =>
          services.frameworks.import(me, { text, fileName }),
        );
        await expectNothingStored();
        return error.details;
      }
      const yamlOf = (doc: unknown) => serializeFramework(doc as never, 'yaml');

      it('refuses a YAML syntax error, giving its line', async () => {
        const text = 'format: promocase-framework\nversion: 1\nid: acme\nlevels: [\n  - id: mid\n';
        const problems = await problemsOf(text);
        expect(problems).toHaveLength(1);
        expect(problems[0]!.path).toBe('(root)');
        expect(problems[0]!.message).toMatch(/^line \d+, column \d+: /);
      });

      it('refuses a JSON syntax error, giving its line', async () => {
        const problems = await problemsOf('{\n  "format": "promocase-framework",\n}\n', 'acme.json');
        expect(problems).toEqual([
          { path: '(root)', message: expect.stringMatching(/^line 3, column 1: invalid JSON/) },
        ]);
      });

      it('refuses duplicate level ids with the path and line of the second one', async () => {
        const doc = ladder([['craft', 'Craft']]);
        doc.levels[1]!.id = 'mid';
        const text = yamlOf(doc);
        const secondMid = text.split('\n').lastIndexOf('  - id: mid') + 1;
        const problems = await problemsOf(text);
        expect(problems).toContainEqual({
          path: 'levels[1].id',
          message: expect.stringMatching(new RegExp(`^line ${secondMid}: duplicate level id "mid"`)),
        });
      });

      it('refuses wrong types, naming each field by path and line', async () => {
        const text = [
          'format: promocase-framework', // 1
          'version: 1', // 2
          'id: acme', // 3
          'name: Acme', // 4
          'levels:', // 5
          '  - id: mid', // 6
          '    name: 42', // 7
          '  - id: senior', // 8
          '    name: Senior', // 9
          'seniorLevel: senior', // 10
          'competencies: craft', // 11
          'cells: []', // 12
          '',
        ].join('\n');
        const problems = await problemsOf(text);
        expect(problems).toEqual([
          { path: 'levels[0].name', message: 'line 7: expected a string' },
          {
            path: 'competencies',
            message: expect.stringMatching(/^line 11: expected a list of competencies/),
          },
        ]);
      });

      it('refuses a file that lacks the levels', async () => {
        const { levels: _levels, ...doc } = ladder([['craft', 'Craft']]);
        const problems = await problemsOf(JSON.stringify({ ...doc, cells: [] }), 'acme.json');
        expect(problems.map((p) => p.path)).toContain('levels');
      });

      it('refuses an empty file, and one with only comments', async () => {
        for (const text of ['', '   \n', '# nothing here\n']) {
          const problems = await problemsOf(text);
          expect(problems).toEqual([
            { path: '(root)', message: expect.stringContaining('the file is empty') },
          ]);
        }
      });

      it('refuses a file over 5 MB without parsing it', async () => {
        const text = `format: promocase-framework\nversion: 1\ndescription: ${'x'.repeat(5 * 1024 * 1024)}\n`;
        const problems = await problemsOf(text);
        expect(problems).toEqual([{ path: '(root)', message: expect.stringContaining('at most 5 MB') }]);
      });

      it('refuses a file it does not recognise as any framework format', async () => {
        const problems = await problemsOf('{"hello": "world"}', 'notes.json');
        expect(problems).toEqual([{ path: '(file)', message: 'unknown framework format' }]);
      });
    });

    it('refuses a framework whose id is promocase as a conflict with the built-in one, storing nothing', async () => {
      const error = await refusal('conflict', () =>
        services.frameworks.import(me, asJson({ ...ACME_V1, id: 'promocase' })),
      );
      expect(error.details).toEqual([{ path: 'id', message: expect.stringContaining('built-in') }]);
      await expectNothingStored();
      expect((await services.frameworks.get(me, 'promocase')).name).not.toBe('Acme ladder');
    });

    describe('re-importing a changed framework', () => {
      let tagged: { onlyComms: string; both: string; deleted: string; untouched: string };

      beforeEach(async () => {
        await services.frameworks.import(me, asJson(ACME_V1));
        const [onlyComms, both, deleted, untouched] = await services.entries.createMany(me, [
          { title: 'Ran the incident review', competencies: ['comms', 'craft'] },
          { title: 'Wrote the launch note', competencies: ['communication', 'comms'] },
          { title: 'Logged by mistake', competencies: ['comms'] },
          { title: 'Refactored the parser', competencies: ['craft'] },
        ]);
        await services.entries.remove(me, deleted!.id);
        tagged = { onlyComms: onlyComms!.id, both: both!.id, deleted: deleted!.id, untouched: untouched!.id };
        clock.advance(60_000);
      });

      const competenciesOf = async (id: string) =>
        (await opened[0]!.store.getEntry(me.ownerId, id))?.competencies;

      it('reports the removed competency and keeps the entries tagged with it, flagged, not dropped', async () => {
        const report = await services.frameworks.import(me, asJson(ACME_V2));
        expect(report).toMatchObject({
          status: 'updated',
          added: ['communication'],
          removed: ['comms'],
          mapped: [],
          flagged: [{ competency: 'comms', entries: 3, ratings: 0, goals: 0, likelyRename: 'communication' }],
        });
        expect(await competenciesOf(tagged.onlyComms)).toEqual(['comms', 'craft']);
        expect(await competenciesOf(tagged.both)).toEqual(['communication', 'comms']);
        expect(await competenciesOf(tagged.deleted)).toEqual(['comms']);
        expect(await storedDocument('acme')).toEqual(ACME_V2);
      });

      it('re-tags the flagged entries with --map old=new, deduplicating, and leaves the others alone', async () => {
        // The other owner has the same framework (an entry's competencies must be of the owner's frameworks).
        await services.frameworks.import(other, asJson(ACME_V1));
        await services.entries.create(other, { title: 'Not mine', competencies: ['comms'] });
        await services.frameworks.import(me, asJson(ACME_V2));
        clock.advance(60_000);
        const untouchedBefore = await opened[0]!.store.getEntry(me.ownerId, tagged.untouched);

        const report = await services.frameworks.import(me, {
          ...asJson(ACME_V2),
          map: { comms: 'communication' },
        });
        expect(report).toMatchObject({
          status: 'updated',
          removed: [],
          mapped: [{ from: 'comms', to: 'communication', entries: 3, ratings: 0, goals: 0 }],
          flagged: [],
        });
        expect(await competenciesOf(tagged.onlyComms)).toEqual(['communication', 'craft']);
        expect(await competenciesOf(tagged.both)).toEqual(['communication']);
        expect(await competenciesOf(tagged.deleted)).toEqual(['communication']);
        const retagged = await opened[0]!.store.getEntry(me.ownerId, tagged.onlyComms);
        expect(retagged?.updatedAt).toBe(clock.now().toISOString());
        expect(await opened[0]!.store.getEntry(me.ownerId, tagged.untouched)).toEqual(untouchedBefore);
        const theirs = await services.entries.list(other);
        expect(theirs.map((e) => e.competencies)).toEqual([['comms']]);
      });

      it('finds the re-tagged entries under the new competency, and none under the old one', async () => {
        await services.frameworks.import(me, { ...asJson(ACME_V2), map: { comms: 'communication' } });
        const titles = async (competency: string) =>
          (await services.entries.list(me, { competency, deleted: 'include' })).map((e) => e.title).sort();
        expect(await titles('communication')).toEqual([
          'Logged by mistake',
          'Ran the incident review',
          'Wrote the launch note',
        ]);
        expect(await titles('comms')).toEqual([]);
      });

      it('maps in the same import that removes the competency', async () => {
        const report = await services.frameworks.import(me, {
          ...asJson(ACME_V2),
          map: { comms: 'communication' },
        });
        expect(report).toMatchObject({
          removed: ['comms'],
          mapped: [{ from: 'comms', to: 'communication', entries: 3, ratings: 0, goals: 0 }],
          flagged: [],
        });
        expect(await competenciesOf(tagged.onlyComms)).toEqual(['communication', 'craft']);
      });

      it('refuses a map to a competency the framework lacks, changing nothing', async () => {
        const error = await refusal('invalid_input', () =>
          services.frameworks.import(me, { ...asJson(ACME_V2), map: { comms: 'talking' } }),
        );
        expect(error.details).toEqual([{ path: 'map.comms', message: expect.stringContaining('"talking"') }]);
        expect(await storedDocument('acme')).toEqual(ACME_V1);
        expect(await competenciesOf(tagged.onlyComms)).toEqual(['comms', 'craft']);
      });

      it('refuses a map from a competency the framework still has, changing nothing', async () => {
        const error = await refusal('invalid_input', () =>
          services.frameworks.import(me, { ...asJson(ACME_V2), map: { craft: 'impact' } }),
        );
        expect(error.details).toEqual([
          { path: 'map.craft', message: expect.stringContaining('still a competency') },
        ]);
        expect(await storedDocument('acme')).toEqual(ACME_V1);
        expect(await competenciesOf(tagged.untouched)).toEqual(['craft']);
      });
    });
  });
}
