import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import { ladder } from '../../../tests/support/framework-fixtures.js';
import { parseDateInput } from '../../core/dates.js';
import type { Profile } from '../../core/profile/profile.js';

const SAM = ['--name', 'Sam Rivera', '--level', 'mid', '--target', 'senior'];

describe('promocase init', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  const profile = async () => parseJsonOutput<Profile>(await cli.run(['profile', '--json']));

  it('saves a profile from flags alone, prints it on stdout and where the data lives on stderr', async () => {
    const r = await cli.run([
      'init',
      ...SAM,
      '--manager',
      'Priya Nair',
      '--cadence',
      'quarterly',
      '--next-calibration',
      '2027-03-15',
      '--company',
      'generic',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^name\s+Sam Rivera$/m);
    expect(r.stdout).toMatch(/^level\s+mid$/m);
    expect(r.stdout).toMatch(/^target\s+senior$/m);
    expect(r.stdout).toMatch(/^manager\s+Priya Nair$/m);
    expect(r.stdout).toMatch(/^cadence\s+quarterly$/m);
    expect(r.stdout).toMatch(/^next calibration\s+2027-03-15$/m);
    expect(r.stderr).toContain('Saved.');
    expect(r.stderr).toContain(cli.home);
    expect(await profile()).toMatchObject({
      name: 'Sam Rivera',
      company: 'generic',
      currentLevel: 'mid',
      targetLevel: 'senior',
      managerName: 'Priya Nair',
      reviewCadence: 'quarterly',
      nextCalibration: '2027-03-15',
    });
  });

  it('fills the defaults for what was not given', async () => {
    await cli.ok(['init', ...SAM]);
    expect(await profile()).toMatchObject({
      company: 'generic',
      managerName: null,
      reviewCadence: 'half-yearly',
      nextCalibration: null,
    });
  });

  it('creates the access token for serve in config.json, readable only by the owner', async () => {
    await cli.ok(['init', ...SAM]);
    const file = join(cli.home, 'config.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as { accessToken: string };
    expect(settings.accessToken).toMatch(/^[0-9a-f]{48}$/);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('prints only JSON on stdout with --json', async () => {
    const r = await cli.run(['init', ...SAM, '--json']);
    expect(parseJsonOutput<Profile>(r)).toMatchObject({ name: 'Sam Rivera', targetLevel: 'senior' });
  });

  it('keeps earlier answers when run again with only some flags', async () => {
    await cli.ok(['init', ...SAM, '--manager', 'Priya Nair']);
    await cli.ok(['init', '--target', 'staff']);
    expect(await profile()).toMatchObject({
      name: 'Sam Rivera',
      currentLevel: 'mid',
      targetLevel: 'staff',
      managerName: 'Priya Nair',
    });
  });

  it('accepts a relative calibration date', async () => {
    await cli.ok(['init', ...SAM, '--next-calibration', 'today']);
    expect((await profile()).nextCalibration).toBe(today());
  });

  describe('bad input (exit 2, nothing saved)', () => {
    const nothingSaved = async () => expectFailure(await cli.run(['profile']), 1, 'promocase init');

    it('names --name when it is missing and there is no terminal to ask on', async () => {
      const r = await cli.run(['init', '--level', 'mid', '--target', 'senior']);
      expectFailure(r, 2, '--name');
      expect(r.stderr).not.toContain('--level');
      await nothingSaved();
    });

    it('names every missing flag when none is given', async () => {
      expectFailure(await cli.run(['init']), 2, '--name', '--level', '--target');
      await nothingSaved();
    });

    it.each([
      [['--level', 'wizard'], 'junior, mid, senior, staff, senior-staff, principal'],
      [['--target', 'boss'], 'junior, mid, senior, staff, senior-staff, principal'],
      [['--cadence', 'weekly'], 'quarterly, half-yearly, yearly'],
      [['--company', 'acme'], 'generic'],
    ])('lists the accepted values for %j', async (flags, accepted) => {
      expectFailure(await cli.run(['init', ...SAM, ...flags]), 2, accepted);
      await nothingSaved();
    });

    it('rejects a target that is not above the current level', async () => {
      expectFailure(
        await cli.run(['init', '--name', 'Sam', '--level', 'senior', '--target', 'mid']),
        2,
        'above the current level',
      );
      await nothingSaved();
    });

    it.each([['2027-02-30'], ['blah'], ['03/15/2027']])('rejects the calibration date %j', async (date) => {
      expectFailure(
        await cli.run(['init', ...SAM, '--next-calibration', date]),
        2,
        `"${date}" is not a date`,
      );
      await nothingSaved();
    });

    it('rejects a name that is blank or longer than 120 characters', async () => {
      expectFailure(await cli.run(['init', ...SAM, '--name', '   ']), 2, 'name', 'must not be empty');
      expectFailure(await cli.run(['init', ...SAM, '--name', 'x'.repeat(121)]), 2, 'at most 120 characters');
      await nothingSaved();
    });

    it('rejects a flag given without its value', async () => {
      expectFailure(await cli.run(['init', '--level', 'mid', '--target', 'senior', '--name']), 2, '--name');
      await nothingSaved();
    });

    it('refuses a corrupt config.json before saving anything, leaving the file as it was', async () => {
      mkdirSync(cli.home, { recursive: true });
      const file = join(cli.home, 'config.json');
      writeFileSync(file, '{ not json');
      expectFailure(await cli.run(['init', ...SAM]), 2, file);
      expect(readFileSync(file, 'utf8')).toBe('{ not json');
      await nothingSaved();
    });

    it('says config.json is a directory when it is one, instead of calling it invalid JSON', async () => {
      const dir = join(cli.home, 'config.json');
      mkdirSync(dir, { recursive: true });
      const r = await cli.run(['init', ...SAM]);
      expectFailure(r, 2, `${dir} is a directory`);
      expect(r.stderr).not.toContain('JSON');
      await nothingSaved();
    });

    it('does not create the access token when init fails', async () => {
      await cli.run(['init', '--level', 'mid']);
      expect(existsSync(join(cli.home, 'config.json'))).toBe(false);
    });
  });
});

describe('promocase profile', () => {
  let cli: CliHarness;
  beforeEach(async () => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  const profile = async () => parseJsonOutput<Profile>(await cli.run(['profile', '--json']));

  it('says to run init first (exit 1) when there is no profile yet', async () => {
    expectFailure(await cli.run(['profile']), 1, 'promocase init');
  });

  describe('with a profile', () => {
    beforeEach(async () => {
      await cli.ok(['init', ...SAM, '--manager', 'Priya Nair', '--next-calibration', '2027-03-15']);
    });

    it('shows the profile as a table on stdout', async () => {
      const r = await cli.run(['profile']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^name\s+Sam Rivera$/m);
      expect(r.stdout).toMatch(/^manager\s+Priya Nair$/m);
      expect(r.stderr).toBe('');
    });

    it('shows the profile as pure JSON with --json', async () => {
      expect(await profile()).toMatchObject({ name: 'Sam Rivera', currentLevel: 'mid' });
    });

    it('changes only the fields given', async () => {
      const before = await profile();
      await cli.ok(['profile', '--target', 'staff', '--cadence', 'yearly']);
      const after = await profile();
      expect(after).toEqual({
        ...before,
        targetLevel: 'staff',
        reviewCadence: 'yearly',
        updatedAt: expect.any(String),
      });
      expect(after.createdAt).toBe(before.createdAt);
    });

    it('clears the manager and the calibration date with empty values', async () => {
      await cli.ok(['profile', '--manager', '', '--next-calibration', '']);
      expect(await profile()).toMatchObject({ managerName: null, nextCalibration: null });
    });

    it('accepts "last friday" as a calibration date', async () => {
      await cli.ok(['profile', '--next-calibration', 'last friday']);
      expect((await profile()).nextCalibration).toBe(parseDateInput('last friday', today()));
    });

    it('refuses a framework with no level for the target above the current one (exit 2), changing nothing', async () => {
      const file = join(cli.dir, 'acme.json');
      writeFileSync(file, JSON.stringify(ladder([['craft', 'Craft']])));
      await cli.ok(['framework', 'import', file]);
      await cli.ok(['profile', '--level', 'senior', '--target', 'staff']);
      const before = await profile();
      expectFailure(
        await cli.run(['profile', '--framework', 'acme']),
        2,
        '--framework',
        'Acme ladder has no level for your target (staff) above the one for your current level (senior)',
      );
      expect(await profile()).toEqual(before);
      // The other way round: on acme, a target past its top level is refused too, naming --target.
      await cli.ok(['profile', '--level', 'mid', '--target', 'senior', '--framework', 'acme']);
      expectFailure(await cli.run(['profile', '--level', 'senior', '--target', 'staff']), 2, '--target');
      expect((await profile()).targetLevel).toBe('senior');
    });

    it.each([
      [['--target', 'junior'], 'above the current level'],
      [['--level', 'staff'], 'above the current level'],
      [['--cadence', 'monthly'], 'quarterly, half-yearly, yearly'],
      [['--level', 'guru'], 'junior, mid, senior'],
      [['--next-calibration', '2027-13-01'], '"2027-13-01" is not a date'],
      [['--name', ''], 'must not be empty'],
      [['--name', 'n'.repeat(121)], 'at most 120 characters'],
    ])('rejects %j with exit 2 and changes nothing', async (flags, message) => {
      const before = await profile();
      expectFailure(await cli.run(['profile', ...flags]), 2, message);
      expect(await profile()).toEqual(before);
    });
  });
});
