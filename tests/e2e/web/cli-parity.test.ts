// What the CLI could do and the web app could not, in Chromium: restoring a deleted assessment and manager
// change after a reload, the company profiles, downloading a framework, and the batch analysis of a JSONL file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, what the CLI could do already (Chromium)', () => {
  const app = useAppInChromium({ profile: { company: 'google', managerName: 'Priya Nair' } });

  const open = async (link: string, heading: string) => {
    await app.page.getByRole('link', { name: link, exact: true }).click();
    await app.page.getByRole('heading', { name: heading, exact: true }).waitFor();
  };

  /** Clicks a download link and returns the file the browser saved, with the name it was given. */
  async function download(name: RegExp): Promise<{ fileName: string; text: string }> {
    const [file] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('link', { name }).click(),
    ]);
    return { fileName: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  }

  describe('deleted records', () => {
    it('restores an assessment deleted earlier, once "Show deleted" lists it, and it stays after a reload', async () => {
      const saved = await app.api('POST', 'assessments', {
        date: '2026-10-01',
        ratings: [{ competency: 'craft', level: 'mid' }],
      });
      await app.api('DELETE', `assessments/${saved.id}`);
      await open('Assessments', 'Assessments');
      const list = app.page.getByRole('region', { name: 'Recorded assessments' });
      await list.getByText('No assessment recorded yet.').waitFor();

      await list.getByLabel('Show deleted assessments').check();
      await list.getByText('1 deleted: Restore brings one back').waitFor();
      expect(await list.locator('.label-deleted').count()).toBe(1);
      expect(await seriousAxeViolations(app.page)).toEqual([]);
      await screenshot(app.page, 'assessments-deleted-shown');
      await list.getByRole('button', { name: /^Restore the self-assessment of/ }).click();
      await list.getByText('None deleted.').waitFor();

      await app.page.reload();
      await list.getByRole('button', { name: /^Delete the self-assessment of/ }).waitFor();
      expect(await list.getByLabel('Show deleted assessments').isChecked()).toBe(false);
      const live = (await app.api('GET', 'assessments')) as { assessments: Array<{ id: string }> };
      expect(live.assessments.map((a) => a.id)).toEqual([saved.id]);
    });

    it('restores a deleted manager change after a reload, from the 1:1s page', async () => {
      const change = await app.api('POST', 'manager-changes', {
        name: 'Alex Kim',
        date: '2026-11-01',
      });
      await app.api('DELETE', `manager-changes/${change.id}`);
      await open('1:1s', '1:1s');
      const managers = app.page.getByRole('region', { name: 'Your managers' });
      await managers.getByText('No change of manager recorded.').waitFor();

      await managers.getByLabel('Show deleted manager changes').check();
      await managers.locator('.label-deleted').waitFor();
      expect(await seriousAxeViolations(app.page)).toEqual([]);
      await managers.getByRole('button', { name: /^Restore the change to Alex Kim on/ }).click();
      await managers.getByRole('button', { name: /^Delete the change to Alex Kim on/ }).waitFor();

      await app.page.reload();
      await managers.getByRole('button', { name: /^Delete the change to Alex Kim on/ }).waitFor();
      expect(await managers.locator('.label-deleted').count()).toBe(0);
    });
  });

  describe('the Framework page', () => {
    it("shows the profile's company first, with its levels on the ladder and reported facts labelled", async () => {
      await open('Framework', 'Framework');
      const companies = app.page.getByRole('region', { name: 'Company profiles' });
      expect(await companies.getByLabel('Company').inputValue()).toBe('google');
      const levels = companies.getByRole('table', { name: 'Levels at Google, lowest first' });
      await levels.getByRole('row', { name: /^L5 senior Senior SWE/ }).waitFor();
      expect(await companies.locator('.label', { hasText: 'reported' }).count()).toBeGreaterThan(0);

      await companies.getByLabel('Company').selectOption('amazon');
      await companies.getByRole('table', { name: 'Levels at Amazon, lowest first' }).waitFor();
      expect(await seriousAxeViolations(app.page)).toEqual([]);
      await screenshot(app.page, 'framework-companies');
    });

    it('downloads the chosen framework as YAML and JSON that read back as the framework', async () => {
      const chosen = await app.page.getByRole('combobox', { name: 'Framework', exact: true }).inputValue();
      const framework = await app.api('GET', `frameworks/${chosen}`);
      const yaml = await download(/^YAML of /);
      expect(yaml.fileName).toBe(`${chosen}.yml`);
      expect(parseYaml(yaml.text)).toEqual(framework);
      const json = await download(/^JSON of /);
      expect(json.fileName).toBe(`${chosen}.json`);
      expect(JSON.parse(json.text)).toEqual(framework);
    });
  });

  describe('the batch analysis', () => {
    const jsonl = (...lines: unknown[]) =>
      Buffer.from(lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
    const good = {
      id: 'w1',
      type: 'entry',
      text: 'Cut checkout p99 latency from 900 ms to 300 ms for 2M users',
    };
    const batch = () => app.page.getByRole('region', { name: 'Analyse a file' });
    const choose = (name: string, buffer: Buffer) =>
      batch().getByLabel('JSONL file').setInputFiles({ name, mimeType: 'application/x-ndjson', buffer });

    it('names a bad line and its field, and analyses nothing', async () => {
      await open('Analysis', 'Analysis');
      await batch().getByText('Up to 1,000 lines and 1 MB at a time').waitFor();
      await choose('week.jsonl', jsonl(good, { id: 'w2', type: 'entry' }));
      const alert = batch().getByRole('alert');
      await alert.getByText('week.jsonl was not analysed').waitFor();
      await alert.getByText(/^line 2, text: /).waitFor();
      expect(await batch().getByRole('table').count()).toBe(0);

      await choose('week.jsonl', jsonl(good, '{"id": "w2",'));
      await alert.getByText(/^line 2: not JSON/).waitFor();
      expect(await batch().getByRole('table').count()).toBe(0);
      expect(await seriousAxeViolations(app.page)).toEqual([]);
    });

    it('then analyses a good file into a table and a JSONL download with one result per line', async () => {
      await choose(
        'reviews.jsonl',
        jsonl(
          good,
          '',
          { id: 'p1', type: 'peer-review', text: 'Great to work with, always helpful.', label: 'generic' },
          { id: 'm1', type: 'manager-feedback', text: 'Keep doing what you are doing.' },
        ),
      );
      await batch().getByText('Analysed 3 items from reviews.jsonl.').waitFor();
      expect(await batch().getByRole('alert').count()).toBe(0);
      const table = batch().getByRole('table', { name: 'Results, one per line of the file' });
      await table.getByRole('row', { name: /^1 w1 entry/ }).waitFor();
      await table.getByRole('row', { name: /^3 p1 peer-review generic/ }).waitFor();
      await table.getByRole('row', { name: /^4 m1 manager-feedback vague/ }).waitFor();
      await screenshot(app.page, 'analysis-batch');

      const results = await download(/^Download the results/);
      expect(results.fileName).toBe('reviews.analysis.jsonl');
      const lines = results.text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; type: string });
      expect(lines.map((r) => [r.id, r.type])).toEqual([
        ['w1', 'entry'],
        ['p1', 'peer-review'],
        ['m1', 'manager-feedback'],
      ]);
    });

    it('fits a phone screen', async () => {
      await app.page.setViewportSize({ width: 375, height: 800 });
      await expect.poll(() => horizontalOverflow(app.page), { timeout: 10_000 }).toBeLessThanOrEqual(0);
      await screenshot(app.page, 'analysis-batch-phone');
      await open('Framework', 'Framework');
      await app.page.getByRole('table', { name: /^Levels at / }).waitFor();
      await expect.poll(() => horizontalOverflow(app.page), { timeout: 10_000 }).toBeLessThanOrEqual(0);
      await screenshot(app.page, 'framework-phone');
      expect(app.broken).toEqual([]);
    });
  });
});
