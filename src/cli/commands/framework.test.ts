// `promocase framework list | show | diff | export | import`, run in-process as a user types them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
} from '../../../tests/support/cli-harness.js';
import { FT_SAMPLE_FILE, ladder, MONZO_SAMPLE_FILE } from '../../../tests/support/framework-fixtures.js';
import { BUILTIN_COMPETENCY_IDS, BUILTIN_LEVEL_IDS } from '../../core/frameworks/builtin-ids.js';
import type { FrameworkDocument } from '../../core/frameworks/framework.js';
import type { FrameworkImportReport } from '../../services/frameworks/import-framework.js';
import type { FrameworkDiff, FrameworkSummary } from '../../services/frameworks/read-frameworks.js';

const BUILTIN_LEVELS = BUILTIN_LEVEL_IDS.join(', ');

describe('promocase framework', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  /** Writes a file into the scratch directory: text as is, anything else as JSON. */
  const write = (name: string, content: unknown) => {
    const file = join(cli.dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return file;
  };
  const listed = async () =>
    parseJsonOutput<FrameworkSummary[]>(await cli.run(['framework', 'list', '--json']));
  const nothingStored = async () => expect((await listed()).map((f) => f.id)).toEqual(['promocase']);
  const shown = async (id: string) =>
    parseJsonOutput<FrameworkDocument>(await cli.run(['framework', 'show', id, '--json']));

  describe('list', () => {
    it('shows the built-in framework as a table when nothing is imported', async () => {
      const r = await cli.ok(['framework', 'list']);
      expect(r.stdout).toMatch(/^ID\s+LEVELS\s+COMPETENCIES\s+SENIOR\s+NAME/);
      expect(r.stdout).toMatch(/promocase\s+6\s+8\s+senior\s+.*\(built-in\)/);
      expect(r.stderr).toBe('');
    });

    it('shows the imported frameworks after the built-in one, in the table and as JSON', async () => {
      await cli.ok(['framework', 'import', FT_SAMPLE_FILE, '--senior-level', 'senior-1']);
      const r = await cli.ok(['framework', 'list']);
      expect(r.stdout).toMatch(/engineering\s+8\s+9\s+senior-1\s+Engineering/);
      expect(await listed()).toEqual([
        expect.objectContaining({ id: 'promocase', builtin: true, importedAt: null }),
        expect.objectContaining({ id: 'engineering', builtin: false, levels: 8, competencies: 9 }),
      ]);
    });
  });

  describe('show', () => {
    it('shows the built-in framework by default: its levels and every competency', async () => {
      const r = await cli.ok(['framework', 'show']);
      expect(r.stdout).toContain(`Levels (lowest first): ${BUILTIN_LEVELS}; Senior is senior.`);
      for (const id of BUILTIN_COMPETENCY_IDS) expect(r.stdout).toContain(`(${id})`);
      expect(r.stdout).toContain('Signals:');
    });

    it('shows the built-in framework by its id promocase, whole, as JSON', async () => {
      const doc = await shown('promocase');
      expect(doc.levels.map((l) => l.id)).toEqual([...BUILTIN_LEVEL_IDS]);
      expect(doc.competencies.map((c) => c.id)).toEqual([...BUILTIN_COMPETENCY_IDS]);
      expect(doc.cells).toHaveLength(48);
    });

    it('narrows to one level and one competency', async () => {
      const doc = parseJsonOutput<FrameworkDocument>(
        await cli.run(['framework', 'show', '--level', 'senior', '--competency', 'craft', '--json']),
      );
      expect(doc.cells.map((c) => [c.level, c.competency])).toEqual([['senior', 'craft']]);
      const text = (await cli.ok(['framework', 'show', '-l', 'senior', '-c', 'craft'])).stdout;
      expect(text).toContain('(craft)');
      expect(text).not.toContain('(ownership)');
    });

    it('refuses an unknown framework id with exit 1, naming the ones there are', async () => {
      expectFailure(await cli.run(['framework', 'show', 'nope']), 1, 'no framework "nope"', 'promocase');
    });

    it('refuses an unknown --level or --competency with exit 2, naming the valid ones', async () => {
      expectFailure(
        await cli.run(['framework', 'show', '--level', 'boss']),
        2,
        '--level',
        '"boss"',
        BUILTIN_LEVELS,
      );
      expectFailure(
        await cli.run(['framework', 'show', '--competency', 'vibes']),
        2,
        '--competency',
        BUILTIN_COMPETENCY_IDS.join(', '),
      );
    });
  });

  describe('diff', () => {
    it('says for every built-in competency what senior adds on top of mid', async () => {
      const r = await cli.ok(['framework', 'diff', 'mid', 'senior']);
      expect(r.stdout).toMatch(/from mid to senior, what each competency adds/);
      for (const id of BUILTIN_COMPETENCY_IDS) expect(r.stdout).toContain(`(${id})`);
      expect(r.stdout.match(/^ {2}Now \(mid\): /gm)).toHaveLength(8);
      expect(r.stdout.match(/^ {2}At Senior/gm)).toHaveLength(8);
    });

    it('gives the steps per competency as JSON, every level in between included', async () => {
      const diff = parseJsonOutput<FrameworkDiff>(
        await cli.run(['framework', 'diff', 'junior', 'staff', '--json']),
      );
      expect(diff.competencies.map((c) => c.competency.id)).toEqual([...BUILTIN_COMPETENCY_IDS]);
      for (const c of diff.competencies) {
        expect(c.steps.map((s) => s.level.id)).toEqual(['mid', 'senior', 'staff']);
        expect(c.steps.every((s) => s.cell?.competency === c.competency.id)).toBe(true);
      }
    });

    it('compares the levels of an imported framework with --framework', async () => {
      await cli.ok(['framework', 'import', FT_SAMPLE_FILE, '--senior-level', 'senior-1']);
      const r = await cli.ok(['framework', 'diff', 'engineer', 'senior-1', '--framework', 'engineering']);
      expect(r.stdout).toContain('Engineering: from engineer to senior-1');
      expect(r.stdout).toContain('At Senior Engineer 1:');
    });

    it('refuses an unknown level with exit 2, naming the valid levels', async () => {
      expectFailure(
        await cli.run(['framework', 'diff', 'mid', 'boss']),
        2,
        '"boss" is not a level',
        BUILTIN_LEVELS,
      );
      expectFailure(await cli.run(['framework', 'diff', 'intern', 'senior']), 2, '"intern"', BUILTIN_LEVELS);
    });

    it('says where an imported framework expects nothing new of a competency', async () => {
      await cli.ok(['framework', 'import', MONZO_SAMPLE_FILE, '--senior-level', '4']);
      const r = await cli.ok(['framework', 'diff', 'level-1', 'level-2', '-f', 'web-engineering-framework']);
      const leadership = r.stdout.slice(r.stdout.indexOf('(leadership)'));
      expect(leadership).toMatch(
        /^\(leadership\)\n {2}At Level 2:\n {4}\(the framework says nothing new here\)/,
      );
    });

    it('refuses a target that is not above the starting level with exit 2', async () => {
      expectFailure(await cli.run(['framework', 'diff', 'senior', 'mid']), 2, '"mid" must be above "senior"');
      expectFailure(await cli.run(['framework', 'diff', 'mid', 'mid']), 2, 'must be above');
    });

    it('refuses an unknown --framework with exit 1', async () => {
      expectFailure(
        await cli.run(['framework', 'diff', 'mid', 'senior', '--framework', 'nope']),
        1,
        '"nope"',
      );
    });

    it('needs both levels (exit 2)', async () => {
      expect((await cli.run(['framework', 'diff', 'mid'])).code).toBe(2);
    });
  });

  describe('export', () => {
    it('writes YAML by default and JSON with --format json, both parsing back to the framework', async () => {
      const doc = await shown('promocase');
      const yaml = await cli.ok(['framework', 'export']);
      expect(parseYaml(yaml.stdout)).toEqual(doc);
      const json = await cli.ok(['framework', 'export', 'promocase', '--format', 'json']);
      expect(JSON.parse(json.stdout)).toEqual(doc);
    });

    it('writes to --out with a message on stderr, and refuses to replace it without --force', async () => {
      const file = join(cli.dir, 'ladder.yml');
      expect(await cli.run(['framework', 'export', '--out', file])).toEqual({
        code: 0,
        stdout: '',
        stderr: `Exported promocase to ${file}\n`,
      });
      expect(parseYaml(readFileSync(file, 'utf8')).id).toBe('promocase');
      writeFileSync(file, 'precious');
      expectFailure(await cli.run(['framework', 'export', '--out', file]), 2, '--out', '--force');
      expect(readFileSync(file, 'utf8')).toBe('precious');
      await cli.ok(['framework', 'export', '--out', file, '--force']);
      expect(parseYaml(readFileSync(file, 'utf8')).id).toBe('promocase');
    });

    it('leaves no file when --out points into a directory that does not exist (exit 2)', async () => {
      const file = join(cli.dir, 'missing', 'ladder.yml');
      expectFailure(await cli.run(['framework', 'export', '--out', file]), 2, '--out', 'cannot write');
      expect(existsSync(join(cli.dir, 'missing'))).toBe(false);
    });

    it('refuses an unknown --format with exit 2 and an unknown id with exit 1', async () => {
      expectFailure(await cli.run(['framework', 'export', '--format', 'xml']), 2, '--format', 'yaml or json');
      expectFailure(await cli.run(['framework', 'export', 'nope']), 1, '"nope"');
    });
  });

  describe('import', () => {
    it('imports the FT file with --senior-level by id, and says what it stored', async () => {
      const r = await cli.run(['framework', 'import', FT_SAMPLE_FILE, '--senior-level', 'senior-1']);
      expect(r).toEqual({
        code: 0,
        stdout: '',
        stderr:
          'Imported Engineering (engineering): 8 levels, 9 competencies, 72 cells; Senior is senior-1.\n',
      });
      expect((await shown('engineering')).seniorLevel).toBe('senior-1');
    });

    it('imports the FT file with --senior-level by its 1-based number, reporting as JSON', async () => {
      const report = parseJsonOutput<FrameworkImportReport>(
        await cli.run(['framework', 'import', FT_SAMPLE_FILE, '--senior-level', '3', '--json']),
      );
      expect(report).toMatchObject({
        framework: { id: 'engineering', format: 'ft', seniorLevel: 'senior-1' },
        status: 'created',
      });
    });

    it('imports the Monzo Markdown file with --senior-level by number or by id', async () => {
      const r = await cli.ok(['framework', 'import', MONZO_SAMPLE_FILE, '--senior-level', '4']);
      expect(r.stderr).toMatch(
        /^Imported Web Engineering Framework \(web-engineering-framework\): 6 levels, 5 competencies/,
      );
      expect(r.stderr).toContain('Senior is level-4.');
      const again = await cli.ok(['framework', 'import', MONZO_SAMPLE_FILE, '--senior-level', 'level-3']);
      expect(again.stderr).toMatch(/^Updated .*Senior is level-3\./);
      expect((await shown('web-engineering-framework')).seniorLevel).toBe('level-3');
    });

    it('refuses an FT file without --senior-level off a terminal (exit 2), naming seniorLevel and the choices', async () => {
      expectFailure(
        await cli.run(['framework', 'import', FT_SAMPLE_FILE]),
        2,
        'seniorLevel',
        '1 = junior',
        '3 = senior-1',
        '8 = tech-director',
      );
      await nothingStored();
    });

    it('refuses the Monzo file without --senior-level off a terminal too, listing its levels', async () => {
      expectFailure(
        await cli.run(['framework', 'import', MONZO_SAMPLE_FILE]),
        2,
        'seniorLevel',
        '1 = level-1',
        '6 = level-6',
      );
      await nothingStored();
    });

    it('tells a script which flag settles the senior level: --senior-level', async () => {
      expectFailure(await cli.run(['framework', 'import', FT_SAMPLE_FILE]), 2, '--senior-level');
    });

    it('refuses a --senior-level the file does not have (exit 2), storing nothing', async () => {
      expectFailure(
        await cli.run(['framework', 'import', MONZO_SAMPLE_FILE, '--senior-level', '7']),
        2,
        'seniorLevel',
        'level-6',
      );
      await nothingStored();
    });

    it('round-trips: import -> export -> import into a fresh home stores the same framework', async () => {
      await cli.ok(['framework', 'import', FT_SAMPLE_FILE, '--senior-level', 'senior-1']);
      const first = await shown('engineering');
      for (const format of ['yaml', 'json']) {
        const file = join(cli.dir, `engineering.${format === 'yaml' ? 'yml' : 'json'}`);
        await cli.ok(['framework', 'export', 'engineering', '--format', format, '--out', file, '--force']);
        const fresh = createCliHarness();
        try {
          const r = await fresh.ok(['framework', 'import', file]);
          expect(r.stderr).toContain('Imported Engineering (engineering)');
          const second = parseJsonOutput<FrameworkDocument>(
            await fresh.run(['framework', 'show', 'engineering', '--json']),
          );
          expect(second).toEqual(first);
          const exportedAgain = await fresh.ok(['framework', 'export', 'engineering', '--format', format]);
          expect(exportedAgain.stdout).toBe(readFileSync(file, 'utf8'));
        } finally {
          fresh.cleanup();
        }
      }
    });

    it('refuses a framework whose id is promocase with exit 1, storing nothing', async () => {
      const file = write('mine.json', ladder([['craft', 'Craft']], { id: 'promocase' }));
      expectFailure(await cli.run(['framework', 'import', file]), 1, 'built-in');
      await nothingStored();
    });

    describe('malformed files', () => {
      it('refuses a YAML syntax error with exit 2, giving its line, storing nothing', async () => {
        const file = write(
          'broken.yml',
          'format: promocase-framework\nversion: 1\nid: acme\nlevels: [\n  - id: mid\n',
        );
        expectFailure(
          await cli.run(['framework', 'import', file]),
          2,
          /error: broken\.yml: \(root\): line \d+, column \d+: /,
        );
        await nothingStored();
      });

      it('refuses duplicate level ids with their path and line (exit 2), storing nothing', async () => {
        const doc = ladder([['craft', 'Craft']]);
        doc.levels[1]!.id = 'mid';
        const file = write('dup.json', doc);
        const r = await cli.run(['framework', 'import', file]);
        expectFailure(r, 2, /levels\[1\]\.id: line \d+: duplicate level id "mid"/);
        await nothingStored();
      });

      it('refuses wrong types, listing every problem with its path and line (exit 2)', async () => {
        const file = write(
          'types.yml',
          [
            'format: promocase-framework',
            'version: 1',
            'id: acme',
            'name: Acme',
            'levels:',
            '  - id: mid',
            '    name: 42',
            '  - id: senior',
            '    name: Senior',
            'seniorLevel: senior',
            'competencies: craft',
            'cells: []',
            '',
          ].join('\n'),
        );
        expectFailure(
          await cli.run(['framework', 'import', file]),
          2,
          'error: types.yml: levels[0].name: line 7: expected a string (and 1 more)',
          '  competencies: line 11: expected a list of competencies',
        );
        await nothingStored();
      });

      it('blames the file, not a flag, for a bad competency id or senior level inside it', async () => {
        const badCompetency = write('bad-competency.json', ladder([['Bad Id', 'Craft']]));
        const r1 = await cli.run(['framework', 'import', badCompetency]);
        expectFailure(r1, 2, /error: bad-competency\.json: competencies\[0\]\.id: line \d+: /);
        expect(r1.stderr).not.toContain('--competency');

        const badSenior = write('bad-senior.json', ladder([['craft', 'Craft']], { seniorLevel: 'staff' }));
        const r2 = await cli.run(['framework', 'import', badSenior]);
        expectFailure(
          r2,
          2,
          /error: bad-senior\.json: seniorLevel: line \d+: "staff" is not one of the levels/,
        );
        expect(r2.stderr).not.toContain('--senior-level');
        await nothingStored();
      });

      it('refuses an empty file (exit 2), storing nothing', async () => {
        expectFailure(await cli.run(['framework', 'import', write('empty.yml', '')]), 2, 'the file is empty');
        await nothingStored();
      });

      it('refuses a file over 5 MB before reading it (exit 2), storing nothing', async () => {
        const file = write(
          'huge.yml',
          `format: promocase-framework\ndescription: ${'x'.repeat(5 * 1024 * 1024)}\n`,
        );
        expectFailure(await cli.run(['framework', 'import', file]), 2, 'larger than 5 MB');
        await nothingStored();
      });

      it('refuses a file in no framework format it knows (exit 2), naming the formats', async () => {
        expectFailure(
          await cli.run(['framework', 'import', write('notes.md', '# My notes\n')]),
          2,
          'not a framework file promocase knows',
          'Financial Times',
          'Monzo',
        );
        await nothingStored();
      });

      it('refuses a directory given as the file with exit 2 and a clear message, not a crash', async () => {
        expectFailure(await cli.run(['framework', 'import', cli.dir]), 2, cli.dir);
      });

      it('refuses a file that does not exist (exit 2)', async () => {
        expectFailure(
          await cli.run(['framework', 'import', join(cli.dir, 'nowhere.yml')]),
          2,
          'no such file',
        );
      });
    });

    describe('re-importing a changed framework', () => {
      const v1 = () =>
        write(
          'acme-v1.json',
          ladder([
            ['craft', 'Craft'],
            ['comms', 'Communication'],
          ]),
        );
      const v2 = () =>
        write(
          'acme-v2.json',
          ladder([
            ['craft', 'Craft'],
            ['communication', 'Communication'],
          ]),
        );
      let ids: { onlyComms: string; both: string };

      beforeEach(async () => {
        await cli.ok(['framework', 'import', v1()]);
        const onlyComms = await cli.log('Ran the incident review', '--competency', 'comms,craft');
        const both = await cli.log('Wrote the launch note', '--competency', 'communication,comms');
        await cli.log('Refactored the parser', '--competency', 'craft');
        ids = { onlyComms: onlyComms.id, both: both.id };
      });
      const competenciesOf = async (id: string) =>
        (await cli.entries()).find((e) => e.id === id)?.competencies;

      it('reports the removed competency and keeps its entries, flagged, with the --map to re-tag them', async () => {
        const r = await cli.ok(['framework', 'import', v2()]);
        expect(r.stderr).toBe(
          [
            'Updated Acme ladder (acme): 2 levels, 2 competencies, 4 cells; Senior is senior.',
            'New competencies: communication.',
            'Competencies no longer in the framework: comms.',
            'Kept, flagged: 2 entries still tagged comms (renamed to communication? re-import with --map comms=communication).',
            '',
          ].join('\n'),
        );
        expect(await competenciesOf(ids.onlyComms)).toEqual(['comms', 'craft']);
        expect(await competenciesOf(ids.both)).toEqual(['communication', 'comms']);
      });

      it('re-tags the entries with --map old=new, deduplicating their competencies', async () => {
        await cli.ok(['framework', 'import', v2()]);
        const r = await cli.ok(['framework', 'import', v2(), '--map', 'comms=communication']);
        expect(r.stderr).toContain('Re-tagged 2 entries from comms to communication.');
        expect(r.stderr).not.toContain('Kept, flagged');
        expect(await competenciesOf(ids.onlyComms)).toEqual(['communication', 'craft']);
        expect(await competenciesOf(ids.both)).toEqual(['communication']);
      });

      it('refuses a --map to a competency the framework lacks (exit 2), changing nothing', async () => {
        expectFailure(
          await cli.run(['framework', 'import', v2(), '--map', 'comms=talking']),
          2,
          'map.comms',
          '"talking" is not a competency of Acme ladder',
        );
        expect((await shown('acme')).competencies.map((c) => c.id)).toEqual(['craft', 'comms']);
        expect(await competenciesOf(ids.onlyComms)).toEqual(['comms', 'craft']);
      });

      it('refuses a --map from a competency the framework still has (exit 2), changing nothing', async () => {
        expectFailure(
          await cli.run(['framework', 'import', v2(), '--map', 'craft=communication']),
          2,
          'map.craft',
          'still a competency',
        );
        expect((await shown('acme')).competencies.map((c) => c.id)).toEqual(['craft', 'comms']);
      });

      it('refuses a --map that is not old=new (exit 2), changing nothing', async () => {
        for (const map of ['comms', 'comms=', '=communication', 'Comms=Communication', 'a=b=c']) {
          expectFailure(
            await cli.run(['framework', 'import', v2(), '--map', map]),
            2,
            '--map',
            'is not old=new',
          );
        }
        expect((await shown('acme')).competencies.map((c) => c.id)).toEqual(['craft', 'comms']);
      });
    });
  });
});
