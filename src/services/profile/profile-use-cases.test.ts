import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  openTestStore,
  type TestStore,
  testClock,
  testServices,
} from '../../../tests/support/test-store.js';
import type { Actor, Services } from '../services.js';

const DAY = 86_400_000;
const answers = { name: 'Sam Rivera', currentLevel: 'mid', targetLevel: 'senior' } as const;

for (const dialect of DIALECTS) {
  describe(`profile use cases on ${dialect}`, () => {
    let t: TestStore;
    let clock: ReturnType<typeof testClock>;
    let services: Services;
    let me: Actor;
    const other: Actor = { ownerId: 'owner-other' };

    beforeEach(async () => {
      t = await openTestStore(dialect);
      clock = testClock(); // Friday 2026-11-20, 17:00 UTC
      services = testServices(t.store, clock);
      me = await services.ensureLocalOwner();
      await t.store.write((tx) =>
        tx.insertOwner({ id: other.ownerId, name: 'Other', createdAt: '2030-01-01T00:00:00.000Z' }),
      );
    });
    afterEach(async () => t.cleanup());

    describe('before init', () => {
      it('reads the profile as not_initialized, pointing at init', async () => {
        await expect(services.profile.get(me)).rejects.toMatchObject({
          code: 'not_initialized',
          message: expect.stringContaining('promocase init'),
        });
      });

      it('refuses to update a profile that does not exist', async () => {
        await expect(services.profile.update(me, { name: 'Sam' })).rejects.toMatchObject({
          code: 'not_initialized',
        });
      });
    });

    describe('save', () => {
      it('saves the answers with defaults for the rest', async () => {
        const profile = await services.profile.save(me, answers);
        expect(profile).toEqual({
          ownerId: me.ownerId,
          name: 'Sam Rivera',
          company: 'generic',
          currentLevel: 'mid',
          targetLevel: 'senior',
          managerName: null,
          reviewCadence: 'half-yearly',
          nextCalibration: null,
          framework: 'promocase',
          createdAt: '2026-11-20T17:00:00.000Z',
          updatedAt: '2026-11-20T17:00:00.000Z',
        });
        expect(await services.profile.get(me)).toEqual(profile);
      });

      it('saves every field it is given, trimming names', async () => {
        const profile = await services.profile.save(me, {
          ...answers,
          name: '  Sam Rivera ',
          managerName: ' Priya Nair',
          reviewCadence: 'yearly',
          nextCalibration: '2027-03-01',
        });
        expect(profile).toMatchObject({
          name: 'Sam Rivera',
          managerName: 'Priya Nair',
          reviewCadence: 'yearly',
          nextCalibration: '2027-03-01',
        });
      });

      it('overwrites the answers when run again, keeping createdAt', async () => {
        await services.profile.save(me, { ...answers, managerName: 'Priya Nair' });
        clock.advance(DAY);
        const again = await services.profile.save(me, {
          name: 'Sam R.',
          currentLevel: 'senior',
          targetLevel: 'staff',
        });
        expect(again).toMatchObject({
          name: 'Sam R.',
          currentLevel: 'senior',
          targetLevel: 'staff',
          managerName: null,
          createdAt: '2026-11-20T17:00:00.000Z',
          updatedAt: '2026-11-21T17:00:00.000Z',
        });
        expect(await services.profile.get(me)).toEqual(again);
      });

      it.each([
        ['below', 'senior', 'mid'],
        ['equal to', 'senior', 'senior'],
      ])(
        'rejects a target level %s the current level at targetLevel, saving nothing',
        async (_, current, target) => {
          await expect(
            services.profile.save(me, { ...answers, currentLevel: current, targetLevel: target }),
          ).rejects.toMatchObject({
            code: 'invalid_input',
            message: 'targetLevel: must be a level above the current level',
            details: [{ path: 'targetLevel', message: 'must be a level above the current level' }],
          });
          await expect(services.profile.get(me)).rejects.toMatchObject({ code: 'not_initialized' });
        },
      );

      it('rejects a level it does not know, listing the levels', async () => {
        await expect(services.profile.save(me, { ...answers, currentLevel: 'L4' })).rejects.toMatchObject({
          code: 'invalid_input',
          details: [
            {
              path: 'currentLevel',
              message: 'expected one of: junior, mid, senior, staff, senior-staff, principal',
            },
          ],
        });
      });

      it('rejects a profile without a name, saying it is required', async () => {
        const { name: _name, ...rest } = answers;
        await expect(services.profile.save(me, rest)).rejects.toMatchObject({
          code: 'invalid_input',
          details: [{ path: 'name', message: expect.stringMatching(/required/i) }],
        });
      });

      it('rejects wrong types, bad dates and unknown keys, naming each field', async () => {
        const cases: [Record<string, unknown>, string][] = [
          [{ ...answers, name: 42 }, 'name'],
          [{ ...answers, name: '  ' }, 'name'],
          [{ ...answers, managerName: 5 }, 'managerName'],
          [{ ...answers, company: 'acme' }, 'company'],
          [{ ...answers, reviewCadence: 'monthly' }, 'reviewCadence'],
          [{ ...answers, nextCalibration: '2027-02-30' }, 'nextCalibration'],
          [{ ...answers, nextCalibration: 'next spring' }, 'nextCalibration'],
        ];
        for (const [input, path] of cases) {
          await expect(services.profile.save(me, input)).rejects.toMatchObject({
            code: 'invalid_input',
            message: expect.stringMatching(new RegExp(`^${path}: `)),
            details: [{ path }],
          });
        }
        await expect(services.profile.save(me, { ...answers, ownerId: other.ownerId })).rejects.toMatchObject(
          {
            code: 'invalid_input',
            message: expect.stringContaining('"ownerId"'),
          },
        );
        for (const input of [null, 'Sam', []]) {
          await expect(services.profile.save(me, input)).rejects.toMatchObject({ code: 'invalid_input' });
        }
        await expect(services.profile.get(me)).rejects.toMatchObject({ code: 'not_initialized' });
      });
    });

    describe('update', () => {
      beforeEach(async () => {
        await services.profile.save(me, { ...answers, managerName: 'Priya Nair' });
        clock.advance(DAY);
      });

      it('changes only the given fields and moves updatedAt', async () => {
        const before = await services.profile.get(me);
        const after = await services.profile.update(me, { nextCalibration: '2027-02-03', managerName: null });
        expect(after).toEqual({
          ...before,
          nextCalibration: '2027-02-03',
          managerName: null,
          updatedAt: '2026-11-21T17:00:00.000Z',
        });
        expect(await services.profile.get(me)).toEqual(after);
      });

      it('moves both levels at once after a promotion', async () => {
        const after = await services.profile.update(me, { currentLevel: 'senior', targetLevel: 'staff' });
        expect(after).toMatchObject({ currentLevel: 'senior', targetLevel: 'staff' });
      });

      it('refuses a current level that reaches the target, at targetLevel, and keeps the profile', async () => {
        const before = await services.profile.get(me);
        await expect(services.profile.update(me, { currentLevel: 'senior' })).rejects.toMatchObject({
          code: 'invalid_input',
          details: [{ path: 'targetLevel', message: 'must be a level above the current level' }],
        });
        await expect(services.profile.update(me, { targetLevel: 'junior' })).rejects.toMatchObject({
          code: 'invalid_input',
          details: [{ path: 'targetLevel' }],
        });
        expect(await services.profile.get(me)).toEqual(before);
      });

      it('rejects an empty change, bad values and unknown keys, keeping the profile', async () => {
        const before = await services.profile.get(me);
        await expect(services.profile.update(me, {})).rejects.toMatchObject({
          code: 'invalid_input',
          message: expect.stringContaining('at least one field'),
        });
        await expect(services.profile.update(me, { nextCalibration: '2026-02-30' })).rejects.toMatchObject({
          code: 'invalid_input',
          details: [{ path: 'nextCalibration' }],
        });
        await expect(services.profile.update(me, { name: '' })).rejects.toMatchObject({
          code: 'invalid_input',
          details: [{ path: 'name', message: 'must not be empty' }],
        });
        await expect(
          services.profile.update(me, { createdAt: '2020-01-01T00:00:00.000Z' }),
        ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('"createdAt"') });
        expect(await services.profile.get(me)).toEqual(before);
      });
    });

    describe('ownership', () => {
      it('keeps one profile per owner', async () => {
        await services.profile.save(me, answers);
        await expect(services.profile.get(other)).rejects.toMatchObject({ code: 'not_initialized' });
        await expect(services.profile.update(other, { name: 'Intruder' })).rejects.toMatchObject({
          code: 'not_initialized',
        });
        const theirs = await services.profile.save(other, {
          name: 'Alex',
          currentLevel: 'senior',
          targetLevel: 'staff',
        });
        expect(theirs.ownerId).toBe(other.ownerId);
        expect((await services.profile.get(me)).name).toBe('Sam Rivera');
      });
    });
  });
}
