import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FT_SAMPLE } from '../../../tests/support/framework-fixtures.js';
import { DIALECTS, openTestStore, type TestStore, testServices } from '../../../tests/support/test-store.js';
import type { Actor, Services } from '../services.js';

for (const dialect of DIALECTS) {
  describe(`frameworks in export and import on ${dialect}`, () => {
    let from: TestStore;
    let to: TestStore;
    let source: Services;
    let target: Services;
    let me: Actor;
    let you: Actor;
    beforeEach(async () => {
      from = await openTestStore(dialect);
      to = await openTestStore(dialect);
      source = testServices(from.store);
      target = testServices(to.store);
      me = await source.ensureLocalOwner();
      you = await target.ensureLocalOwner();
      await source.frameworks.import(me, {
        text: FT_SAMPLE,
        fileName: 'engineering.yml',
        seniorLevel: 'senior-1',
      });
    });
    afterEach(async () => {
      await from.cleanup();
      await to.cleanup();
    });

    it('moves an imported framework into another home unchanged, and only once', async () => {
      const document = await source.transfer.exportJson(me);
      expect(document.frameworks.map((f) => f.document.id)).toEqual(['engineering']);
      const json = JSON.parse(JSON.stringify(document));
      expect((await target.transfer.import(you, json)).frameworks).toEqual({
        created: 1,
        updated: 0,
        unchanged: 0,
        keptNewer: 0,
      });
      expect(await target.frameworks.get(you, 'engineering')).toEqual(
        await source.frameworks.get(me, 'engineering'),
      );
      expect((await target.transfer.import(you, json)).frameworks).toEqual({
        created: 0,
        updated: 0,
        unchanged: 1,
        keptNewer: 0,
      });
    });

    it('refuses a document whose framework is broken, and writes nothing', async () => {
      const json = JSON.parse(JSON.stringify(await source.transfer.exportJson(me)));
      json.frameworks[0].document.seniorLevel = 'nowhere';
      await expect(target.transfer.import(you, json)).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('frameworks[0].document.seniorLevel'),
      });
      expect(await target.frameworks.list(you)).toHaveLength(1); // the built-in one only
    });

    /** An export whose profile follows the imported framework `engineering`. */
    async function exportFollowingEngineering() {
      await source.profile.save(me, {
        name: 'Sam',
        currentLevel: 'mid',
        targetLevel: 'senior',
        framework: 'engineering',
      });
      return JSON.parse(JSON.stringify(await source.transfer.exportJson(me)));
    }

    it('refuses a profile that follows a framework neither the file nor the home has, and writes nothing', async () => {
      const json = await exportFollowingEngineering();
      json.frameworks = [];
      await expect(target.transfer.import(you, json)).rejects.toMatchObject({
        code: 'invalid_input',
        details: [{ path: 'profile.framework', message: expect.stringContaining('"engineering"') }],
      });
      await expect(target.profile.get(you)).rejects.toMatchObject({ code: 'not_initialized' });
      expect(await target.entries.list(you)).toEqual([]);
    });

    it('accepts a profile that follows a framework the home already has', async () => {
      const json = await exportFollowingEngineering();
      await target.transfer.import(you, { ...json, profile: null });
      await target.transfer.import(you, { ...json, frameworks: [] });
      expect((await target.profile.get(you))?.framework).toBe('engineering');
    });

    it('refuses a framework that claims the built-in id', async () => {
      const json = JSON.parse(JSON.stringify(await source.transfer.exportJson(me)));
      json.frameworks[0].document.id = 'promocase';
      await expect(target.transfer.import(you, json)).rejects.toMatchObject({ code: 'invalid_input' });
    });
  });
}
